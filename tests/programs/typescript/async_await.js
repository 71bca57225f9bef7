const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function worker(id, delay) {
  await sleep(delay);
  return `worker ${id} after ${delay}`;
}

async function main() {
  const results = await Promise.all([worker(1, 30), worker(2, 10), worker(3, 20)]);
  console.log(results.join("; "));
  const first = await Promise.race([worker(4, 50), worker(5, 5)]);
  console.log(first);
}

main().then(() => console.log("done"));
