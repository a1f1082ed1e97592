// Labeled break and continue out of nested loops of every kind.
outer: for (let i = 0; i < 5; i++) {
  for (let j = 0; j < 5; j++) {
    if (j === 3) continue outer;
    if (i === 3) break outer;
    console.log("for", i, j);
  }
}
let n = 0;
loop1: while (true) {
  n++;
  let m = 0;
  loop2: do {
    m++;
    if (m === 2) continue loop2;
    if (n * m > 12) break loop1;
    if (m > 3) continue loop1;
    console.log("while/do", n, m);
  } while (m < 10);
}
console.log("n", n);
let found = -1;
search: for (let a = 1; a < 50; a++) {
  for (let b = a; b < 50; b++) {
    for (let c = b; c < 50; c++) {
      if (a * a + b * b === c * c && a + b + c === 40) {
        found = a * 10000 + b * 100 + c;
        break search;
      }
    }
  }
}
console.log(found);
