// Store caches warmed on extensible objects must not write into objects frozen later:
// the shape changes, the cache misses, the runtime refuses.
function setX(o, v) { o.x = v; }
function addY(o, v) { o.y = v; }
const objs = [];
for (let i = 0; i < 300; i++) objs.push({ x: 0 });
for (let r = 0; r < 20; r++) for (const o of objs) setX(o, r);
for (const o of objs.slice(0, 150)) addY(o, 1);
for (let i = 0; i < 300; i += 3) Object.freeze(objs[i]);
for (let i = 1; i < 300; i += 3) Object.preventExtensions(objs[i]);
for (let r = 0; r < 20; r++) for (const o of objs) { setX(o, 100 + r); addY(o, r); }
let frozenX = 0, closedX = 0, openX = 0, ys = 0;
objs.forEach((o, i) => {
  if (i % 3 === 0) frozenX += o.x; else if (i % 3 === 1) closedX += o.x; else openX += o.x;
  if ('y' in o) ys++;
});
console.log(frozenX, closedX, openX, ys);
// A read-only property appearing on a prototype stops adding stores of instances.
function Box() {}
const boxes = [];
for (let i = 0; i < 200; i++) boxes.push(new Box());
function label(b, v) { b.label = v; }
for (let i = 0; i < 100; i++) label(boxes[i], 'a');
Object.defineProperty(Box.prototype, 'label', { value: 'proto', writable: false });
for (let i = 100; i < 200; i++) label(boxes[i], 'b');
console.log(boxes[5].label, boxes[150].label, boxes[150].hasOwnProperty('label'));
// ...and a setter appearing there is called.
function Cell() {}
const cells = [];
for (let i = 0; i < 200; i++) cells.push(new Cell());
function put(c, v) { c.v = v; }
for (let i = 0; i < 100; i++) put(cells[i], i);
let calls = 0;
Object.defineProperty(Cell.prototype, 'v', { set(x) { calls++; } });
for (let i = 100; i < 200; i++) put(cells[i], i);
console.log(calls, cells[150].hasOwnProperty('v'), cells[5].v);
