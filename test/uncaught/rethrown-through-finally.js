// An error thrown inside for-of loops and try/finally blocks: the loop closes its iterator
// and the finally runs, then the error goes on, and the report's source line is still where
// it was first thrown (the catch-alls rethrow it; they are not its origin).
function check(value) {
  if (value > 2) throw new RangeError(`value ${value} is out of range`);
  return value;
}

function* numbers() {
  try {
    yield 1;
    yield 2;
    yield 3;
  } finally {
    console.log('generator closed');
  }
}

function run() {
  try {
    for (const n of numbers()) {
      for (const m of [n, n + 1]) check(m);
    }
  } finally {
    console.log('cleanup');
  }
}
run();
