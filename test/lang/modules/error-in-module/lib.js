exports.ok = 'lib loaded';
exports.broken = function broken() {
  const o = undefined;
  return o.field;
};
