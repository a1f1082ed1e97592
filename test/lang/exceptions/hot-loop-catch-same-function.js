// A try/catch inside a 100k-iteration loop (hot enough for the JIT) whose body
// throws every 1000th iteration; the throw is caught in the same function.
function run(n) {
  let sum = 0;
  let caught = 0;
  for (let i = 0; i < n; i++) {
    try {
      if (i % 1000 === 999) throw i;
      sum = (sum + i * 3) | 0;
    } catch (e) {
      caught++;
      sum = (sum - e) | 0;
    }
  }
  return sum + " " + caught;
}
console.log(run(100000));
console.log(run(100000));
function withFinally(n) {
  let fin = 0;
  let acc = 0;
  for (let i = 0; i < n; i++) {
    try {
      if ((i & 1023) === 0) throw "boom";
      acc += i & 7;
    } catch (e) {
      acc += e.length;
    } finally {
      fin++;
    }
  }
  return acc + " " + fin;
}
console.log(withFinally(100000));
console.log("done");
