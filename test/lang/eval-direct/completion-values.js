// Completion values of eval code (and kiln -p): expression statements, declarations and
// empty blocks keeping the value before them, if/loops/switch/try/with completing with
// undefined when their body gives none, break and continue, finally, directives.
const cases = [
  '1; var x = 2;', '1; {}', '1; if (false) {}', '1; if (true) { 2; }', '1; if (true) {} else { 3 }',
  'var i = 0; 1; while (i < 2) { i++; }', 'var j = 0; while (j < 3) { j++; "w" + j; }', '5; do { } while (false)',
  '6; for (var k = 0; k < 2; k++) { k * 10; }', '7; for (var p in {a: 1}) p;', '8; for (var q of [1, 2]) q * 2;',
  '9; switch (1) { case 1: "one"; break; case 2: "two"; }', '10; switch (3) { case 1: "one"; }',
  '11; try { "t"; } catch (e) { "c"; }', '12; try { throw 1; } catch (e) { "caught"; }', '13; try { "body"; } finally { "fin"; }',
  '14; L: while (true) { "lab"; break L; }', '15; with ({}) { "with" }', '16; with ({}) {}', '"use strict"; 17',
  '"use strict"', 'if (true) 18', 'if (true) if (false) 19; else 20', 'while (false);', '21; function f() { 22; }',
  'var o = { a: 1 }; o.a', '23; label: { "in block"; }', 'for (var z = 0; z < 3; z++) { if (z === 1) continue; z; }',
  'x = 1\n;[2, 3].map((v) => v * x)', '', '   ', '24; ;', '25; class A {}', '26; let l = 1;',
];
for (const c of cases) {
  let r;
  try { r = eval(c); } catch (e) { r = 'threw ' + e.name; }
  console.log(JSON.stringify(c), '->', typeof r === 'string' ? JSON.stringify(r) : r);
}
function inside() { var local = 'loc'; return eval('if (true) { local + "!" }'); }
console.log(inside());
console.log((0, eval)('if (1) { "indirect" } else { "no" }'));
