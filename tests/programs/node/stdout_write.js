const out = [];
for (let i = 1; i <= 5; i++) out.push(i * i);
process.stdout.write(out.join(" ") + "\n");
process.stdout.write("no newline at the end");
