let input = "";
process.stdin.on("data", (chunk) => {
  input += chunk;
});
process.stdin.on("end", () => {
  const arr = input.trim().split(/\s+/).map(Number);
  arr.sort((a, b) => a - b);
  console.log(arr.join(" "));
});
