// Methods defined three ways (shorthand, function expression property, arrow
// property) behave the same when they do not use this; with this, arrow
// properties see the outer this (here a method's this via closure).
function make(label) {
  return {
    label,
    short() {
      return "short:" + this.label;
    },
    expr: function () {
      return "expr:" + this.label;
    },
    arrow: () => "arrow:" + label,
    nested() {
      const inner = () => this.label + "!";
      return inner();
    },
  };
}
const o1 = make("one");
const o2 = make("two");
console.log(o1.short(), o1.expr(), o1.arrow(), o1.nested());
console.log(o2.short(), o2.expr(), o2.arrow(), o2.nested());
o2.short = o1.short;
console.log(o2.short(), o1.short());
let len = 0;
for (let i = 0; i < 3000; i++) {
  const o = i % 2 ? o1 : o2;
  len += o.short().length + o.expr().length + o.arrow().length + o.nested().length;
}
console.log(len);
console.log(o1);
