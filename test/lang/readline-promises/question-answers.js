// readline/promises: question() returns a promise of the next line (the prompt written to
// the output), lines not asked for are 'line' events, a closed interface rejects with
// node's ERR_USE_AFTER_CLOSE, and an aborted signal rejects with an AbortError. The input
// is an EventEmitter standing in for a stream, so the run needs no standard input.
const readline = require('readline/promises');
const { EventEmitter } = require('events');
const input = new EventEmitter();
input.resume = () => input;
input.pause = () => input;
const written = [];
const output = { write: (s) => { written.push(s); return true; } };
const rl = readline.createInterface({ input, output });
rl.on('line', (line) => console.log('line event:', line));
(async () => {
  const name = rl.question('Name? ');
  input.emit('data', 'Ada\n');
  const answer = await name;
  const age = rl.question('Age? ');
  input.emit('data', '36\nextra line\n');
  console.log(answer, Number(await age) + 1, written);
  try { await rl.question('x', { signal: AbortSignal.abort('no') }); } catch (e) { console.log(e.name, e.code, e.cause); }
  input.emit('end');
  try { await rl.question('closed? '); } catch (e) { console.log(e.code, e.message); }
  console.log(typeof readline.Interface, rl instanceof readline.Interface, rl.closed);
})();
