// The scope data model the front end's analysis produces and the bytecode generator reads:
// bindings, scopes, functions (with their classes, `super` sites and builtin uses) and the
// ScopeInfo of one module that maps AST nodes to them. Plain records, no analysis: scope.ts
// fills them in, scope-contexts.ts assigns the captured bindings their context slots.

import type * as acorn from 'acorn';
import { Builtin } from '../bytecode/builtin-ids';
import type { FunctionKind } from '../bytecode/function';
import type { FunctionNode } from './ast';

/** 'fname': the name of a named function expression, bound inside it only (writes are ignored). */
export type BindingKind = 'param' | 'var' | 'function' | 'let' | 'const' | 'fname';
export type ScopeKind = 'function' | 'block' | 'for' | 'switch' | 'fname';

export interface Binding {
  readonly name: string;
  readonly kind: BindingKind;
  readonly fn: FunctionInfo;
  readonly scope: Scope;
  /** Source offset where a let/const becomes initialized (end of its declarator); for a
   *  parameter, the end of its parameter element. */
  readonly declEnd: number;
  /** Referenced from a nested function: lives in slot `slot` of `contextScope`'s context. */
  captured: boolean;
  slot: number;
  contextScope: Scope | null;
}

export interface Scope {
  readonly kind: ScopeKind;
  readonly parent: Scope | null;
  readonly fn: FunctionInfo;
  readonly bindings: Map<string, Binding>;
  /** let/const bindings of this scope in declaration order (set to the hole at scope entry). */
  readonly lexicals: Binding[];
  /** May own a context (see scope-contexts.ts). */
  readonly owner: boolean;
  /** Loops entered between the function's start and this scope (decides `owner`). */
  readonly loopDepth: number;
  /** Captured bindings stored in this scope's context: its own and those of non-owner scopes inside it. */
  readonly captured: Binding[];
  /** Owns a context at run time (an owner with captured bindings). */
  hasContext: boolean;
  /** Slot 0 of the context links to the enclosing context of the same function. */
  hasLink: boolean;
  contextSlots: number;
  /** The body scope of a `with` statement: the hidden binding holding its object. A name
   *  resolved from inside past this scope is looked up on the object first (Place 'dynamic'). */
  withObject?: Binding;
}

/** How a function obtains its context register: its own context, its closure's, or none. */
export type ContextMode = 'own' | 'closure' | 'none';

export interface FunctionInfo {
  readonly id: number; // index in Program.functions; 0 is the module top level
  readonly name: string; // node's name for the function ('' when anonymous, and for the top level)
  readonly node: FunctionNode;
  readonly parent: FunctionInfo | null;
  readonly isArrow: boolean;
  /** What the function can be called as (class constructors, methods, arrows, ...). */
  readonly kind: FunctionKind;
  /** Methods (and class constructors, field initializers): the hidden binding holding the
   *  home object `super.x` starts from the prototype of. */
  home: Binding | null;
  /** Class constructors: their class. */
  classInfo: ClassInfo | null;
  scope: Scope; // set once, right after creation
  /** Register parameters: register i holds argument i. A destructured parameter has a hidden
   *  binding here (its pattern's names are other 'param' bindings); a rest parameter is not one. */
  readonly params: Binding[];
  /** Every binding declared in this function (params first), in declaration order. */
  readonly bindings: Binding[];
  /** Nested function declarations, in source order, with the binding each initializes and
   *  the scope whose entry creates it (the function's own for its top level, else a block's:
   *  a declaration in a block is block-scoped, made when the block is entered). */
  readonly functions: { readonly info: FunctionInfo; readonly binding: Binding; readonly scope: Scope }[];
  /** Hidden binding of the receiver, when arrows inside capture `this`. */
  thisBinding: Binding | null;
  /** Binding initialized with the arguments object, when `arguments` is used. */
  argumentsBinding: Binding | null;
  /** Creates closures (declarations or function expressions). */
  createsClosures: boolean;
  /** Slots of the function scope's own context (0: none). */
  contextSlots: number;
  usesOuterContext: boolean;
  contextMode: ContextMode;
  /** The context the function's closures are created over (innermost enclosing context scope), or null. */
  creationContext: Scope | null;
  /** Strict mode code: a "use strict" directive here or in an enclosing function, or
   *  code in a class body. */
  readonly strict: boolean;
}

/** The binding `name` resolves to from `scope` (crossing functions), or undefined: a global. */
export function lookup(scope: Scope | null, name: string): Binding | undefined {
  for (let s = scope; s; s = s.parent) {
    const b = s.bindings.get(name);
    if (b) return b;
  }
  return undefined;
}

/** Does this function body (or program) begin with a "use strict" directive? */
export function hasUseStrict(body: readonly acorn.Node[]): boolean {
  for (const s of body) {
    const directive = (s as acorn.Node & { directive?: string }).directive;
    if (directive === undefined) return false;
    if (directive === 'use strict') return true;
  }
  return false;
}

/** `withs`: the objects of the `with` statements between the reference and what it resolves
 *  to, innermost first (absent outside any). */
export type Resolution =
  | { readonly kind: 'binding'; readonly binding: Binding; readonly holeCheck: boolean; readonly withs?: readonly Binding[] }
  | { readonly kind: 'global'; readonly name: string; readonly withs?: readonly Binding[] };

export class ScopeInfo {
  readonly functions: FunctionInfo[] = [];
  /** A sloppy global script's (indirect eval's) top-level `var` names: properties of the
   *  global object, declared when the script starts; references to them are global. */
  readonly globalVars = new Set<string>();
  /** Its top-level function declarations: unnamed bindings whose closures are stored as
   *  global properties when the script starts. */
  readonly globalFunctions = new Set<Binding>();
  /** Sloppy code's function declarations in blocks that also have a var binding in the
   *  function (Annex B.3.3: assigned the block's function when the declaration is reached);
   *  null: a global script's, stored as a global property. */
  readonly annexBFunctions = new Map<acorn.FunctionDeclaration, { readonly block: Binding; readonly target: Binding | null }>();
  readonly resolutions = new Map<acorn.Identifier, Resolution>();
  readonly scopes = new Map<acorn.Node, Scope>();
  readonly allScopes: Scope[] = [];
  readonly functionOf = new Map<acorn.Node, FunctionInfo>();
  /** `this` expressions: null reads the frame's receiver; a binding is a captured receiver. */
  readonly thisOf = new Map<acorn.ThisExpression, Binding | null>();
  /** `arguments.callee` of the running function: the function itself, or (strict code,
   *  parameters with defaults, rest or patterns: an unmapped arguments object) a TypeError. */
  readonly argumentsCallee = new Map<acorn.MemberExpression, 'callee' | 'throws'>();
  /** Sloppy functions with simple parameters whose arguments object must alias them (they
   *  assign a parameter and read `arguments`, or write through it): the hidden binding of
   *  the argument count at entry. Parameter i < that count lives in arguments[i]. */
  readonly mappedArguments = new Map<FunctionInfo, Binding>();
  /** Sloppy functions that call eval directly: the hidden binding of each one's eval
   *  variables object (made in the prologue: the `var`s and functions its eval code declares
   *  anew live there, and names the function does not declare are looked up there first). */
  readonly evalVariables = new Map<FunctionInfo, Binding>();
  /** Direct eval code: the caller's eval variables object (a binding of the caller's scope),
   *  the names of the `var`s it adds there, and its function declarations stored there. */
  evalExtension: Binding | null = null;
  readonly evalAddedVars = new Set<string>();
  readonly evalAddedFunctions: Binding[] = [];
  /** Direct `eval(code)` calls, each with the `this` its code runs with (a ThisExpression
   *  resolved at the call site) and whether it is in a parameter list's expressions. */
  readonly directEvals = new Map<acorn.CallExpression, { readonly self: acorn.ThisExpression; readonly inParameters: boolean }>();
  /** Calls (and `new Array(...)`) that are builtin calls. */
  readonly builtinCalls = new Map<acorn.Node, Builtin>();
  /** Member expressions that are builtin constants (`Math.PI`). */
  readonly builtinConstants = new Map<acorn.MemberExpression, number>();
  /** Class declarations and expressions. */
  readonly classes = new Map<acorn.Class, ClassInfo>();
  /** `super(...)` calls and `super.x` members. */
  readonly superCalls = new Map<acorn.CallExpression, SuperCallInfo>();
  readonly superMembers = new Map<acorn.MemberExpression, SuperMemberInfo>();
  /** Object literals whose methods use `super`: the block scope around the literal and its
   *  hidden `%home` binding, which holds the object (the methods' home object). */
  readonly homeObjects = new Map<acorn.ObjectExpression, { readonly scope: Scope; readonly home: Binding }>();
  /** `this.x = v` statements of field initializer functions: definitions, not assignments. */
  readonly fieldDefinitions = new Set<acorn.AssignmentExpression>();
  /** Every `#x` (of `o.#x` and `#x in o`): the private name it refers to. */
  readonly privateRefs = new Map<acorn.PrivateIdentifier, PrivateName>();
  /** Every `new.target`: the binding holding it (the enclosing non-arrow function's
   *  `%newTarget`), or null where it is always undefined (methods, the top level). */
  readonly newTargets = new Map<acorn.MetaProperty, Binding | null>();
  /** Member expressions whose value a builtin computes (`process.argv`). */
  readonly builtinValues = new Map<acorn.MemberExpression, Builtin>();
  /** `require('./x')` calls of the module wrapper's `require`, with their specifiers. */
  readonly requires = new Map<acorn.CallExpression, string>();
  /** What the module loader resolved each require to: a module index, or the specifier
   *  itself when no file was found (the call throws node's "Cannot find module"). */
  readonly requireTargets = new Map<acorn.CallExpression, number | string>();
  /** `require.resolve('…')` calls of the module wrapper's `require`, with their specifiers. */
  readonly requireResolves = new Map<acorn.CallExpression, string>();
  /** What the module loader resolved each to: the absolute path (a builtin module's name as
   *  written), or `missing` (the call throws node's "Cannot find module"). */
  readonly requireResolveTargets = new Map<acorn.CallExpression, { readonly path: string } | { readonly missing: string }>();

  /** `firstId`: the id of this module's top level (modules share one function table). */
  constructor(readonly firstId = 0) {}

  get main(): FunctionInfo {
    return this.functions[0];
  }

  resolution(id: acorn.Identifier): Resolution {
    const r = this.resolutions.get(id);
    if (!r) throw new Error(`scope: unresolved identifier ${id.name} at ${id.start}`);
    return r;
  }

  scopeOf(node: acorn.Node): Scope | undefined {
    return this.scopes.get(node);
  }

  functionInfo(node: acorn.Node): FunctionInfo {
    const f = this.functionOf.get(node);
    if (!f) throw new Error(`scope: no function for node at ${node.start}`);
    return f;
  }
}

// ---- classes (scope-classes.ts fills these in) ----

export interface ClassMember {
  /** The key of a public member; null when computed or private. */
  readonly key: string | null;
  /** A computed key (`[expr]() {}`), evaluated once when the class is defined. */
  readonly computedKey: acorn.Expression | null;
  readonly kind: 'method' | 'get' | 'set';
  readonly isStatic: boolean;
  readonly fn: FunctionInfo;
  /** A private method or accessor: the binding its closure is stored in (never defined
   *  on an object: `o.#m` checks the brand and reads this binding). */
  readonly privateBinding: Binding | null;
}

/** One step of a class definition after the constructor and prototype exist, in source
 *  order: a member defined, or a computed field key evaluated into its hidden binding. */
export type ClassElement =
  | { readonly kind: 'member'; readonly member: ClassMember }
  | { readonly kind: 'field-key'; readonly key: acorn.Expression; readonly binding: Binding };

/** A private name declared by a class body (`#x`), resolved for every `#x` that refers to
 *  it. Its binding in the class scope holds, for a field, the private name (a new one per
 *  class evaluation); for a method, the method's closure; for an accessor, its getter (the
 *  setter has `setter`). */
export interface PrivateName {
  readonly text: string;
  readonly kind: 'field' | 'method' | 'accessor';
  readonly isStatic: boolean;
  readonly binding: Binding;
  setter: Binding | null;
  hasGetter: boolean;
  readonly cls: ClassInfo;
}

export interface ClassInfo {
  readonly node: acorn.Class;
  readonly name: string;
  readonly derived: boolean;
  readonly scope: Scope;
  readonly classBinding: Binding;
  readonly protoBinding: Binding;
  /** The class's name inside its body (named classes). */
  readonly nameBinding: Binding | null;
  readonly fieldsBinding: Binding | null;
  ctor: FunctionInfo;
  readonly members: ClassMember[];
  /** Members and computed field keys, in the order the definition evaluates them. */
  readonly elements: ClassElement[];
  fieldsFn: FunctionInfo | null;
  /** Static fields and static blocks: functions called on the class, in order (consecutive
   *  static fields share one; each static block is its own, for its own var scope). */
  readonly staticParts: FunctionInfo[];
  /** Private names declared by the body, in order. */
  readonly privateNames: PrivateName[];
  /** `%brand`: the private name an instance gets when the class has instance private
   *  methods or accessors; null otherwise. */
  readonly brandBinding: Binding | null;
  /** The class has no constructor of its own (a derived one's is `super(...args)`). */
  implicitConstructor: boolean;
  /** What node's messages call the class in instance and static brand checks. */
  readonly brandName: string;
  readonly staticBrandName: string;
}

export interface SuperCallInfo {
  readonly cls: Binding;
  readonly newTarget: Binding;
  readonly self: Binding;
  readonly fields: Binding | null;
  readonly brand: Binding | null;
}

export interface SuperMemberInfo {
  readonly home: Binding;
  /** null: the frame's receiver. */
  readonly self: Binding | null;
}

/**
 * Builtins whose call with spread arguments the generator folds over the arguments one by one
 * (`Math.max(...xs)`: max of the running result and each; `String.fromCharCode(...codes)`:
 * concatenation of one-character strings).
 */
export const SPREAD_BUILTINS: ReadonlySet<Builtin> = new Set([Builtin.MathMax, Builtin.MathMin, Builtin.StringFromCharCode]);
