// Static getters and setters, inherited by subclasses.
class Config {
  static get mode() { return this._mode || 'default'; }
  static set mode(m) { this._mode = m; }
}
class Sub extends Config {}
console.log(Config.mode, Sub.mode);
Sub.mode = 'fast';
console.log(Config.mode, Sub.mode);
