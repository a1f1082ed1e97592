'use strict';
// node's `buffer` module, as far as kiln has it: the global Buffer class, atob/btoa, and the
// size limits node reports on 64-bit machines. Not here: Blob, File, transcode, SlowBuffer.
const kMaxLength = 2 ** 32;
const kStringMaxLength = 2 ** 29 - 24;
module.exports = {
  Buffer,
  atob,
  btoa,
  kMaxLength,
  kStringMaxLength,
  constants: { MAX_LENGTH: kMaxLength, MAX_STRING_LENGTH: kStringMaxLength },
  INSPECT_MAX_BYTES: 50,
};
