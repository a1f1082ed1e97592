// CommonJS at run time: the module cache and the native `require` every module's top level
// receives. The front end (frontend/modules.ts) resolved each `require('./x')` to a module
// index, so require(i) evaluates module i's top level on first use — with `this` and
// `exports` the new module's exports object, as node's wrapper does — and returns its
// `module.exports`. The module object is cached BEFORE its top level runs, so a cycle sees
// the partial exports of a module still loading, exactly as in node. The cache is a heap
// array (a GC root), one entry per module, a hole until the module is first required.
// node's builtin modules (`require('fs')`: the front end passes 'node:fs') come from
// node-modules.ts.

import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import { libraryFile, NODE_BUILTIN_MODULES, NODE_LIBRARY_MODULES } from '../bytecode/builtin-ids';
import type { ModuleInfo } from '../bytecode/function';
import { hostLibraryCall, KilnThrow } from './errors';
import type * as NodeModules from './node-modules';
import { Tag } from './layout';
import type { RuntimeCore } from './runtime-core';
import type { Word } from './word';

export class ModuleRegistry {
  /** Heap array: module i's module object, or a hole while it was never required. */
  private readonly cache: number;
  /** The native `require` function object every module receives. */
  readonly requireFunction: number;
  /** node's builtin modules required so far (node-modules.ts), by name. */
  private readonly nodeModules = new Map<string, number>();
  /** The module objects of library modules compiled at run time (library), by name. */
  private readonly libraries = new Map<string, number>();
  /** Files of the modules being evaluated, outermost first (node's "Require stack"). */
  private readonly loading: string[] = [];

  constructor(
    private readonly rt: RuntimeCore,
    private readonly modules: readonly ModuleInfo[],
  ) {
    this.cache = rt.objects.allocArray(0, modules.length);
    for (let i = 0; i < modules.length; i++) rt.objects.push(this.cache, Tag.Hole, 0);
    this.requireFunction = rt.createNative({ name: 'require', fn: (_rt, _self, args) => this.require(args[0] ?? [Tag.Undefined, 0]) });
    // require.resolve(specifier): node's own resolution from the calling module's file (the
    // one require function serves every module: the caller's frame names it), with node's
    // errors; a builtin module's name resolves to itself.
    const resolve = rt.createNative({
      name: 'resolve', length: 2,
      fn: (r, _self, args) => {
        const specifier = r.toStringValue(args[0] ?? [Tag.Undefined, 0]);
        const caller = r.captureStack(1)[0]?.file;
        const from = caller && path.isAbsolute(caller) ? caller : path.join(process.cwd(), '[eval]');
        return r.str(hostLibraryCall(() => createRequire(from).resolve(specifier)));
      },
    });
    rt.objects.defineOwn(rt.objects.functionProperties(this.requireFunction, true), 'resolve', Tag.Ptr, resolve, 0);
  }

  /** Heap objects the registry keeps alive. */
  roots(): number[] {
    return [this.cache, this.requireFunction, ...this.nodeModules.values(), ...this.libraries.values()];
  }

  /** Runs the entry module (index 0). */
  runMain(): void {
    this.require([Tag.Int32, 0]);
  }

  /** `require(i)`: module i's exports (evaluated on first use); a string argument is a
   *  specifier the front end found no file for. */
  require(arg: Word): Word {
    if (arg[0] !== Tag.Int32) {
      // A string: `node:x`, or a name reaching require as a value (`const r = require;
      // r('fs')`): node's modules that kiln provides natively; the front end resolved every
      // file a literal require names, and kiln compiles no module it did not see.
      const specifier = this.rt.toStringValue(arg);
      const name = specifier.startsWith('node:') ? specifier.slice(5) : specifier;
      if (NODE_LIBRARY_MODULES.has(name)) return this.library(name);
      if (specifier.startsWith('node:') || NODE_BUILTIN_MODULES.has(name)) return [Tag.Ptr, this.nodeModule(name)];
      throw this.notFound(specifier);
    }
    const index = arg[1];
    const { objects, heap } = this.rt;
    const cached = heap.u32[objects.elementWord(this.cache, index) + 1] !== Tag.Hole;
    if (!cached) this.evaluate(index);
    objects.getElement(this.cache, index);
    const module = objects.rlo;
    return this.rt.getProperty([Tag.Ptr, module], 'exports');
  }

  private evaluate(index: number): void {
    const rt = this.rt;
    const { objects } = rt;
    const info = this.modules[index];
    const module = objects.allocObject();
    objects.setElement(this.cache, index, Tag.Ptr, module);
    const exports = objects.allocObject();
    objects.setOwn(module, 'id', Tag.Ptr, rt.str(index === 0 ? '.' : info.file)[1]);
    objects.setOwn(module, 'path', Tag.Ptr, rt.str(path.dirname(info.file))[1]);
    objects.setOwn(module, 'exports', Tag.Ptr, exports);
    objects.setOwn(module, 'filename', Tag.Ptr, rt.str(info.file)[1]);
    objects.setOwn(module, 'loaded', Tag.Bool, 0);
    // require.main: the entry module (`require.main === module` in the main script only).
    if (index === 0) objects.defineOwn(objects.functionProperties(this.requireFunction, true), 'main', Tag.Ptr, module, 0);
    const closure = rt.newClosure(info.main);
    const args: Word[] = [
      [Tag.Ptr, exports],
      [Tag.Ptr, this.requireFunction],
      [Tag.Ptr, module],
      rt.str(info.file),
      rt.str(path.dirname(info.file)),
    ];
    this.loading.push(info.file);
    let finished = false;
    try {
      rt.invoker.call([Tag.Ptr, closure], [Tag.Ptr, exports], args);
      finished = true;
    } finally {
      this.loading.pop();
      // As node: a module whose top level threw leaves the cache, so requiring it again
      // runs it again.
      if (!finished) objects.setElement(this.cache, index, Tag.Hole, 0);
    }
    objects.setOwn(module, 'loaded', Tag.Bool, 1);
  }

  /** The module object of node's builtin module `name`, made on its first require. */
  /** The exports of kiln's own JavaScript for node module `name` (lib/<name>.js): the
   *  program's copy when the front end compiled it (a literal require), else compiled now by
   *  kiln's front end (a require reaching it at run time, process.stdin) and run once. */
  library(name: string): Word {
    const file = libraryFile(name);
    const index = this.modules.findIndex((m) => m.file === file);
    if (index >= 0) return this.require([Tag.Int32, index]);
    const known = this.libraries.get(name);
    if (known !== undefined) return this.rt.getProperty([Tag.Ptr, known], 'exports');
    const rt = this.rt;
    const body = rt.compileFunction('exports, require, module, __filename, __dirname', fs.readFileSync(file, 'utf8'));
    rt.heap.pushHandleWord(body);
    try {
      const module = rt.objects.allocObject();
      this.libraries.set(name, module);
      const exports = rt.objects.allocObject();
      rt.objects.setOwn(module, 'exports', Tag.Ptr, exports);
      rt.invoker.call(body, [Tag.Ptr, exports], [[Tag.Ptr, exports], [Tag.Ptr, this.requireFunction], [Tag.Ptr, module], rt.str(file), rt.str(path.dirname(file))]);
      return rt.getProperty([Tag.Ptr, module], 'exports');
    } finally {
      rt.heap.popHandle();
    }
  }

  private nodeModule(name: string): number {
    if (name === 'fs/promises') return this.rt.getProperty([Tag.Ptr, this.nodeModule('fs')], 'promises')[1];
    let obj = this.nodeModules.get(name);
    if (obj === undefined) {
      // Loaded on first use: a run that requires no builtin module never loads node's os.
      const { createNodeModule } = require('./node-modules') as typeof NodeModules;
      obj = createNodeModule(this.rt, name);
      this.nodeModules.set(name, obj);
    }
    return obj;
  }

  /** node's error for a specifier no file matches (its first line is what node prints). */
  private notFound(specifier: string): KilnThrow {
    const stack = this.loading.slice().reverse().map((f) => `- ${f}`).join('\n');
    const error = new KilnThrow('Error', `Cannot find module '${specifier}'\nRequire stack:\n${stack}`);
    error.ownProperties = [['code', 'MODULE_NOT_FOUND']];
    return error;
  }
}
