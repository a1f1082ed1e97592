// A dense int switch inside a hot loop (a tiny bytecode interpreter), with
// break meaning "leave the switch" and continue meaning "next iteration".
function vm(steps) {
  let pc = 0;
  let acc = 0;
  let x = 1;
  for (let i = 0; i < steps; i++) {
    switch (pc) {
      case 0:
        acc += x;
        pc = 1;
        break;
      case 1:
        x = (x * 3) % 1000;
        pc = 2;
        continue;
      case 2:
        if (acc > 100000) acc -= 100000;
        pc = 3;
        break;
      case 3:
        pc = x % 2 ? 0 : 4;
        break;
      case 4:
        acc ^= x;
        pc = 0;
        break;
    }
    if (i % 10000 === 0) console.log(i, pc, acc, x);
  }
  return acc;
}
console.log(vm(10), vm(60000));
