// A binary search tree built from object literals {key, left, right}: insert
// many keys, search hits and misses, in-order traversal (sorted), height,
// deletion of nodes with 0/1/2 children, and a tree printed with
// console.log (deep levels show as [Object]).
function insert(node, key) {
  if (node === null) return { key, left: null, right: null };
  if (key < node.key) node.left = insert(node.left, key);
  else if (key > node.key) node.right = insert(node.right, key);
  return node;
}
function has(node, key) {
  while (node !== null) {
    if (key === node.key) return true;
    node = key < node.key ? node.left : node.right;
  }
  return false;
}
function inorder(node, out) {
  if (node !== null) {
    inorder(node.left, out);
    out.push(node.key);
    inorder(node.right, out);
  }
  return out;
}
function height(n) {
  return n === null ? 0 : 1 + Math.max(height(n.left), height(n.right));
}
function remove(node, key) {
  if (node === null) return null;
  if (key < node.key) node.left = remove(node.left, key);
  else if (key > node.key) node.right = remove(node.right, key);
  else {
    if (node.left === null) return node.right;
    if (node.right === null) return node.left;
    let m = node.right;
    while (m.left !== null) m = m.left;
    node.key = m.key;
    node.right = remove(node.right, m.key);
  }
  return node;
}
let root = null;
for (let i = 0; i < 500; i++) root = insert(root, (i * 7919) % 1009);
const keys = inorder(root, []);
console.log(keys.length, keys.slice(0, 10), keys.slice(-5), height(root));
let hits = 0;
for (let i = 0; i < 5000; i++) if (has(root, i % 1200)) hits++;
console.log(hits);
for (const k of [keys[0], keys[100], keys[250], 99999]) root = remove(root, k);
const after = inorder(root, []);
console.log(after.length, after.slice(0, 5), height(root));
let ok = true;
for (let i = 1; i < after.length; i++) if (after[i - 1] >= after[i]) ok = false;
console.log(ok);
let small = null;
for (const k of [5, 3, 8, 1, 4, 9]) small = insert(small, k);
console.log(small);
const words = null;
let wt = words;
for (const w of "mango apple kiwi banana cherry apple fig".split(" ")) wt = insert(wt, w);
console.log(inorder(wt, []).join(" "), has(wt, "fig"), has(wt, "grape"));
