// readline over stdin: 'line' per line ('\n', '\r\n' and '\r' endings, a last line without
// one), then 'close'.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, terminal: false });
const lines = [];
rl.on('line', (line) => lines.push(line));
rl.on('close', () => console.log(JSON.stringify(lines), lines.length));
