// expect: 5:3: unsupported: getter
// Accessor properties in object literals are not in the subset.
console.log("must not print");
const point = {
  get x() { return 1; },
};
