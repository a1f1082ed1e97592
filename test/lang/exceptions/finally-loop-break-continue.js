// break and continue inside try blocks in loops: the finally block runs each
// time control leaves the try, before the loop continues or exits.
let log = [];
for (let i = 0; i < 5; i++) {
  try {
    if (i === 1) continue;
    if (i === 3) break;
    log.push("body" + i);
  } finally {
    log.push("fin" + i);
  }
}
console.log(log.join(" "));
log = [];
let j = 0;
while (true) {
  try {
    j++;
    if (j % 2 === 0) continue;
    if (j > 6) break;
    log.push("odd" + j);
  } catch (e) {
    log.push("never");
  } finally {
    log.push("f" + j);
  }
}
console.log(log.join(" "));
log = [];
let k = 0;
do {
  try {
    try {
      k++;
      if (k === 2) continue;
      if (k === 4) break;
    } finally {
      log.push("in" + k);
    }
  } finally {
    log.push("out" + k);
  }
} while (k < 10);
console.log(log.join(" "));
let sum = 0;
for (let i = 0; i < 1000; i++) {
  try {
    if (i % 3 === 0) continue;
    sum += i;
  } finally {
    sum += 1;
  }
}
console.log(sum);
console.log("done");
