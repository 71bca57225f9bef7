const data = JSON.parse('{"scores":[88,92.5,79],"name":"x"}');
console.log(JSON.stringify(data, null, 2));
const avg = data.scores.reduce((a, b) => a + b) / data.scores.length;
console.log(avg.toFixed(2), Math.round(avg), Math.max(...data.scores));
console.log([10, 1, 5, 100].sort(), [10, 1, 5, 100].sort((a, b) => a - b));
console.log((0.1 + 0.2).toString(), (123.456).toPrecision(4), Number.MAX_SAFE_INTEGER);
console.log(new Date(Date.UTC(2024, 0, 15)).toISOString());
