// One array (and one hot summing function) whose elements change kind midway:
// small ints, then a double is stored, then a string, then undefined and an
// object. The function is hot before each transition, so compiled code that
// assumed int elements must cope.
function total(arr) {
  let s = 0;
  for (let i = 0; i < arr.length; i++) s += arr[i];
  return s;
}
const a = [];
for (let i = 0; i < 20; i++) a.push(i);
let acc = 0;
for (let r = 0; r < 3000; r++) acc += total(a);
console.log("ints", acc, total(a));
a[5] = 0.5;
console.log("double", total(a));
for (let r = 0; r < 2000; r++) acc += total(a);
console.log(acc);
a[10] = "s";
console.log("string", total(a));
a[10] = 10;
console.log("back", total(a));
a.push(undefined);
console.log("undef", total(a));
a.pop();
a.push(null, true);
console.log("null+true", total(a));
console.log(a);
const b = [1, 2, 3];
b[1] = "two";
b[2] = { three: 3 };
b.push([4]);
console.log(b, b.length);
