enum Direction {
  Up = 1,
  Down,
  Left,
  Right,
}

enum Color {
  Red = "RED",
  Green = "GREEN",
}

const moves: Direction[] = [Direction.Up, Direction.Right, Direction.Down];
console.log(moves.map((m) => Direction[m]).join(","));
console.log(Color.Green, Direction.Left);
