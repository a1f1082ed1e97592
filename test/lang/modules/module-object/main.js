// The module object: exports, loaded (false while loading), filename.
console.log(module.loaded, module.filename === __filename, module.id);
const info = require('./info');
console.log(info.loadedWhileLoading, info.idIsPath);
