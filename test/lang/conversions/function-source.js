// Function.prototype.toString's text (what String(f), f + '' and `${f}` give): the source
// as written, methods from their key, classes whole; arrays of functions join them.
class A { static  m(a){ return 1 } get x(){return 1}  n(){} constructor(){ } }
const o = { m(){}, f: function(){}, a: (x)=>x, get y() { return 1 } };
console.log(String(A.m)); console.log(String(new A().n));
console.log(String(A)); console.log(''+o.m, ''+o.f, ''+o.a);
class B extends A {}
console.log(B + '');
console.log(String(class {}));
function /*c*/ ff /*d*/ (a) /*e*/ { }
console.log(ff+'', `${ff}`);
console.log([].push + '');
console.log(String([1, [2, 3], function(){ return 1 }]));
