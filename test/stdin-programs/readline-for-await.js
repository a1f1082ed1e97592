// for await over a readline interface, and over process.stdin itself in another program.
const readline = require('readline');
async function main() {
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let count = 0;
  let longest = '';
  for await (const line of rl) {
    count++;
    if (line.length > longest.length) longest = line;
  }
  console.log(count, JSON.stringify(longest));
}
main().then(() => console.log('done'));
