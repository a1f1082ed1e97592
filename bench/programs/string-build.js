// Strings: builds strings by concatenation and templates in loops, reads them back by
// index and char code, and splits/joins them; most intermediate strings die at once.
function render(row) {
  let s = '';
  for (let i = 0; i < row.length; i++) s += (i > 0 ? ',' : '') + row[i];
  return s;
}

function checksum(s) {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
  return h;
}

let total = 0;
let lines = 0;
for (let k = 0; k < 3000; k++) {
  const row = [];
  for (let i = 0; i < 20; i++) row.push(`c${(k * 7 + i) % 100}`);
  const line = render(row);
  total = (total + checksum(line)) | 0;
  lines += line.split(',').length;
}
console.log(total, lines);
