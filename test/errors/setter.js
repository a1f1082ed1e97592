// expect: 6:3: unsupported: setter
// Accessor properties in object literals are not in the subset.
console.log("must not print");
let stored = 0;
const box = {
  set value(v) { stored = v; },
};
