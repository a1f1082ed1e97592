// Deleting and re-adding a string key moves it to the end; overwriting an
// existing key keeps its position. Integer keys stay sorted regardless of
// when they were added.
const o = { first: 1, second: 2, third: 3 };
o.first = 10;
console.log(Object.keys(o).join(","));
delete o.first;
o.first = 100;
console.log(Object.keys(o).join(","));
o[5] = "five";
o[1] = "one";
delete o.second;
o.second = 2;
console.log(Object.keys(o).join(","), o);
delete o[1];
o[1] = "uno";
console.log(Object.keys(o).join(","));
const lru = {};
const touches = ["a", "b", "c", "a", "d", "b", "e", "a", "c"];
for (const k of touches) {
  if (k in lru) delete lru[k];
  lru[k] = true;
  console.log(k, Object.keys(lru).join(""));
}
