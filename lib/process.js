'use strict';
// node's `process` module: the global process object itself.
module.exports = process;
