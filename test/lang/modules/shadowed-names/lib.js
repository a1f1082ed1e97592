const getExports = () => exports;
exports.getExports = getExports;
{
  const exports = 'shadowed';
  console.log(exports);
}
