// os's functions that describe the machine: the types and shapes of what they return (the
// values themselves vary by machine), checked against each other where they must agree.
const os = require('os');

const cpus = os.cpus();
console.log(Array.isArray(cpus), cpus.length > 0, cpus.length === os.availableParallelism());
const c = cpus[0];
console.log(Object.keys(c), typeof c.model, typeof c.speed, Object.keys(c.times), Object.values(c.times).every((n) => typeof n === 'number'));
console.log(typeof os.totalmem(), typeof os.freemem(), os.freemem() <= os.totalmem(), os.totalmem() > 0);
console.log(typeof os.uptime(), os.uptime() > 0);
const load = os.loadavg();
console.log(Array.isArray(load), load.length, load.every((n) => typeof n === 'number'));
const user = os.userInfo();
console.log(Object.keys(user), typeof user.uid, typeof user.username, user.homedir === os.homedir() || typeof user.homedir);
console.log(typeof os.hostname(), os.hostname().length > 0, typeof os.release(), typeof os.version(), typeof os.machine());
console.log(os.endianness(), os.EOL === '\n', os.devNull, os.platform(), os.type(), os.arch() === process.arch);
const nets = os.networkInterfaces();
const first = Object.values(nets)[0];
console.log(typeof nets, Array.isArray(first), first.length > 0 ? Object.keys(first[0]).slice(0, 5) : 'none');
console.log(typeof os.constants, os.constants.signals.SIGINT, os.constants.signals.SIGKILL, os.constants.errno.ENOENT, os.constants.priority.PRIORITY_LOW);
console.log(typeof os.getPriority(), typeof os.setPriority);
