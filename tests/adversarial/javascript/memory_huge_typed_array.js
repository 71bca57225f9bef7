// Attack: one huge typed array at once (256 MiB): the refusal must be memory_limit even
// though QuickJS turns it into a catchable InternalError and the program exits 0.
try {
  const a = new Uint8Array(256 * 1024 * 1024);
  console.log("LEAK allocated", a.length);
} catch (e) {
  console.log("refused:", e.name);
}
