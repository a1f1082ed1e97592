// split with string separators on the heap's units: empty strings and separators, separators
// longer than one unit, non-Latin-1 and surrogate units, long pieces, ropes, a limit (the
// host path), and a user @@split on String.prototype taking over.
const cases = ['a,b,,c', '', ',', ',,', 'abc', 'a--b--c--', '--', 'aaa', 'ééé,ü€,x', '😀,😀', 'x'.repeat(100) + ',' + 'y'.repeat(70)];
const seps = [',', '', '--', 'a', 'aa', 'abc', 'zzz', '😀', '\u0000'];
for (const c of cases) for (const s of seps) console.log(JSON.stringify(c.split(s)));
console.log('a,b'.split(',', 1), 'a,b'.split(',', 0), 'abc'.split(undefined), 'a1b1c'.split(1), 'a,b'.split(',', undefined));
let words = 0;
for (let i = 0; i < 3000; i++) words += ('w' + i + ' x y z').split(' ').length;
console.log(words);
const rope = 'p'.repeat(200) + ',' + 'q'.repeat(300);
console.log(rope.split(',').map((s) => s.length));
String.prototype[Symbol.split] = function () { return 'custom'; };
console.log('a,b'.split(','));
