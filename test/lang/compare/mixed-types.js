// Relational compares with booleans, null, undefined and numeric strings
// (ToNumber conversions) — the "other" feedback kind at a compare site.
function lt(a, b) {
  return a < b;
}
console.log(lt(true, 2), lt(false, true), lt(null, 1), lt(undefined, 1), lt(null, undefined));
console.log(lt("10", 9), lt(9, "10"), lt("abc", 1), lt("", 1), lt(" 5 ", 6));
console.log(null >= 0, null <= 0, null > 0, undefined >= 0, undefined == 0);
console.log(true > false, true >= 1, "1" <= true, "0x10" > 15, "1e3" < 999);
for (let i = 0; i < 4; i++) {
  let v = i === 0 ? 5 : i === 1 ? 5.5 : i === 2 ? "5" : true;
  console.log(i, typeof v, lt(v, 6), lt(4, v), v >= 5);
}
