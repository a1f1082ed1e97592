// process.env converts what is written to it to strings (node's interceptor): numbers,
// booleans, undefined, null, objects (through their toString); a symbol key or value is a
// TypeError; delete removes a variable; defineProperty takes only a plain writable,
// enumerable, configurable data descriptor; integrity levels are refused. Index keys are
// ordinary properties, as in node.
const env = process.env;
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name, e.code, e.message); } };
env.KENVT_PORT = 3000;
console.log(typeof env.KENVT_PORT, env.KENVT_PORT, env.KENVT_PORT === '3000');
env.KENVT_U = undefined; env.KENVT_N = null; env.KENVT_B = true; env.KENVT_O = { a: 1 }; env.KENVT_A = [1, 2]; env.KENVT_F = 1.5e300; env.KENVT_BI = 10n;
console.log(env.KENVT_U, env.KENVT_N, env.KENVT_B, env.KENVT_O, env.KENVT_A, env.KENVT_F, env.KENVT_BI, typeof env.KENVT_U);
console.log('KENVT_U' in env, delete env.KENVT_U, 'KENVT_U' in env, env.KENVT_U, Object.keys(env).filter((k) => k.startsWith('KENVT_')));
env['KENVT_' + 'DYN'] = 42; env.KENVT_PORT += 1; env.KENVT_COUNT = 0;
for (let i = 0; i < 300; i++) env.KENVT_COUNT++; // a hot write site: compiled code writes too
console.log(env.KENVT_DYN, env.KENVT_PORT, env.KENVT_COUNT, typeof env.KENVT_COUNT);
function setVar(name, v) { env[name] = v; return env[name]; }
const seen = [];
for (let i = 0; i < 200; i++) seen.push(typeof setVar('KENVT_HOT', i));
console.log(seen.every((s) => s === 'string'), env.KENVT_HOT);
t('symbolValue', () => { env.KENVT_S = Symbol('s'); });
t('symbolKey', () => { env[Symbol('k')] = 'v'; });
t('symbolKeyRead', () => env[Symbol('k')]);
t('toString', () => { env.KENVT_T = { toString() { return 'custom'; } }; return env.KENVT_T; });
t('toStringThrows', () => { env.KENVT_T2 = { toString() { throw new Error('nope'); } }; });
t('assign', () => { Object.assign(env, { KENVT_Q: 5, KENVT_R: false }); return [env.KENVT_Q, env.KENVT_R]; });
t('reflectSet', () => [Reflect.set(env, 'KENVT_RS', 7), env.KENVT_RS]);
t('descriptor', () => Object.getOwnPropertyDescriptor(env, 'KENVT_Q'));
t('defineValueOnly', () => Object.defineProperty(env, 'KENVT_D', { value: 1 }));
t('defineFull', () => { Object.defineProperty(env, 'KENVT_D', { value: 1, writable: true, enumerable: true, configurable: true }); return env.KENVT_D; });
t('defineGetter', () => Object.defineProperty(env, 'KENVT_G', { get() { return 1; } }));
t('reflectDefine', () => Reflect.defineProperty(env, 'KENVT_RD', { value: 2 }));
t('indexKey', () => { env[5] = 6; return [typeof env[5], env['5']]; });
t('freeze', () => Object.freeze(env));
t('seal', () => Object.seal(env));
t('preventExtensions', () => Object.preventExtensions(env));
t('reflectPreventExtensions', () => Reflect.preventExtensions(env));
t('isFrozen', () => [Object.isFrozen(env), Object.isExtensible(env)]);
t('stillWritable', () => { env.KENVT_LATE = 1; return env.KENVT_LATE; });
const other = { x: 1 };
other.x = 2; other.y = 3;
console.log(other, typeof other.x);
delete env[5];
for (const k of Object.keys(env)) if (k.startsWith('KENVT_')) delete env[k];
console.log(Object.keys(env).filter((k) => k.startsWith('KENVT_')));
