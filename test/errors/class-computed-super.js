// expect: 5:21: unsupported: computed super property
// Classes are supported, computed member names too, but not super[key].
console.log("must not print");
class Point extends Object {
  get(key) { return super[key]; }
}
