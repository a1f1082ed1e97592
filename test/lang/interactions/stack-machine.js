// A tiny stack machine: programs are arrays of instruction objects
// ({op: "push", v: 3} ...), with jumps, a call stack, and local variables in
// an object; runs a loop computing sums and factorials, and a string-building
// program. The interpreter loop is hot.
function run(prog, maxSteps) {
  const st = [];
  const vars = {};
  const out = [];
  let pc = 0;
  let steps = 0;
  while (pc < prog.length && steps < maxSteps) {
    const ins = prog[pc++];
    steps++;
    switch (ins.op) {
      case "push": st.push(ins.v); break;
      case "load": st.push(vars[ins.name]); break;
      case "store": vars[ins.name] = st.pop(); break;
      case "add": { const b = st.pop(); st.push(st.pop() + b); break; }
      case "sub": { const b = st.pop(); st.push(st.pop() - b); break; }
      case "mul": { const b = st.pop(); st.push(st.pop() * b); break; }
      case "lt": { const b = st.pop(); st.push(st.pop() < b); break; }
      case "jz": if (!st.pop()) pc = ins.to; break;
      case "jmp": pc = ins.to; break;
      case "print": out.push(st.pop()); break;
      default: out.push("bad op " + ins.op);
    }
  }
  return { out, steps, vars, depth: st.length };
}
const P = (op, v) => ({ op, v });
const sumTo = [
  P("push", 0), { op: "store", name: "s" },
  P("push", 1), { op: "store", name: "i" },
  { op: "load", name: "i" }, P("push", 101), P("lt"), { op: "jz", to: 17 },
  { op: "load", name: "s" }, { op: "load", name: "i" }, P("add"), { op: "store", name: "s" },
  { op: "load", name: "i" }, P("push", 1), P("add"), { op: "store", name: "i" },
  { op: "jmp", to: 4 },
  { op: "load", name: "s" }, P("print"),
];
console.log(run(sumTo, 100000));
const fact = [
  P("push", 1), { op: "store", name: "f" }, P("push", 1), { op: "store", name: "n" },
  { op: "load", name: "n" }, P("push", 21), P("lt"), { op: "jz", to: 19 },
  { op: "load", name: "f" }, { op: "load", name: "n" }, P("mul"), { op: "store", name: "f" },
  { op: "load", name: "f" }, P("print"),
  { op: "load", name: "n" }, P("push", 1), P("add"), { op: "store", name: "n" }, { op: "jmp", to: 4 },
];
const r = run(fact, 100000);
console.log(r.out, r.steps);
const strProg = [P("push", ""), { op: "store", name: "s" }, { op: "load", name: "s" }, P("push", "ab"), P("add"), { op: "store", name: "s" }, { op: "jmp", to: 2 }];
const r2 = run(strProg, 70);
console.log(r2.vars.s.length, r2.vars.s.slice(0, 10), r2.steps, run([P("nop")], 10));
let total = 0;
for (let i = 0; i < 40; i++) total += run(sumTo, 100000).steps;
console.log(total);
