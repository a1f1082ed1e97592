// fs.createWriteStream / fs.createReadStream as scripts use them: write a file chunk by
// chunk (callbacks, bytesWritten, 'finish' then 'close', end's callback), read it back line by
// line through readline (events and for await), as chunks (small highWaterMark, an encoding,
// start/end), by async iteration, piped into another file and to process.stdout; a missing
// file is an 'error' event with node's error; writing after end is node's error.
const fs = require('fs');
const os = require('os');
const path = require('path');
const readline = require('readline');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-streams-'));
const file = path.join(dir, 'scores.csv');
const events = [];
const ws = fs.createWriteStream(file);
ws.on('finish', () => events.push('finish'));
ws.on('close', () => events.push('close'));
console.log(ws.write('name,score\n'), typeof ws.path, ws.writable);
for (const [name, score] of [['ann', 90], ['bob', 72], ['cy', 85], ['dé', 60]]) ws.write(`${name},${score}\n`, () => events.push(`wrote ${name}`));
ws.end('end,0\n', async () => {
  console.log('end callback', ws.bytesWritten, fs.statSync(file).size, ws.writableFinished, events);
  const rows = [];
  const rl = readline.createInterface({ input: fs.createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) rows.push(line.split(','));
  const [, ...data] = rows;
  console.log(data.map(([n, s]) => ({ n, s: Number(s) })).sort((a, b) => b.s - a.s));
  await new Promise((resolve) => {
    const chunks = [];
    const rs = fs.createReadStream(file, { highWaterMark: 16, encoding: 'utf8' });
    rs.on('data', (c) => chunks.push(c));
    rs.on('end', () => { console.log(chunks.length, chunks[0], JSON.stringify(chunks.join('').slice(-8)), rs.bytesRead); });
    rs.on('close', resolve);
  });
  const parts = [];
  for await (const chunk of fs.createReadStream(file, { start: 5, end: 14 })) parts.push(chunk);
  console.log(parts, Buffer.concat(parts).toString());
  const copy = path.join(dir, 'copy.csv');
  await new Promise((resolve) => fs.createReadStream(file).pipe(fs.createWriteStream(copy)).on('finish', resolve));
  console.log(fs.readFileSync(copy, 'utf8') === fs.readFileSync(file, 'utf8'));
  await new Promise((resolve) => fs.createReadStream(copy, 'utf8').on('end', resolve).pipe(process.stdout));
  fs.createReadStream(path.join(dir, 'missing.txt')).on('error', (e) => {
    console.log(e.name, e.code, e.syscall, e.message.replace(dir, '<dir>'));
    const late = fs.createWriteStream(path.join(dir, 'late.txt'));
    late.end('x');
    late.on('error', (err) => {
      console.log(err.code, err.message);
      fs.rmSync(dir, { recursive: true, force: true });
      console.log('removed', fs.existsSync(dir));
    });
    late.write('more');
  }).on('data', () => console.log('no data expected'));
});
