// Stacks of errors made after an await or in a promise reaction end at the resumed function
// or the callback, as node's do (no frames of the event loop).
async function main() {
  await null;
  console.log(new Error('after await').stack);
}
main();
Promise.resolve().then(function cb() { console.log(new Error('in then').stack); });
Promise.reject(new Error('x')).catch(function handler(e) { console.log(new Error('in catch').stack, e.message); });
async function outer() { await middle(); }
async function middle() { await 0; await innermost(); }
async function innermost() { await 0; console.log(new Error('nested').stack); }
outer();
