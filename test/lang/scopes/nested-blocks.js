// Deeply nested blocks and loops with shadowing at every level; exercises the
// register/slot allocation of block-scoped bindings.
let v = 0;
for (let i = 0; i < 3; i++) {
  let v = i;
  for (let j = 0; j < 3; j++) {
    let v2 = v * 10 + j;
    {
      let v = v2 * 2;
      if (v % 4 === 0) {
        let v = "even" + v2;
        console.log(i, j, v);
      } else {
        console.log(i, j, v);
      }
    }
  }
}
console.log(v);
let w = 1;
{
  w = 2;
  {
    w = w * 3;
    let w2 = w;
    {
      w = w2 + 1;
    }
  }
}
console.log(w);
