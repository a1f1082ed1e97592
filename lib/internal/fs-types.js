'use strict';
// The objects fs returns that carry methods: fs.Stats (statSync, lstatSync, fstatSync and
// their callback and promise forms) and fs.Dirent (readdir with `withFileTypes`). Written in
// the language so they are real classes with node's layout — the same own properties in the
// same order, the methods on the prototypes node puts them on — and print as node prints
// them (`Stats { dev: …, birthtime: … }`, `Dirent { name, parentPath, path, [Symbol(type)] }`).
// The runtime loads this file the first time fs makes one (src/runtime/fs-stats.ts) and
// passes the host's numbers; nothing here touches the file system.

const S_IFMT = 0o170000;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const S_IFCHR = 0o020000;
const S_IFBLK = 0o060000;
const S_IFIFO = 0o010000;
const S_IFLNK = 0o120000;
const S_IFSOCK = 0o140000;

function StatsBase(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
}

StatsBase.prototype.isDirectory = function () { return this._checkModeProperty(S_IFDIR); };
StatsBase.prototype.isFile = function () { return this._checkModeProperty(S_IFREG); };
StatsBase.prototype.isBlockDevice = function () { return this._checkModeProperty(S_IFBLK); };
StatsBase.prototype.isCharacterDevice = function () { return this._checkModeProperty(S_IFCHR); };
StatsBase.prototype.isSymbolicLink = function () { return this._checkModeProperty(S_IFLNK); };
StatsBase.prototype.isFIFO = function () { return this._checkModeProperty(S_IFIFO); };
StatsBase.prototype.isSocket = function () { return this._checkModeProperty(S_IFSOCK); };

/** A time in ms as node's Date of it (rounded to the millisecond). */
const dateFromMs = (ms) => new Date(Math.round(ms));

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks, atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  StatsBase.call(this, dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks);
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

Object.setPrototypeOf(Stats.prototype, StatsBase.prototype);
Object.setPrototypeOf(Stats, StatsBase);
Stats.prototype.isFile = StatsBase.prototype.isFile;
Stats.prototype._checkModeProperty = function (property) { return (this.mode & S_IFMT) === property; };

// libuv's dirent types, as node keeps them under Symbol(type).
const UV_DIRENT_UNKNOWN = 0;
const UV_DIRENT_FILE = 1;
const UV_DIRENT_DIR = 2;
const UV_DIRENT_LINK = 3;
const UV_DIRENT_FIFO = 4;
const UV_DIRENT_SOCKET = 5;
const UV_DIRENT_CHAR = 6;
const UV_DIRENT_BLOCK = 7;
const kType = Symbol('type');

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }

  isDirectory() { return this[kType] === UV_DIRENT_DIR; }
  isFile() { return this[kType] === UV_DIRENT_FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT_BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT_CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT_LINK; }
  isFIFO() { return this[kType] === UV_DIRENT_FIFO; }
  isSocket() { return this[kType] === UV_DIRENT_SOCKET; }
}

/** A Stats of the 14 numbers fs.Stats has (in its constructor's order). */
function makeStats(n) {
  return new Stats(n[0], n[1], n[2], n[3], n[4], n[5], n[6], n[7], n[8], n[9], n[10], n[11], n[12], n[13]);
}

/** The Dirents of a listing: names[i] of type types[i] in directory paths[i]. */
function makeDirents(names, types, paths) {
  const out = new Array(names.length);
  for (let i = 0; i < names.length; i++) out[i] = new Dirent(names[i], types[i], paths[i]);
  return out;
}

module.exports = { Stats, Dirent, makeStats, makeDirents, UV_DIRENT_UNKNOWN };
