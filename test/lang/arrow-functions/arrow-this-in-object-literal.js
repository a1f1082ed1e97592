// this in arrows defined inside methods of an object literal follows the
// method's receiver; arrows defined at the top level of a method returned and
// called later still see that receiver even when stored on another object.
function makeAccount(owner) {
  return {
    owner,
    balance: 0,
    deposit(x) {
      const apply = (y) => {
        this.balance += y;
        return this.balance;
      };
      return apply(x);
    },
    getReporter() {
      return () => `${this.owner} has ${this.balance}`;
    },
  };
}
const a = makeAccount("ann");
const b = makeAccount("bob");
const repA = a.getReporter();
b.rep = repA;
for (let i = 0; i < 4000; i++) (i % 2 ? a : b).deposit(i % 5);
console.log(repA(), b.rep(), b.getReporter()());
a.deposit(0.5);
console.log(repA());
console.log(a, b);
