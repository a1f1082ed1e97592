// Natives that call back into the language while the callbacks allocate: the arrays and
// accumulators the natives hold across the calls must survive collections inside them.
function words(n) {
  const out = [];
  for (let i = 0; i < n; i++) out.push('w' + (i * 7919) % 1000);
  return out;
}
let total = 0;
for (let round = 0; round < 60; round++) {
  const ws = words(200);
  const mapped = ws.map((w, i) => ({ w, i, tag: w + ':' + i }));
  const kept = mapped.filter((o) => o.i % 3 === 0);
  const joined = kept.reduce((acc, o) => acc + o.tag.length + ',', '');
  const sorted = kept.map((o) => o.w).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let found = 0;
  kept.forEach((o) => {
    if (sorted.indexOf(o.w) >= 0) found++;
  });
  total += joined.length + found + sorted[0].length + (kept.some((o) => o.tag === 'w0:0') ? 1 : 0);
  if (round % 20 === 0) console.log(round, kept.length, sorted.slice(0, 3), joined.slice(0, 12));
}
console.log(total);
