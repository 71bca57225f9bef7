// Attack: unbounded recursion. QuickJS's own stack lives in linear memory; the overflow
// must be stack_overflow (or a RangeError the program cannot catch forever).
function down(n) {
  return down(n + 1) + 1;
}
down(0);
