class Stack<T> {
  private items: T[] = [];
  push(item: T): void {
    this.items.push(item);
  }
  pop(): T | undefined {
    return this.items.pop();
  }
  get size(): number {
    return this.items.length;
  }
}

function firstOr<T>(xs: readonly T[], fallback: T): T {
  return xs.length > 0 ? xs[0] : fallback;
}

const s = new Stack<string>();
["a", "b", "c"].forEach((x) => s.push(x));
console.log(s.pop(), s.size);
console.log(firstOr<number>([], 42), firstOr(["z"], "y"));
