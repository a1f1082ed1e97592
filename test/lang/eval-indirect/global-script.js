// Indirect eval ((0, eval)(code), eval through a variable): a global script whose sloppy var and
// function declarations become global properties and whose let/const stay its own; the
// completion value is the result; non-strings come back as they are; V8's SyntaxErrors.
var geval = eval;
console.log(geval('1 + 2'), (0, eval)('"a" + "b"'), geval(42), geval({ k: 1 }).k, geval());
geval('var evalVar = 10; function evalFn(x) { return x + evalVar; }');
console.log(typeof evalVar, globalThis.evalVar, evalFn(5), Object.keys(globalThis).includes('evalVar'));
var local = 'module';
console.log(geval('typeof local'));
geval('let lexical = 1; const k = 2;');
console.log(typeof lexical);
console.log(geval('var a1 = 1; a1 + 1; var b1 = 3;'));
console.log(geval('"use strict"; var strictVar = 1; strictVar'), typeof strictVar);
console.log(geval('this === globalThis'));
try { geval('return 1'); } catch (e) { console.log(e.name, e.message); }
try { geval('1 +'); } catch (e) { console.log(e.name, e.message); }
try { geval('missing'); } catch (e) { console.log(e.name, e.message); }
try { geval('throw new RangeError("from eval")'); } catch (e) { console.log(e.name, e.message); }
console.log(geval('(function () { return 7; })')());
console.log(geval('[1, 2, 3].map(function (x) { return x * 2; })').join());
var s = 0;
for (var i = 0; i < 50; i++) s += geval('' + i + ' * 2');
console.log(s, delete globalThis.evalVar, typeof evalVar);
console.log(geval('function declared() {} typeof declared'), typeof declared);
console.log(typeof eval, eval.name, eval.length);
console.log(geval('typeof require'), geval('typeof module'));
