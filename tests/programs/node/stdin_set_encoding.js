process.stdin.resume();
process.stdin.setEncoding("utf8");
let data = "";
process.stdin.on("data", (d) => (data += d));
process.stdin.on("end", () => {
  const [s] = data.split("\n");
  console.log(s.split("").reverse().join(""), typeof data);
});
