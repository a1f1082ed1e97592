// %s, %d, %i, %f and %j run the program's own toString, valueOf and toJSON (node's
// hasBuiltInToString decides between String(arg) and inspecting it for %s).
console.log('Total: %s', { toString() { return '$5.00'; } });
console.log('%d', { valueOf() { return 7; } });
class Temp { constructor(c) { this.c = c; } toString() { return `${this.c}C`; } }
console.log('Temp is %s', new Temp(21));
console.log('%i %f %j %o %O %%', '42.5x', '3.5', { a: 1 }, [1], { b: 2 });
console.log('%s %s %s', 1n, Symbol('q'), null, undefined);
class AppError extends Error { toString() { return '[AppError] ' + this.message; } }
console.log('%s', new AppError('failed'));
console.log('%s', new Error('plain'));
console.log(require('util').format('%s|%d', { toString() { return 'T'; } }, { valueOf() { return 3; } }));
console.log('%s', [1, { toString() { return 'x'; } }], '%s', { a: { toString() { return 'inner'; } } });
console.log('%d', '0x10', '%d');
console.log('%s', Object.create(null));
console.log('%s', function named() {});
console.log('%s', -0, '%d', -0);
console.log('%j and %j', { toJSON() { return { x: '100%' }; } }, (() => { const c = {}; c.c = c; return c; })());
console.error('err %s %d', { toString() { return 'E'; } }, { valueOf() { return 9; } });
console.warn('%s', { toString() { return 'W'; } });
console.info('%i', { toString() { return '77.9'; } });
console.assert(false, 'assert %s', { toString() { return 'A'; } });
console.log('%s %s', 'only one');
console.log('100%', { toString() { return 'ignored'; } });
console.log('%s', { toString: 5 });
try { console.log('%d', { valueOf() { throw new RangeError('no number'); } }); } catch (e) { console.log(e.constructor.name, e.message); }
console.log('%s', new (class Plain {})(), '%s', new Map([[1, 2]]), '%s', [1, 2, 3], new Date(0) > 0);
console.log('%d %i %f', 1n, 2n, 3n);
