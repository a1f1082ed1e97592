// A dictionary object with thousands of keys added, read, overwritten and
// deleted (engines switch such objects to a hash-table representation);
// checks that every lookup is still right after each phase.
const d = {};
for (let i = 0; i < 3000; i++) d["key" + i] = i;
let s = 0;
for (let i = 0; i < 3000; i++) s += d["key" + i];
console.log(Object.keys(d).length, s, d.key0, d.key2999, d.key3000);
for (let i = 0; i < 3000; i += 2) delete d["key" + i];
let s2 = 0;
let present = 0;
for (let i = 0; i < 3000; i++) {
  if ("key" + i in d) {
    present++;
    s2 += d["key" + i];
  }
}
console.log(Object.keys(d).length, present, s2, d.key0, d.key1);
for (let i = 0; i < 3000; i += 3) d["key" + i] = -i;
console.log(Object.keys(d).length, d.key0, d.key3, d.key6, d.key9);
const ks = Object.keys(d);
console.log(ks.slice(0, 8), ks.slice(-8));
let vsum = 0;
for (const v of Object.values(d)) vsum += v;
console.log(vsum);
