// console's methods besides log: dir, table, assert, count/countReset, group/groupEnd
// (which indent what console.log prints next), error/warn/info/debug, and process.stderr.write.
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir([1, 'two', { three: 3 }]);
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.table({ r1: { c: 1 }, r2: { c: 2 } });
console.table([[1, 2], [3, 4]], ['0']);
console.assert(1 === 1, 'not printed');
console.assert(false, 'printed to stderr with', { n: 1 });
console.count(); console.count(); console.count('k'); console.countReset(); console.count();
console.group('Group A');
console.log('inside A');
console.group();
console.info('nested', [1, 2]);
console.groupEnd();
console.groupCollapsed('collapsed');
console.log('in collapsed');
console.groupEnd();
console.groupEnd();
console.log('outside');
console.debug('debug line');
process.stderr.write('written to stderr\n');
