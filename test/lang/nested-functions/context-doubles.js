// Variables captured by a nested function (stored in a context) change from int to double
// and overflow, while both functions are hot: context slots are read and written by
// compiled code and must keep full values.
function outer(n, step) {
  let acc = 2147483000;
  let hits = 0;
  function bump() {
    acc += step;
    hits++;
    return acc;
  }
  for (let i = 0; i < n; i++) bump();
  return acc + " " + hits;
}
console.log(outer(10, 1));
console.log(outer(1000, 1));
console.log(outer(1000, 0.5));
console.log(outer(3000, -1000000));
console.log(outer(5, "s"));
