interface Point {
  x: number;
  y: number;
}

type Shape = { kind: "circle"; r: number } | { kind: "square"; side: number };

function area(s: Shape): number {
  switch (s.kind) {
    case "circle":
      return Math.PI * s.r * s.r;
    case "square":
      return s.side * s.side;
  }
}

const p: Point = { x: 3, y: 4 };
const shapes: Shape[] = [{ kind: "circle", r: 1 }, { kind: "square", side: 2 }];
console.log(Math.hypot(p.x, p.y));
console.log(shapes.map(area).map((a) => a.toFixed(3)).join(" "));
