// Errors in async functions: a throw rejects the returned promise; await of a rejected
// promise throws at the await (try/catch/finally around it); thenables are awaited.
async function fails(message) {
  await null;
  throw new Error(message);
}
async function failsEarly() {
  throw new TypeError('before any await');
}
async function handles() {
  try {
    await fails('inner');
  } catch (e) {
    console.log('caught', e.message);
  } finally {
    console.log('finally runs');
  }
  try {
    await Promise.reject(new RangeError('rejected'));
  } catch (e) {
    console.log('caught', e.name, e.message);
  }
  const p = failsEarly();
  console.log('failsEarly returned a', p instanceof Promise ? 'promise' : typeof p);
  await p.catch((e) => console.log('catch()', e.message));
  const thenable = { then(resolve) { console.log('then called'); resolve(42); } };
  console.log('thenable', await thenable);
  console.log('plain', await 7, await undefined);
  return 'handled';
}
handles().then((v) => console.log('result', v));

const arrow = async (x) => x * 2;
const obj = {
  factor: 3,
  async scale(x) { return (await arrow(x)) * this.factor; },
};
class Store {
  constructor() { this.items = []; }
  async add(item) {
    await null;
    this.items.push(item);
    return this.items.length;
  }
  static async create() { return new Store(); }
}
(async () => {
  console.log('scale', await obj.scale(5));
  const s = await Store.create();
  console.log(await s.add('a'), await s.add('b'), s.items);
  const results = await Promise.all([1, 2, 3].map(async (n) => { await null; return n * n; }));
  console.log('all', results);
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += await i;
  console.log('loop sum', sum);
  console.log(typeof arrow, arrow, obj.scale, Store.create, arrow(1));
})();

async function unhandled() {
  await null;
  throw new Error('nobody catches this');
}
setTimeout(() => unhandled(), 5);
