// A class constructor called without new: the TypeError's stack starts at the call (V8 fails
// the call itself), from compiled callers too and from a builtin that calls it.
class W { constructor(x) { this.x = x; } }
function make(i) { return W(i); }
for (let i = 0; i < 3; i++) {
  try { make(i); } catch (e) { console.log(e.message, e.stack.split('\n').slice(0, 3).map((l) => l.replace(/\(.*[\\/]/, '(')).join(' | ')); }
}
try { [1].map(W); } catch (e) { console.log(e.stack.split('\n').slice(0, 3).map((l) => l.replace(/\(.*[\\/]/, '(')).join(' | ')); }
