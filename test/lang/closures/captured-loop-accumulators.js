// Closures capture variables, not values: a closure made before a loop sees
// the variable's final value; closures over an array see later pushes;
// capturing a let declared in a block inside a loop body.
let x = 1;
const readX = () => x;
for (let i = 0; i < 1000; i++) x += i;
console.log(readX());
const arr = [];
const len = () => arr.length;
const last = () => arr[arr.length - 1];
for (let i = 0; i < 2500; i++) arr.push(i * 2);
console.log(len(), last());
const blocks = [];
for (let i = 0; i < 5; i++) {
  {
    let inner = "b" + i;
    blocks.push(() => inner);
  }
}
console.log(blocks.map((f) => f()).join(""));
let str = "";
const appendTo = (s) => {
  str += s;
  return str.length;
};
let total = 0;
for (let i = 0; i < 3000; i++) total += appendTo(i % 10 === 0 ? "x" : "");
console.log(total, str.length);
const fns = [];
let shared = 0;
for (let i = 0; i < 3; i++) fns.push(() => (shared += i));
for (let r = 0; r < 3000; r++) fns[r % 3]();
console.log(shared);
