// expect: 5:1: unsupported: ES module syntax (import/export): kiln runs CommonJS scripts (require)
// node 20 runs a .js file with import/export as an ES module (module syntax detection); kiln
// runs CommonJS scripts only, so it refuses the file before running it instead of reporting
// a SyntaxError node would not.
import { join } from 'path';
console.log(join('must', 'not', 'print'));
