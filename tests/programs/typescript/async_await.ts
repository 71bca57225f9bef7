const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

async function worker(id: number, delay: number): Promise<string> {
  await sleep(delay);
  return `worker ${id} after ${delay}`;
}

async function main(): Promise<void> {
  const results: string[] = await Promise.all([worker(1, 30), worker(2, 10), worker(3, 20)]);
  console.log(results.join("; "));
  const first = await Promise.race([worker(4, 50), worker(5, 5)]);
  console.log(first);
}

main().then(() => console.log("done"));
