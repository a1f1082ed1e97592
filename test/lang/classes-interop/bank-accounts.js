// Bank accounts as classes with an InsufficientFunds error carrying fields; a
// transfer that fails midway is rolled back in a catch block.
class InsufficientFunds extends Error {
  constructor(account, amount) {
    super("account " + account.id + " cannot pay " + amount + " (balance " + account.balance + ")");
    this.name = "InsufficientFunds";
    this.shortBy = amount - account.balance;
  }
}
class Account {
  constructor(id, balance) {
    this.id = id;
    this.balance = balance;
  }
  withdraw(n) {
    if (n > this.balance) throw new InsufficientFunds(this, n);
    this.balance -= n;
  }
  deposit(n) {
    if (n <= 0) throw new RangeError("deposit must be positive");
    this.balance += n;
  }
}
class Bank {
  constructor() {
    this.accounts = [];
    this.failed = 0;
  }
  open(balance) {
    const a = new Account(this.accounts.length, balance);
    this.accounts.push(a);
    return a;
  }
  transfer(from, to, n) {
    const before = [from.balance, to.balance];
    try {
      from.withdraw(n);
      to.deposit(n);
      return true;
    } catch (e) {
      from.balance = before[0];
      to.balance = before[1];
      this.failed++;
      if (!(e instanceof InsufficientFunds) && !(e instanceof RangeError)) throw e;
      return false;
    }
  }
  total() {
    return this.accounts.reduce((s, a) => s + a.balance, 0);
  }
}
const bank = new Bank();
for (let i = 0; i < 5; i++) bank.open(100 * (i + 1));
try {
  bank.accounts[0].withdraw(1000);
} catch (e) {
  console.log(e.name, e.message, e.shortBy);
}
console.log(bank.transfer(bank.accounts[0], bank.accounts[1], 0), bank.total());
let ok = 0;
for (let i = 0; i < 20000; i++) {
  const from = bank.accounts[i % 5];
  const to = bank.accounts[(i * 3 + 1) % 5];
  if (from !== to && bank.transfer(from, to, (i * 37) % 250)) ok++;
}
console.log(ok, bank.failed, bank.total(), bank.accounts.map((a) => a.balance).join(","));
console.log("done");
