for (const name of ["exec", "fork", "kill"]) {
  try {
    const r = os[name](["ls", "/"]);
    console.log("LEAK " + name + " " + r);
  } catch (e) {
    console.log("blocked: " + name + " " + e.constructor.name);
  }
}
