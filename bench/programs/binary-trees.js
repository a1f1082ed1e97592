// Object allocation: the classic binary-trees workload. Builds complete binary trees of
// {left, right} objects, checks them by counting nodes, and throws them away, so almost
// everything allocated dies young; one long-lived tree stays for the whole run.
function bottomUpTree(depth) {
  return depth > 0 ? { left: bottomUpTree(depth - 1), right: bottomUpTree(depth - 1) } : { left: null, right: null };
}

function itemCheck(node) {
  return node.left === null ? 1 : 1 + itemCheck(node.left) + itemCheck(node.right);
}

const maxDepth = 14;
const stretch = bottomUpTree(maxDepth + 1);
console.log(`stretch tree of depth ${maxDepth + 1}\t check: ${itemCheck(stretch)}`);
const longLived = bottomUpTree(maxDepth);
for (let depth = 4; depth <= maxDepth; depth += 2) {
  const iterations = 1 << (maxDepth - depth + 4);
  let check = 0;
  for (let i = 0; i < iterations; i++) check += itemCheck(bottomUpTree(depth));
  console.log(`${iterations}\t trees of depth ${depth}\t check: ${check}`);
}
console.log(`long lived tree of depth ${maxDepth}\t check: ${itemCheck(longLived)}`);
