// Date objects: construction from parts, a time value, a string, another Date; the getters
// and setters (local and UTC), ISO/JSON/string forms, arithmetic and comparison through
// valueOf and Symbol.toPrimitive, invalid dates, Date.UTC/parse, printing, subclassing.
// (The machine's time zone is the same for node and kiln; no output depends on the clock.)
const d = new Date(Date.UTC(2020, 1, 29, 12, 34, 56, 789));
console.log(d.toISOString(), d.getTime(), d.valueOf(), +d, d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), d.getUTCMilliseconds());
console.log(JSON.stringify({ d }), d.toJSON(), typeof d, d instanceof Date, Object.prototype.toString.call(d));
console.log(d);
console.log([d], { when: d });
const copy = new Date(d);
copy.setUTCDate(copy.getUTCDate() + 1);
console.log(copy.toISOString(), d.toISOString(), copy - d, copy > d, d < copy, copy.getTime() - d.getTime());
const parts = new Date(2021, 0, 31);
parts.setMonth(1);
console.log(parts.getFullYear(), parts.getMonth(), parts.getDate(), parts.getDay());
console.log(new Date('2019-07-04T10:20:30Z').toISOString(), new Date('2019-07-04').getTime(), Date.parse('2000-01-01T00:00:00.000Z'), Date.UTC(1970, 0, 1), Date.UTC(2000));
console.log(new Date(0).toISOString(), new Date(-1).toISOString(), new Date(8.64e15).toISOString(), new Date(8.64e15 + 1).getTime());
const invalid = new Date('not a date');
console.log(invalid.getTime(), String(invalid), isNaN(invalid), invalid, JSON.stringify(invalid));
try { invalid.toISOString(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(typeof Date(), typeof Date.now(), Date.length, Date.name, new Date(2020, 5).getMonth(), new Date('2020-06-15T00:00:00Z').getUTCDate());
console.log(`${new Date(0).getTime()}`, new Date(0)[Symbol.toPrimitive]('number'), typeof new Date(0)[Symbol.toPrimitive]('default'));
try { Date.prototype.getTime.call({}); } catch (e) { console.log(e.constructor.name, e.message); }
class Stamp extends Date { label() { return `stamp ${this.toISOString()}`; } }
const s = new Stamp(86400000);
console.log(s.label(), s instanceof Date, s.getUTCDate());
const sorted = [new Date(3000), new Date(1000), new Date(2000)].sort((a, b) => a - b).map((x) => x.getTime());
console.log(sorted, new Date(1e12).toUTCString(), d.setTime(5), d.getTime());
