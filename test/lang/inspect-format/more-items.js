// Arrays longer than 100 elements print the first 100 and then
// "... N more items" ("... 1 more item" for exactly one); applies to numbers,
// strings and nested arrays; the grouping ignores the trailer line.
function seq(n, f) {
  const a = [];
  for (let i = 0; i < n; i++) a.push(f(i));
  return a;
}
console.log(seq(100, (i) => i));
console.log(seq(101, (i) => i));
console.log(seq(102, (i) => i % 10));
console.log(seq(250, (i) => "s" + (i % 7)));
console.log({ inner: seq(103, (i) => i * 2) });
console.log([seq(101, () => 0)]);
console.log(seq(1000, (i) => i).length, seq(120, (i) => i).slice(100));
