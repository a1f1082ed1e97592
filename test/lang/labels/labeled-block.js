// break out of a labeled block (not a loop), and labels on loops inside switch.
function f(x) {
  let r = "start";
  block: {
    if (x > 5) break block;
    r += "-small";
    inner: {
      if (x > 2) break inner;
      r += "-tiny";
    }
    r += "-end";
  }
  return r;
}
for (let x = 0; x < 8; x += 2) console.log(x, f(x));
let hits = 0;
lp: for (let i = 0; i < 6; i++) {
  switch (i % 3) {
    case 0:
      continue lp;
    case 1:
      hits += 10;
      break;
    default:
      if (i > 4) break lp;
      hits += 1;
  }
  hits += 100;
}
console.log(hits);
