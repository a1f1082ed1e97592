// The right side of instanceof must be callable.
const o = {};
console.log('before');
console.log(o instanceof o);
