// Arrays of 1..12 small numbers: up to 6 elements print on one line, from 7
// on node groups them into aligned columns (numbers right-aligned). Also the
// same lengths with two-digit and mixed-width numbers.
for (let n = 0; n <= 12; n++) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i);
  console.log(n, a);
}
for (let n = 5; n <= 9; n++) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i * 13);
  console.log(a);
}
for (let n = 6; n <= 8; n++) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(i % 2 ? 1 : 100000);
  console.log(a);
}
