// Several closures sharing and mutating the same captured variables,
// including a variable declared after the closures are created (read
// later), and a captured parameter reassigned by the closure.
function setup() {
  const log = [];
  let total = 0;
  function add(x) {
    total += x;
    log.push("add" + x);
  }
  function mul(x) {
    total *= x;
    log.push("mul" + x);
  }
  const show = () => total + " via " + log.join(",") + " " + later;
  let later = "late-bound";
  return { add, mul, show };
}
const s = setup();
s.add(2);
s.mul(5);
s.add(1);
console.log(s.show());
function param(p) {
  const set = (v) => (p = v);
  const get = () => p;
  return [set, get];
}
const [set, get] = param("initial");
console.log(get());
set("changed");
console.log(get());
const pairs = [];
for (let i = 0; i < 4; i++) pairs.push(param(i));
for (let r = 0; r < 4000; r++) pairs[r % 4][0](pairs[r % 4][1]() + 1);
console.log(pairs.map((p) => p[1]()));
const s2 = setup();
for (let i = 1; i <= 4; i++) {
  s2.add(i);
  console.log(i, s2.show());
}
s2.mul(0);
console.log(s2.show(), s.show());
