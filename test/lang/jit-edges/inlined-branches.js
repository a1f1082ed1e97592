// Small methods with forward branches (`||`, `&&`, `?:`, `??`, early returns) inlined into
// hot loops: the merge of their registers, results that differ by path (int32 on one, a
// double or a string on another), a deopt on one path only, a TDZ read on a path taken
// late, getters with branches, and the same callee inlined at several sites of one caller.
'use strict';
const HELD = 4;
const WAITING = 1;
class Task {
  constructor(state, id) { this.state = state; this.id = id; this.next = null; }
  isBlocked() { return (this.state & HELD) !== 0 || this.state === WAITING; }
  isReady() { return this.state === 0 && this.id > 0; }
  priority() { return this.state & HELD ? this.id * 2 : this.id + 0.5; }
  label() { if (this.id > 3) return 'big'; if (this.id < 0) return 'neg'; return this.id; }
  get nextId() { return this.next ? this.next.id : -1; }
  orDefault(v) { return v ?? this.id; }
}
const tasks = [new Task(0, 1), new Task(HELD, 2), new Task(WAITING, 3), new Task(HELD | WAITING, 4), new Task(0, -2)];
for (let i = 0; i < tasks.length - 1; i++) tasks[i].next = tasks[i + 1];
function scan(list) {
  let blocked = 0, ready = 0, prio = 0, labels = '', ids = 0, defaults = 0;
  for (const t of list) {
    if (t.isBlocked()) blocked++;
    if (t.isReady()) ready++;
    prio += t.priority();
    labels += t.label();
    ids += t.nextId;
    defaults += t.orDefault(t.state === 0 ? null : t.state) + t.orDefault(undefined);
  }
  return [blocked, ready, prio, labels, ids, defaults].join(' ');
}
let out;
for (let i = 0; i < 4000; i++) out = scan(tasks);
console.log(out);
// A path not taken while the code was hot: a deopt there, then the right answer.
tasks.push(new Task(HELD, 2.5), new Task(0, 'x'));
console.log(scan(tasks));

// One callee at several sites of one caller, and a result phi of mixed kinds.
function clamp(x, lo, hi) { return x < lo ? lo : x > hi ? hi : x; }
function sumClamped(n) {
  let s = 0;
  for (let i = -n; i < n; i++) s += clamp(i, -10, 10) + clamp(i * 0.5, -2.5, 2.5) + clamp(i, 0, 3);
  return s;
}
console.log(sumClamped(5000), clamp('b', 'a', 'c'), clamp(NaN, 0, 1));

// A TDZ read on a path taken late (the ReferenceError from inlined code).
function maybeLate(flag) { if (flag) return lateValue * 2; return 0; }
function drive(n, flagAt) { let t = 0; for (let i = 0; i < n; i++) t += maybeLate(i === flagAt); return t; }
try { console.log(drive(3000, 2999)); } catch (e) { console.log(e.constructor.name, e.message); }
let lateValue = 21;
console.log(drive(3000, 2999));

// Early returns that leave registers different on each path.
function classify(v) {
  let kind = 'other';
  if (typeof v === 'number') { kind = v > 0 ? 'pos' : 'nonpos'; return kind; }
  if (v === null) return 'null';
  return kind + ':' + typeof v;
}
const mixed = [1, -1, 0, null, 'a', undefined, 2.5, true];
let cls;
for (let i = 0; i < 3000; i++) cls = mixed.map(classify);
console.log(cls.join(','));
