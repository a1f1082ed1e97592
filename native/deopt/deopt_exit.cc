// The C side of a deopt exit: the DeoptStub machine code (emitted per function by the
// arch lowering) saves every allocatable register to Globals.deopt*Save and calls this, which
// hands the frame to the TypeScript deoptimizer (callbacks.deopt) and returns its result word.
#include "../entry/bridges.h"

extern "C" uint64_t kiln_deopt_bridge(uint32_t fpOffset) noexcept {
  return kiln::bridges::invokeCallback(kiln::bridges::Callback::Deopt, 1, &fpOffset);
}
