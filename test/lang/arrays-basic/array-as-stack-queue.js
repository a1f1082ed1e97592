// push/pop as a stack and push/shift as a queue in a hot loop with a live set
// that grows and shrinks; the final contents and running checksums print.
function stackRun(n) {
  const st = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    if (i % 3 === 2) sum += st.pop();
    else st.push(i);
  }
  return sum * 100 + st.length;
}
function queueRun(n) {
  const q = [];
  let sum = 0;
  for (let i = 0; i < n; i++) {
    q.push(i);
    if (i % 2 === 1) sum += q.shift();
  }
  return sum * 100 + q.length;
}
let a = 0;
let b = 0;
for (let r = 0; r < 500; r++) {
  a += stackRun(r % 40);
  b += queueRun(r % 40);
}
console.log(a, b);
const st = [];
console.log(st.pop(), st.shift(), st.length);
st.push(1, 2, 3);
console.log(st.push(4), st, st.pop(), st.shift(), st);
const q = ["a"];
console.log(q.unshift("z", "y"), q);
const trace = [];
for (let i = 0; i < 6; i++) {
  trace.push(i);
  if (i % 2) trace.shift();
  console.log(i, trace.length, trace.join(","));
}
while (trace.length) console.log("popped", trace.pop(), trace);
