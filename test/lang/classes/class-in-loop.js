// A class defined in a loop body: each iteration makes a new class capturing that iteration.
const made = [];
for (let i = 0; i < 3; i++) {
  class Item {
    constructor() { this.i = i; }
    which() { return 'item' + i + '/' + this.i; }
    static index() { return i; }
  }
  made.push(new Item());
  made.push(Item);
}
console.log(made[0].which(), made[2].which(), made[4].which(), made[5].index());
console.log(made[0] instanceof made[1], made[0] instanceof made[3]);
