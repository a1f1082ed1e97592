// Compiled code loads Array.prototype's and String.prototype's methods as constants: an
// array's own property of that name, and a later replacement of the method on the prototype,
// must still win, in every tier.
function push5(arr) { return arr.push(5); }
function code(s) { return s.charCodeAt(0); }
function joined(arr) { return arr.join('-'); }
for (let i = 0; i < 300; i++) { push5([]); code('a'); joined([1, 2]); }
const own = [1];
own.push = function (x) { return 'own push ' + x; };
console.log(push5(own), push5([9]));
const named = [1, 2];
named.join = () => 'own join';
console.log(joined(named), joined([3, 4]));
Array.prototype.push = function (x) { return 'replaced push ' + x; };
String.prototype.charCodeAt = function () { return -1; };
console.log(push5([]), code('a'));
// Functions compiled (and inlined) only after the replacement still call the replacement.
function pop1(arr) { return arr.pop(); }
function at2(s) { return s.charAt(1) + s.slice(1) + s.substring(0, 1); }
function pick(s) { return code(s) + at2(s); }
String.prototype.charAt = function () { return 'C'; };
String.prototype.slice = function () { return 'S'; };
String.prototype.substring = function () { return 'U'; };
Array.prototype.pop = function () { return 'P'; };
let last;
for (let i = 0; i < 300; i++) last = [pop1([1, 2]), pick('xyz')];
console.log(last);
