exports.value = 'present';
