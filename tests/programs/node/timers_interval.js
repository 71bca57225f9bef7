let n = 0;
const id = setInterval(() => {
  n++;
  console.log("tick", n);
  if (n === 3) clearInterval(id);
}, 100);
setTimeout(() => console.log("at 250"), 250);
setTimeout(() => console.log("at 50"), 50);
const t = setTimeout(() => console.log("never"), 10);
clearTimeout(t);
