// An honest (if wrong) plain value: a string with a lone surrogate (valid in JavaScript;
// JSON.stringify writes it as \ud800). The host rejects the harness's JSON and accuses the
// response of tampering. It is just a wrong answer.
function two_sum(nums, target) {
  return ["\ud800", 1];
}
