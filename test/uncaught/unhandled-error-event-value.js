// An 'error' event with a value that is not an Error and nothing listening: node's
// ERR_UNHANDLED_ERROR, made and thrown in node's emit (node:events frames and line).
const EventEmitter = require('events');
const bus = new EventEmitter();
bus.on('data', (d) => console.log('data', d));
bus.emit('data', 1);
bus.emit('error', 'disk full');
