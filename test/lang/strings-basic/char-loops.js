// Classic character loops: count vowels, caesar shift, palindrome check,
// run-length encode. Each function is called thousands of times so it gets
// compiled, then its results are printed for fixed inputs.
function vowels(s) {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === "a" || c === "e" || c === "i" || c === "o" || c === "u") n++;
  }
  return n;
}
function caesar(s, k) {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) out += String.fromCharCode(((c - 97 + k) % 26) + 97);
    else if (c >= 65 && c <= 90) out += String.fromCharCode(((c - 65 + k) % 26) + 65);
    else out += s[i];
  }
  return out;
}
function isPal(s) {
  let i = 0;
  let j = s.length - 1;
  while (i < j) {
    if (s[i] !== s[j]) return false;
    i++;
    j--;
  }
  return true;
}
function rle(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    let j = i;
    while (j < s.length && s[j] === s[i]) j++;
    out += s[i] + (j - i);
    i = j;
  }
  return out;
}
let acc = 0;
for (let r = 0; r < 3000; r++) {
  acc += vowels("the quick brown fox jumps over the lazy dog");
  acc += caesar("Hello, World", r % 26).length;
  acc += isPal(r % 2 ? "racecar" : "racecars") ? 1 : 0;
  acc += rle("aaabccddddde").length;
}
console.log(acc);
console.log(vowels("education"), vowels(""), vowels("rhythm"));
for (let k = 0; k < 27; k += 3) console.log(k, caesar("Hello, World! xyz", k));
console.log(isPal(""), isPal("a"), isPal("abba"), isPal("abca"), isPal("Aa"));
console.log(rle("aaabccddddde"), rle(""), rle("x"), rle("ababab"));
