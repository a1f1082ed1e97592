// JSON.parse with a reviver: bottom-up order, `this` the holder, the root under the key '',
// undefined deleting, array indices as string keys, a reviver replacing and detaching values,
// a non-callable reviver ignored, errors thrown from the reviver.
const order = [];
const r = JSON.parse('{"a":1,"b":{"c":[10,20],"d":null},"e":"s"}', function (k, v) {
  order.push(`${JSON.stringify(k)}:${typeof v}:${Array.isArray(this) ? 'array' : typeof this}`);
  if (k === 'e') return undefined;
  if (typeof v === 'number') return v * 2;
  return v;
});
console.log(r, order);
console.log(JSON.parse('[1,2,3]', (k, v) => (k === '1' ? undefined : v)));
console.log(JSON.parse('5', (k, v) => [k, v]), JSON.parse('"x"', function (k, v) { return Object.keys(this); }));
console.log(JSON.parse('{"a":{"b":1},"c":2}', function (k, v) { if (k === 'b') delete this.b; return v; }));
console.log(JSON.parse('{"a":1,"b":2}', function (k, v) { if (k === 'a') this.b = 'changed'; return v; }));
console.log(JSON.parse('{"date":"2020-01-02"}', (k, v) => (k === 'date' ? v.split('-').map(Number) : v)));
console.log(JSON.parse('[1]', 'not a function'), JSON.parse('{"__proto__":1}', (k, v) => v));
try { JSON.parse('{"a":1}', () => { throw new RangeError('from reviver'); }); } catch (e) { console.log(e.constructor.name, e.message); }
let n = 0;
for (let i = 0; i < 200; i++) n += JSON.parse('[1,[2,[3]]]', (k, v) => (typeof v === 'number' ? v + 1 : v))[1][1][0];
console.log(n);
