// The classic filter: read all of stdin through 'data'/'end', sum the numbers per line.
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (chunk) => { input += chunk; });
process.stdin.on('end', () => {
  const nums = input.split('\n').filter((l) => l.trim() !== '').map(Number);
  console.log(nums.length, nums.reduce((a, b) => a + b, 0), typeof input);
});
