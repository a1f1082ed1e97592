// Benchmark: a JSON parser written in JavaScript. A deterministic generator (a seeded linear
// congruential generator) writes a fixed JSON document with nested objects and arrays, escaped
// strings, and numbers in every notation; a class-based recursive-descent parser turns it back
// into values, and a walk over the result computes a checksum. Each run also feeds the parser a
// few malformed documents and counts the syntax errors it raises.
'use strict';
const { Benchmark } = require('./core.js');

const DOCUMENT_SEED = 20260101;
const DOCUMENT_RECORDS = 60;
const DOCUMENT_DEPTH = 5;
const ROUNDS = 15;
const EXPECTED = { checksum: -800741545, values: 881, errors: 10 };

// Thrown on malformed input (a plain class: the suite does not subclass engine builtins).
class ParseError {
  constructor(message, position) {
    this.message = message + " at position " + position;
    this.position = position;
  }
}

// A parsed JSON object: member names and values in document order.
class JsonObject {
  constructor() {
    this.names = [];
    this.values = [];
  }

  add(name, value) {
    for (let i = 0; i < this.names.length; i++) {
      if (this.names[i] === name) {
        this.values[i] = value;
        return;
      }
    }
    this.names.push(name);
    this.values.push(value);
  }
}

// Writes the document. Everything it emits is valid JSON by construction.
class DocumentWriter {
  constructor(seed) {
    this.state = seed;
    this.parts = [];
  }

  next(bound) {
    this.state = (Math.imul(this.state, 1103515245) + 12345) & 0x7fffffff;
    return (this.state >> 8) % bound;
  }

  // A top-level array of `records` objects, each nested up to `depth` levels.
  write(records, depth) {
    this.parts.push("[");
    for (let i = 0; i < records; i++) {
      if (i > 0) this.parts.push(",\n");
      this.object(depth);
    }
    this.parts.push("]");
    return this.parts.join("");
  }

  value(depth) {
    const kind = depth === 0 ? this.next(5) : this.next(8);
    if (kind === 0) this.number();
    else if (kind === 1) this.string();
    else if (kind === 2) this.parts.push(this.next(2) === 0 ? "true" : "false");
    else if (kind === 3) this.parts.push("null");
    else if (kind === 4) this.number();
    else if (kind < 6) this.array(depth - 1);
    else this.object(depth - 1);
  }

  number() {
    const shape = this.next(5);
    const sign = this.next(3) === 0 ? "-" : "";
    if (shape === 0) this.parts.push(sign + this.next(100000));
    else if (shape === 1) this.parts.push(sign + this.next(1000) + "." + this.next(1000));
    else if (shape === 2) this.parts.push(sign + (1 + this.next(9)) + "e" + (this.next(2) === 0 ? "-" : "+") + this.next(20));
    else if (shape === 3) this.parts.push(sign + "0." + this.next(100) + "E" + this.next(5));
    else this.parts.push("" + this.next(10));
  }

  string() {
    const pieces = ["alpha", "beta", " ", "\\n", "\\\"", "\\\\", "\\t", "\\u00e9", "\\u2603", "\\/", "gamma", "\\ud83d\\ude00", "x", "7"];
    const count = this.next(6);
    let s = '"';
    for (let i = 0; i < count; i++) s += pieces[this.next(pieces.length)];
    this.parts.push(s + '"');
  }

  array(depth) {
    const n = this.next(6);
    this.parts.push("[");
    for (let i = 0; i < n; i++) {
      if (i > 0) this.parts.push(this.next(3) === 0 ? ", " : ",");
      this.value(depth);
    }
    this.parts.push("]");
  }

  object(depth) {
    const n = this.next(6);
    this.parts.push(this.next(2) === 0 ? "{" : "{\n  ");
    for (let i = 0; i < n; i++) {
      if (i > 0) this.parts.push(",\n");
      this.parts.push('"key' + i + "_" + this.next(50) + '"');
      this.parts.push(this.next(2) === 0 ? ":" : " : ");
      this.value(depth);
    }
    this.parts.push("}");
  }
}

// The character a one-letter escape stands for, or null.
function escapeFor(e) {
  switch (e) {
    case '"':
      return '"';
    case "\\":
      return "\\";
    case "/":
      return "/";
    case "b":
      return "\b";
    case "f":
      return "\f";
    case "n":
      return "\n";
    case "r":
      return "\r";
    case "t":
      return "\t";
    default:
      return null;
  }
}

// Recursive-descent parser over one string; `pos` is the index of the next unread character.
class Parser {
  constructor(text) {
    this.text = text;
    this.pos = 0;
  }

  parse() {
    this.skipWhitespace();
    const value = this.parseValue();
    this.skipWhitespace();
    if (this.pos !== this.text.length) this.fail("unexpected trailing text");
    return value;
  }

  fail(message) {
    throw new ParseError(message, this.pos);
  }

  skipWhitespace() {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t.charCodeAt(this.pos);
      if (c !== 32 && c !== 10 && c !== 13 && c !== 9) break;
      this.pos++;
    }
  }

  expect(ch) {
    if (this.text[this.pos] !== ch) this.fail("expected '" + ch + "'");
    this.pos++;
  }

  parseValue() {
    const c = this.text[this.pos];
    if (c === "{") return this.parseObject();
    if (c === "[") return this.parseArray();
    if (c === '"') return this.parseString();
    if (c === "-" || (c >= "0" && c <= "9")) return this.parseNumber();
    if (this.lookingAt("true")) return this.literal(4, true);
    if (this.lookingAt("false")) return this.literal(5, false);
    if (this.lookingAt("null")) return this.literal(4, null);
    return this.fail(c === undefined ? "unexpected end of input" : "unexpected character '" + c + "'");
  }

  lookingAt(word) {
    if (this.pos + word.length > this.text.length) return false;
    for (let i = 0; i < word.length; i++) {
      if (this.text.charCodeAt(this.pos + i) !== word.charCodeAt(i)) return false;
    }
    return true;
  }

  literal(length, value) {
    this.pos += length;
    return value;
  }

  parseObject() {
    this.expect("{");
    const result = new JsonObject();
    this.skipWhitespace();
    if (this.text[this.pos] === "}") {
      this.pos++;
      return result;
    }
    while (true) {
      this.skipWhitespace();
      if (this.text[this.pos] !== '"') this.fail("expected a key");
      const key = this.parseString();
      this.skipWhitespace();
      this.expect(":");
      this.skipWhitespace();
      result.add(key, this.parseValue());
      this.skipWhitespace();
      if (this.text[this.pos] === ",") {
        this.pos++;
        continue;
      }
      this.expect("}");
      return result;
    }
  }

  parseArray() {
    this.expect("[");
    const result = [];
    this.skipWhitespace();
    if (this.text[this.pos] === "]") {
      this.pos++;
      return result;
    }
    while (true) {
      this.skipWhitespace();
      result.push(this.parseValue());
      this.skipWhitespace();
      if (this.text[this.pos] === ",") {
        this.pos++;
        continue;
      }
      this.expect("]");
      return result;
    }
  }

  parseString() {
    this.expect('"');
    const t = this.text;
    let out = "";
    let runStart = this.pos;
    while (true) {
      if (this.pos >= t.length) this.fail("unterminated string");
      const c = t[this.pos];
      if (c === '"') break;
      if (c === "\\") {
        out += t.slice(runStart, this.pos);
        out += this.parseEscape();
        runStart = this.pos;
      } else {
        if (t.charCodeAt(this.pos) < 32) this.fail("control character in string");
        this.pos++;
      }
    }
    out += t.slice(runStart, this.pos);
    this.pos++;
    return out;
  }

  // At a backslash: consumes the escape sequence and returns the character(s) it stands for.
  parseEscape() {
    const e = this.text[this.pos + 1];
    this.pos += 2;
    if (e === "u") {
      let code = 0;
      for (let i = 0; i < 4; i++) {
        const d = this.hexDigit(this.text.charCodeAt(this.pos++));
        code = code * 16 + d;
      }
      return String.fromCharCode(code);
    }
    const replacement = e === undefined ? null : escapeFor(e);
    if (replacement === null) {
      this.pos -= 1;
      this.fail("bad escape");
    }
    return replacement;
  }

  hexDigit(c) {
    if (c >= 48 && c <= 57) return c - 48;
    if (c >= 97 && c <= 102) return c - 87;
    if (c >= 65 && c <= 70) return c - 55;
    return this.fail("bad hex digit");
  }

  parseNumber() {
    const t = this.text;
    const start = this.pos;
    if (t[this.pos] === "-") this.pos++;
    if (t[this.pos] === "0") this.pos++;
    else this.digits();
    if (t[this.pos] === ".") {
      this.pos++;
      this.digits();
    }
    if (t[this.pos] === "e" || t[this.pos] === "E") {
      this.pos++;
      if (t[this.pos] === "+" || t[this.pos] === "-") this.pos++;
      this.digits();
    }
    return Number(t.slice(start, this.pos));
  }

  digits() {
    const t = this.text;
    const start = this.pos;
    while (this.pos < t.length && t[this.pos] >= "0" && t[this.pos] <= "9") this.pos++;
    if (this.pos === start) this.fail("expected a digit");
  }
}

// Folds a parsed value into an int32 hash and counts the values visited.
class Checksum {
  constructor() {
    this.hash = 17;
    this.values = 0;
  }

  mix(x) {
    this.hash = (Math.imul(this.hash, 31) + x) | 0;
  }

  mixString(s) {
    this.mix(s.length);
    for (let i = 0; i < s.length; i++) this.mix(s.charCodeAt(i));
  }

  visit(v) {
    this.values++;
    if (v === null) this.mix(1);
    else if (v === true) this.mix(2);
    else if (v === false) this.mix(3);
    else if (typeof v === "number") this.mix(Math.round(v * 1000) | 0);
    else if (typeof v === "string") this.mixString(v);
    else if (v instanceof JsonObject) {
      this.mix(5 + v.names.length);
      for (let i = 0; i < v.names.length; i++) {
        this.mixString(v.names[i]);
        this.visit(v.values[i]);
      }
    } else {
      this.mix(4 + v.length);
      for (let i = 0; i < v.length; i++) this.visit(v[i]);
    }
  }
}

const MALFORMED = ['{"a":1,}', "[1 2]", '"abc', '{"k" 1}', "[tru]", '"\\x"', "-", "[1]]", '"\\u12g4"', "{"];

class JsonParser extends Benchmark {
  constructor() {
    super();
    this.document = new DocumentWriter(DOCUMENT_SEED).write(DOCUMENT_RECORDS, DOCUMENT_DEPTH);
  }

  // One parse of the document plus the malformed inputs.
  parseOnce() {
    const sum = new Checksum();
    sum.visit(new Parser(this.document).parse());
    let errors = 0;
    for (let i = 0; i < MALFORMED.length; i++) {
      try {
        new Parser(MALFORMED[i]).parse();
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        errors++;
        sum.mix(e.position);
      }
    }
    return { checksum: sum.hash, values: sum.values, errors: errors };
  }

  // ROUNDS parses per call; the result sums the per-parse counts.
  benchmark() {
    const total = { checksum: 0, values: 0, errors: 0 };
    for (let r = 0; r < ROUNDS; r++) {
      const one = this.parseOnce();
      total.checksum += one.checksum;
      total.values += one.values;
      total.errors += one.errors;
    }
    return total;
  }

  verifyResult(result) {
    return (
      result.checksum === EXPECTED.checksum * ROUNDS &&
      result.values === EXPECTED.values * ROUNDS &&
      result.errors === EXPECTED.errors * ROUNDS
    );
  }
}

module.exports = JsonParser;
