// Functions read and write top-level let/var/const bindings; writes are visible
// to the top level and to other functions, also from compiled (hot) code.
let counter = 0;
var total = 0;
const STEP = 3;
function tick() {
  counter++;
  total += STEP;
  return counter;
}
function report(label) {
  console.log(label, counter, total);
}
report("init");
for (let i = 0; i < 5; i++) tick();
report("after 5");
for (let i = 0; i < 20000; i++) tick();
report("after 20005");
counter = -1;
tick();
report("reset");
let shadow = "top";
function shadowed() {
  let shadow = "local";
  return shadow;
}
console.log(shadowed(), shadow);
