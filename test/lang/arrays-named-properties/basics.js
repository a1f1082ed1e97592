// Arrays carry named properties beside their elements (regex match results, tagged-template
// objects and hand-written code all rely on it): get/set/delete, enumeration order,
// descriptors, printing, and that elements and length stay what they were.
const a = [1, 2];
a.foo = 'x';
a.index = 3;
console.log(a.foo, a.index, a, Object.keys(a), JSON.stringify(a));
console.log('foo' in a, a.hasOwnProperty('foo'), a.hasOwnProperty('bar'), Object.hasOwn(a, 'index'));
console.log(Object.getOwnPropertyNames(a), Object.getOwnPropertyDescriptor(a, 'foo'));
delete a.foo;
console.log(a, a.foo, 'foo' in a);
for (const k in a) console.log('key', k);

Object.defineProperty(a, 'hidden', { value: 1, enumerable: false });
console.log(a, a.hidden, Object.getOwnPropertyNames(a), Object.entries(a));
a.hidden = 2; // non-writable: ignored in sloppy code
console.log(a.hidden, a.propertyIsEnumerable('hidden'), a.propertyIsEnumerable('index'));

const b = [];
b.x = 1;
b.push(2);
b[5] = 7;
console.log(b, b.length, Object.assign({}, b), Object.keys(b));

// elements and named properties do not mix up
const c = [10, 20, 30];
c['1'] = 'one';
c.name = 'c';
c.length = 2;
console.log(c, c.length, c.name, c[1], c[2]);

// named properties survive copies only where the spec says so
const d = [1, 2, 3];
d.tag = 't';
console.log(d.slice().tag, [...d].tag, d.map(x => x).tag, Array.from(d).tag, Object.assign([], d).tag);

// many arrays with properties, some dropped, while the collector runs
const keep = [];
for (let i = 0; i < 2000; i++) {
  const arr = [i];
  arr.label = 'n' + i;
  if (i % 100 === 0) keep.push(arr);
  const junk = new Array(50).fill(i);
  junk.more = junk.length;
}
console.log(keep.length, keep.map(x => x.label).join(','));

// methods on arrays
const e = [3, 1, 2];
e.describe = function () { return 'len ' + this.length; };
console.log(e.describe(), typeof e.describe, Object.keys(e));


// accessors among an array's named properties print as node prints them
const acc = [1]; Object.defineProperty(acc, 'g', { get() { return 1; }, enumerable: true }); Object.defineProperty(acc, 's', { set(v) {}, enumerable: true });
console.log(acc, Object.getOwnPropertyNames(acc));
