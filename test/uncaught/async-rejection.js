// An error thrown after an await, uncaught: node's header points at where it was made and the
// stack ends at the async function (no event-loop frames).
function make() { return new RangeError('made here'); }
async function run() { await 1; throw make(); }
run();
