'use strict';
// node's `url` module, as far as kiln has it: the WHATWG URL and URLSearchParams classes (the
// globals), and the file-URL conversions fileURLToPath / pathToFileURL with node's errors
// (POSIX paths). Not here: the legacy url.parse/format/resolve, domainToASCII/Unicode.

const path = require('path');

function codedTypeError(code, message) {
  const e = new TypeError(message);
  e.code = code;
  e.name = `${e.name} [${e.code}]`; void e.stack; delete e.name; // node's stack header names the code
  return e;
}

function received(v) {
  if (v === null || v === undefined) return `Received ${v}`;
  if (typeof v === 'function') return `Received function ${v.name}`;
  if (typeof v === 'object') return `Received ${v.constructor && v.constructor.name ? `an instance of ${v.constructor.name}` : String(v)}`;
  return `Received type ${typeof v} (${typeof v === 'string' ? `'${v}'` : String(v)})`;
}

/** file:///a/b%20c → /a/b c. */
function fileURLToPath(urlOrString) {
  let url = urlOrString;
  if (typeof url === 'string') url = new URL(url);
  else if (!(url instanceof URL)) {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', `The "path" argument must be of type string or an instance of URL. ${received(urlOrString)}`);
  }
  if (url.protocol !== 'file:') throw codedTypeError('ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (url.hostname !== '') {
    throw codedTypeError('ERR_INVALID_FILE_URL_HOST', `File URL host must be "localhost" or empty on ${process.platform}`);
  }
  const pathname = url.pathname;
  // An encoded '/' would turn into a separator the URL never had.
  if (/%2f/i.test(pathname)) throw codedTypeError('ERR_INVALID_FILE_URL_PATH', 'File URL path must not include encoded / characters');
  return decodeURIComponent(pathname);
}

// The characters the URL parser would read as syntax (or drop) in a path, as %XX; it
// encodes everything else that needs it itself. '%' goes first so no escape is re-escaped.
const PATH_ESCAPES = [['%', '%25'], ['\t', '%09'], ['\n', '%0A'], ['\r', '%0D'], [' ', '%20'], ['"', '%22'], ['#', '%23'],
  ['?', '%3F'], ['[', '%5B'], ['\\', '%5C'], [']', '%5D'], ['^', '%5E'], ['|', '%7C'], ['~', '%7E']];

/** /a/b c → file:///a/b%20c (relative paths resolved against the working directory; a
 *  trailing slash kept). */
function pathToFileURL(filepath) {
  if (typeof filepath !== 'string') {
    throw codedTypeError('ERR_INVALID_ARG_TYPE', `The "path" argument must be of type string. ${received(filepath)}`);
  }
  let resolved = path.resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  for (const [ch, escape] of PATH_ESCAPES) resolved = resolved.split(ch).join(escape);
  return new URL(`file://${resolved}`);
}

module.exports = { URL, URLSearchParams, fileURLToPath, pathToFileURL };
