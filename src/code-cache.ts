// Start-up: V8's code cache for kiln's own modules. Compiling ~100 modules of dist/ (and
// acorn) is a large part of what `kiln hello.js` spends before it runs a line of the program,
// and node 20 has no compile cache of its own (module.enableCompileCache is node 22). So
// bin/kiln.js installs this loader first: each module of the cache's directory is compiled
// with the bytes V8 serialized from an earlier run (vm.Script's cachedData), which skips
// parsing and the bytecode compiler for every function that run had compiled.
//
// The cache is one file (sources, resolutions and V8's data), written by `npm run build` / `npm install` (scripts/build-code-cache.js
// runs kiln once with KILN_CODE_CACHE=write). A module whose size or mtime differs from when
// the cache was written (a rebuild since) is compiled as node would, and so is everything when
// the file is missing or V8 rejects the data (another node version); the cache can only make
// start-up faster, never change what runs. A kiln module requiring another that the cache
// resolved and holds current runs it directly (requireFrom), without node's Module objects,
// resolution and search paths; each module still runs once, whichever route reached it first.

import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
// The Module class itself, as every CommonJS module's `module.constructor`: requiring the
// public 'module' builtin would load node's ESM loader and source-map support (~2.5 ms).
const Module = module.constructor as unknown as typeof import('module');
import { loadAddon, type NativeAddon } from './native/addon';

/** What the header records per module: its identity when cached, where its source (wrapped
 *  in node's module function) and its compiled data are in the file. */
interface CachedModule {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sourceOffset: number;
  readonly sourceLength: number;
  /** The source is ASCII (tsc's output without comments is), so latin1 decodes it, several
   *  times faster than utf8. */
  readonly ascii: boolean;
  readonly dataOffset: number;
  readonly dataLength: number;
}

interface CacheHeader {
  readonly modules: Record<string, CachedModule>;
  /** `directory\0request` -> the module it resolved to (paths relative to the root). */
  readonly resolved: Record<string, string>;
}

interface ModuleInternals {
  exports: unknown;
  filename: string;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

type ResolveFilename = (request: string, parent: ModuleInternals | undefined, isMain: boolean, options?: unknown) => string;

interface ModuleStatics {
  wrap(content: string): string;
  _resolveFilename: ResolveFilename;
  _extensions: Record<string, (module: ModuleInternals, filename: string) => void>;
  _cache: unknown;
}

const ROOT = path.resolve(__dirname, '..');
const mainModule = require.main;
export const CODE_CACHE_FILE = path.join(ROOT, 'dist', 'code-cache.bin');
const ROOT_PREFIX = ROOT + path.sep;

/** A path under ROOT relative to it (path.relative's normalizing costs ~10 µs a call, and
 *  start-up makes ~400 of them). */
function rootRelative(file: string): string {
  return file.slice(ROOT_PREFIX.length);
}

/** The key of a resolution: the requiring module's directory and the request. node resolves a
 *  request from a directory (relative paths and node_modules search alike) and caches it so
 *  (Module._load's relativeResolveCache): a second module of the same directory requiring
 *  './x' never reaches _resolveFilename, so a key per requiring file would miss it. */
function resolutionKey(parentFile: string, request: string): string {
  return `${rootRelative(parentFile.slice(0, parentFile.lastIndexOf(path.sep)))}\0${request}`;
}

/** What the loader did so far: modules compiled from cached data, modules whose data V8
 *  rejected, modules compiled without data (not cached, or changed since), and module paths
 *  resolved from the cache instead of node's search. */
export const codeCacheStats = { used: 0, rejected: 0, uncached: 0, resolved: 0 };

/** Installs the loader for modules under kiln's root (dist/ and node_modules/acorn). With
 *  KILN_CODE_CACHE=write it records every module it compiles and writes the cache at exit.
 *
 *  Besides V8's data, the cache keeps each module's source and what each `require` of a
 *  cached module resolved to: a module that is still the one cached (same size and mtime,
 *  one stat) is neither searched for (node's resolution stats candidates and reads
 *  package.json files) nor read. */
export function useCodeCache(): void {
  const writing = process.env.KILN_CODE_CACHE === 'write';
  if (process.env.KILN_CODE_CACHE === 'off') return;
  const cache = writing ? null : readCache();
  if (cache === null && !writing) return;
  const statics = Module as unknown as ModuleStatics;
  const proto = Module.prototype as unknown as ModuleInternals;
  const compile = proto._compile;
  const compiled: CompiledModule[] = [];
  const resolutions: Record<string, string> = {};
  const resolve = statics._resolveFilename;
  statics._resolveFilename = function (this: unknown, request, parent, isMain, options): string {
    const parentFile = parent?.filename;
    const inRoot = typeof parentFile === 'string' && parentFile.startsWith(ROOT_PREFIX) && options === undefined;
    const key = inRoot ? resolutionKey(parentFile, request) : '';
    if (inRoot && cache !== null) {
      const hit = cache.header.resolved[key];
      if (hit !== undefined) {
        codeCacheStats.resolved++;
        return ROOT_PREFIX + hit;
      }
    }
    const filename = resolve.call(this, request, parent, isMain, options);
    if (writing && inRoot && filename.startsWith(ROOT_PREFIX)) resolutions[key] = rootRelative(filename);
    return filename;
  };
  // A module whose cached entry is current runs from the cached source, kept already wrapped
  // in node's module function (no concatenation to allocate and flatten again).
  const loadJs = statics._extensions['.js'];
  statics._extensions['.js'] = function (this: unknown, module, filename): void {
    const known = loaded.get(filename);
    if (known !== undefined) {
      module.exports = known.exports; // run already, by the direct route below: one instance
      return;
    }
    const current = cache === null || !filename.startsWith(ROOT_PREFIX) ? null : currentEntry(cache, filename);
    if (current === null) loadJs.call(this, module, filename);
    else runWrapped(module, current.wrapped, filename, current.data);
  };
  proto._compile = function (this: ModuleInternals, content: string, filename: string): unknown {
    if (!filename.startsWith(ROOT_PREFIX)) return compile.call(this, content, filename);
    return runWrapped(this, statics.wrap(content), filename, undefined);
  };
  /** Every module this loader ran, by file. */
  const loaded = new Map<string, { exports: unknown }>();
  /** require(request) from kiln module `parent`: a kiln module the cache resolved and holds
   *  current is run (or found) directly, without node's Module machinery (its resolution,
   *  Module objects, node_modules search paths: ~60 us a module); anything else — node's
   *  own modules, a changed file — goes through node's require as before. */
  const requireFrom = (parent: ModuleInternals, request: string): unknown => {
    const hit = cache === null ? undefined : cache.header.resolved[resolutionKey(parent.filename, request)];
    if (hit !== undefined) {
      const file = ROOT_PREFIX + hit;
      const known = loaded.get(file);
      if (known !== undefined) {
        codeCacheStats.resolved++;
        return known.exports;
      }
      const current = currentEntry(cache!, file);
      if (current !== null) {
        codeCacheStats.resolved++;
        const child: ModuleInternals = {
          exports: {},
          filename: file,
          require: (id) => requireFrom(child, id),
          _compile: () => {
            throw new Error('kiln: a module run from the code cache is not compiled again');
          },
        };
        runWrapped(child, current.wrapped, file, current.data);
        return child.exports;
      }
    }
    if (Module.isBuiltin(request)) return require(request);
    return parent instanceof Module ? parent.require(request) : nodeRequireOf(parent)(request);
  };
  const nodeRequires = new Map<string, NodeRequire>();
  const nodeRequireOf = (mod: ModuleInternals): NodeRequire => {
    let r = nodeRequires.get(mod.filename);
    if (r === undefined) nodeRequires.set(mod.filename, (r = Module.createRequire(mod.filename)));
    return r;
  };
  const runWrapped = (mod: ModuleInternals, wrapped: string, filename: string, data: Uint8Array | undefined): unknown => {
    loaded.set(filename, mod);
    const script = new vm.Script(wrapped, { filename, cachedData: data });
    if (data === undefined) codeCacheStats.uncached++;
    else if (script.cachedDataRejected === true) codeCacheStats.rejected++;
    else codeCacheStats.used++;
    if (writing) compiled.push({ file: rootRelative(filename), wrapped, script });
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const moduleRequire = Object.assign((id: string): unknown => requireFrom(mod, id), {
      resolve: (request: string, options?: unknown): string => statics._resolveFilename(request, mod, false, options),
      cache: statics._cache,
      main: mainModule,
    });
    return fn.call(mod.exports, mod.exports, moduleRequire, mod, filename, filename.slice(0, filename.lastIndexOf(path.sep)));
  };
  if (writing) process.on('exit', () => writeCache(compiled, resolutions));
}

interface CompiledModule {
  readonly file: string;
  readonly wrapped: string;
  readonly script: vm.Script;
}

/** What a run needs of one cached module: its wrapped source and V8's data for it. */
interface ModuleText {
  readonly wrapped: string;
  readonly data: Uint8Array;
}

/** The open cache: its header, a reader of one module's text, and (through the addon) every
 *  cached module's size and mtime now, stat'ed in one call when the cache was opened. */
interface LoadedCache {
  readonly header: CacheHeader;
  read(entry: CachedModule): ModuleText | null;
  readonly identities?: ReadonlyMap<string, { readonly size: number; readonly mtimeMs: number }>;
}

function readCache(): LoadedCache | null {
  try {
    return mapCache() ?? openCache();
  } catch {
    return null;
  }
}

function parseHeader(bytes: Uint8Array): { header: CacheHeader; blobStart: number } {
  if (bytes.length < 4) throw new Error('short');
  const length = Buffer.from(bytes.buffer, bytes.byteOffset, 4).readUInt32LE(0);
  const header = JSON.parse(Buffer.from(bytes.buffer, bytes.byteOffset + 4, length).toString('utf8')) as CacheHeader;
  if (typeof header.modules !== 'object' || typeof header.resolved !== 'object') throw new Error('header');
  return { header, blobStart: 4 + length };
}

/** The cache through the addon's process-lifetime mapping of the file: an ASCII source is an
 *  external string over the mapped bytes and V8's data is read in place, so nothing is copied
 *  (every page a fresh process touches costs a page fault; copying the 2 MB file and its
 *  sources into V8's heap was ~15 ms of `kiln hello.js`). Null when the addon is not built. */
function mapCache(): LoadedCache | null {
  let native: NativeAddon;
  try {
    native = loadAddon();
  } catch {
    return null;
  }
  if (typeof native.mapFile !== 'function') return null;
  const mapping = native.mapFile(CODE_CACHE_FILE);
  if (mapping === null) return null;
  const { bytes, id } = mapping;
  const { header, blobStart } = parseHeader(bytes);
  let identities: Map<string, { size: number; mtimeMs: number }> | undefined;
  if (typeof native.fileIdentities === 'function') {
    const files = Object.keys(header.modules);
    const pairs = native.fileIdentities(files.map((file) => ROOT_PREFIX + file).join('\0'));
    identities = new Map(files.map((file, i) => [file, { size: pairs[2 * i], mtimeMs: pairs[2 * i + 1] }]));
  }
  return {
    header,
    identities,
    read(entry: CachedModule): ModuleText {
      const at = blobStart + entry.sourceOffset;
      const wrapped = entry.ascii ? native.mappedLatin1(id, at, entry.sourceLength) : Buffer.from(bytes.buffer, bytes.byteOffset + at, entry.sourceLength).toString('utf8');
      return { wrapped, data: bytes.subarray(blobStart + entry.dataOffset, blobStart + entry.dataOffset + entry.dataLength) };
    },
  };
}

/** The cache read one module at a time into one scratch buffer (when there is no addon to map
 *  it): one buffer serves every module because V8 consumes a script's source and data while
 *  vm.Script constructs it. */
function openCache(): LoadedCache | null {
  const fd = fs.openSync(CODE_CACHE_FILE, 'r');
  const length = Buffer.alloc(4);
  if (fs.readSync(fd, length, 0, 4, 0) !== 4) throw new Error('short');
  const headerBytes = Buffer.allocUnsafe(4 + length.readUInt32LE(0));
  fs.readSync(fd, headerBytes, 0, headerBytes.length, 0);
  const { header, blobStart } = parseHeader(headerBytes);
  let scratch = Buffer.allocUnsafe(256 * 1024);
  return {
    header,
    read(entry: CachedModule): ModuleText | null {
      // Each module's data follows its source in the file: one read for both.
      const bytes = entry.sourceLength + entry.dataLength;
      if (entry.dataOffset !== entry.sourceOffset + entry.sourceLength) return null;
      if (scratch.length < bytes) scratch = Buffer.allocUnsafe(bytes);
      if (fs.readSync(fd, scratch, 0, bytes, blobStart + entry.sourceOffset) !== bytes) return null;
      return { wrapped: scratch.toString(entry.ascii ? 'latin1' : 'utf8', 0, entry.sourceLength), data: scratch.subarray(entry.sourceLength, bytes) };
    },
  };
}

/** The module's cached source and data when the file is still the one the cache was made
 *  from; null when it is not cached, changed or gone (node then loads it, or reports it).
 *  The data may be a view of a scratch buffer: valid until the next module is read. */
function currentEntry(cache: LoadedCache, filename: string): ModuleText | null {
  const file = rootRelative(filename);
  const entry = cache.header.modules[file];
  if (entry === undefined) return null;
  const stat = cache.identities?.get(file) ?? fs.statSync(filename, { throwIfNoEntry: false });
  if (stat === undefined || stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return null;
  return cache.read(entry);
}

/** The source with each non-ASCII character inside a comment replaced by as many '?' as it
 *  has UTF-16 units (positions, lines and columns stay as they were), when comments are the
 *  only place it has any: acorn's source is ASCII but for 14 dashes and ellipses in comments,
 *  and an ASCII source is an external string over the mapped cache instead of 240 KB decoded
 *  from UTF-8 into V8's heap each run. Anything else non-ASCII is kept as written. */
function asciiComments(source: string): string {
  if (!/[^\x00-\x7f]/.test(source)) return source;
  const comments: [number, number][] = [];
  try {
    // Lazily: a build step, never at start-up.
    const acorn = require('acorn') as typeof import('acorn');
    acorn.parse(source, { ecmaVersion: 'latest', allowHashBang: true, onComment: (_block, _text, start, end) => void comments.push([start, end]) });
  } catch {
    return source;
  }
  const chars = source.split('');
  let outside = false;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i].charCodeAt(0) < 0x80) continue;
    if (comments.some(([start, end]) => i >= start && i < end)) chars[i] = '?';
    else outside = true;
  }
  return outside ? source : chars.join('');
}

/** Serializes each module's source and what V8 compiled of it by now (the functions this run
 *  called), with the resolutions this run made. */
function writeCache(compiled: readonly CompiledModule[], resolved: Record<string, string>): void {
  const modules: Record<string, CachedModule> = {};
  const chunks: Buffer[] = [];
  let offset = 0;
  const append = (chunk: Buffer): number => {
    chunks.push(chunk);
    offset += chunk.length;
    return offset - chunk.length;
  };
  for (const { file, wrapped, script } of compiled) {
    const stat = fs.statSync(path.join(ROOT, file));
    const source = Buffer.from(asciiComments(wrapped), 'utf8');
    const data = script.createCachedData();
    const sourceOffset = append(source);
    const dataOffset = append(data);
    modules[file] = { size: stat.size, mtimeMs: stat.mtimeMs, sourceOffset, sourceLength: source.length, ascii: source.every((b) => b < 0x80), dataOffset, dataLength: data.length };
  }
  const header = Buffer.from(JSON.stringify({ modules, resolved }), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  // A new file renamed over the old one: running kilns map the old file, and rewriting it in
  // place would change (or truncate) the pages under them.
  const temporary = `${CODE_CACHE_FILE}.${process.pid}`;
  fs.writeFileSync(temporary, Buffer.concat([length, header, ...chunks]));
  fs.renameSync(temporary, CODE_CACHE_FILE);
}
