// OSR in a function that is also on the stack below itself (recursion), and in one that
// runs while compiled code of the same function exists.
function walk(depth, n) {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += i & depth;
  if (depth > 0) sum += walk(depth - 1, n);
  return sum;
}
console.log(walk(6, 3000));
console.log(walk(3, 10));
for (let r = 0; r < 3; r++) console.log(walk(2, 1500 * r));

function objects(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push({ id: i, name: 'n' + i, even: i % 2 === 0 });
  let evens = 0;
  for (const o of out) if (o.even) evens += o.id;
  return [out.length, evens, out[n - 1]];
}
console.log(objects(4000));
