// Non-ASCII strings as object keys and in sorted arrays: default sort orders
// by UTF-16 code units (so accented letters sort after 'z', CJK after Latin,
// emoji surrogates after most BMP chars except the upper BMP).
const names = ["zebra", "éclair", "apple", "日本", "Zoo", "😀smile", "ñandu", "中", "Ωmega", "ａ"];
const sorted = names.slice().sort();
console.log(sorted);
for (const n of sorted) console.log(n, n.charCodeAt(0));
const counts = {};
const text = "é a é b 日 日 日 😀 a";
for (const w of text.split(" ")) counts[w] = (counts[w] || 0) + 1;
console.log(counts);
console.log(Object.keys(counts).length, counts["日"], counts["😀"], "é" in counts, "e" in counts);
