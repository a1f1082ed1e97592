// Host objects that make node's util.inspect print a kiln value's mirror as node prints the
// value itself: named prototypes (`Name { ... }`), builtin subclasses, error prototypes,
// `arguments` objects, revoked proxies and sloppy functions. values.ts builds mirrors from them.

/** A sloppy-mode host function (kiln's host code is strict). */
export function sloppyHostFunction(): () => void {
  return new Function() as () => void;
}

/** A revoked host proxy: node's inspect prints it `<Revoked Proxy>`. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** Host prototypes that make node's inspect print a class instance as `Name { ... }`. */
const namedPrototypes = new Map<string, object>();

export function namedPrototype(name: string): object {
  return prototypeNamed(namedPrototypes, name, Object.prototype, { enumerable: false });
}

/** The host prototype in `cache` under `parent` whose constructor is a function named
 *  `name` (its `constructor` property with the attributes `attributes`), made on first use. */
function prototypeNamed(cache: Map<string, object>, name: string, parent: object, attributes: PropertyDescriptor): object {
  let proto = cache.get(name);
  if (!proto) {
    const ctor = function () {};
    Object.defineProperty(ctor, 'name', { value: name });
    proto = Object.create(parent) as object;
    Object.defineProperty(proto, 'constructor', { ...attributes, value: ctor });
    ctor.prototype = proto;
    cache.set(name, proto);
  }
  return proto;
}

/** A host `arguments` object of n undefined elements (the mirror fills them in). */
export function hostArguments(n: number): unknown[] {
  const make = function (..._values: unknown[]): IArguments {
    // eslint-disable-next-line prefer-rest-params
    return arguments;
  };
  return make(...new Array<unknown>(n)) as unknown as unknown[];
}

/** Host prototypes of named subclasses of the host's Array, Map and Set, so that node's
 *  inspect prints a subclass's instance as `List(2) [ 1, 2 ]` or `Registry(1) [Map] {...}`. */
const builtinSubclasses = new Map<string, object>();

export function builtinSubclassPrototype(base: 'Array' | 'Map' | 'Set', name: string): object {
  const key = `${base} ${name}`;
  let proto = builtinSubclasses.get(key);
  if (!proto) {
    const ctor = base === 'Array' ? class extends Array {} : base === 'Map' ? class extends Map {} : class extends Set {};
    Object.defineProperty(ctor, 'name', { value: name });
    proto = ctor.prototype as object;
    builtinSubclasses.set(key, proto);
  }
  return proto;
}

/** Host prototypes, under the host's Error.prototype, that make node's inspect print an
 *  error mirror as an error of that constructor name. */
const errorPrototypes = new Map<string, object>();

export function errorPrototype(name: string): object {
  return prototypeNamed(errorPrototypes, name, Error.prototype, { enumerable: false, writable: true, configurable: true });
}
