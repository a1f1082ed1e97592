// splice in all its forms: delete only, insert only (deleteCount 0), replace,
// negative start, start past end, deleteCount omitted (to the end), larger
// than available; the return value is the removed elements.
function run(start, del, ins) {
  const a = [0, 1, 2, 3, 4, 5, 6];
  let removed;
  if (del === undefined) removed = a.splice(start);
  else removed = a.splice(start, del, ...ins);
  console.log(`splice(${start}, ${del}, [${ins}])`, "->", removed, a);
}
run(2, 2, []);
run(2, 0, ["a", "b"]);
run(1, 3, ["x"]);
run(-2, 1, []);
run(-10, 2, ["neg"]);
run(10, 5, ["end"]);
run(3);
run(3, 100, []);
run(0, 7, []);
run(4, -1, ["m"]);
run(1.5, 1, []);
function spliceLoop(n) {
  const a = [];
  for (let i = 0; i < n; i++) {
    a.splice(a.length >> 1, 0, i);
    if (a.length > 8) a.splice(2, 3);
  }
  return a;
}
let s = 0;
for (let r = 0; r < 2000; r++) s += spliceLoop(r % 25).length;
console.log(s, spliceLoop(12), spliceLoop(25));
