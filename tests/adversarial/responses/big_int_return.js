// An honest (if wrong) plain value: a 401-digit BigInt. The harness writes it as a JSON
// number the host cannot read, and the response is accused of tampering. It is just a
// wrong answer.
function two_sum(nums, target) {
  return [10n ** 400n, 1];
}
