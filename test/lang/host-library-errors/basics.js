// Errors node's own library throws (URL, Buffer, Intl, assert) reach programs as node's:
// the same type, message and code.
try { new URL('x', 'nope') } catch (e) { console.log(e.name, e.code, e.input, e.message) }
try { Buffer.alloc(-1) } catch (e) { console.log(e.name, e.code, e.message) }
try { Buffer.from('ab').write(1) } catch (e) { console.log(e.name, e.code, e.message) }
try { require('assert').strictEqual(1, 2, 'custom') } catch (e) { console.log(JSON.stringify(e.message)) }
try { new Intl.NumberFormat('en', { style: 'bogus' }) } catch (e) { console.log(e.name, e.message) }
