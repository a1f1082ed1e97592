// A hot loop whose callee throws now and then: the catch and finally run every time, in
// the interpreter and after the loop is compiled (OSR), where the throwing call leaves
// through an exception exit.
function risky(i) {
  if (i % 997 === 996) throw new TypeError('bad ' + i);
  return i & 7;
}
function loop(n) {
  let sum = 0;
  let caught = 0;
  let finals = 0;
  for (let i = 0; i < n; i++) {
    try {
      sum += risky(i);
    } catch (e) {
      caught++;
      if (e.name !== 'TypeError') throw e;
      sum += e.message.length;
    } finally {
      finals++;
    }
  }
  return [sum, caught, finals].join(' ');
}
console.log(loop(60000));
console.log(loop(3000));
console.log('done');
