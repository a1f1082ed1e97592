// A primitive: its text and node's --trace-uncaught hint.
console.log('start');
throw 'plain string';
