// Deep property paths read and written in hot loops: o.a.b.c += 1, arrays
// inside objects inside arrays, and replacing an intermediate object (later
// writes go to the new one).
const state = { stats: { hits: { total: 0, byKind: { a: 0, b: 0 } } }, log: [] };
for (let i = 0; i < 5000; i++) {
  state.stats.hits.total += 1;
  state.stats.hits.byKind[i % 3 === 0 ? "a" : "b"] += 1;
  if (i % 1000 === 0) state.log.push({ at: i, total: state.stats.hits.total });
}
console.log(state.stats.hits.total, state.stats.hits.byKind.a, state.stats.hits.byKind.b);
console.log(state.log);
const old = state.stats.hits;
state.stats.hits = { total: -1, byKind: { a: 0, b: 0 } };
state.stats.hits.total += 2;
console.log(old.total, state.stats.hits.total);
const grid = [{ row: [0, 0, 0] }, { row: [0, 0, 0] }];
for (let i = 0; i < 3000; i++) grid[i % 2].row[i % 3] += i;
console.log(grid[0].row, grid[1].row);
