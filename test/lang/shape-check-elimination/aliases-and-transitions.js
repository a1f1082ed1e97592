// Redundant shape-check elimination must keep every guard a shape change could invalidate:
// a store that adds a property through an alias, a call that reshapes, a delete, a loop
// body that adds properties, valueOf/toString run by an operator, and merges where one
// path changed the object. Each function runs hot, then gets an object that breaks it.

function viaAlias(a, b) {
  const x1 = a.x;
  b.extra = 1; // when b === a, a's shape changes here
  const x2 = a.x;
  const y = a.y;
  return x1 + x2 + y;
}

function viaCall(o, f) {
  const x = o.x;
  f(o);
  return x + o.x + o.y;
}

function viaDelete(o, drop) {
  const x = o.x;
  if (drop) delete o.y;
  return x + (o.y === undefined ? 100 : o.y);
}

function loopAdds(o, n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    s += o.x;
    if (i === n - 2) o['k' + i] = i; // the body adds a property once, late
    s += o.y;
  }
  return s;
}

function operatorRuns(o, p) {
  const a = o.x;
  const b = a * p; // p's valueOf may reshape o
  return a + b + o.x + o.y;
}

function mergeChanged(o, c) {
  const a = o.x;
  if (c) o.z = 5;
  else o.x = a + 1;
  return o.x + o.y + (o.z === undefined ? 0 : o.z);
}

function doubles(bodies, dt) {
  for (let i = 0; i < bodies.length; i++) {
    const a = bodies[i];
    for (let j = i + 1; j < bodies.length; j++) {
      const b = bodies[j];
      const dx = a.x - b.x;
      a.vx -= dx * b.m * dt;
      b.vx += dx * a.m * dt;
      a.x += a.vx;
      b.x += b.vx;
    }
  }
}

function make(x, y) { return { x, y }; }

let total = 0;
for (let i = 0; i < 3000; i++) {
  total += viaAlias(make(i, 1), make(2, 3));
  total += viaCall(make(i, 2), () => {});
  total += viaDelete(make(i, 4), false);
  total += loopAdds(make(1, 2), 5);
  total += operatorRuns(make(i, 3), 2);
  total += mergeChanged(make(i, 1), i % 2 === 0);
}
console.log('warm', total);

const same = make(10, 20);
console.log('alias', viaAlias(same, same), Object.keys(same).join());
console.log('call', viaCall(make(1, 2), (o) => { delete o.x; o.x = 'late'; }));
console.log('call2', viaCall(make(1, 2), (o) => { Object.defineProperty(o, 'y', { get() { return 'got'; } }); }));
console.log('delete', viaDelete(make(7, 8), true));
const l = make(3, 4);
console.log('loop', loopAdds(l, 6), Object.keys(l).join());
const victim = make(5, 6);
console.log('valueOf', operatorRuns(victim, { valueOf() { delete victim.y; victim.y = 'y!'; return 3; } }));
console.log('merge', mergeChanged(make(1, 2), true), mergeChanged(make(1, 2), false));
const proto = { get y() { return 'proto-y'; } };
const child = Object.create(proto); child.x = 1;
console.log('proto', viaDelete(child, false));

const bodies = [];
for (let i = 0; i < 5; i++) bodies.push({ x: i * 1.5, vx: 0.25 * i, m: 1 + i });
for (let s = 0; s < 2000; s++) doubles(bodies, 0.001);
console.log('doubles', bodies.map((b) => b.x.toFixed(6)).join(' '));
bodies[2].m = 'str';
bodies[3] = { m: 2, x: 1, vx: 0.5 };
doubles(bodies, 0.001);
console.log('doubles', bodies.map((b) => String(b.x).slice(0, 12)).join(' '));
