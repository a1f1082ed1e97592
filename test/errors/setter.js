// expect: 6:3: unsupported: computed setter name
// Accessor properties in object literals are supported, but not with computed names.
console.log("must not print");
let stored = 0;
const box = {
  set ["value"](v) { stored = v; },
};
