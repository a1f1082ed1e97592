// A small tokenizer for arithmetic expressions (numbers with decimals,
// identifiers, operators, parentheses, whitespace) producing token objects;
// then a recursive-descent evaluator over the tokens with variables from a
// dictionary object. Run over many generated expressions.
function tokenize(src) {
  const toks = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (c === " " || c === "\t" || c === "\n") {
      i++;
    } else if (c >= "0" && c <= "9") {
      let j = i;
      while (j < src.length && ((src[j] >= "0" && src[j] <= "9") || src[j] === ".")) j++;
      toks.push({ type: "num", value: parseFloat(src.slice(i, j)) });
      i = j;
    } else if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || c === "_") {
      let j = i;
      while (j < src.length && ((src[j] >= "a" && src[j] <= "z") || (src[j] >= "0" && src[j] <= "9") || src[j] === "_")) j++;
      toks.push({ type: "id", value: src.slice(i, j) });
      i = j;
    } else if ("+-*/%()^".includes(c)) {
      toks.push({ type: "op", value: c });
      i++;
    } else {
      toks.push({ type: "bad", value: c });
      i++;
    }
  }
  return toks;
}
function evaluate(toks, env) {
  let pos = 0;
  const peek = () => (pos < toks.length ? toks[pos].value : undefined);
  function primary() {
    const t = toks[pos++];
    if (t === undefined) return NaN;
    if (t.type === "num") return t.value;
    if (t.type === "id") return t.value in env ? env[t.value] : NaN;
    if (t.value === "(") {
      const v = expr();
      pos++;
      return v;
    }
    if (t.value === "-") return -primary();
    return NaN;
  }
  function power() {
    const b = primary();
    if (peek() === "^") {
      pos++;
      return b ** power();
    }
    return b;
  }
  function term() {
    let v = power();
    while (peek() === "*" || peek() === "/" || peek() === "%") {
      const op = toks[pos++].value;
      const r = power();
      v = op === "*" ? v * r : op === "/" ? v / r : v % r;
    }
    return v;
  }
  function expr() {
    let v = term();
    while (peek() === "+" || peek() === "-") {
      const op = toks[pos++].value;
      const r = term();
      v = op === "+" ? v + r : v - r;
    }
    return v;
  }
  return expr();
}
const env = { x: 3, y: 4.5, zero: 0, big_num: 1e10 };
const srcs = ["1 + 2 * 3", "(1 + 2) * 3", "x * x + y", "2 ^ 3 ^ 2", "-x + 10", "10 / zero", "big_num * 1000", "7 % 4 + 0.25", "unknown + 1", "((((x))))", "3 $ 4"];
for (const s of srcs) {
  const t = tokenize(s);
  console.log(s, "=>", evaluate(t, env), t.length);
}
console.log(tokenize("a1 + 22.5*(b_2)"));
let acc = 0;
for (let i = 0; i < 1500; i++) {
  env.x = i % 17;
  const v = evaluate(tokenize("x * (x + 1) / 2 - y % 3 + " + (i % 5)), env);
  acc += v;
}
console.log(acc);
