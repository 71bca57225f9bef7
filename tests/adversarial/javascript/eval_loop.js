// Attack: build the infinite loop at run time with eval and Function, where a static
// check would not see it.
const spin = new Function("for (;;) {}");
eval("spin()");
