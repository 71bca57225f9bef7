// Attack: catch the stack overflow and recurse again from inside the catch, forever.
function down(n) {
  try {
    return down(n + 1) + 1;
  } catch (e) {
    return down(n + 1);
  }
}
down(0);
