// Two readline questions asked before the first is answered: node shows the first prompt
// again and drops the second callback; the next line is a 'line' event; getPrompt() is the
// question while it is pending.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'P> ' });
rl.question('first? ', (a) => {
  console.log('first answer:', JSON.stringify(a), 'prompt now', rl.getPrompt());
  rl.question('third? ', (c) => console.log('third answer:', JSON.stringify(c)));
});
console.log('\nprompt during question:', rl.getPrompt());
rl.question('second? ', (b) => console.log('second answer (never):', b));
rl.on('line', (line) => console.log('line event:', JSON.stringify(line)));
rl.on('close', () => console.log('closed'));
