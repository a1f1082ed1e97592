// process.env converts what is written to it to strings (node's interceptor): numbers,
// booleans, undefined, null, objects (through their toString); a symbol key or value is a
// TypeError; delete removes a variable; defineProperty takes only a plain writable,
// enumerable, configurable data descriptor; integrity levels are refused. Index keys are
// ordinary properties, as in node.
const env = process.env;
const t = (name, f) => { try { console.log(name, f()); } catch (e) { console.log(name, e.constructor.name, e.code, e.message); } };
env.KILN_PORT = 3000;
console.log(typeof env.KILN_PORT, env.KILN_PORT, env.KILN_PORT === '3000');
env.KILN_U = undefined; env.KILN_N = null; env.KILN_B = true; env.KILN_O = { a: 1 }; env.KILN_A = [1, 2]; env.KILN_F = 1.5e300; env.KILN_BI = 10n;
console.log(env.KILN_U, env.KILN_N, env.KILN_B, env.KILN_O, env.KILN_A, env.KILN_F, env.KILN_BI, typeof env.KILN_U);
console.log('KILN_U' in env, delete env.KILN_U, 'KILN_U' in env, env.KILN_U, Object.keys(env).filter((k) => k.startsWith('KILN_')));
env['KILN_' + 'DYN'] = 42; env.KILN_PORT += 1; env.KILN_COUNT = 0;
for (let i = 0; i < 300; i++) env.KILN_COUNT++; // a hot write site: compiled code writes too
console.log(env.KILN_DYN, env.KILN_PORT, env.KILN_COUNT, typeof env.KILN_COUNT);
function setVar(name, v) { env[name] = v; return env[name]; }
const seen = [];
for (let i = 0; i < 200; i++) seen.push(typeof setVar('KILN_HOT', i));
console.log(seen.every((s) => s === 'string'), env.KILN_HOT);
t('symbolValue', () => { env.KILN_S = Symbol('s'); });
t('symbolKey', () => { env[Symbol('k')] = 'v'; });
t('symbolKeyRead', () => env[Symbol('k')]);
t('toString', () => { env.KILN_T = { toString() { return 'custom'; } }; return env.KILN_T; });
t('toStringThrows', () => { env.KILN_T2 = { toString() { throw new Error('nope'); } }; });
t('assign', () => { Object.assign(env, { KILN_Q: 5, KILN_R: false }); return [env.KILN_Q, env.KILN_R]; });
t('reflectSet', () => [Reflect.set(env, 'KILN_RS', 7), env.KILN_RS]);
t('descriptor', () => Object.getOwnPropertyDescriptor(env, 'KILN_Q'));
t('defineValueOnly', () => Object.defineProperty(env, 'KILN_D', { value: 1 }));
t('defineFull', () => { Object.defineProperty(env, 'KILN_D', { value: 1, writable: true, enumerable: true, configurable: true }); return env.KILN_D; });
t('defineGetter', () => Object.defineProperty(env, 'KILN_G', { get() { return 1; } }));
t('reflectDefine', () => Reflect.defineProperty(env, 'KILN_RD', { value: 2 }));
t('indexKey', () => { env[5] = 6; return [typeof env[5], env['5']]; });
t('freeze', () => Object.freeze(env));
t('seal', () => Object.seal(env));
t('preventExtensions', () => Object.preventExtensions(env));
t('reflectPreventExtensions', () => Reflect.preventExtensions(env));
t('isFrozen', () => [Object.isFrozen(env), Object.isExtensible(env)]);
t('stillWritable', () => { env.KILN_LATE = 1; return env.KILN_LATE; });
const other = { x: 1 };
other.x = 2; other.y = 3;
console.log(other, typeof other.x);
delete env[5];
for (const k of Object.keys(env)) if (k.startsWith('KILN_')) delete env[k];
console.log(Object.keys(env).filter((k) => k.startsWith('KILN_')));
