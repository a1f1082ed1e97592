// Allocates about 600k small arrays of 3 elements (1.8M element slots) in a
// hot function, plus a growing/shrinking working set of arrays kept in a
// queue of bounded size; element sums checked at the end.
function triple(i) {
  return [i, i + 1, i * 2];
}
let s = 0;
for (let i = 0; i < 600000; i++) {
  const t = triple(i & 65535);
  s = (s + t[0] + t[1] + t[2]) % 1000000007;
}
console.log(s);
const queue = [];
let qsum = 0;
for (let i = 0; i < 200000; i++) {
  queue.push([i, i & 255]);
  if (queue.length > 100) {
    const old = queue.shift();
    qsum = (qsum + old[0] + old[1]) % 1000000007;
  }
}
console.log(qsum, queue.length, queue[0], queue[99]);
let lens = 0;
for (let i = 0; i < 100000; i++) {
  const a = [];
  for (let j = 0; j < (i & 7); j++) a.push(j);
  lens += a.length;
}
console.log(lens);
const snapshots = [];
for (let round = 0; round < 5; round++) {
  let last = null;
  let cnt = 0;
  for (let i = 0; i < 40000; i++) {
    const pair = [round, i, [i & 3]];
    if (pair[2][0] === 3) cnt++;
    last = pair;
  }
  snapshots.push(last);
  console.log(round, cnt, last);
}
console.log(snapshots.length, snapshots[4][2]);
