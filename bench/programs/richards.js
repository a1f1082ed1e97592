// Benchmark: an operating-system task scheduler simulation in the style of Martin Richards'
// benchmark. Six tasks (an idle task, a worker, two packet handlers, two devices) with fixed
// priorities exchange packets through per-task queues; a scheduler loop always runs the
// highest-priority task that is neither held nor waiting. The result is the number of packets
// queued and the number of times a task held itself; both are fixed by the algorithm.
'use strict';
const { Benchmark } = require('./core.js');

const IDLE = 0;
const WORKER = 1;
const HANDLER_A = 2;
const HANDLER_B = 3;
const DEVICE_A = 4;
const DEVICE_B = 5;
const TASK_COUNT = 6;

const PACKET_DEVICE = 0;
const PACKET_WORK = 1;
const PAYLOAD_WORDS = 4;

// Task state bits: a packet waits in the queue, the task waits for a packet, the task is held.
const HAS_PACKET = 1;
const WAITING = 2;
const HELD = 4;

const IDLE_STEPS = 1000;
const EXPECTED_QUEUED = 2322;
const EXPECTED_HELD = 928;

// A message passed between tasks; `link` chains packets into a queue.
class Packet {
  constructor(link, destination, kind) {
    this.link = link;
    this.destination = destination;
    this.kind = kind;
    this.count = 0;
    this.payload = [0, 0, 0, 0];
  }

  // Appends this packet to the end of `queue` and returns the queue's new head.
  appendTo(queue) {
    this.link = null;
    if (queue === null) return this;
    let last = queue;
    while (last.link !== null) last = last.link;
    last.link = this;
    return queue;
  }
}

// The scheduler's record of one task: its priority, its packet queue and its state bits.
class TaskRecord {
  constructor(next, id, priority, queue, behavior) {
    this.next = next;
    this.id = id;
    this.priority = priority;
    this.queue = queue;
    this.behavior = behavior;
    this.state = queue === null ? WAITING : WAITING | HAS_PACKET;
  }

  isBlocked() {
    return (this.state & HELD) !== 0 || this.state === WAITING;
  }

  // Runs the task once, handing it the first queued packet if it was waiting for one.
  step() {
    let packet = null;
    if (this.state === (WAITING | HAS_PACKET)) {
      packet = this.queue;
      this.queue = packet.link;
      this.state = this.queue === null ? 0 : HAS_PACKET;
    }
    return this.behavior.run(packet);
  }

  // Queues `packet` for this task; returns the task that should run next.
  receive(sender, packet) {
    if (this.queue !== null) {
      this.queue = packet.appendTo(this.queue);
      return sender;
    }
    this.queue = packet;
    this.state |= HAS_PACKET;
    return this.priority > sender.priority ? this : sender;
  }
}

class Scheduler {
  constructor() {
    this.tasks = new Array(TASK_COUNT).fill(null);
    this.byPriority = null;
    this.current = null;
    this.currentId = -1;
    this.queuedCount = 0;
    this.heldCount = 0;
  }

  add(id, priority, queue, behavior) {
    const record = new TaskRecord(this.byPriority, id, priority, queue, behavior);
    this.byPriority = record;
    this.tasks[id] = record;
    return record;
  }

  // Keeps the highest-priority unblocked task running until every task is blocked.
  run() {
    this.current = this.byPriority;
    while (this.current !== null) {
      if (this.current.isBlocked()) {
        this.current = this.current.next;
      } else {
        this.currentId = this.current.id;
        this.current = this.current.step();
      }
    }
  }

  release(id) {
    const record = this.tasks[id];
    record.state &= ~HELD;
    return record.priority > this.current.priority ? record : this.current;
  }

  holdSelf() {
    this.heldCount++;
    this.current.state |= HELD;
    return this.current.next;
  }

  waitSelf() {
    this.current.state |= WAITING;
    return this.current;
  }

  send(packet) {
    const target = this.tasks[packet.destination];
    this.queuedCount++;
    packet.link = null;
    packet.destination = this.currentId;
    return target.receive(this.current, packet);
  }
}

// Lowest priority: wakes one of the two devices on each step, choosing by a shift register.
class IdleBehavior {
  constructor(scheduler, steps) {
    this.scheduler = scheduler;
    this.register = 1;
    this.stepsLeft = steps;
  }

  run() {
    if (--this.stepsLeft === 0) return this.scheduler.holdSelf();
    if ((this.register & 1) === 0) {
      this.register >>= 1;
      return this.scheduler.release(DEVICE_A);
    }
    this.register = (this.register >> 1) ^ 0xd008;
    return this.scheduler.release(DEVICE_B);
  }
}

// Fills work packets with payload and sends them alternately to the two handlers.
class WorkerBehavior {
  constructor(scheduler) {
    this.scheduler = scheduler;
    this.handler = HANDLER_A;
    this.letter = 0;
  }

  run(packet) {
    if (packet === null) return this.scheduler.waitSelf();
    this.handler = this.handler === HANDLER_A ? HANDLER_B : HANDLER_A;
    packet.destination = this.handler;
    packet.count = 0;
    for (let i = 0; i < PAYLOAD_WORDS; i++) {
      this.letter = this.letter === 26 ? 1 : this.letter + 1;
      packet.payload[i] = this.letter;
    }
    return this.scheduler.send(packet);
  }
}

// Pairs work packets with device packets: each payload word goes to a device in a device packet.
class HandlerBehavior {
  constructor(scheduler) {
    this.scheduler = scheduler;
    this.work = null;
    this.devices = null;
  }

  run(packet) {
    if (packet !== null) {
      if (packet.kind === PACKET_WORK) this.work = packet.appendTo(this.work);
      else this.devices = packet.appendTo(this.devices);
    }
    if (this.work === null) return this.scheduler.waitSelf();
    const index = this.work.count;
    if (index >= PAYLOAD_WORDS) {
      const done = this.work;
      this.work = done.link;
      return this.scheduler.send(done);
    }
    if (this.devices === null) return this.scheduler.waitSelf();
    const device = this.devices;
    this.devices = device.link;
    device.count = this.work.payload[index];
    this.work.count = index + 1;
    return this.scheduler.send(device);
  }
}

// Holds one packet at a time and sends it back to its handler when woken without one.
class DeviceBehavior {
  constructor(scheduler) {
    this.scheduler = scheduler;
    this.pending = null;
  }

  run(packet) {
    if (packet !== null) {
      this.pending = packet;
      return this.scheduler.holdSelf();
    }
    if (this.pending === null) return this.scheduler.waitSelf();
    const out = this.pending;
    this.pending = null;
    return this.scheduler.send(out);
  }
}

function packetChain(destination, kind, length) {
  let queue = null;
  for (let i = 0; i < length; i++) queue = new Packet(queue, destination, kind);
  return queue;
}

// One scheduler run; returns its packet and hold counts.
function runScheduler() {
  const s = new Scheduler();
  s.add(IDLE, 0, null, new IdleBehavior(s, IDLE_STEPS)).state = 0;
  s.add(WORKER, 1000, packetChain(WORKER, PACKET_WORK, 2), new WorkerBehavior(s));
  s.add(HANDLER_A, 2000, packetChain(DEVICE_A, PACKET_DEVICE, 3), new HandlerBehavior(s));
  s.add(HANDLER_B, 3000, packetChain(DEVICE_B, PACKET_DEVICE, 3), new HandlerBehavior(s));
  s.add(DEVICE_A, 4000, null, new DeviceBehavior(s));
  s.add(DEVICE_B, 5000, null, new DeviceBehavior(s));
  s.run();
  return s;
}

// benchmark() runs ROUNDS independent schedulers and sums their counts.
const ROUNDS = 50;

class Richards extends Benchmark {
  benchmark() {
    let queued = 0;
    let held = 0;
    for (let r = 0; r < ROUNDS; r++) {
      const s = runScheduler();
      queued += s.queuedCount;
      held += s.heldCount;
    }
    return { queued: queued, held: held };
  }

  verifyResult(result) {
    return result.queued === EXPECTED_QUEUED * ROUNDS && result.held === EXPECTED_HELD * ROUNDS;
  }
}

module.exports = Richards;
