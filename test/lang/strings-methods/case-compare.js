// Case-insensitive compare via toLowerCase, and an insertion sort of names
// by lowercase key using < on strings. Uppercase letters sort before
// lowercase ones in plain comparisons, so both orders are printed.
const names = ["bob", "Alice", "carol", "Dave", "alice", "Eve", "bob", "Zed", "adam"];
function isortBy(arr, key) {
  const a = arr.slice();
  for (let i = 1; i < a.length; i++) {
    const v = a[i];
    const kv = key(v);
    let j = i - 1;
    while (j >= 0 && key(a[j]) > kv) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
  return a;
}
console.log(isortBy(names, (s) => s).join(" "));
console.log(isortBy(names, (s) => s.toLowerCase()).join(" "));
console.log(isortBy(names, (s) => s.length + s).join(" "));
function eqi(a, b) {
  return a.toLowerCase() === b.toLowerCase();
}
let same = 0;
for (let i = 0; i < 3000; i++) if (eqi(names[i % names.length], names[(i * 7) % names.length])) same++;
console.log(same);
console.log(eqi("ABC", "abc"), eqi("ÉTÉ", "été"), eqi("a", "b"), "a" < "B", "a".toUpperCase() < "B");
