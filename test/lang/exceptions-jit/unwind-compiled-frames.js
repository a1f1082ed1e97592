// Exceptions thrown several compiled frames below the handler, by `throw` and by the
// runtime (a property read of undefined), with values live in the catching frame.
function leaf(i, o) {
  if (i % 13 === 0) throw i * 2;
  if (i % 17 === 0) return o.missing.deeper;
  return i;
}
function mid(i, o) { return leaf(i, o) + 1; }
function top(n) {
  const o = { a: 1 };
  let acc = 0;
  let kinds = '';
  for (let i = 1; i < n; i++) {
    const before = acc;
    try {
      acc += mid(i, o);
    } catch (e) {
      if (typeof e === 'number') acc = before - e;
      else { acc = before + 1; if (kinds.length < 40) kinds += e.name[0]; }
    }
  }
  return acc + ' ' + kinds;
}
for (let k = 0; k < 4; k++) console.log(top(5000));
console.log('done');
