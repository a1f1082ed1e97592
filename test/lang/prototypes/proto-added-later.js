// Methods added to a prototype after instances exist; deleted ones fall back to the parent.
function P() {}
P.prototype.id = function () { return 'P'; };
function make() { return new P(); }
const items = [];
for (let i = 0; i < 100; i++) items.push(make());
function ids() { let s = ''; for (let i = 0; i < 3; i++) s += items[i].id(); return s; }
for (let i = 0; i < 500; i++) ids();
console.log(ids());
P.prototype.id = function () { return 'Q'; };
console.log(ids());
P.prototype.extra = function () { return this.id() + '!'; };
console.log(items[5].extra());
