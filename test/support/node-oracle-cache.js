'use strict';
// `npm run test:quick` only: node's result for a corpus program, remembered in
// .cache/node-oracle/ between runs of the developer's loop, so that the oracle's half of the
// differential runs (~130 node processes, a fifth of the quick run's CPU) is paid once per
// change to a program. The key is node's version, the arguments and the bytes of every file
// in the program's feature folder (a program may require or read its neighbours); anything a
// program reads from elsewhere is not in the key, which is why `npm test` and CI always run
// node afresh.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const CACHE_DIR = path.join(ROOT, '.cache', 'node-oracle');

function folderBytes(dir, hash) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, entry.name);
    hash.update(`${entry.name}\0`);
    if (entry.isDirectory()) folderBytes(full, hash);
    else hash.update(fs.readFileSync(full));
  }
}

/** run(args) for a node run of a program in `folder`, answered from the cache when the same
 *  folder, arguments and node were run before. */
async function cachedNodeRun(folder, args, run) {
  const hash = crypto.createHash('sha256');
  hash.update(`${process.version}\0${JSON.stringify(args)}\0`);
  folderBytes(folder, hash);
  const file = path.join(CACHE_DIR, `${hash.digest('hex')}.json`);
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    const r = await run(args);
    if (!r.timedOut) {
      fs.mkdirSync(CACHE_DIR, { recursive: true });
      fs.writeFileSync(`${file}.${process.pid}`, JSON.stringify(r));
      fs.renameSync(`${file}.${process.pid}`, file);
    }
    return r;
  }
}

module.exports = { cachedNodeRun };
