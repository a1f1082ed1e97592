// expect: 5:3: unsupported: computed getter name
// Accessor properties in object literals are supported, but not with computed names.
console.log("must not print");
const point = {
  get ["x"]() { return 1; },
};
