// A class extending an ordinary constructor function; arrows in the constructor call super.
function Legacy(a) { this.a = a; }
Legacy.prototype.both = function () { return this.a + ':' + this.b; };
class Modern extends Legacy {
  constructor(a, b) {
    const init = () => super(a * 10);
    init();
    this.b = b;
  }
}
const m = new Modern(1, 2);
console.log(m.both(), m instanceof Legacy, m);
