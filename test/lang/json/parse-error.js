// Bad JSON throws node's SyntaxError.
console.log(JSON.parse('[1, 2]').length);
JSON.parse('{"a": 1,}');
