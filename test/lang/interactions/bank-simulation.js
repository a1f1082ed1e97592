// A bank simulation mixing every feature: account objects in a dictionary
// keyed by id strings, transactions as arrays of objects, closures for
// validation rules, destructuring in loops, defaults and rest parameters,
// template strings for the statement; deterministic pseudo-random stream.
let seed = 7;
const rnd = (n) => {
  seed = (seed * 16807) % 2147483647;
  return seed % n;
};
const accounts = {};
function open(id, owner, balance = 0, ...flags) {
  accounts[id] = { id, owner, balance, flags, history: [] };
}
["alice", "bob", "carol", "dave"].forEach((name, i) => open("AC" + (100 + i), name, i * 100, ...(i % 2 ? ["vip"] : [])));
const rules = [
  ({ amount }) => amount > 0 || "non-positive",
  ({ from }) => from in accounts || "no such source",
  ({ to }) => to in accounts || "no such target",
  ({ from, amount }) => accounts[from].balance >= amount || accounts[from].flags.includes("vip") || "insufficient",
];
function transfer(tx) {
  for (const r of rules) {
    const res = r(tx);
    if (res !== true) return res;
  }
  const { from, to, amount } = tx;
  accounts[from].balance -= amount;
  accounts[to].balance += amount;
  accounts[from].history.push(-amount);
  accounts[to].history.push(amount);
  return "ok";
}
const ids = Object.keys(accounts);
const outcomes = {};
for (let i = 0; i < 4000; i++) {
  const tx = { from: ids[rnd(4)], to: i % 97 === 0 ? "AC999" : ids[rnd(4)], amount: rnd(120) - 5 };
  const r = transfer(tx);
  outcomes[r] = (outcomes[r] || 0) + 1;
}
console.log(outcomes);
let total = 0;
for (const { id, owner, balance, flags, history } of Object.values(accounts)) {
  total += balance;
  console.log(`${id} ${owner} balance=${balance} flags=[${flags}] txs=${history.length} last=${history.slice(-3).join("/")}`);
}
console.log("total", total);
console.log(accounts.AC100.flags, accounts.AC101.flags, Object.keys(accounts.AC102));
