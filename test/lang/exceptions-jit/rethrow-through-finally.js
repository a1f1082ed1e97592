// A value thrown through nested finally blocks and rethrown from a catch keeps its
// identity; the finally blocks run innermost first.
const log = [];
function inner(x) {
  try {
    try {
      if (x > 0) throw { code: x };
      return 0;
    } finally {
      log.push('f1');
    }
  } catch (e) {
    log.push('c' + e.code);
    e.code += 100;
    throw e;
  } finally {
    log.push('f2');
  }
}
let total = 0;
for (let i = 0; i < 3000; i++) {
  try {
    total += inner(i % 3);
  } catch (e) {
    total += e.code;
  }
}
console.log(total, log.length, log.slice(0, 9).join(' '));
console.log('done');
