// The TypeErrors node gives for symbols, and what works instead.
const s = Symbol('foo');
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e instanceof TypeError, e.message); }
}
attempt('concat', () => s + '');
attempt('concat left', () => 'x' + s);
attempt('template', () => `${s}`);
attempt('plus', () => +s);
attempt('minus', () => -s);
attempt('times', () => s * 2);
attempt('add number', () => s + 1);
attempt('compare', () => s < 1);
attempt('bitor', () => s | 0);
attempt('String()', () => String(s));
attempt('toString', () => s.toString());
attempt('Number()', () => Number(s));
attempt('new Symbol', () => new Symbol('x'));
attempt('Symbol(symbol)', () => Symbol(s));
attempt('keyFor string', () => Symbol.keyFor('foo'));
attempt('keyFor object', () => Symbol.keyFor({}));
attempt('keyFor number', () => Symbol.keyFor(1));
attempt('toString on number', () => Symbol.prototype.toString.call(1));
attempt('valueOf on string', () => Symbol.prototype.valueOf.call('s'));
attempt('in symbol', () => 'x' in s);
attempt('symbol in number', () => s in 3);
attempt('read undefined', () => undefined[s]);
attempt('set null', () => { null[s] = 1; });
attempt('call missing', () => ({})[s]());
attempt('property of symbol', () => s.description.length);
attempt('set on symbol', () => { s.x = 1; return s.x; });
attempt('join', () => [s].join());
attempt('== string', () => s == 'Symbol(foo)');
attempt('== object', () => s == {});
attempt('loop concat', () => {
  let out = '';
  const items = ['a', 'b', s];
  for (let i = 0; i < items.length; i++) out += items[i];
  return out;
});
function hotConcat(x) { return 'v' + x; }
let n = 0;
for (let i = 0; i < 2000; i++) n += hotConcat(i).length;
attempt('hot concat', () => hotConcat(s));
console.log(n);
