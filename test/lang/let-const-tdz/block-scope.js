// let/const are block scoped: inner declarations shadow outer ones and vanish at
// block end; each loop iteration gets fresh bindings.
let x = 1;
const y = 2;
{
  let x = 10;
  const y = 20;
  console.log("inner", x, y);
  {
    let x = 100;
    console.log("inner2", x, y);
  }
  console.log("inner again", x);
}
console.log("outer", x, y);
for (let x = 0; x < 3; x++) {
  const y = x * 2;
  let z = y + x;
  console.log("loop", x, y, z);
}
console.log("after loop", x, y);
if (true) {
  let x = "if-block";
  console.log(x);
} else {
  let x = "else-block";
  console.log(x);
}
let u;
console.log(u, typeof u);
function f() {
  let x = "fn";
  {
    const x = "fn-block";
    console.log(x);
  }
  return x;
}
console.log(f(), x);
