// Bodies that end right after a suspension point: an empty generator, one ending in a
// yield, an async function ending in an await, an async generator with an empty body. The
// code after the last resume point must still return.
function* empty() {}
console.log(empty().next(), [...empty()]);
function* endsInYield() { yield 1; }
const e = endsInYield();
console.log(e.next(), e.next(), e.next());
function* endsInYieldStar() { yield* [1, 2]; }
console.log([...endsInYieldStar()]);
async function endsInAwait() { await null; }
endsInAwait().then((v) => console.log('async', v));
async function* emptyAsync() {}
emptyAsync().next().then((r) => console.log('async gen', r, Object.getPrototypeOf(r) === Object.prototype));
async function* returnsOnly() { return 5; }
returnsOnly().next().then((r) => console.log('returns', r));
const arrow = async () => { await 1; };
arrow().then((v) => console.log('arrow', v));
