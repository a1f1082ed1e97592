// An exception thrown at the bottom of a deep recursion is caught several frames
// up, at a chosen level; the frames in between are unwound and the catching
// frame continues with its own locals intact.
function dive(depth, throwAt, catchAt) {
  const mine = depth * 2;
  if (depth === throwAt) throw { at: depth };
  if (depth === catchAt) {
    try {
      return dive(depth + 1, throwAt, catchAt) + mine;
    } catch (e) {
      return -1000 * e.at - mine;
    }
  }
  return dive(depth + 1, throwAt, catchAt) + mine;
}
console.log(dive(0, 500, 490));
console.log(dive(0, 500, 0));
console.log(dive(0, 500, 499));
try {
  dive(0, 50, 70);
  console.log("not thrown");
} catch (e) {
  console.log("no level in between caught it; top level got", e.at);
}
function unwindCount(n, log) {
  try {
    if (n === 0) throw new RangeError("bottom");
    return unwindCount(n - 1, log);
  } finally {
    log.push(n);
  }
}
const log = [];
try {
  unwindCount(200, log);
} catch (e) {
  console.log(e.name, e.message, log.length, log[0], log[log.length - 1]);
}
console.log("done");
