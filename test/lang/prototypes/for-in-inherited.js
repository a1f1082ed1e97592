// for-in lists own enumerable keys, then inherited enumerable ones (once, unshadowed).
function Base() { this.own = 1; }
Base.prototype.shared = 2;
Base.prototype.own = 3;
const b = new Base();
for (const k in b) console.log('key', k, b[k]);
console.log(Object.keys(b), 'shared' in b, 'nothing' in b);
class K { constructor() { this.a = 1; } m() {} }
K.prototype.extra = 5;
for (const k in new K()) console.log('K key', k);
