// Attack: dynamic code: eval, indirect eval, new Function, and WebAssembly (absent in
// QuickJS, so no second wasm engine with its own limits), globalThis poking.
console.log("eval:", eval("6 * 7"));
console.log("indirect eval:", (0, eval)("typeof module"));
console.log("Function:", new Function("a", "b", "return a + b")(2, 3));
console.log("WebAssembly:", typeof WebAssembly);
console.log("SharedArrayBuffer/Atomics:", typeof SharedArrayBuffer, typeof Atomics);
console.log("std.evalScript:", std.evalScript("1 + 1"));
