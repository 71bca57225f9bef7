const n = Number(require("fs").readFileSync(0, "utf8"));
for (let i = 1; i <= n; i++) {
  let s = "";
  if (i % 5 === 0) s += "Buzz";
  if (i % 3 === 0) s += "Fizz";
  console.log(s || i);
}
