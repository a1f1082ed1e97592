// Without setEncoding the chunks are Buffers of at most 64 KiB, then 'end' and 'close'. (How
// many chunks a large input comes in is the pipe's timing in node: not printed.)
const sizes = [];
process.stdin.on('data', (chunk) => sizes.push([Buffer.isBuffer(chunk), chunk.length]));
process.stdin.on('end', () => console.log('end', sizes.length > 0, sizes.reduce((a, [, n]) => a + n, 0), sizes.every(([b, n]) => b && n <= 65536)));
process.stdin.on('close', () => console.log('close'));
