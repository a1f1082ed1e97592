// V8's async stack traces: below an async function resumed after an await, one `async fn`
// line for each async function awaiting it, at its await (methods and arrows too).
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function fetchData(n) { await sleep(1); throw new Error('fail ' + n); }
async function load() { const v = await fetchData(1); return v; }
async function main() {
  try { await load(); } catch (e) { console.log(e.stack); }
  class Svc { async run() { await null; return new Error('in method').stack; } }
  console.log(await new Svc().run());
  const inner = async () => { await null; console.log(new Error('arrow').stack); };
  await inner();
}
main();
