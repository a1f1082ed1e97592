// A linked-list class with node objects, iteration via a callback, and errors
// for operations on an empty list or out-of-range indexes.
class ListNode {
  constructor(value, next) {
    this.value = value;
    this.next = next;
  }
}
class EmptyListError extends Error {
  constructor(op) {
    super(op + " on empty list");
    this.name = "EmptyListError";
  }
}
class LinkedList {
  constructor() {
    this.head = null;
    this.size = 0;
  }
  push(v) {
    this.head = new ListNode(v, this.head);
    this.size++;
    return this;
  }
  pop() {
    if (this.head === null) throw new EmptyListError("pop");
    const v = this.head.value;
    this.head = this.head.next;
    this.size--;
    return v;
  }
  at(i) {
    if (i < 0 || i >= this.size) throw new RangeError("index " + i + " out of range [0, " + this.size + ")");
    let n = this.head;
    while (i-- > 0) n = n.next;
    return n.value;
  }
  each(f) {
    for (let n = this.head; n !== null; n = n.next) f(n.value);
  }
}
const list = new LinkedList();
for (let i = 0; i < 10; i++) list.push(i * i);
const seen = [];
list.each((v) => seen.push(v));
console.log(seen.join(","), list.size, list.at(0), list.at(9));
for (const i of [-1, 10, 5]) {
  try {
    console.log("at", i, list.at(i));
  } catch (e) {
    console.log(e.name, e.message);
  }
}
let popped = 0;
try {
  while (true) popped += list.pop();
} catch (e) {
  console.log(e.name, e.message, e instanceof EmptyListError, popped, list.size);
}
const big = new LinkedList();
for (let i = 0; i < 50000; i++) big.push(i);
let sum = 0;
big.each((v) => {
  sum += v;
});
console.log(sum);
console.log("done");
