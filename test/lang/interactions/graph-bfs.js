// Graph algorithms over an adjacency dictionary (object of arrays): BFS
// distances, DFS order with an explicit stack, connected components, and a
// topological sort of a DAG; node names are strings.
const edges = "a-b b-c c-d d-a e-f f-g h i-j j-k k-i c-e".split(" ");
const g = {};
for (const e of edges) {
  const [u, v] = e.split("-");
  if (!(u in g)) g[u] = [];
  if (v === undefined) continue;
  if (!(v in g)) g[v] = [];
  g[u].push(v);
  g[v].push(u);
}
console.log(g);
function bfs(start) {
  const dist = { [start]: 0 };
  const q = [start];
  while (q.length) {
    const u = q.shift();
    for (const v of g[u]) if (!(v in dist)) {
      dist[v] = dist[u] + 1;
      q.push(v);
    }
  }
  return dist;
}
console.log(bfs("a"), bfs("h"), bfs("i"));
function dfsOrder(start) {
  const seen = {};
  const order = [];
  const st = [start];
  while (st.length) {
    const u = st.pop();
    if (seen[u]) continue;
    seen[u] = true;
    order.push(u);
    for (let i = g[u].length - 1; i >= 0; i--) if (!seen[g[u][i]]) st.push(g[u][i]);
  }
  return order;
}
console.log(dfsOrder("a").join(""), dfsOrder("k").join(""));
const comp = {};
let nc = 0;
for (const u of Object.keys(g)) if (!(u in comp)) {
  for (const v of Object.keys(bfs(u))) comp[v] = nc;
  nc++;
}
console.log(nc, comp);
const dag = { shirt: ["tie", "belt"], tie: ["jacket"], pants: ["shoes", "belt"], belt: ["jacket"], socks: ["shoes"], shoes: [], jacket: [], watch: [] };
function topo(d) {
  const state = {};
  const out = [];
  const visit = (u) => {
    if (state[u] === 2) return;
    state[u] = 1;
    for (const v of d[u]) visit(v);
    state[u] = 2;
    out.push(u);
  };
  for (const u of Object.keys(d)) visit(u);
  return out.reverse();
}
console.log(topo(dag).join(" > "));
let t = 0;
for (let i = 0; i < 500; i++) t += Object.keys(bfs(i % 2 ? "a" : "j")).length;
console.log(t);
