# node-gyp build of the kiln addon (native/): N-API via node-addon-api, C++17, -O2.
# Generated headers (native/generated/) are committed, so this builds before tsc has run.
# Both arch folders (x64/, arm64/: the same file names, each filling in one Target record) are
# built for every host: they are pure byte emitters and the encoding tests check either one on
# any host; asm/target.h picks the host's Target at compile time.
{
  "targets": [
    {
      "target_name": "kiln",
      "sources": [
        "native/addon.cc",
        "native/memory/heap_region.cc",
        "native/memory/exec_memory.cc",
        "native/memory/mapped_file.cc",
        "native/asm/stream.cc",
        "native/asm/x64/assembler.cc",
        "native/asm/x64/lower_stream.cc",
        "native/asm/x64/trampolines.cc",
        "native/asm/x64/target.cc",
        "native/asm/arm64/assembler.cc",
        "native/asm/arm64/lower_stream.cc",
        "native/asm/arm64/trampolines.cc",
        "native/asm/arm64/target.cc",
        "native/entry/bridges.cc",
        "native/entry/math_functions.cc",
        "native/entry/trampolines.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_CPP_EXCEPTIONS", "NAPI_VERSION=8"],
      "cflags!": ["-fno-exceptions", "-O3"],
      "cflags_cc!": ["-fno-exceptions", "-fno-rtti"],
      "cflags_cc": ["-std=c++17", "-O2", "-fexceptions", "-Wall", "-Wextra", "-Wno-unused-parameter"]
    }
  ]
}
