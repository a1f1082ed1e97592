// String methods with regular expressions: match, matchAll, replace (templates, functions,
// named groups), split, search, sticky and global lastIndex, indices, subclasses with their
// own exec, objects with @@replace.
const s = 'The quick brown fox jumps over the lazy dog. It barked.';
console.log(s.match(/o/g), s.match(/(qu)(i)ck/), s.search(/fox/), s.search(/cat/));
console.log(s.replace(/o/g, '0'), s.replace(/(\w+) (\w+)/, '$2 $1'), s.replace(/the/gi, (m, off) => `[${m}@${off}]`));
console.log(s.split(/\s+/), s.split(/(\s)/, 5), 'a,b;c'.split(/[,;]/));
const re = /(?<year>\d{4})-(?<month>\d{2})/g;
const text = 'from 2020-01 to 2021-12 and 1999-07';
for (const m of text.matchAll(re)) console.log(m[0], m.index, m.groups.year, m.groups);
console.log([...text.matchAll(re)].length, re.lastIndex);
let m;
while ((m = re.exec(text)) !== null) console.log(m, re.lastIndex);
console.log(/a/.test('cat'), /^a/.test('cat'), /A/i.test('cat'));
console.log('x-y-z'.replaceAll(/-/g, '+'), 'aaa'.replace(/a*?/g, 'b'), ''.split(/,/), 'abc'.split(/(?:)/));
console.log('2020-01'.replace(/(?<y>\d+)-(?<m>\d+)/, '$<m>/$<y> $$ $& $` $\''));
const r2 = /b/y; r2.lastIndex = 1; console.log(r2.test('abc'), r2.lastIndex, r2.test('abc'), r2.lastIndex);
console.log(/a/dg.exec('xa').indices, /(?<z>a)/d.exec('xa').indices.groups);
const sticky = /foo/y; console.log('foofoo'.replace(sticky, 'X'), sticky.lastIndex);
console.log(new RegExp('a+', 'g').flags, RegExp('x').source, new RegExp(/ab/g, 'i').toString(), RegExp(/q/) instanceof RegExp);
const r3 = /x/g; console.log(RegExp(r3) === r3, new RegExp(r3) === r3);
console.log(String(/[/]\//), `${/a/}`, /a/ + 1);
class MyRe extends RegExp { exec(s) { console.log('exec', s); return super.exec(s); } }
const my = new MyRe('b+', 'g');
console.log(my.test('abbc'), 'abbcb'.replace(my, '_'), 'abb'.match(my), my instanceof MyRe);
const custom = { [Symbol.replace](s, r) { return 'custom:' + s + r; } };
console.log('abc'.replace(custom, 'Z'));
console.log('a1b2c3'.replace(/\d/g, d => d * 2), 'aBc'.replace(/b/i, x => x.toLowerCase()));
console.log(/\u{1F600}/u.test('😀'), '😀😀'.split(/(?:)/u), 'é'.match(/\w/));
try { new RegExp('['); } catch (e) { console.log(e.name, e.message); }
try { 'a'.matchAll(/a/); } catch (e) { console.log(e.name, e.message); }
const frozen = Object.freeze(/a/g);
try { frozen.exec('a'); } catch (e) { console.log(e.name, e.message); }
console.log(Object.prototype.toString.call(/x/), typeof /x/, JSON.stringify([/x/]), Object.keys(/x/));
const li = /a/g; li.lastIndex = { valueOf() { console.log('valueOf'); return 1; } };
console.log(li.exec('aba'), li.lastIndex);
console.log('aaa'.lastIndexOf('a'), 'abc'.match(/z/), 'abc'.match(/z/g), 'abc'.match('b'), 'a.c'.search('.'));
console.log(/(a)|(b)/.exec('b'), 'xyz'.replace(/(y)|(q)/, '[$1|$2]'));
