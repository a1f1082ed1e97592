// Stacks of errors made after an await or in a promise reaction end at the resumed function
// or the callback, as node's do (no frames of the event loop).
async function main() {
  await null;
  console.log(new Error('after await').stack);
}
main();
Promise.resolve().then(function cb() { console.log(new Error('in then').stack); });
Promise.reject(new Error('x')).catch(function handler(e) { console.log(new Error('in catch').stack, e.message); });
