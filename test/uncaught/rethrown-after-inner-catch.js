// The finally body catches an exception of its own before the first one goes on: the report
// still points where that one was first thrown.
function inner() {
  try {
    throw new RangeError('original');
  } finally {
    try { JSON.parse('{'); } catch (e) { console.log('inner caught', e.name); }
  }
}
inner();
