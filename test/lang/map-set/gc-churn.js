// Maps and Sets survive collections; their keys and values are kept alive by them.
const keep = new Map();
for (let i = 0; i < 3000; i++) {
  const obj = { id: i, tags: new Set(['t' + (i % 7)]) };
  keep.set(obj, [i, 'v' + i]);
  if (i % 3 === 0) keep.delete(obj);
  const garbage = new Map([[i, { junk: 'x'.repeat(i % 50) }]]);
  garbage.clear();
}
let ids = 0;
let tags = 0;
keep.forEach((v, k) => { ids += k.id; tags += k.tags.size; if (v[1] !== 'v' + v[0]) console.log('bad'); });
console.log(keep.size, ids, tags);
