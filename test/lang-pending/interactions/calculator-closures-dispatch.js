// An RPN calculator where operators live in an object of arrow functions
// (dispatch by string key), numbers are parsed from tokens with Number,
// and errors are reported as strings instead of exceptions.
const ops = {
  "+": (a, b) => a + b,
  "-": (a, b) => a - b,
  "*": (a, b) => a * b,
  "/": (a, b) => a / b,
  max: (a, b) => Math.max(a, b),
  pow: (a, b) => a ** b,
};
const unary = { neg: (a) => -a, sqrt: Math.sqrt, dup: null };
function rpn(src) {
  const st = [];
  for (const tok of src.split(" ")) {
    if (tok === "") continue;
    if (tok in ops) {
      if (st.length < 2) return "underflow at " + tok;
      const b = st.pop();
      const a = st.pop();
      st.push(ops[tok](a, b));
    } else if (tok in unary) {
      if (st.length < 1) return "underflow at " + tok;
      if (tok === "dup") st.push(st[st.length - 1]);
      else st.push(unary[tok](st.pop()));
    } else {
      const n = Number(tok);
      if (isNaN(n)) return "bad token " + tok;
      st.push(n);
    }
  }
  return st.length === 1 ? st[0] : "stack: " + st.join(",");
}
const progs = ["3 4 +", "5 1 2 + 4 * + 3 -", "2 10 pow", "9 sqrt neg", "1 2", "+", "3 x +", "7 dup *", "1 0 /", "  4   2 max  ", "0.1 0.2 +", "1e3 2 /"];
for (const p of progs) console.log(bracket(p), "=>", rpn(p));
function bracket(s) {
  return "[" + s + "]";
}
let acc = 0;
for (let i = 0; i < 2000; i++) acc += rpn(i + " 2 * 3 + " + (i % 7) + " max");
console.log(acc);
