// A return from inside nested try/finally in loops runs every enclosing finally
// in order; a break in a finally discards a pending return or exception.
const log = [];
function findFirst(arr, pred) {
  for (let i = 0; i < arr.length; i++) {
    try {
      for (let j = 0; j < arr[i].length; j++) {
        try {
          if (pred(arr[i][j])) return [i, j];
        } finally {
          log.push("j" + j);
        }
      }
    } finally {
      log.push("i" + i);
    }
  }
  return null;
}
console.log(findFirst([[1, 3], [5, 6, 7]], (x) => x % 2 === 0), log.join(" "));
function breakDiscardsReturn() {
  for (let i = 0; i < 3; i++) {
    try {
      return "from try " + i;
    } finally {
      if (i < 2) continue;
    }
  }
  return "after loop";
}
console.log(breakDiscardsReturn());
function breakDiscardsThrow() {
  let n = 0;
  while (true) {
    try {
      n++;
      throw new Error("discarded");
    } finally {
      break;
    }
  }
  return "survived " + n;
}
console.log(breakDiscardsThrow());
function returnInCatchInLoop(xs) {
  let seen = 0;
  for (const x of xs) {
    try {
      if (x < 0) throw x;
      seen += x;
    } catch (e) {
      return "negative " + e + " after " + seen;
    } finally {
      seen += 1000;
    }
  }
  return "all positive " + seen;
}
console.log(returnInCatchInLoop([1, 2, -3, 4]));
console.log(returnInCatchInLoop([1, 2]));
console.log("done");
