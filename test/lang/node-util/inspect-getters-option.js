// util.inspect with `getters: true` / 'get' / 'set' runs an own accessor's getter and shows
// its value (`[Getter: 42]`, `[Getter/Setter: 'b']`), an object value inspected in place, and
// a getter that throws as `<Inspection threw (message)>`; without the option accessors stay
// `[Getter]`/`[Setter]` and no getter runs.
const util = require('util');
let runs = 0;
const account = {
  owner: 'ann',
  get balance() { runs++; return 42; },
  set limit(v) {},
  get tier() { return 'gold'; }, set tier(v) {},
  get meta() { return { opened: 2020, tags: ['a'] }; },
  get broken() { throw new RangeError('no balance yet'); },
  get thrownString() { throw 'plain'; },
};
console.log(util.inspect(account), runs);
console.log(util.inspect(account, { getters: true }), runs);
console.log(util.inspect(account, { getters: 'get' }));
console.log(util.inspect(account, { getters: 'set' }));
console.log(util.inspect({ nested: account }, { getters: true, depth: 0 }));
class Temperature { constructor() { Object.defineProperty(this, 'kelvin', { get: () => 293.15, enumerable: true }); } }
console.log(util.inspect(new Temperature(), { getters: true }), util.inspect(new Temperature()));
