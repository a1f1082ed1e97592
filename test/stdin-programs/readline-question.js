// question() writes its query to the output and answers with the next line.
const readline = require('readline');
const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
rl.question('name? ', (name) => {
  rl.question('age? ', (age) => {
    console.log(`\nhello ${name}, ${Number(age) + 1} next year`);
    rl.close();
  });
});
rl.on('close', () => console.log('bye'));
