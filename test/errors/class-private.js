// expect: 5:3: unsupported: private field
// Private class members are not in the subset.
console.log("must not print");
class Counter {
  #count = 0;
}
