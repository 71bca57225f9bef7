abstract class Account {
  constructor(public readonly owner: string, protected balance: number = 0) {}
  abstract fee(): number;
  deposit(amount: number): this {
    this.balance += amount - this.fee();
    return this;
  }
  toString(): string {
    return `${this.owner}: ${this.balance}`;
  }
}

class Checking extends Account {
  fee(): number {
    return 1;
  }
}

const a = new Checking("ana", 10).deposit(5).deposit(20);
console.log(String(a));
console.log(a.owner);
