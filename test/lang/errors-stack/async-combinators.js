// An async function awaited through Promise.all, allSettled or any: V8's async stack trace
// goes on through the combinator (`at async Promise.all (index 1)`) to the async function
// awaiting the combinator's promise. Promise.race leaves no such line.
const show = (e) => console.log(e.stack.split('\n').slice(1).join('\n'));
async function load(id) {
  await null;
  if (id % 2) throw new Error(`cannot load ${id}`);
  return id;
}
async function viaAll() {
  try { await Promise.all([load(0), load(1)]); } catch (e) { show(e); }
}
async function viaAllSettled() {
  const [, second] = await Promise.allSettled([load(2), load(3)]);
  show(second.reason);
}
async function viaAny() {
  try { await Promise.any([load(5)]); } catch (e) { show(e.errors[0]); }
}
async function viaRace() {
  try { await Promise.race([load(7)]); } catch (e) { show(e); }
}
async function nested() {
  await Promise.all([Promise.resolve(1), (async () => { await Promise.all([load(9)]); })()]);
}
async function main() {
  await viaAll();
  await viaAllSettled();
  await viaAny();
  await viaRace();
  try { await nested(); } catch (e) { show(e); }
}
main();
