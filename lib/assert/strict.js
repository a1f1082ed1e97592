'use strict';
// node's `assert/strict`: the strict form of assert (equal is strictEqual, deepEqual is
// deepStrictEqual, ...), the same object as require('assert').strict.
module.exports = require('assert').strict;
