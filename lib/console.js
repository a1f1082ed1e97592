'use strict';
// node's `console` module: the global console object itself.
module.exports = console;
