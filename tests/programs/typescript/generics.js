class Stack {
  items = [];
  push(item) {
    this.items.push(item);
  }
  pop() {
    return this.items.pop();
  }
  get size() {
    return this.items.length;
  }
}

function firstOr(xs, fallback) {
  return xs.length > 0 ? xs[0] : fallback;
}

const s = new Stack();
["a", "b", "c"].forEach((x) => s.push(x));
console.log(s.pop(), s.size);
console.log(firstOr([], 42), firstOr(["z"], "y"));
