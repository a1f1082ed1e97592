// A closure whose captured variable changes kind while the closure is hot:
// an int counter becomes a double, then a string, then an array; the
// closure's arithmetic must follow each change.
let v = 0;
const step = (d) => {
  v = v + d;
  return v;
};
let s = 0;
for (let i = 0; i < 4000; i++) s = step(1);
console.log("int", s);
v = 0.5;
for (let i = 0; i < 2000; i++) s = step(0.25);
console.log("double", s);
v = "s";
for (let i = 0; i < 5; i++) s = step(i);
console.log("string", s);
v = [1, 2];
console.log("array", step(3), typeof v);
v = 2147483647;
console.log("overflow", step(1), step(2147483647));
const holder = { val: 1 };
const bump = () => (holder.val = holder.val * 2);
for (let i = 0; i < 60; i++) bump();
console.log(holder.val);
for (let i = 0; i < 1100; i++) bump();
console.log(holder.val);
