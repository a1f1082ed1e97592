// arm64::target: the Target record of this folder (see ../target.h), wiring the register
// counts, the stream lowering and the stubs together for shared code.
#include "../target.h"

#include "lower_stream.h"
#include "registers.h"
#include "trampolines.h"

namespace kiln::arm64 {

const Target target = {
    "arm64",
    "AAPCS64",
    masm::TargetLimits{kGprCount, kFprCount},
    lowerStream,
    buildEntryTrampoline,
    buildInterpreterEntry,
};

}  // namespace kiln::arm64
