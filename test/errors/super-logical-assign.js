// expect: 5:21: unsupported: logical assignment to a super property
// Private members and super.x = v are supported; super.x ||= v is not yet.
console.log("must not print");
class Counter extends Object {
  #count = 0; m() { super.count ||= this.#count; }
}
