class Heap {
  constructor(less) {
    this.a = [];
    this.less = less;
  }
  get size() {
    return this.a.length;
  }
  top() {
    return this.a[0];
  }
  push(x) {
    const a = this.a;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop() {
    const a = this.a;
    const top = a[0];
    const last = a.pop();
    if (a.length) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}
const nums = require("fs").readFileSync(0, "utf8").trim().split("\n").map(Number);
const n = nums[0];
const lo = new Heap((x, y) => x > y);
const hi = new Heap((x, y) => x < y);
const out = [];
for (let i = 1; i <= n; i++) {
  const x = nums[i];
  if (lo.size === 0 || x <= lo.top()) lo.push(x);
  else hi.push(x);
  if (lo.size > hi.size + 1) hi.push(lo.pop());
  else if (hi.size > lo.size) lo.push(hi.pop());
  const m = lo.size > hi.size ? lo.top() : (lo.top() + hi.top()) / 2;
  out.push(m.toFixed(1));
}
console.log(out.join("\n"));
