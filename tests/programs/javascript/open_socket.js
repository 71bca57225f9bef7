for (const name of ["urlGet"]) {
  try {
    std[name]("http://127.0.0.1:80/");
    console.log("LEAK " + name);
  } catch (e) {
    console.log("blocked: " + name + " " + e.constructor.name);
  }
}
console.log(typeof globalThis.fetch === "undefined" ? "blocked: fetch" : "LEAK fetch");
console.log(typeof os.socket === "undefined" ? "blocked: socket" : "LEAK socket");
