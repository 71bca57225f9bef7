console.log(Math.random(), Math.random(), Date.now(), new Date().toISOString());
let total = 0;
for (let i = 0; i < 1e5; i++) total += (i * i) % 7;
console.log(total);
