// Errors raised inside builtins print V8's frames: `at JSON.parse (<anonymous>)` and
// `at JSON.stringify (<anonymous>)` above the caller, whose position is the called name
// (`JSON.parse` at `parse`, also through another binding of JSON); an fs error shows node's
// own fs frame. console.log of the caught error prints the whole stack as node does.
const fs = require('fs');
const show = (e) => e.stack.split('\n').filter((l) => !/node:internal|Module\./.test(l)).join('\n').replaceAll(__dirname, '<dir>');
try { JSON.parse('{bad json'); } catch (e) { console.log(show(e)); }
try { const j = JSON; j.parse('[1,'); } catch (e) { console.log(show(e)); }
try { const o = { name: 'loop' }; o.self = o; JSON.stringify({ wrapper: o }); } catch (e) { console.log(show(e)); }
try { JSON.stringify({ n: 10n }); } catch (e) { console.log(show(e)); }
try { fs.readFileSync('/definitely/not/here.txt', 'utf8'); } catch (e) { console.log(show(e), e.code); }
function parseConfig(text) { return JSON.parse(text); }
try { parseConfig('{"a": 1,}'); } catch (e) { console.log(show(e)); }
Error.stackTraceLimit = 1;
try { JSON.parse('{'); } catch (e) { console.log(show(e)); }
Error.stackTraceLimit = 0;
try { JSON.parse('{'); } catch (e) { console.log(show(e)); }
