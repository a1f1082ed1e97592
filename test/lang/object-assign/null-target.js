// A null or undefined target is node's TypeError.
console.log(Object.assign({}, { ok: 1 }).ok);
Object.assign(null, { a: 1 });
