// An exception in a static block propagates out of the class definition.
try {
  class Broken {
    static ok = 1;
    static { throw new Error('static block failed'); }
  }
} catch (e) {
  console.log(e.message);
}
let attempts = 0;
function define() {
  return class {
    static { attempts++; if (attempts < 3) throw new TypeError('attempt ' + attempts); }
  };
}
for (let i = 0; i < 4; i++) {
  try { console.log(typeof define()); } catch (e) { console.log(e.name, e.message); }
}
class Late {
  static { this.value = Late.compute(); }
  static compute() { return 42; }
}
console.log(Late.value);
