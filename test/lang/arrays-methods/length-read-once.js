// The iterating methods read the length once: elements the callback appends are not
// visited; elements changed before their turn are seen with their new value; elements
// removed before their turn are skipped (forEach & co.) or seen as undefined (find, findIndex).
function trace(name, run) {
  const a = [1, 2, 3];
  const seen = [];
  const r = run(a, (v, i, arr) => {
    seen.push(v);
    if (i === 0) { arr.push(99); arr[2] = 30; }
    return false;
  });
  console.log(name, JSON.stringify(r), seen.join(','), a.length);
}
trace('find', (a, f) => a.find(f));
trace('findIndex', (a, f) => a.findIndex(f));
trace('some', (a, f) => a.some(f));
trace('every', (a, f) => a.every((v, i, arr) => { f(v, i, arr); return true; }));
trace('forEach', (a, f) => a.forEach(f));
trace('map', (a, f) => a.map((v, i, arr) => { f(v, i, arr); return v * 2; }));
trace('filter', (a, f) => a.filter((v, i, arr) => { f(v, i, arr); return true; }));
trace('reduce', (a, f) => a.reduce((acc, v, i, arr) => { f(v, i, arr); return acc + v; }, 0));
// removal during the loop
const shrink = (name, run) => {
  const a = [1, 2, 3, 4];
  const seen = [];
  const r = run(a, (v, i, arr) => { seen.push(String(v)); if (i === 0) arr.length = 2; return false; });
  console.log(name, JSON.stringify(r), seen.join(','));
};
shrink('find', (a, f) => a.find(f));
shrink('findIndex', (a, f) => a.findIndex(f));
shrink('forEach', (a, f) => a.forEach(f));
shrink('some', (a, f) => a.some(f));
shrink('map', (a, f) => a.map((v, i, arr) => { f(v, i, arr); return v; }));
shrink('reduce', (a, f) => a.reduce((acc, v, i, arr) => { f(v, i, arr); return acc + v; }, 0));
// holes: find visits them as undefined, forEach skips them
const holey = [1, , 3];
const visits = [];
holey.find((v, i) => { visits.push(i + ':' + v); return false; });
holey.forEach((v, i) => visits.push('f' + i));
console.log(visits.join(' '), holey.findIndex((v) => v === undefined));
// find returns the element the callback chose even after removing it
const items = [{ id: 1 }, { id: 2 }];
const found = items.find((o, i, arr) => { if (o.id === 2) { arr.pop(); return true; } return false; });
console.log(found.id, items.length);
// hot loop: appending inside find never loops forever
let total = 0;
for (let n = 0; n < 200; n++) {
  const arr = [n, n + 1];
  const r = arr.find((v, i, a) => { a.push(v + 10); return v > n + 5; });
  total += arr.length + (r === undefined ? 0 : 1);
}
console.log(total);
