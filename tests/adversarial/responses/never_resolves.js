// Gaming: an async entry whose promise never settles: the run ends with nothing
// returned, which must not read as success.
async function two_sum(nums, target) {
  await new Promise(() => {});
  return [0, 1];
}
