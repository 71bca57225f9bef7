(async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  const text = Buffer.concat(chunks).toString("utf8");
  const nums = text.split("\n").filter(Boolean).map(Number);
  console.log(Math.max(...nums), Math.min(...nums));
})();
