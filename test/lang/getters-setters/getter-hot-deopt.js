// A getter called from hot code; then its result kind changes (the compiled caller deopts).
class Cell {
  constructor(v) { this.v = v; }
  get value() { return this.v; }
}
const cells = [];
for (let i = 0; i < 100; i++) cells.push(new Cell(i));
function sum() { let s = 0; for (let i = 0; i < cells.length; i++) s += cells[i].value; return s; }
let t = 0;
for (let k = 0; k < 100; k++) t += sum();
console.log(t);
cells[50].v = 0.5;
console.log(sum());
cells[7].v = 'str';
console.log(sum());
