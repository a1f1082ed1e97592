// delete arr[i] leaves a hole (length unchanged) while splice closes the gap;
// holes created in a hot loop of deletes, then the array printed and summed.
const a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
delete a[3];
delete a[9];
console.log(a.length, a, 3 in a, a[3]);
const b = a.slice();
b.splice(3, 1);
console.log(b.length, b);
function punch(n) {
  const arr = [];
  for (let i = 0; i < n; i++) arr.push(i);
  for (let i = 0; i < n; i += 3) delete arr[i];
  let sum = 0;
  arr.forEach((v) => (sum += v));
  return sum * 1000 + Object.keys(arr).length;
}
let t = 0;
for (let r = 0; r < 2000; r++) t += punch(r % 30);
console.log(t, punch(10));
const c = ["a", "b", "c"];
delete c[0];
delete c[1];
delete c[2];
console.log(c, c.length, c.join(","));
const d = [1, 2, 3, 4, 5, 6];
for (let i = 0; i < d.length; i += 2) {
  delete d[i];
  console.log(i, d, d.length, d.indexOf(undefined), d.includes(undefined));
}
const last = [1, 2, 3];
delete last[2];
console.log(last, last.length, last.pop(), last, last.length);
