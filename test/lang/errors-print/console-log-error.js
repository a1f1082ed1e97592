// console.log of errors prints node's text: the stack (the frames below the entry module's
// top level are node's own, and kiln prints the same ones), then own enumerable properties.
// The stacks here are whole, so stdout is compared byte for byte with node's.
function make(message) {
  return new Error(message);
}
const plain = make('boom');
console.log(plain);
console.log({ e: plain });
console.log([plain, 1]);
console.log({ nested: { deeper: [plain] } });
const withProps = new Error('with props');
withProps.code = 'E_CODE';
withProps.errno = -2;
withProps.info = { path: '/x', flags: [1, 2] };
console.log(withProps);
const empty = new Error();
console.log(empty);
const emptyString = new Error('');
console.log(emptyString);
const typeError = new TypeError('bad type');
console.log(typeError);
console.log(new RangeError('out of range'), new ReferenceError('nope'));
console.log(new SyntaxError('bad syntax'), new EvalError('eval'), new URIError('uri'));
console.log(String(plain), `${typeError}`);
console.log('message:', plain.message, 'name:', plain.name);
