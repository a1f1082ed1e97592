// String relational compares are lexicographic by UTF-16 code unit, not numeric.
console.log("a" < "b", "b" < "a", "a" < "a", "a" <= "a", "abc" < "abd", "ab" < "abc");
console.log("10" < "9", "Z" < "a", "" < "a", "a" > "", "B" >= "A");
let s = "m";
console.log(s < "n", s > "l", s >= "m", s <= "m", "2" > "12");
