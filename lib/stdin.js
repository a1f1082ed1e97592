'use strict';
// process.stdin for programs kiln runs: a readable stream of the process's standard input, in
// the JavaScript kiln compiles (the runtime loads this file the first time a program reads
// process.stdin). kiln has no asynchronous I/O of its own: once the program listens for
// 'data', 'readable' or 'end', resumes the stream or iterates it, the input is read to its end
// on a later turn of the event loop (fs.readFileSync(0)) and delivered as node delivers a pipe:
// 'data' chunks of at most 64 KiB (Buffers, or strings after setEncoding), then 'end' and
// 'close'. On a terminal that means nothing arrives until the input ends (Ctrl-D).

const EventEmitter = require('events');
const fs = require('fs');

const CHUNK = 65536;
const STARTING_EVENTS = new Set(['data', 'readable', 'end']);

class Stdin extends EventEmitter {
  constructor() {
    super();
    this.fd = 0;
    this.readable = true;
    this._encoding = null;
    this._started = false;
    this._chunks = null;
    // Any way of listening (on, once, addListener, prepend…) starts the reading.
    super.on('newListener', (event) => {
      if (STARTING_EVENTS.has(event)) this._start();
    });
  }

  setEncoding(encoding) {
    this._encoding = encoding === undefined ? 'utf8' : encoding;
    return this;
  }

  resume() {
    this._start();
    return this;
  }

  pause() {
    return this;
  }

  /** The input read so far as one chunk for a 'readable' listener, then null. */
  read() {
    if (this._chunks === null || this._chunks.length === 0) return null;
    const all = this._chunks.splice(0, this._chunks.length);
    return this._encoding === null ? Buffer.concat(all) : all.join('');
  }

  _start() {
    if (this._started) return;
    this._started = true;
    setImmediate(() => this._deliver());
  }

  _deliver() {
    const bytes = fs.readFileSync(0);
    const chunks = [];
    for (let at = 0; at < bytes.length; at += CHUNK) {
      const piece = bytes.subarray(at, Math.min(at + CHUNK, bytes.length));
      chunks.push(this._encoding === null ? piece : piece.toString(this._encoding));
    }
    if (this.listenerCount('readable') > 0) {
      this._chunks = chunks;
      this.emit('readable');
      this._chunks = null;
    } else {
      for (const chunk of chunks) this.emit('data', chunk);
    }
    this.readable = false;
    this.emit('end');
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    const queue = [];
    let done = false;
    let waiting = null;
    this.on('data', (chunk) => {
      if (waiting !== null) {
        const w = waiting;
        waiting = null;
        w({ value: chunk, done: false });
      } else queue.push(chunk);
    });
    this.on('end', () => {
      done = true;
      if (waiting !== null) {
        const w = waiting;
        waiting = null;
        w({ value: undefined, done: true });
      }
    });
    return {
      next: () => {
        if (queue.length > 0) return Promise.resolve({ value: queue.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { waiting = resolve; });
      },
      return: () => Promise.resolve({ value: undefined, done: true }),
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

module.exports = new Stdin();
