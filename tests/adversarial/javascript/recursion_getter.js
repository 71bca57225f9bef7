// Attack: recursion hidden in a getter and toString, triggered by string conversion.
const o = {
  get self() {
    return String(this);
  },
  toString() {
    return this.self;
  },
};
console.log(`${o}`);
