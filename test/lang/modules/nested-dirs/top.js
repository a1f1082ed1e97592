exports.value = 'top';
