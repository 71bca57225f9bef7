const n = Number(require("fs").readFileSync(0, "utf8"));
console.log(String(((n - 1) * n * (2 * n - 1)) / 6));
