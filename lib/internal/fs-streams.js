'use strict';
// fs.createReadStream and fs.createWriteStream for programs kiln runs, in the JavaScript kiln
// compiles (the runtime loads this file the first time a program makes one). kiln has no
// asynchronous I/O of its own: a read stream reads its file with one synchronous read on a
// later turn of the event loop, once something consumes it ('data' or 'readable' listeners,
// resume(), pipe(), async iteration), and delivers it as node does: 'ready', 'data' chunks of
// highWaterMark bytes (Buffers, or strings with an encoding), 'end', 'close'; a failed open is
// an 'error' event with node's error. A write stream writes each chunk synchronously (the file
// made or truncated when the stream is made, or appended to with flags 'a') and reports as
// node does: write callbacks, then 'finish' and 'close' after end(). Not here: file
// descriptors and the 'open' event, backpressure ('drain' never needed), object mode.

const EventEmitter = require('events');
const fs = require('fs');

const STARTING_EVENTS = new Set(['data', 'readable']);

function optionsOf(options) {
  if (typeof options === 'string') return { encoding: options };
  return options === undefined || options === null ? {} : options;
}

class ReadStream extends EventEmitter {
  constructor(path, options) {
    super();
    const opts = optionsOf(options);
    this.path = path;
    this.bytesRead = 0;
    this.readable = true;
    this.destroyed = false;
    this._encoding = opts.encoding === undefined ? null : opts.encoding;
    this._highWaterMark = opts.highWaterMark === undefined ? 65536 : opts.highWaterMark;
    this._start = opts.start === undefined ? 0 : opts.start;
    this._end = opts.end === undefined ? Infinity : opts.end;
    this._flowing = false;
    this._scheduled = false;
    this._pending = null;
    super.on('newListener', (event) => {
      if (STARTING_EVENTS.has(event)) this._begin();
    });
  }

  setEncoding(encoding) {
    this._encoding = encoding === undefined ? 'utf8' : encoding;
    return this;
  }

  resume() {
    this._begin();
    return this;
  }

  pause() {
    return this;
  }

  /** What is buffered for a 'readable' listener, then null. */
  read() {
    if (this._pending === null || this._pending.length === 0) return null;
    const all = this._pending.splice(0, this._pending.length);
    return this._encoding === null ? Buffer.concat(all) : all.join('');
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.readable = false;
    return destroyStream(this, error);
  }

  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    return this.destroy();
  }

  pipe(destination, options) {
    const end = !(options && options.end === false);
    this.on('data', (chunk) => destination.write(chunk));
    // process.stdout and process.stderr are never ended, as in node.
    if (end && destination !== process.stdout && destination !== process.stderr) this.on('end', () => destination.end());
    if (typeof destination.emit === 'function') destination.emit('pipe', this);
    return destination;
  }

  _begin() {
    if (this._scheduled) return;
    this._scheduled = true;
    setImmediate(() => this._deliver());
  }

  _deliver() {
    if (this.destroyed) return;
    let bytes;
    try {
      bytes = fs.readFileSync(this.path);
    } catch (error) {
      this.destroy(error);
      return;
    }
    this.emit('ready');
    const last = Math.min(bytes.length, this._end + 1);
    const chunks = [];
    for (let at = this._start; at < last; at += this._highWaterMark) {
      const piece = bytes.subarray(at, Math.min(at + this._highWaterMark, last));
      this.bytesRead += piece.length;
      chunks.push(this._encoding === null ? piece : piece.toString(this._encoding));
    }
    if (this.listenerCount('readable') > 0) {
      this._pending = chunks;
      this.emit('readable');
      this._pending = null;
    } else {
      for (const chunk of chunks) {
        if (this.destroyed) return;
        this.emit('data', chunk);
      }
    }
    this.readable = false;
    this.emit('end');
    if (!this.destroyed) {
      this.destroyed = true;
      this.emit('close');
    }
  }

  [Symbol.asyncIterator]() {
    const queue = [];
    let done = false;
    let failure = null;
    let waiting = null;
    const settle = () => {
      if (waiting === null) return;
      const w = waiting;
      waiting = null;
      if (queue.length > 0) w.resolve({ value: queue.shift(), done: false });
      else if (failure !== null) w.reject(failure);
      else if (done) w.resolve({ value: undefined, done: true });
      else waiting = w;
    };
    this.on('data', (chunk) => { queue.push(chunk); settle(); });
    this.on('end', () => { done = true; settle(); });
    this.on('error', (error) => { failure = error; settle(); });
    return {
      next: () => new Promise((resolve, reject) => { waiting = { resolve, reject }; settle(); }),
      return: () => { this.destroy(); return Promise.resolve({ value: undefined, done: true }); },
      [Symbol.asyncIterator]() { return this; },
    };
  }
}

class WriteStream extends EventEmitter {
  constructor(path, options) {
    super();
    const opts = optionsOf(options);
    this.path = path;
    this.bytesWritten = 0;
    this.writable = true;
    this.writableEnded = false;
    this.writableFinished = false;
    this.destroyed = false;
    this._encoding = opts.encoding === undefined ? 'utf8' : opts.encoding;
    const flags = opts.flags === undefined ? 'w' : opts.flags;
    this._failure = null;
    this._onFinished = [];
    try {
      if (flags.startsWith('a')) fs.appendFileSync(path, '');
      else fs.writeFileSync(path, '');
    } catch (error) {
      this._failure = error;
      this.writable = false;
      process.nextTick(() => this.destroy(error));
      return;
    }
    process.nextTick(() => this.emit('ready'));
  }

  write(chunk, encoding, callback) {
    if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (this.writableEnded) {
      const error = new Error('write after end');
      error.code = 'ERR_STREAM_WRITE_AFTER_END';
      error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
      process.nextTick(() => {
        if (typeof callback === 'function') callback(error);
        this.emit('error', error);
      });
      return false;
    }
    if (this._failure !== null) return false;
    const data = typeof chunk === 'string' ? Buffer.from(chunk, encoding || this._encoding) : chunk;
    fs.appendFileSync(this.path, data);
    this.bytesWritten += data.length;
    if (typeof callback === 'function') process.nextTick(callback, null);
    return true;
  }

  end(chunk, encoding, callback) {
    if (typeof chunk === 'function') {
      callback = chunk;
      chunk = undefined;
    } else if (typeof encoding === 'function') {
      callback = encoding;
      encoding = undefined;
    }
    if (chunk !== undefined && chunk !== null) this.write(chunk, encoding);
    // (end's callback runs before the 'finish' listeners, as in node)
    if (typeof callback === 'function') this._onFinished.push(callback);
    if (this.writableEnded) return this;
    this.writableEnded = true;
    this.writable = false;
    setImmediate(() => {
      if (this._failure !== null) return;
      this.writableFinished = true;
      for (const callback of this._onFinished.splice(0)) callback();
      this.emit('finish');
      this.destroyed = true;
      this.emit('close');
    });
    return this;
  }

  destroy(error) {
    if (this.destroyed) return this;
    this.writable = false;
    return destroyStream(this, error);
  }

  close(callback) {
    if (typeof callback === 'function') this.once('close', callback);
    return this.end();
  }
}

/** Both streams' destroy: marked destroyed now, 'error' (when given) then 'close' on a later
 *  tick, as node's streams emit them. */
function destroyStream(stream, error) {
  stream.destroyed = true;
  process.nextTick(() => {
    if (error) stream.emit('error', error);
    stream.emit('close');
  });
  return stream;
}

function createReadStream(path, options) {
  return new ReadStream(path, options);
}

function createWriteStream(path, options) {
  return new WriteStream(path, options);
}

module.exports = { ReadStream, WriteStream, createReadStream, createWriteStream };
