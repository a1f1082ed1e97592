// A linked list of 120000 nodes stays live while garbage forces collections: marking walks
// it without host recursion, and every node is intact afterwards.
let head = null;
for (let i = 0; i < 120000; i++) head = { value: i, next: head };
let junk = 0;
for (let i = 0; i < 200000; i++) {
  const s = 'junk ' + i;
  junk += s.length;
}
let n = 0;
let sum = 0;
for (let node = head; node !== null; node = node.next) {
  n++;
  sum = (sum + node.value) % 1000000007;
}
console.log(n, sum, junk, head.value, head.next.value);
