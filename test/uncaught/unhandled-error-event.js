// An 'error' event nothing listens to: node throws the error from its emit (the report shows
// node's `throw er; // Unhandled 'error' event` line) and adds where it was emitted, naming
// the emitter's class, with the frames the two stacks share elided.
const EventEmitter = require('events');
class Connection extends EventEmitter {
  open(host) {
    if (!host) this.emit('error', new Error('no host given'));
  }
}
function connect() {
  new Connection().open('');
}
connect();
