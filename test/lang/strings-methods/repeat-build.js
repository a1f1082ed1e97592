// repeat: 0 times, once, many times, on the empty string; used to draw
// a triangle and a box. Results are also measured and indexed.
console.log("[" + "ab".repeat(0) + "]", "ab".repeat(1), "ab".repeat(3), "[" + "".repeat(5) + "]");
console.log("-".repeat(40));
for (let i = 1; i <= 6; i++) console.log(" ".repeat(6 - i) + "*".repeat(2 * i - 1));
const w = 12;
console.log("+" + "-".repeat(w) + "+");
for (let i = 0; i < 3; i++) console.log("|" + " ".repeat(i) + "x" + " ".repeat(w - i - 1) + "|");
console.log("+" + "-".repeat(w) + "+");
const big = "xyz".repeat(1000);
console.log(big.length, big[2999], big.slice(1498, 1504), big.lastIndexOf("zx"));
console.log("é".repeat(3), "😀".repeat(2), "😀".repeat(2).length);
let total = 0;
for (let i = 0; i < 5000; i++) total += "ab".repeat(i % 10).length;
console.log(total);
console.log("ab".repeat(2.9), "ab".repeat("2"));
