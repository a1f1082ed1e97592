'use strict';
// node's `readline/promises` for programs kiln runs: readline's Interface whose question()
// returns a promise of the answer (rejected when the interface is closed, or when its
// `signal` option aborts). Lines, 'line'/'close' events and async iteration are readline's.

const readline = require('readline');

class Interface extends readline.Interface {
  question(query, options = {}) {
    return new Promise((resolve, reject) => {
      const signal = options !== null && typeof options === 'object' ? options.signal : undefined;
      if (signal !== undefined && signal.aborted) {
        reject(abortError(signal));
        return;
      }
      let onAbort = null;
      if (signal !== undefined) {
        onAbort = () => reject(abortError(signal));
        signal.addEventListener('abort', onAbort, { once: true });
      }
      try {
        super.question(query, (answer) => {
          if (onAbort !== null) signal.removeEventListener('abort', onAbort);
          resolve(answer);
        });
      } catch (error) {
        reject(error);
      }
    });
  }
}

function abortError(signal) {
  const error = new Error('The operation was aborted', { cause: signal.reason });
  error.code = 'ABORT_ERR';
  error.name = 'AbortError';
  return error;
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

module.exports = { createInterface, Interface };
