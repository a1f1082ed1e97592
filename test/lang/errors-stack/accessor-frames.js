// A getter or setter's frame links to the property access that called it: an error made in
// one lists the accessor (`get name [as name]`, `Class.get v [as v]`... as V8 names them) and
// then the accessing function and everything below, interpreted or compiled, named or keyed
// access, destructuring, and a hot loop whose access was compiled.
const show = (e) => console.log(e.stack.split('\n').slice(1, 4).join('\n'));
const obj = {
  get broken() { throw new Error('getter failed'); },
  set limit(v) { if (v > 10) throw new RangeError(`limit ${v} too high`); this._limit = v; },
};
try { obj.broken; } catch (e) { show(e); }
try { obj.limit = 11; } catch (e) { show(e); }
try { obj['lim' + 'it'] = 12; } catch (e) { show(e); }
try { const { broken } = obj; } catch (e) { show(e); }
class Temperature {
  #c = 0;
  get kelvin() { if (this.#c < -273.15) throw new RangeError('below absolute zero'); return this.#c + 273.15; }
  set celsius(v) { this.#c = v; }
  static get unit() { throw new TypeError('no unit'); }
}
function kelvinOf(c) { const t = new Temperature(); t.celsius = c; return t.kelvin; }
try { kelvinOf(-300); } catch (e) { show(e); }
try { Temperature.unit; } catch (e) { show(e); }
function sum(n) {
  let total = 0;
  for (let i = 0; i < n; i++) total += kelvinOf(i === 3000 ? -500 : i);
  return total;
}
try { sum(5000); } catch (e) { show(e); }
