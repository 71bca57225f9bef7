const lines = [];
for (let i = 0; i < 20000; i++) lines.push(`${i} ${i * i}`);
console.log(lines.join("\n"));
