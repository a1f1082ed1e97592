// Start-up: V8's code cache for kiln's own modules. Compiling ~100 modules of dist/ (and
// acorn) is a large part of what `kiln hello.js` spends before it runs a line of the program,
// and node 20 has no compile cache of its own (module.enableCompileCache is node 22). So
// bin/kiln.js installs this loader first: each module of the cache's directory is compiled
// with the bytes V8 serialized from an earlier run (vm.Script's cachedData), which skips
// parsing and the bytecode compiler for every function that run had compiled.
//
// The cache is one file, written by `npm run build` / `npm install` (scripts/build-code-cache.js
// runs kiln once with KILN_CODE_CACHE=write). A module whose size or mtime differs from when
// the cache was written (a rebuild since) is compiled as node would, and so is everything when
// the file is missing or V8 rejects the data (another node version); the cache can only make
// start-up faster, never change what runs.

import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';
import Module = require('module');

/** What the header records per module: its identity when cached and where its data is. */
interface CachedModule {
  readonly size: number;
  readonly mtimeMs: number;
  readonly offset: number;
  readonly length: number;
}

interface ModuleInternals {
  exports: unknown;
  require(id: string): unknown;
  _compile(content: string, filename: string): unknown;
}

interface ModuleStatics {
  wrap(content: string): string;
  _resolveFilename(request: string, parent: unknown, isMain: boolean, options?: unknown): string;
  _cache: unknown;
}

const ROOT = path.resolve(__dirname, '..');
const mainModule = require.main;
export const CODE_CACHE_FILE = path.join(ROOT, 'dist', 'code-cache.bin');

/** What the loader did so far: modules compiled from cached data, modules whose data V8
 *  rejected, and modules compiled without data (not cached, or changed since). */
export const codeCacheStats = { used: 0, rejected: 0, uncached: 0 };

/** Installs the loader for modules under kiln's root (dist/ and node_modules/acorn). With
 *  KILN_CODE_CACHE=write it records every module it compiles and writes the cache at exit. */
export function useCodeCache(): void {
  const writing = process.env.KILN_CODE_CACHE === 'write';
  if (process.env.KILN_CODE_CACHE === 'off') return;
  const cache = writing ? null : readCache();
  if (cache === null && !writing) return;
  const statics = Module as unknown as ModuleStatics;
  const proto = Module.prototype as unknown as ModuleInternals;
  const compile = proto._compile;
  const compiled: { file: string; script: vm.Script }[] = [];
  proto._compile = function (this: ModuleInternals, content: string, filename: string): unknown {
    if (!filename.startsWith(ROOT + path.sep)) return compile.call(this, content, filename);
    const rel = path.relative(ROOT, filename);
    const data = cache === null ? undefined : cachedData(cache, rel, filename);
    const script = new vm.Script(statics.wrap(content), { filename, cachedData: data });
    if (data === undefined) codeCacheStats.uncached++;
    else if (script.cachedDataRejected === true) codeCacheStats.rejected++;
    else codeCacheStats.used++;
    if (writing) compiled.push({ file: rel, script });
    const fn = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    const mod = this;
    const moduleRequire = Object.assign((id: string): unknown => mod.require(id), {
      resolve: (request: string, options?: unknown): string => statics._resolveFilename(request, mod, false, options),
      cache: statics._cache,
      main: mainModule,
    });
    return fn.call(mod.exports, mod.exports, moduleRequire, mod, filename, path.dirname(filename));
  };
  if (writing) process.on('exit', () => writeCache(compiled));
}

interface LoadedCache {
  readonly modules: Record<string, CachedModule>;
  readonly data: Buffer;
}

function readCache(): LoadedCache | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(CODE_CACHE_FILE);
  } catch {
    return null;
  }
  if (bytes.length < 4) return null;
  const headerLength = bytes.readUInt32LE(0);
  try {
    const modules = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as Record<string, CachedModule>;
    return { modules, data: bytes.subarray(4 + headerLength) };
  } catch {
    return null;
  }
}

/** The module's cached data when the file is the one the cache was made from. */
function cachedData(cache: LoadedCache, rel: string, filename: string): Buffer | undefined {
  const entry = cache.modules[rel];
  if (entry === undefined) return undefined;
  const stat = fs.statSync(filename);
  if (stat.size !== entry.size || stat.mtimeMs !== entry.mtimeMs) return undefined;
  return cache.data.subarray(entry.offset, entry.offset + entry.length);
}

/** Serializes what V8 compiled of each module by now (the functions this run called). */
function writeCache(compiled: readonly { file: string; script: vm.Script }[]): void {
  const modules: Record<string, CachedModule> = {};
  const chunks: Buffer[] = [];
  let offset = 0;
  for (const { file, script } of compiled) {
    const data = script.createCachedData();
    const stat = fs.statSync(path.join(ROOT, file));
    modules[file] = { size: stat.size, mtimeMs: stat.mtimeMs, offset, length: data.length };
    chunks.push(data);
    offset += data.length;
  }
  const header = Buffer.from(JSON.stringify(modules), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32LE(header.length, 0);
  fs.writeFileSync(CODE_CACHE_FILE, Buffer.concat([length, header, ...chunks]));
}
