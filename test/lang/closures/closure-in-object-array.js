// Closures stored in objects inside arrays, capturing per-element state;
// handlers registered in a table and dispatched by name in a hot loop.
const handlers = {};
function on(name, fn) {
  if (!(name in handlers)) handlers[name] = [];
  handlers[name].push(fn);
}
function emit(name, v) {
  const hs = handlers[name];
  if (!hs) return 0;
  let r = 0;
  for (let i = 0; i < hs.length; i++) r += hs[i](v);
  return r;
}
let clicks = 0;
const seen = [];
on("click", (v) => ++clicks);
on("click", (v) => v * 2);
for (let i = 0; i < 3; i++) on("key", (v) => (seen.push(i + ":" + v), i));
let t = 0;
for (let r = 0; r < 4000; r++) t += emit(r % 3 === 0 ? "click" : "other", r);
console.log(t, clicks);
console.log(emit("key", "x"), emit("key", "y"), seen);
const widgets = [];
for (let i = 0; i < 4; i++) {
  let state = 0;
  widgets.push({ id: i, tick: () => (state += i), read: () => state });
}
for (let r = 0; r < 2000; r++) widgets[r % 4].tick();
console.log(widgets.map((w) => w.id + "=" + w.read()).join(" "));
console.log(handlers);
