// Any value can be thrown: numbers, strings, booleans, null, undefined, objects
// and arrays; the catch binding receives exactly the thrown value.
function thrower(kind) {
  if (kind === 0) throw 42;
  if (kind === 1) throw -1.5;
  if (kind === 2) throw "a string";
  if (kind === 3) throw true;
  if (kind === 4) throw null;
  if (kind === 5) throw undefined;
  if (kind === 6) throw { code: 7, tag: "obj" };
  if (kind === 7) throw [1, 2, 3];
  if (kind === 8) throw "";
  if (kind === 9) throw 0;
  return "no throw";
}
for (let k = 0; k <= 10; k++) {
  try {
    const r = thrower(k);
    console.log(k, "returned", r);
  } catch (e) {
    console.log(k, "caught", typeof e, e);
  }
}
const shared = { n: 1 };
try {
  throw shared;
} catch (e) {
  e.n++;
  console.log("same object:", e === shared, shared.n);
}
console.log("done");
