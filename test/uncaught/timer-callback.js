// An error thrown by a timer's callback: node's report names the frame `Timeout._onTimeout`
// and ends the stack with node's timer frames (listOnTimeout, processTimers).
console.log('scheduling');
setTimeout(() => {
  const config = { retries: 0 };
  if (config.retries < 1) throw new RangeError(`retries must be positive, got ${config.retries}`);
}, 0);
