// Set basics: add (chained), has, delete, size, clear, insertion order,
// deduplication of arrays, SameValueZero for NaN and -0, spreading a Set, and
// forEach's arguments.
const s = new Set();
console.log(s.add(1) === s, s.size);
s.add(2).add(1).add("1").add(NaN).add(NaN).add(0).add(-0);
console.log(s.size, s.has(1), s.has("1"), s.has(NaN), s.has(-0), s.has(3));
console.log([...s].join(","));
const o = {};
s.add(o).add({});
console.log(s.size, s.has(o), s.has({}));
console.log(s.delete(2), s.delete(2), s.size);
const dedup = [...new Set([3, 1, 3, 2, 1, 5, 3])];
console.log(dedup);
const letters = new Set("mississippi".split(""));
console.log(letters.size, [...letters].join(""));
const seen = [];
letters.forEach((v, k, set) => seen.push(v + k + (set === letters)));
console.log(seen.join(" "));
letters.clear();
console.log(letters.size, letters.has("m"));
const fromSet = new Set(new Set([1, 2]));
console.log(fromSet.size, s instanceof Set);
const words = ["a", "b", "a", "c", "b", "d"];
const firstSeen = [];
const have = new Set();
for (const w of words) {
  if (!have.has(w)) {
    have.add(w);
    firstSeen.push(w);
  }
}
console.log(firstSeen.join(""), have.size);
console.log("done");
