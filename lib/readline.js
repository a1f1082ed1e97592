'use strict';
// node's `readline` module for programs kiln runs, in the JavaScript kiln compiles (the front
// end loads this file for require('readline')): createInterface over a readable stream
// (process.stdin, or any EventEmitter that emits 'data' and 'end'), its 'line' and 'close'
// events, question(), prompt(), close(), and `for await (const line of rl)`. Lines end at
// '\n', '\r\n' or '\r'; what follows the last line ending is a line when the input ends.
// Not here: terminal editing (history, completion, cursor movement). readline/promises is
// lib/readline/promises.js.

const EventEmitter = require('events');

class Interface extends EventEmitter {
  constructor(input, output, completer, terminal) {
    super();
    const options = input !== null && typeof input === 'object' && typeof input.on !== 'function' ? input : { input, output, completer, terminal };
    this.input = options.input;
    this.output = options.output;
    this.terminal = options.terminal === true;
    this.line = '';
    this.closed = false;
    this._prompt = options.prompt === undefined ? '> ' : String(options.prompt);
    this._partial = '';
    this._questionCallback = null;
    this._oldPrompt = this._prompt;
    this._paused = false;
    this._onData = (chunk) => this._receive(typeof chunk === 'string' ? chunk : chunk.toString('utf8'));
    this._onEnd = () => {
      if (this._partial !== '') {
        const last = this._partial;
        this._partial = '';
        this._emitLine(last);
      }
      this.close();
    };
    if (this.input !== undefined) {
      this.input.on('data', this._onData);
      this.input.on('end', this._onEnd);
    }
  }

  _receive(text) {
    // One pass over the text with an index (slicing the rest after every line would copy
    // the rest again for each line of a large chunk).
    const rest = this._partial + text;
    let start = 0;
    for (let i = 0; i < rest.length; i++) {
      const c = rest.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      // A '\r' at the end of a chunk may be the first half of '\r\n'.
      if (c === 13 && i + 1 === rest.length) break;
      const line = rest.slice(start, i);
      if (c === 13 && rest.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      this._emitLine(line);
      if (this.closed) return;
    }
    this._partial = rest.slice(start);
  }

  _emitLine(line) {
    const answer = this._questionCallback;
    if (answer === null) {
      this.emit('line', line);
      return;
    }
    // The answer to the pending question: the prompt is the one before it again.
    this._questionCallback = null;
    this.setPrompt(this._oldPrompt);
    answer(line);
  }

  setPrompt(prompt) {
    this._prompt = String(prompt);
  }

  getPrompt() {
    return this._prompt;
  }

  prompt() {
    if (this.output !== undefined && this.output !== null) this.output.write(this._prompt);
  }

  question(query, options, callback) {
    const cb = typeof options === 'function' ? options : callback;
    if (this.closed) {
      const error = new Error('readline was closed');
      error.code = 'ERR_USE_AFTER_CLOSE';
      error.name = `${error.name} [${error.code}]`; void error.stack; delete error.name; // node's stack header names the code
      throw error;
    }
    // As node's: a question asked while one is pending only shows that one's prompt again
    // (its callback is dropped); otherwise the query is the prompt until the answer.
    if (this._questionCallback !== null) {
      this.prompt();
      return;
    }
    this._oldPrompt = this._prompt;
    this.setPrompt(query);
    this._questionCallback = cb;
    this.prompt();
  }

  write(data) {
    if (typeof data === 'string') this._receive(data);
  }

  pause() {
    this._paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    this._paused = false;
    this.emit('resume');
    return this;
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    if (this.input !== undefined) {
      this.input.removeListener('data', this._onData);
      this.input.removeListener('end', this._onEnd);
    }
    this.emit('close');
  }

  [Symbol.asyncIterator]() {
    const lines = [];
    let done = this.closed;
    let waiting = null;
    const settle = (result) => {
      const w = waiting;
      waiting = null;
      w(result);
    };
    this.on('line', (line) => {
      if (waiting !== null) settle({ value: line, done: false });
      else lines.push(line);
    });
    this.on('close', () => {
      done = true;
      if (waiting !== null) settle({ value: undefined, done: true });
    });
    const iterator = {
      next: () => {
        if (lines.length > 0) return Promise.resolve({ value: lines.shift(), done: false });
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve) => { waiting = resolve; });
      },
      return: () => {
        this.close();
        return Promise.resolve({ value: undefined, done: true });
      },
      [Symbol.asyncIterator]() { return iterator; },
    };
    return iterator;
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { createInterface, Interface };
