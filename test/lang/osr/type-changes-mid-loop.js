// Values whose type changes after OSR code was compiled (int32 to double, number to
// string, array elements kind changing): the OSR entry's speculation fails and the loop
// finishes correctly in the interpreter, then may OSR again.
let x = 0;
for (let i = 0; i < 4000; i++) {
  if (i === 2500) x += 0.5;
  x += 1;
}
console.log(x);

let s = 0;
for (let i = 0; i < 3000; i++) {
  s = i === 2000 ? 'str' : s + 1;
}
console.log(s);

const arr = [];
for (let i = 0; i < 3000; i++) arr.push(i === 1500 ? i + 0.25 : i);
let t = 0;
for (let i = 0; i < arr.length; i++) t += arr[i];
console.log(t, arr[1500], arr.length);

function overflow(n) {
  let v = 1;
  for (let i = 0; i < n; i++) v = v * 2 + 1;
  return v;
}
console.log(overflow(40), overflow(2000));
