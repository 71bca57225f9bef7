class Account {
  constructor(owner, balance = 0) {
    this.owner = owner;
    this.balance = balance;
  }
  deposit(amount) {
    this.balance += amount - this.fee();
    return this;
  }
  toString() {
    return `${this.owner}: ${this.balance}`;
  }
}

class Checking extends Account {
  fee() {
    return 1;
  }
}

const a = new Checking("ana", 10).deposit(5).deposit(20);
console.log(String(a));
console.log(a.owner);
