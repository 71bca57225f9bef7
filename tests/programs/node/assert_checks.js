const assert = require("assert");
assert.strictEqual(1 + 1, 2);
assert.deepStrictEqual({ a: [1, 2] }, { a: [1, 2] });
assert.ok([].length === 0);
assert(true);
try {
  assert.strictEqual(1, 2);
} catch (e) {
  console.log(e.name, e.code, e instanceof assert.AssertionError);
}
try {
  assert.deepStrictEqual([1, 2], [1, 3]);
} catch (e) {
  console.log(e.code, e.operator);
}
assert.throws(() => {
  throw new TypeError("bad");
}, TypeError);
console.log("all assertions ran");
