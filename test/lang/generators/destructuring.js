// Array patterns over iterators take only the values they name, then close the iterator
// (an endless generator works); a rest element takes everything that is left.
function* naturals(tag) {
  let i = 0;
  try {
    while (true) yield i++;
  } finally {
    console.log('closed', tag);
  }
}
const [a, b] = naturals('pair');
console.log(a, b);
const [c, , d] = naturals('hole');
console.log(c, d);
let x, y;
[x, y = 'default'] = naturals('assign');
console.log(x, y);
function params([first, second]) {
  return first + second;
}
console.log(params(naturals('param')));
function* three() {
  yield 1;
  yield 2;
  yield 3;
}
const [p, ...rest] = three();
console.log(p, rest);
const [only] = three();
console.log(only);
const [u, v, w, z] = three(); // runs out: nothing to close
console.log(u, v, w, z);
const [[n1], [n2]] = [naturals('inner 1'), naturals('inner 2')];
console.log(n1, n2);
const [e1, e2] = new Set(['s1', 's2', 's3']);
const [[k1, v1]] = new Map([['k', 'v']]);
console.log(e1, e2, k1, v1);
let sum = 0;
for (let i = 0; i < 2000; i++) {
  const [m, n] = (function* () { yield i; yield 1; })();
  sum += m + n;
}
console.log(sum);
