// require.main is the entry module: `require.main === module` runs a script's main function
// only when it is the program, not when another module requires it.
const helper = require('./helper.js');
function main() {
  console.log('main runs', helper.isMain, require.main === module, require.main.exports === module.exports);
}
if (require.main === module) main();
console.log(typeof require.main, require.main.id, require.main.loaded);
