// Runtime TypeErrors raised from hot, optimized code: a property chain that is
// usually present and a callee that is usually a function; the rare bad input
// must produce exactly the interpreter's message.
function readDeep(o) {
  return o.a.b.c;
}
function invoke(o) {
  return o.handler(2);
}
const good = { a: { b: { c: 3 } } };
const withHandler = { handler: (x) => x * 5 };
let total = 0;
const messages = [];
for (let i = 0; i < 100000; i++) {
  let o = good;
  if (i % 25000 === 24999) o = ((i / 25000) | 0) % 2 ? { a: {} } : { a: null };
  try {
    total += readDeep(o);
  } catch (e) {
    messages.push(e.message);
  }
}
for (let i = 0; i < 100000; i++) {
  const h = i === 77777 ? { handler: 1 } : i === 88888 ? {} : withHandler;
  try {
    total += invoke(h);
  } catch (e) {
    messages.push(e.name + ": " + e.message);
  }
}
console.log(total);
for (const m of messages) console.log(m);
console.log("done");
