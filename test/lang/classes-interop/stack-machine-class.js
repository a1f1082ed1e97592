// A class-based stack machine that reports stack underflow, unknown opcodes and
// division by zero as exceptions of its own error class; programs are run in a
// loop and failures are collected.
class VMError extends Error {
  constructor(message, pc) {
    super(message + " at pc " + pc);
    this.name = "VMError";
    this.pc = pc;
  }
}
class Machine {
  constructor() {
    this.stack = [];
    this.steps = 0;
  }
  pop(pc) {
    if (this.stack.length === 0) throw new VMError("stack underflow", pc);
    return this.stack.pop();
  }
  run(program) {
    this.stack = [];
    for (let pc = 0; pc < program.length; pc++) {
      this.steps++;
      const op = program[pc];
      if (typeof op === "number") {
        this.stack.push(op);
        continue;
      }
      switch (op) {
        case "add":
          this.stack.push(this.pop(pc) + this.pop(pc));
          break;
        case "mul":
          this.stack.push(this.pop(pc) * this.pop(pc));
          break;
        case "div": {
          const b = this.pop(pc);
          const a = this.pop(pc);
          if (b === 0) throw new VMError("division by zero", pc);
          this.stack.push((a / b) | 0);
          break;
        }
        case "dup": {
          const v = this.pop(pc);
          this.stack.push(v, v);
          break;
        }
        default:
          throw new VMError("unknown op " + op, pc);
      }
    }
    return this.pop(program.length);
  }
}
const m = new Machine();
const programs = [
  [2, 3, "add", 4, "mul"],
  [1, "add"],
  [10, 0, "div"],
  [7, "dup", "mul", 2, "div"],
  [1, 2, "pow"],
  [],
];
for (const p of programs) {
  try {
    console.log("ok", m.run(p));
  } catch (e) {
    console.log(e instanceof VMError ? "vm" : "other", e.pc, e.message);
  }
}
let sum = 0;
let failures = 0;
for (let i = 0; i < 20000; i++) {
  try {
    sum += m.run([i & 15, (i >> 4) & 3, "div", 3, "add"]);
  } catch (e) {
    failures++;
  }
}
console.log(sum, failures, m.steps);
console.log("done");
