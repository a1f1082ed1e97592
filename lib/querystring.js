'use strict';
// node's `querystring` module: parse / decode, stringify / encode, escape and unescape, as
// node 20 behaves (a null-prototype result, repeated keys as arrays, '+' as a space, maxKeys,
// a lenient unescape of malformed percent sequences, custom encode/decode functions).

function unescapeBuffer(s) {
  const bytes = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 37 /* % */ && i + 2 < s.length + 0 && /^[0-9a-fA-F]{2}$/.test(s.slice(i + 1, i + 3))) {
      bytes.push(parseInt(s.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      const encoded = Buffer.from(s[i], 'utf8');
      for (const b of encoded) bytes.push(b);
    }
  }
  return Buffer.from(bytes);
}

function unescape(s, decodeSpaces) {
  try {
    return decodeURIComponent(s);
  } catch {
    return unescapeBuffer(s, decodeSpaces).toString();
  }
}

function escape(str) {
  if (typeof str !== 'string') {
    if (typeof str === 'object') str = String(str);
    else str += '';
  }
  return encodeURIComponent(str);
}

function stringifyPrimitive(v) {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && isFinite(v)) return '' + v;
  if (typeof v === 'bigint') return '' + v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return '';
}

function stringify(obj, sep, eq, options) {
  sep = sep || '&';
  eq = eq || '=';
  const encode = options && typeof options.encodeURIComponent === 'function' ? options.encodeURIComponent : escape;
  if (obj === null || typeof obj !== 'object') return '';
  const fields = [];
  for (const k of Object.keys(obj)) {
    const v = obj[k];
    const ks = encode(stringifyPrimitive(k)) + eq;
    if (Array.isArray(v)) {
      for (const item of v) fields.push(ks + encode(stringifyPrimitive(item)));
    } else {
      fields.push(ks + encode(stringifyPrimitive(v)));
    }
  }
  return fields.join(sep);
}

function parse(qs, sep, eq, options) {
  const obj = Object.create(null);
  if (typeof qs !== 'string' || qs.length === 0) return obj;
  sep = sep ? String(sep) : '&';
  eq = eq ? String(eq) : '=';
  let maxKeys = 1000;
  if (options && typeof options.maxKeys === 'number') maxKeys = options.maxKeys;
  const decode = options && typeof options.decodeURIComponent === 'function' ? options.decodeURIComponent : unescape;
  let pairs = qs.split(sep);
  if (maxKeys > 0 && pairs.length > maxKeys) pairs = pairs.slice(0, maxKeys);
  for (const pair of pairs) {
    if (pair.length === 0) continue;
    const at = pair.indexOf(eq);
    const rawKey = at >= 0 ? pair.slice(0, at) : pair;
    const rawValue = at >= 0 ? pair.slice(at + eq.length) : '';
    const key = decodeText(rawKey.replace(/\+/g, ' '), decode);
    const value = decodeText(rawValue.replace(/\+/g, ' '), decode);
    if (key in obj) {
      const cur = obj[key];
      if (Array.isArray(cur)) cur.push(value);
      else obj[key] = [cur, value];
    } else {
      obj[key] = value;
    }
  }
  return obj;
}

function decodeText(s, decode) {
  try {
    return decode(s);
  } catch {
    return unescape(s, true);
  }
}

module.exports = { unescapeBuffer, unescape, escape, stringify, encode: stringify, parse, decode: parse };
