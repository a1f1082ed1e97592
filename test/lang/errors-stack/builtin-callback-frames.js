// Language code a builtin runs (JSON.parse's reviver, JSON.stringify's toJSON and replacer,
// the getters Object.entries and Object.assign read, a Proxy trap Object.keys hits) links to
// the builtin's call: its stack shows V8's frame for the builtin (`JSON.parse (<anonymous>)`,
// `Function.entries (<anonymous>)`) and then the caller, interpreted or compiled.
const show = (e) => console.log(e.stack.split('\n').slice(1, 4).join('\n'));
try { JSON.parse('{"a":1}', function rev(k, v) { throw new Error('reviver'); }); } catch (e) { show(e); }
try { JSON.stringify({ toJSON() { throw new Error('tojson'); } }); } catch (e) { show(e); }
try { JSON.stringify({ a: 1 }, (k, v) => { if (k === 'a') throw new Error('replacer'); return v; }); } catch (e) { show(e); }
try { Object.entries({ get x() { throw new Error('entries getter'); } }); } catch (e) { show(e); }
try { Object.assign({}, { get y() { throw new Error('assign getter'); } }); } catch (e) { show(e); }
try { Object.keys(new Proxy({}, { ownKeys() { throw new Error('ownKeys trap'); } })); } catch (e) { show(e); }
function parseAll(i) { return JSON.parse('[1]', (k, v) => { if (i === 2000) throw new Error('hot reviver'); return v; }); }
try { for (let i = 0; i < 3000; i++) parseAll(i); } catch (e) { show(e); }
