// V8 names a symbol-named function's frame by its name alone (`[Symbol.iterator]`, a class's
// static `[Symbol.hasInstance]`, RegExp's `[Symbol.replace]`), shows no frame for
// Reflect.apply or Reflect.construct, and none for RegExp's [Symbol.replace] when
// String.prototype.replace runs it (it does under replaceAll).
const show = (e) => console.log(e.stack.split('\n').slice(1, 4).join('\n'));
class Bag {
  [Symbol.iterator]() { throw new Error('iterate'); }
  static [Symbol.hasInstance]() { throw new Error('instanceof'); }
  ['comp' + 'uted']() { throw new Error('computed'); }
}
try { new Bag()[Symbol.iterator](); } catch (e) { show(e); }
try { ({}) instanceof Bag; } catch (e) { show(e); }
try { new Bag().computed(); } catch (e) { show(e); }
try { 'a-b'.split({ [Symbol.split]() { throw new Error('split'); } }); } catch (e) { show(e); }
try { 'abc'.replace(/b/, () => { throw new Error('replace'); }); } catch (e) { show(e); }
try { 'abc'.replaceAll(/b/g, () => { throw new Error('replaceAll'); }); } catch (e) { show(e); }
try { /b/[Symbol.replace]('abc', () => { throw new Error('direct'); }); } catch (e) { show(e); }
try { Reflect.apply(function inner() { throw new Error('apply'); }, null, []); } catch (e) { show(e); }
try { Reflect.construct(function Made() { throw new Error('construct'); }, []); } catch (e) { show(e); }
