// An empty string is not JSON: node's SyntaxError.
console.log('before');
JSON.parse('');
