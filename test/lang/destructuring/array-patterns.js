// Array destructuring in declarations: skipping elements with holes in the
// pattern, defaults (used only for undefined), rest elements, patterns longer
// than the array, destructuring strings (code points).
const [a, b] = [1, 2, 3];
const [, second, , fourth] = [10, 20, 30, 40];
const [x = 5, y = 6, z = 7] = [undefined, null, 0];
const [first, ...others] = [1, 2, 3, 4];
const [p, q, r] = [1];
const [...all] = "héllo";
const [c1, c2, c3] = "😀ab";
console.log(a, b, second, fourth, x, y, z, first, others, p, q, r);
console.log(all, c1, c2, c3);
const [[n1, n2], [n3, [n4]]] = [[1, 2], [3, [4]]];
console.log(n1, n2, n3, n4);
const [e1 = "d1", e2 = e1 + "!"] = [];
console.log(e1, e2);
const [h1, h2 = "hole-default"] = [1, , 3];
console.log(h1, h2);
const [...empty] = [];
const [only, ...restEmpty] = [1];
console.log(empty, only, restEmpty);
let s = 0;
for (let i = 0; i < 4000; i++) {
  const [u, v = 1, ...w] = [i, undefined, i, i];
  s += u + v + w.length;
}
console.log(s);
