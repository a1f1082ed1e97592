// A key value that is an object converts through ToPropertyKey (its toString, string hint)
// when the access happens; a base that the access rejects (null, undefined, a primitive
// right of `in`) throws first, without converting the key.
var log = [];
var k = { toString() { log.push('toString'); return 'a'; }, valueOf() { log.push('valueOf'); return 1; } };
function attempt(label, f) {
  try {
    console.log(label, f(), log.join(' '));
  } catch (e) {
    console.log(label, e.name, e.message, log.join(' '));
  }
  log = [];
}
attempt('null[k]', () => null[k]);
attempt('undefined[k] = 1', () => { undefined[k] = 1; });
attempt('delete null[k]', () => delete null[k]);
attempt('k in 5', () => k in 5);
attempt("[1] in 'str'", () => [1] in 'str');
attempt("null['x']", () => null['x']);
var o = {};
attempt('o[k] = 1', () => { o[k] = 1; return JSON.stringify(o); });
attempt('o[k]', () => o[k]);
attempt('k in o', () => k in o);
attempt('delete o[k]', () => delete o[k]);
attempt('o[[1, 2]] = 2', () => { o[[1, 2]] = 2; return Object.keys(o); });
attempt('o[{}]', () => { o[{}] = 3; return o['[object Object]']; });
var arr = ['x', 'y', 'z'];
var idx = { toString() { log.push('idx'); return '2'; } };
attempt('arr[idx]', () => arr[idx]);
attempt('arr[idx] = w', () => { arr[idx] = 'w'; return arr.join(); });
attempt('arr[[1]]', () => arr[[1]]);
attempt('idx in arr', () => idx in arr);
var total = 0;
for (var i = 0; i < 300; i++) {
  var key = i % 30 === 0 ? idx : i % 3;
  total += arr[key].length;
  o[i % 50 === 0 ? k : 'p' + (i % 4)] = i;
}
console.log(total, Object.keys(o).length, log.length);
