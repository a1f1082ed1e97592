// Benchmark baseline: an empty program. bench/run.js times it on every engine and subtracts
// that median (process startup, and for kiln, loading the compiler and the addon) from each
// benchmark's wall time.
