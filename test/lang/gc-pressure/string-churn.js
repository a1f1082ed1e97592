// Builds and discards hundreds of thousands of short strings (concatenation,
// slice, number-to-string, template literals) while a dictionary keeps a
// bounded live set keyed by some of them; a rolling hash checks contents.
let h = 0;
for (let i = 0; i < 300000; i++) {
  const s = "k" + (i % 9973) + "-" + (i & 15);
  const t = `${s}:${i % 7}`;
  h = (h * 31 + t.length + t.charCodeAt(t.length - 1)) % 1000000007;
}
console.log(h);
const live = {};
let liveCount = 0;
for (let i = 0; i < 100000; i++) {
  const k = "key" + ((i * 7) % 613);
  if (k in live) {
    delete live[k];
    liveCount--;
  } else {
    live[k] = "v" + i;
    liveCount++;
  }
}
console.log(liveCount, Object.keys(live).length, live.key0, live.key499, live.key612);
console.log(Object.keys(live).slice(0, 8), Object.values(live).slice(-4));
let total = 0;
for (let i = 0; i < 50000; i++) {
  const parts = ("a,b," + i).split(",");
  total += parts.length + parts[2].length;
}
console.log(total);
let acc = "";
for (let i = 0; i < 20000; i++) {
  acc += String.fromCharCode(97 + (i % 26));
  if (acc.length > 100) acc = acc.slice(50);
}
console.log(acc.length, acc);
