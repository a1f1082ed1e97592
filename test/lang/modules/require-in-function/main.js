// require inside functions runs the module at the first call, not at load time.
function load() {
  return require('./lazy');
}
console.log('before');
console.log(load().value);
console.log(load().value);
const get = () => require('./lazy').value * 2;
console.log(get());
