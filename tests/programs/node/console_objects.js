console.log([1, 2, 3], { a: 1, b: "two", c: [3, 4] });
console.log(new Map([["x", 1], ["y", [2, 3]]]), new Set(["a", "b"]));
console.log({ nested: { deeper: { deepest: { gone: true } } } });
console.log([[1, 2], [3, 4]], [], {}, [undefined, null]);
console.log(Array.from({ length: 30 }, (_, i) => i * i));
console.log(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]);
console.log({ name: "Ada Lovelace", born: 1815, fields: ["mathematics", "computing"], notes: "first algorithm" });
console.log("str", 42, -0, 1.5e21, true, null, undefined, 10n);
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
console.log(new Point(1, 2), [new Point(3, 4)]);
console.log([1.5, -2.25, 1000000], { "key with space": 1, valid: 2 });
console.log("it's", ["it's", 'say "hi"']);
