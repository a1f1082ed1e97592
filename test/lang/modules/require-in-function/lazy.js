console.log('lazy evaluated');
exports.value = 21;
