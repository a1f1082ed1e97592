// The class name is bound inside the class (even if the outer binding changes); TDZ before.
class Node2 {
  constructor(v, next) { this.v = v; this.next = next; }
  static list(n) { let l = null; for (let i = 0; i < n; i++) l = new Node2(i, l); return l; }
  sum() { let s = 0; for (let p = this; p !== null; p = p.next) s += p.v; return s; }
}
console.log(Node2.list(10).sum());
let Alias = Node2;
console.log(new Alias(1, null).sum(), Alias.name);
