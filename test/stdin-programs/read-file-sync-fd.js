// fs.readFileSync(0) reads standard input to its end.
const fs = require('fs');
const text = fs.readFileSync(0, 'utf8');
const words = text.split(/\s+/).filter(Boolean);
console.log(words.length, words.slice(0, 3), fs.readFileSync(0).length);
