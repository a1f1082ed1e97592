// The global object: globalThis, its properties as globals, sloppy assignments to
// undeclared names, typeof of undeclared names.
console.log(typeof globalThis, globalThis === global, globalThis.Math === Math, globalThis.globalThis === globalThis);
console.log(typeof notDeclaredAnywhere, typeof globalThis.notDeclaredAnywhere);
globalThis.fromGlobal = 5;
console.log(fromGlobal, typeof fromGlobal);
fromGlobal = 6;
console.log(globalThis.fromGlobal);
function makeGlobal() { createdBySloppy = 'yes'; }
makeGlobal();
console.log(createdBySloppy, globalThis.createdBySloppy);
var topLevelVar = 1;
console.log(globalThis.topLevelVar, 'topLevelVar' in globalThis);
try { stillUndeclared; } catch (e) { console.log(e.name, e.message); }
try { stillUndeclared2 + 1; } catch (e) { console.log(e instanceof ReferenceError, e.message); }
function strictWrite() { 'use strict'; undeclaredStrict = 1; }
try { strictWrite(); } catch (e) { console.log(e.name, e.message); }
class K { static w() { undeclaredInClass = 2; } }
try { K.w(); } catch (e) { console.log(e.name, e.message); }
let counter = 0;
globalThis.tick = 0;
function hot() { tick = tick + 1; return tick; }
for (let i = 0; i < 3000; i++) counter += hot();
console.log(counter, tick);
globalThis.Math2 = Math;
let s = 0;
for (let i = 0; i < 3000; i++) s += Math2.abs(-i);
console.log(s);
delete globalThis.Math2;
console.log(typeof Math2);
