// Attack: catastrophic regex backtracking, all inside QuickJS's C regex engine.
const evil = /^(a+)+$/;
console.log(evil.test("a".repeat(40) + "!"));
