// A singly linked list of {value, next} objects: build, reverse in place,
// remove matching nodes, merge two sorted lists, detect length; converted to
// arrays for printing (the list itself has no cycles and prints nested).
function fromArray(arr) {
  let head = null;
  for (let i = arr.length - 1; i >= 0; i--) head = { value: arr[i], next: head };
  return head;
}
function toArray(h) {
  const out = [];
  for (let n = h; n !== null; n = n.next) out.push(n.value);
  return out;
}
function reverse(h) {
  let prev = null;
  while (h !== null) {
    const nx = h.next;
    h.next = prev;
    prev = h;
    h = nx;
  }
  return prev;
}
function removeIf(h, pred) {
  const dummy = { value: null, next: h };
  let p = dummy;
  while (p.next !== null) {
    if (pred(p.next.value)) p.next = p.next.next;
    else p = p.next;
  }
  return dummy.next;
}
function merge(a, b) {
  const dummy = { next: null };
  let t = dummy;
  while (a !== null && b !== null) {
    if (a.value <= b.value) {
      t.next = a;
      a = a.next;
    } else {
      t.next = b;
      b = b.next;
    }
    t = t.next;
  }
  t.next = a !== null ? a : b;
  return dummy.next;
}
const l = fromArray([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(toArray(l));
const r = reverse(l);
console.log(toArray(r), toArray(l));
console.log(toArray(removeIf(r, (v) => v % 3 === 0)));
console.log(toArray(merge(fromArray([1, 4, 6, 10]), fromArray([2, 3, 7, 11, 12]))));
console.log(fromArray(["a", "b", "c"]));
console.log(fromArray([1, 2, 3, 4]));
let total = 0;
for (let i = 0; i < 300; i++) {
  let h = fromArray([i, i + 1, i + 2, i + 3, i + 4]);
  h = reverse(h);
  h = removeIf(h, (v) => v % 2 === 0);
  total += toArray(h).reduce((a, b) => a + b, 0);
}
console.log(total, toArray(null), toArray(reverse(null)));
