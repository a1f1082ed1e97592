// Every operator converts an object operand through its valueOf/toString (ToPrimitive)
// before the operator applies: arithmetic, bitwise, compare, equality, unary, update.
var one = { valueOf() { return 1; } };
var str = { toString() { return 'S'; } };
var both = { valueOf() { return 42; }, toString() { return 'both'; } };

console.log(one == 1, one != 1, one === 1, 1 == one, one == '1', one == true, one == null, one == undefined);
console.log(one < 2, one <= 1, one > 0, one >= 2, 2 > one, 0 < one);
console.log(+one, -one, ~one, !one, typeof +one);
console.log(one + 1, 1 + one, one - 1, one * 2, one / 2, one % 1, one ** 2, 2 ** one);
console.log(one | 0, one & 3, one ^ 3, one << 4, both >> 1, -both >>> 28);
console.log(str + '!', '!' + str, str == 'S', str < 'T', str > 'R', +str, str * 1);
console.log(both + '', `${both}`, both + 1, both * 1, String(both), both == 42, both == 'both');

// ++ / -- / compound assignment on properties, variables and elements
var holder = { x: one, y: both };
holder.x++;
holder.y--;
console.log(holder.x, holder.y);
var v = one;
var old = v++;
console.log(old, v);
var arr = [both];
arr[0] += 1;
console.log(arr[0]);
var s = str;
s += 'x';
console.log(s);
var w = { valueOf() { return 5; } };
w -= 1;
console.log(w);

// two objects: compare converts both, equality compares identity
var two = { valueOf() { return 2; } };
console.log(one < two, two < one, one == two, one + two, two * two, one === one);

// valueOf returning an object falls back to toString; toString returning an object falls to valueOf
var fallback = { valueOf() { return {}; }, toString() { return '7'; } };
console.log(fallback * 1, fallback + 1, fallback < 8, `${fallback}`);
var back2 = { valueOf() { return 3; }, toString() { return {}; } };
console.log(`${back2}`, String(back2), back2 + '');

// arrays and functions as operands
console.log([1] + 1, [2] * [3], [] + [], [] + {}, [1, 2] + [3], [[1, [2]], 3] + '', [] == 0, [0] == false, [1] == 1);
console.log([null, undefined, 1] + '', [5] - 2, +[], +[7], +[1, 2], [3] < [10], ['3'] < ['10']);
function f(a, b) { return a + b; }
console.log(f + '');
console.log(typeof (f + 1), (f + 1).length > 5, isNaN(f * 1));
var arrow = (x) => x * 2;
console.log('' + arrow, `${arrow}`);
console.log({} + 'x', ({}) == '[object Object]', String({}), `${{}}`);

// booleans, null, undefined, strings next to objects
console.log(true + one, null + one, undefined + one, 'a' + one, one + null);
console.log(one == true, both == true, one != false);

// hot loops: the compiled code's generic paths see objects too
function add(a, b) { return a + b; }
function lt(a, b) { return a < b; }
function neg(a) { return -a; }
function inc(o) { o.n++; return o.n; }
var acc = 0;
var cmp = 0;
for (var i = 0; i < 300; i++) {
  acc = add(acc, i % 3 === 0 ? one : i);
  if (lt(i % 5 === 0 ? two : i, 3)) cmp++;
  acc = acc + neg(i % 7 === 0 ? both : 1);
}
console.log(acc, cmp);
var counter = { n: 0 };
for (var j = 0; j < 200; j++) inc(j % 50 === 0 ? { n: { valueOf() { return 100; } } } : counter);
console.log(counter.n);
var strs = [];
for (var k = 0; k < 100; k++) strs.push(add(k % 10 === 0 ? str : 'p', k));
console.log(strs.slice(0, 12).join(','));
