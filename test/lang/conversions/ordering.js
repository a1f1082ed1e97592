// The order in which conversions run is observable: each operator converts its left operand
// completely before its right one, with the hint its algorithm names.
var log = [];
function tracked(name, value) {
  return {
    valueOf() { log.push(name + '.valueOf'); return value; },
    toString() { log.push(name + '.toString'); return String(value) + name; },
  };
}
function show(label, result) {
  console.log(label, result, log.join(' '));
  log = [];
}
var a = tracked('a', 1);
var b = tracked('b', 2);
show('a < b', a < b);
show('a > b', a > b);
show('a <= b', a <= b);
show('a >= b', a >= b);
show('a + b', a + b);
show('a - b', a - b);
show('a * b', a * b);
show('a ** b', a ** b);
show('a == b', a == b);
show('a == 1', a == 1);
show('1 == a', 1 == a);
show("a == '1'", a == '1');
show('a == true', a == true);
show('a == null', a == null);
show('a === 1', a === 1);
show('`${a}${b}`', `${a}${b}`);
show("'' + a + b", '' + a + b);
show('String(a)', String(a));
show('[a, b].join()', [a, b].join());
show('+a', +a);
show('-b', -b);
show('~a', ~a);
show('isNaN(b)', isNaN(b));
show('Math.max(a, b)', Math.max(a, b));
show('Math.min(b, a, b)', Math.min(b, a, b));
show("'xyz'.slice(a, b)", 'xyz'.slice(a, b));
show("'xyz'.substring(b, a)", 'xyz'.substring(b, a));
show("'a1b'.split(a, b)", 'a1b'.split(a, b));
show("'x'.padStart(b, a)", 'x'.padStart(b, a));
show("'xyz'.padStart(a, b)", 'xyz'.padStart(a, b));
show("'a1'.indexOf(a, b)", 'a1'.indexOf(a, b));
show('[1,2,3].slice(a, b)', [1, 2, 3].slice(a, b));
show('[1,2,3].indexOf(3, a)', [1, 2, 3].indexOf(3, a));
show('[].indexOf(3, a)', [].indexOf(3, a));
show('[].lastIndexOf(3, a)', [].lastIndexOf(3, a));
show('[1].includes(1, a)', [1].includes(1, a));
var o = {};
o[a] = 1;
show('o[a] = 1', Object.keys(o));
show('a in o', a in o);
var c = { n: tracked('c', 5) };
c.n++;
show('c.n++', c.n);
var d = tracked('d', 5);
d += 1;
show('d += 1', d);
function both(x, y) { return x < y; }
for (var i = 0; i < 50; i++) both(i, i + 1);
show('compiled both(a, b)', both(a, b));
show('compiled both(b, a)', both(b, a));

// a side effect in the left operand's valueOf is visible to the right one's
var shared = 0;
var first = { valueOf() { shared = 10; return 1; } };
var second = { valueOf() { return shared; } };
console.log(first + second, first < second, second - first);
