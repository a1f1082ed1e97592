// Small functions that read and write their context (module-level constants, closed-over
// variables) inlined into hot callers: one function id with different closures (each call
// must read its own closure's context, not the first one's), writes through an inlined
// callee, a TDZ read (the ReferenceError from inlined code), and methods reading constants.
'use strict';
const HELD = 4;
const WAITING = 1;
class Task {
  constructor(state) { this.state = state; }
  isHeld() { return (this.state & HELD) !== 0; }
  isWaiting() { return this.state === WAITING; }
  hold() { this.state = this.state | HELD; }
}
const tasks = [new Task(0), new Task(HELD), new Task(WAITING), new Task(HELD | WAITING)];
let held = 0;
for (let i = 0; i < 5000; i++) for (const t of tasks) if (t.isHeld()) held++;
console.log(held, tasks.map((t) => t.isWaiting()).join());
tasks[0].hold();
console.log(tasks.map((t) => t.isHeld()).join());

// One function, many closures: the inlined body reads the called closure's context.
function adder(k) { return (x) => x + k; }
const adders = [adder(1), adder(10), adder(100)];
function apply(f, x) { return f(x); }
let sum = 0;
for (let i = 0; i < 6000; i++) sum += apply(adders[i % 3], i);
console.log(sum);

// Writes through an inlined callee to a closed-over variable.
let counter = 0;
function bump(by) { counter += by; return counter; }
function drive(n) { let last = 0; for (let i = 0; i < n; i++) last = bump(i & 3); return last; }
console.log(drive(10000), counter);
const boxes = [];
function makeCounter() { let c = 0; return { inc: () => ++c, get: () => c }; }
for (let k = 0; k < 3; k++) boxes.push(makeCounter());
function spin(box, n) { for (let i = 0; i < n; i++) box.inc(); return box.get(); }
console.log(spin(boxes[0], 3000), spin(boxes[1], 1500), spin(boxes[2], 7), spin(boxes[0], 1));

// A read before initialization, from inlined code: node's ReferenceError.
function readLate() { return late + 1; }
function tryRead(n) { let r = 0; for (let i = 0; i < n; i++) { try { r = readLate(); } catch (e) { r = e.constructor.name + ': ' + e.message; } } return r; }
console.log(tryRead(3000));
let late = 41;
console.log(tryRead(10));
