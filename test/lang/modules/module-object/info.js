exports.loadedWhileLoading = module.loaded;
exports.idIsPath = module.id === __filename;
