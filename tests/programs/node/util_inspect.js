const util = require("util");
const data = { a: { b: { c: { d: { e: 1 } } } }, list: [1, 2, 3] };
console.log(util.inspect(data));
console.log(util.inspect(data, { depth: null }));
console.log(util.inspect("quoted"), util.inspect(5), util.inspect([1, "x"]));
console.log(util.format("%s=%d", "x", 10));
console.log(util.isDeepStrictEqual({ a: [1] }, { a: [1] }), util.isDeepStrictEqual([1], ["1"]));
