module.exports = function makeStack() {
  const items = [];
  return {
    push(x) { items.push(x); },
    pop() { return items.pop(); },
    size() { return items.length; },
  };
};
