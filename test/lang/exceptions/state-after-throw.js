// Updates made before a throw stay visible after the catch: locals of the
// catching function, closure variables, object fields and array contents,
// including updates made in frames that were unwound.
let global = 0;
const shared = { count: 0, items: [] };
function work(n) {
  let local = 0;
  for (let i = 0; i < n; i++) {
    local += i;
    global++;
    shared.count++;
    shared.items.push(i);
    if (i === 7) throw local;
  }
  return local;
}
let result;
try {
  result = work(20);
} catch (e) {
  result = "threw with local=" + e;
}
console.log(result, global, shared.count, shared.items.length);
function outer() {
  let progress = 0;
  function step(k) {
    progress += k;
    if (progress > 10) throw new Error("progress " + progress);
  }
  try {
    for (let k = 1; k < 100; k++) step(k);
  } catch (e) {
    return e.message + " / " + progress;
  }
  return "never";
}
console.log(outer());
let i = 0;
try {
  for (i = 0; i < 100; i++) {
    if (i * i > 50) throw "stop";
  }
} catch (e) {
  console.log(e, "at i =", i);
}
const matrix = [[0, 0], [0, 0]];
try {
  for (let r = 0; r < 2; r++) {
    for (let c = 0; c < 2; c++) {
      matrix[r][c] = r * 2 + c + 1;
      if (r === 1 && c === 0) throw "half";
    }
  }
} catch (e) {
  console.log(e, JSON.stringify(matrix));
}
console.log("done");
