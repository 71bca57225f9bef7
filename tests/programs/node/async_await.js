const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function worker(name, delay) {
  await sleep(delay);
  console.log(`${name} done after ${delay}`);
  return name.length;
}

async function main() {
  const results = await Promise.all([worker("alpha", 30), worker("be", 10), worker("gamma", 20)]);
  console.log(results);
  const first = await Promise.race([sleep(50).then(() => "slow"), sleep(5).then(() => "fast")]);
  console.log(first);
  try {
    await Promise.reject(new Error("nope"));
  } catch (e) {
    console.log("caught", e.message);
  }
}

main().then(() => console.log("end"));
