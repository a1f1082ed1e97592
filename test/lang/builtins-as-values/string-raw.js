const parts = [1, 2];
console.log(new Array(...parts), new Array(...[3]).length);
const path = 'x';
console.log(String.raw`C:\${path}\n`, String.raw({ raw: ['a', 'b', 'c'] }, 1, 2, 3), String.raw({ raw: 'xyz' }, '-', '+'));
try { String.raw(); } catch (e) { console.log(e.message); } try { String.raw({}); } catch (e) { console.log(e.message); } console.log(String.raw.length, String.raw.name)
