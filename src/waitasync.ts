/**
 * Wait4Async: Wait4 that resolves a Promise instead of blocking the event
 * loop. See waiter.c for the native half.
 * @module
 */
import type { Pointer } from "bun:ffi";
import { byteLengthOf, C, dataViewOf, describe, errno, fdArg, ffi, invoke, isA, outArg, setOf, subview } from "./libc.ts";

import { compile, NativeUnavailable, preparers, unavailableErr } from "./native.ts";
import waiterText from "./waiter.c" with { type: "text" };
import { Errno } from "./errno.ts";
import { SYS_WAITID, WEXITED, WNOWAIT, WNOHANG, EBADF, EINTR, ENOSYS, EPERM, ECHILD, EINVAL, ESRCH, O_CLOEXEC, EPOLLIN, EPOLLOUT, EPOLLERR, EPOLLHUP, EPOLLPRI, EPOLLRDHUP, EEXIST, ENOENT, F_DUPFD_CLOEXEC, EMFILE, ENFILE, ENOMEM, ENOSPC } from "./zconsts_linux.ts";
import { Wait4, WaitStatus, onReap } from "./wait.ts";
import { Rusage, copyRusage, rusageOut } from "./types.ts";
import { PidfdOpen, PidfdSendSignal } from "./process.ts";
import { Close, Pipe2, SetNonblock, fdClosedHooks, fdsGone } from "./file.ts";
import { EpollCreate1 } from "./sys/poll.ts";
import { READY_MAX, epollReady, epollToken } from "./sys/epoll.ts";
import { harvest, ringCancel, ringClose, ringFds, ringFdsGone, ringOpen, ringUp, ringWaitid } from "./sys/uring.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint32Array, Int32Array } = globalThis;



/** Options of {@link Wait4Async}. */
export interface Wait4AsyncOptions {
  /** Stops waiting: the Promise rejects with the signal's reason, and the child stays reapable. */
  signal?: AbortSignal;
  /**
   * A pidfd of the child (from SysProcAttr.PidFD) to wait on instead of
   * opening one. It is not closed. If it turns out to refer to another
   * process (readable while pid still runs), the wait resolves `[-1,
   * EINVAL]`. Closed with the package's Close (or CloseRange, Dup2, Dup3)
   * while the wait is pending, the wait goes on with a pidfd of its own;
   * closed any other way, the wait stays pending (keep it open until the
   * wait settles).
   */
  pidfd?: number;
}

interface Waiter {
  wstatus: WaitStatus | null;
  rusage: Rusage | null;
  resolve: (r: [number, Errno | null]) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}

interface Watch {
  pid: number;
  /** What the waiter reports for this watch: unique, so that a stale report (a cancelled watch's fallback thread) finds nothing. */
  token: number;
  /** The pidfd in the epoll set, or -1 for the thread fallback and for a direct watch. */
  pidfd: number;
  ownPidfd: boolean;
  /** Whether the pidfd was added to the waiter's epoll set (or, with sig, to the main thread's). */
  armed: boolean;
  /** Whether the main thread's SIGCHLD path serves it (its pidfd in childEp, or direct), not the waiter thread. */
  sig: boolean;
  /** A SIGCHLD-path watch with no pidfd: each SIGCHLD asks Wait4 about it (see DIRECT_MAX). */
  direct: boolean;
  /** Served by the main thread's io_uring (sys/uring.ts): its request is pending while armed. */
  ring: boolean;
  /**
   * The first waiter, who gets the status (null once every waiter has gone),
   * and the waiters that joined after it, in the order they came (null until
   * one joins): a field for the first, so that the common watch, with one
   * waiter, allocates no Set and its exit no iterator.
   */
  first: Waiter | null;
  more: Set<Waiter> | null;
}

const SET_ADD = Set.prototype.add, SET_DELETE = Set.prototype.delete, SET_VALUES = Set.prototype.values;
const SET_ITER_NEXT = Object.getPrototypeOf(new Set().values()).next as () => IteratorResult<unknown>;

/** w's waiters in the order they came, in an array of our own (a settle may add or remove one). */
function waitersOf(w: Watch): Waiter[] {
  const out: Waiter[] = w.more === null ? [] : setValues(w.more);
  if (w.first !== null) {
    for (let i = out.length; i > 0; i--) out[i] = out[i - 1]!;
    out[0] = w.first;
  }
  return out;
}
/** x joins w's waiters, last. */
function addWaiter(w: Watch, x: Waiter): void {
  if (w.first === null && w.more === null) w.first = x;
  else invoke(SET_ADD, (w.more ??= new Set<Waiter>()), x);
}
/** x leaves w's waiters (the next in order becomes the first); false if it was not one. Each in O(1), by the engine's own Set methods. */
function removeWaiter(w: Watch, x: Waiter): boolean {
  const m = w.more;
  if (w.first === x) {
    w.first = null;
    if (m !== null) {
      const next = invoke(SET_ITER_NEXT, invoke(SET_VALUES, m)) as IteratorResult<Waiter>;
      if (next.done !== true) {
        w.first = next.value;
        invoke(SET_DELETE, m, next.value);
      }
      if (m.size === 0) w.more = null;
    }
    return true;
  }
  if (m === null || !(invoke(SET_DELETE, m, x) as boolean)) return false;
  if (m.size === 0) w.more = null;
  return true;
}

interface Native {
  start: (notifyWrite: number) => number;
  stop: () => number;
  /** op: EPOLL_CTL_ADD or EPOLL_CTL_MOD; one-shot. */
  watch: (fd: number, op: number, events: number, token: number) => number;
  del: (fd: number) => number;
  addThread: (pid: number, token: number) => number;
  /** The running waiter's stop eventfd (in its epoll set), or -1. */
  stopFd: () => number;
}
const CTL_ADD = 1, CTL_DEL = 2, CTL_MOD = 3;

let native: Native | null = null;
/** The main thread's report callback, alive as long as the process. */
let keepCallback: unknown = null;
preparers.push(() => void loadNative());
/** The read end of the running waiter's pipe; -1 while no waiter runs. */
let notifyRead = -1;
/** Watches by pid (one per child), and by token (what the waiter reports). */
const watches = new Map<number, Watch>();
/** Every live watch by its token: a child's (Watch) or an fd's (FdWatch, see PollAsync). */
const byToken = new Map<number, Watch | FdWatch>();
/** PollAsync's watches, one per fd (epoll holds one registration per fd). */
const fdWatches = new Map<number, FdWatch>();
let nextToken = 1;
/** A fresh token, never the one of a live watch. */
function newToken(): number {
  const t = nextToken;
  nextToken = nextToken >= 0x7fffffff ? 1 : nextToken + 1;
  return t;
}
/** How many of the pid waits the waiter thread serves (the main thread's SIGCHLD path serves the rest). */
let threadWatches = 0;
/**
 * Whether the waiter thread serves anything (which keeps its reader, and so
 * the event loop, alive). The main thread's SIGCHLD waits do not count:
 * they hold the loop by a timer of their own, and their end does not look
 * at the reader, which must therefore stop when its own waits end.
 */
const busy = () => threadWatches > 0 || fdWatches.size > 0;
/** The pid waits on a pidfd given in options, by that fd. */
const givenByFd = new Map<number, Watch>();

/** What PollAsync waits for on one fd: every waiter's events, one epoll registration. */
interface FdWatch {
  fd: number;
  /**
   * The fd number in the epoll set: fd, or a dup of it (closed with the
   * watch) when fd's number already holds a registration of the package's
   * own (the waiter's eventfd, a Worker's pidfd), which epoll keys by number.
   */
  regFd: number;
  token: number;
  /** The events the registration asks for now (0 before it is made). */
  armedEvents: number;
  /** Whether the registration exists (ADD done, no DEL since). */
  registered: boolean;
  /** Whether a re-arm is queued: one for all the waits added, or aborted, in one turn (see PollAsync). */
  rearmQueued?: boolean;
  /** In the order they came: the first settles first. */
  waiters: Set<FdWaiter>;
  /** How many waiters ask for each of POLL_BITS: what the registration must ask for, kept without a walk over the waiters. */
  counts: number[];
}
/** The events PollAsync may wait for, one bit each (POLL_EVENTS, below). */
const POLL_BITS = [EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLRDHUP];
function addFdWaiter(w: FdWatch, x: FdWaiter): void {
  w.waiters.add(x);
  for (let i = 0; i < POLL_BITS.length; i++) if ((x.events & POLL_BITS[i]!) !== 0) w.counts[i]!++;
}
function deleteFdWaiter(w: FdWatch, x: FdWaiter): boolean {
  if (!w.waiters.delete(x)) return false;
  for (let i = 0; i < POLL_BITS.length; i++) if ((x.events & POLL_BITS[i]!) !== 0) w.counts[i]!--;
  return true;
}
/** The union of the waiters' events. */
function wantOf(w: FdWatch): number {
  let m = 0;
  for (let i = 0; i < POLL_BITS.length; i++) if (w.counts[i]! > 0) m |= POLL_BITS[i]!;
  return m;
}
interface FdWaiter {
  events: number;
  resolve: (r: [number, Errno | null]) => void;
  reject: (e: unknown) => void;
  signal?: AbortSignal;
  onAbort?: () => void;
}
/** The part of a stream reader used here. */
interface Reader {
  read(): Promise<{ done: boolean; value?: Uint8Array }>;
  cancel(reason?: unknown): Promise<void>;
}
let reader: Reader | null = null;
let closing: Promise<void> | null = null;
let pending = new Uint8Array(0);

/** Compiles waiter.c, once per JavaScript thread. Throws NativeUnavailable where cc cannot be used. */
function loadNative(): Native {
  if (native !== null) return native;
  const lib = compile("waiter.c", waiterText, {
    bsc_waiter_start: { args: ["i32"], returns: "i32" },
    bsc_waiter_stop: { args: [], returns: "i32" },
    bsc_waiter_watch: { args: ["i32", "i32", "u32", "u64"], returns: "i32" },
    bsc_waiter_del: { args: ["i32"], returns: "i32" },
    bsc_waiter_add_thread: { args: ["i32", "u64"], returns: "i32" },
    bsc_waiter_set_callback: { args: ["ptr"], returns: "i32" },
    bsc_waiter_free: { args: ["ptr"], returns: "i32" },
    bsc_waiter_stop_fd: { args: [], returns: "i32" },
  });
  const s = lib.symbols;
  if (viaCallback()) {
    const F = ffi();
    // A batch: count records of (token u64, events u64), malloc'd by the waiter, freed here.
    const cb = new F.JSCallback((records: number | bigint, count: number | bigint) => {
      const at = Number(records) as unknown as Pointer;
      const n = Number(count);
      const words = new Uint32Array(F.toArrayBuffer(at, 0, n * 16).slice(0));
      s.bsc_waiter_free(at);
      for (let i = 0; i < n; i++) dispatch(words[i * 4]!, words[i * 4 + 2]!);
      maybeStopReader();
    }, { args: ["u64", "u64"], returns: "void", threadsafe: true });
    s.bsc_waiter_set_callback(cb.ptr);
    keepCallback = cb;
    // The waiter thread must not call into the VM once it is torn down.
    invoke(PROCESS_ONCE, process, "exit", () => {
      if (notifyRead >= 0) s.bsc_waiter_stop();
    });
  }
  native = {
    start: (fd) => s.bsc_waiter_start(fd),
    stop: () => s.bsc_waiter_stop(),
    watch: (fd, op, events, token) => s.bsc_waiter_watch(fd, op, events, token),
    del: (fd) => s.bsc_waiter_del(fd),
    addThread: (pid, token) => s.bsc_waiter_add_thread(pid, token),
    stopFd: () => s.bsc_waiter_stop_fd(),
  };
  return native;
}

/**
 * How long an idle waiter thread (and its pipe) stays up on the main thread
 * for the next wait: starting one costs tens of microseconds. It holds no
 * event-loop reference meanwhile, so it never delays the process's exit. A
 * Worker's waiter stops at once, so that a terminated Worker leaves nothing.
 */
const LINGER_MS = 1000;
let lingerTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * Makes sure a waiter thread runs and that its pipe is read (reading keeps
 * the event loop alive while something is waited for).
 */
async function ensureReader(): Promise<void> {
  while (closing !== null) await closing;
  if (lingerTimer !== null) {
    clearTimeout(lingerTimer);
    lingerTimer = null;
  }
  if (reader !== null) return;
  if (notifyRead < 0) {
    const N = loadNative();
    if (viaCallback()) {
      const r = N.start(-1);
      if (r < 0) throw Errno.of(-r);
      notifyRead = RUNNING_WITHOUT_PIPE;
    } else {
      const p = [0, 0];
      const err = Pipe2(p, O_CLOEXEC);
      if (err) throw err; // EMFILE and the like: the waits resolve [-1, err]
      SetNonblock(p[0]!, true);
      const r = N.start(p[1]!); // the waiter thread owns the write end from here on
      if (r < 0) {
        Close(p[0]!);
        Close(p[1]!);
        throw Errno.of(-r);
      }
      notifyRead = p[0]!;
      pending = new Uint8Array(0);
    }
  }
  if (viaCallback()) {
    // Reports arrive as callbacks; what keeps the event loop alive while
    // something is waited for is a timer that never fires in practice.
    const keep = setInterval(() => {}, 0x7fffffff);
    reader = { read: () => new Promise(() => {}), cancel: async () => clearInterval(keep) };
    return;
  }
  let rd: Reader;
  try {
    rd = Bun.file(notifyRead).stream().getReader() as unknown as Reader;
  } catch (e) {
    // Bun dups the fd for the stream: with no fd left (EMFILE) it throws a
    // SystemError of its own. The waits must end with the Errno, as when
    // the pipe itself could not be made, and the waiter just started must
    // not stay up (its thread and three fds) with nothing to read it.
    const n = (e as { errno?: unknown }).errno;
    if (typeof n !== "number" || !Number.isInteger(n) || n === 0) throw e;
    endWaiter();
    throw Errno.of(n < 0 ? -n : n);
  }
  reader = rd;
  void pump(rd);
}

/** Whether the waiter runs and is read, with nothing pending that ensureReader would have to do first. */
const readerUp = () => reader !== null && closing === null && lingerTimer === null && !stopScheduled;

/** notifyRead's value while a waiter runs that reports through the callback, with no pipe. */
const RUNNING_WITHOUT_PIPE = 0x7fffffff;

/**
 * Whether reports come through a bun:ffi threadsafe callback, which Bun
 * queues onto this thread's event loop (no pipe, no stream, one task per
 * report): on the main thread, whose event loop lives as long as the
 * process. A Worker keeps the pipe: a callback into a terminated Worker
 * would call into a dead VM, and a pipe nobody reads is harmless.
 */
const viaCallback = () => MAIN_THREAD;

// ------------------------------------------------------------ the main thread's io_uring

/*
 * On the main thread, where the kernel has IORING_OP_WAITID (Linux 6.7),
 * a child's exit needs neither a thread nor a signal: each wait is one
 * request on a ring of the package's own (sys/uring.ts), asked with
 * WNOWAIT, which the kernel completes when the child exits, leaving it for
 * exited() to reap as every other path does. Each completion sends a byte
 * to the ring's wake socket, which Bun's event loop reads as a socket
 * (`Bun.connect({ fd })` of a copy of it), held (ref'd, as a pending
 * Bun.spawn holds the loop) while anything is waited for; the completions
 * are read off the ring's memory. With no SIGCHLD listener, the exits of
 * every other child in the process (Bun.spawn's) cost nothing here.
 */

/** Whether the io_uring may serve the main thread's waits (tests turn it off to reach the SIGCHLD path). */
let ringEnabled = true;
/** How many waits the ring serves. */
let ringWatches = 0;
/** The part of Bun's socket used here. */
interface RingSocket {
  ref(): void;
  unref(): void;
  terminate(): void;
}
/** Bun's socket reading a copy of the ring's wake end, while the ring is up. */
let ringSock: RingSocket | null = null;
/** Whether ringSock holds the event loop (while ringWatches > 0, and for the rest of that turn). */
let ringHeld = false;
/** Whether Bun.connect is being called (its open handler runs inside it). */
let ringConnecting = false;
let ringStopScheduled = false;
let ringLinger: ReturnType<typeof setTimeout> | null = null;

/**
 * Turns the main thread's io_uring path off (false) or back on (true), for
 * tests of the SIGCHLD path; returns whether the ring can be had here.
 * @internal
 */
export function useRing(on: boolean): boolean {
  ringEnabled = on;
  return on && openRing();
}

/** Whether the ring is up, opening it if it is not (and may be had). */
const openRing = (): boolean => ringUp() || (ringOpen(ringComplete, ringSubmitFail) >= 0 && ringUp());

/** Whether this wait can go through the ring: it is up (or comes up now), and its wake socket is read and holds the loop. */
function ringReady(): boolean {
  if (!ringEnabled || !openRing()) return false;
  if (ringSock === null && !ringConnect()) return false;
  if (ringLinger !== null) {
    clearTimeout(ringLinger);
    ringLinger = null;
  }
  if (!ringHeld) {
    ringSock!.ref();
    ringHeld = true;
  }
  // Let go after this turn unless a wait holds it (this one may end at once, its child exited already).
  if (!ringStopScheduled) {
    ringStopScheduled = true;
    setImmediate(ringStopIfIdle);
  }
  return true;
}

/**
 * What Bun's socket of the wake end calls: an object with no prototype, as
 * are Bun.connect's options, so that a handler or option a program put on
 * Object.prototype (hostname, port, unix, drain) can never be Bun's to
 * read (Bun 1.4.5 reads none of them there; a later Bun might).
 */
const ringHandlers = {
  __proto__: null,
  open(s: RingSocket): void {
    if (ringConnecting) ringSock = s;
    else s.terminate(); // opened later than Bun.connect's return (not this Bun's way): not used
  },
  data(): void {
    harvest();
  },
  close(s: RingSocket): void {
    if (s === ringSock) ringSockLost();
  },
  error(): void {}, // an error is followed by close, which does what there is to do
};

/** Bun.connect as this module found it at load: a program's replacement must not be handed the ring's wake end. */
const BUN_CONNECT = Bun.connect;

/** Bun's socket for a copy of the wake end (Bun owns the copy), in ringSock; false where it cannot be had. */
function ringConnect(): boolean {
  const fd = C.fcntl(ringFds()![1], F_DUPFD_CLOEXEC, 0);
  if (fd < 0) return false; // no fd for the copy (EMFILE): the SIGCHLD path, which needs none, serves the wait
  ringConnecting = true;
  try {
    invoke(PROMISE_THEN, invoke(BUN_CONNECT, Bun, { __proto__: null, fd, socket: ringHandlers }), undefined, () => {});
  } catch {
    // Bun refused the fd before taking it.
    if (ringSock === null) C.close(fd);
  } finally {
    ringConnecting = false;
  }
  return ringSock !== null;
}

/** The wake socket failed or ended under the ring: its waits go by SIGCHLD, and the ring closes (the next wait opens another). */
function ringSockLost(): void {
  ringSock = null;
  ringHeld = false;
  const ws = valuesOf(watches);
  for (let i = 0; i < ws.length; i++) if (ws[i]!.ring) ringToSig(ws[i]!);
  closeRing();
}

/** A completion of the ring: the request of token has finished with res (0, or -errno). */
function ringComplete(token: number, res: number, code: number): void {
  const w = byToken.get(token);
  if (w === undefined || !("pid" in w) || !w.ring) return; // a withdrawn request's -ECANCELED
  w.armed = false;
  if (res === 0) {
    // It exited, and exited() reaps it; or it stopped, traced by this
    // thread (a traced child's stops satisfy any wait, WEXITED alone too):
    // the stop is left for Wait4, and the SIGCHLD path, which asks about
    // exits only, takes the wait over (a request again would complete again
    // at once, for the same stop).
    if (code === -1 ? exitedNow(w.pid) : code >= CLD_EXITED && code <= CLD_DUMPED) dispatch(token, EPOLLIN);
    else ringToSig(w);
  } else if (res === -ECHILD.errno) {
    dispatch(token, EPOLLIN); // reaped elsewhere: exited()'s wait4 says ECHILD
  } else {
    ringToSig(w);
  }
}

/** Requests the kernel did not take (the ring's fd closed under it, no memory): the SIGCHLD path serves their waits. */
function ringSubmitFail(tokens: number[]): void {
  for (let i = 0; i < tokens.length; i++) {
    const w = byToken.get(tokens[i]!);
    if (w !== undefined && "pid" in w && w.ring) ringToSig(w);
  }
}

/** A ring watch handed to the SIGCHLD path, as a direct watch (no fd needed). */
function ringToSig(w: Watch): void {
  w.ring = false;
  w.armed = false;
  ringCount(-1);
  w.sig = true;
  startSig();
  serveDirectly(w);
  // It may have exited already, before there was a listener for its SIGCHLD.
  onSigchld();
}

/** One more (or one fewer) wait on the ring; with none left, its reader stops after this turn. */
function ringCount(d: 1 | -1): void {
  ringWatches += d;
  if (ringWatches === 0 && !ringStopScheduled) {
    ringStopScheduled = true;
    setImmediate(ringStopIfIdle);
  }
}

/** With nothing waited for: the wake socket lets go of the loop (so the process may exit), and the ring closes LINGER_MS later. */
function ringStopIfIdle(): void {
  ringStopScheduled = false;
  if (ringWatches > 0 || !ringHeld) return;
  ringHeld = false;
  ringSock?.unref();
  if (ringLinger === null) {
    ringLinger = setTimeout(() => {
      ringLinger = null;
      if (ringWatches === 0 && !ringHeld) closeRing();
    }, LINGER_MS);
    ringLinger.unref();
  } else {
    ringLinger.refresh();
  }
}

/** Closes the ring now, and Bun's socket of its wake end (nothing is waited for through it). */
function closeRing(): void {
  if (ringLinger !== null) clearTimeout(ringLinger);
  ringLinger = null;
  const s = ringSock;
  ringSock = null;
  ringHeld = false;
  if (s !== null) s.terminate();
  harvest();
  ringClose();
}

// ------------------------------------------------------------ the main thread's children

/*
 * On the main thread, a child's exit needs no thread at all: the kernel
 * sends SIGCHLD, Bun runs a `process.on("SIGCHLD")` listener on its event
 * loop (its handler is installed with SA_RESTART, so no other call sees
 * EINTR from it), and the listener asks a private epoll set of the
 * children's pidfds, without waiting, which of them are readable: only
 * those are reaped, each by its pid. The kernel makes a pidfd readable
 * before it sends the SIGCHLD of the same exit, so the listener that runs
 * for a signal finds that child; SIGCHLDs that merge find all of them. This
 * is one wake-up of the event loop per exit (or fewer), where the waiter
 * thread costs two (its own, then the loop's). The listener is added before
 * the first check of a wait, so no exit falls between them; it keeps
 * nothing alive by itself (a timer does while children are waited for),
 * and it is removed 50 ms after the last wait, the set closed a second
 * after.
 *
 * The first few children (DIRECT_MAX) need not even a pidfd: each SIGCHLD
 * asks waitid about each of them (see exitedNow), which costs less than
 * opening a pidfd, adding it to the set, asking the set and closing the
 * pidfd, for the one child at a time that most programs wait for. The
 * kernel marks a child a zombie before it sends the SIGCHLD of its exit
 * (both under one lock), so the waitid that the listener makes finds it.
 * Beyond DIRECT_MAX, a wait takes the pidfd path, whose cost per SIGCHLD
 * does not grow with the number of children; where the kernel has no room
 * for its pidfd or for the set (EMFILE, ENFILE, ENOMEM, ENOSPC), the wait
 * is served directly all the same, as Wait4 needs no fd either.
 */
let childEp = -1;
/** Watches served without a pidfd: DIRECT_MAX of them, and beyond it those whose pidfd or set the kernel had no room for. */
const directWatches = new Set<Watch>();
/**
 * Whether child pid has exited, asked without reaping it and without
 * taking a stop: waitid(P_PID, pid, WEXITED|WNOHANG|WNOWAIT). A child this
 * thread traces reports its ptrace stops to any wait call, and Wait4 would
 * take one for good; Wait4Async reports only exits, on every path. An error
 * (ECHILD: reaped elsewhere) counts as exited, for Wait4 to report.
 */
function exitedNow(pid: number): boolean {
  if (peekAddr === 0) {
    peekInfo = new Int32Array(32); // siginfo_t: 128 bytes
    peekAddr = ffi().ptr(peekInfo) as unknown as number;
  }
  const info = peekInfo!;
  let r: number;
  do {
    info[4] = 0;
    r = Number(C.syscall(SYS_WAITID, P_PID, pid, peekAddr, WEXITED | WNOHANG | WNOWAIT, 0, 0));
  } while (r === -1 && errno() === EINTR.errno);
  if (r === -1) return true;
  // si_pid (at byte 16) is 0 while it runs; si_code (at 8) says how it changed.
  return info[4] === pid && info[2]! >= CLD_EXITED && info[2]! <= CLD_DUMPED;
}
let peekInfo: Int32Array | null = null;
let peekAddr = 0;
const P_PID = 1, CLD_EXITED = 1, CLD_DUMPED = 3;

/** How many children at most each SIGCHLD asks Wait4 about (each ask costs about a microsecond). @internal */
export const DIRECT_MAX = 4;
let sigListening = false;
let sigWatches = 0;
let sigKeep: ReturnType<typeof setInterval> | null = null;
let sigLinger: ReturnType<typeof setTimeout> | null = null;
const readyTokens = new Int32Array(READY_MAX);
const EPOLL_ONESHOT = 1 << 30;

/** Whether this module runs on the main thread (each thread loads it on its own, so it never changes). */
const MAIN_THREAD = Bun.isMainThread;
/** Whether children are waited for through SIGCHLD (the main thread), not the waiter thread. */
const sigPath = () => MAIN_THREAD;

function onSigchld(): void {
  // Index loops over copies made by the engine's Set and Map forEach (taken at load), here and below: a
  // program's Array or Set iterator must not leave an exited child unasked (its wait would never settle).
  if (directWatches.size > 0) {
    const ws = setValues(directWatches);
    for (let i = 0; i < ws.length; i++) if (exitedNow(ws[i]!.pid)) dispatch(ws[i]!.token, EPOLLIN);
  }
  if (childEp < 0) return;
  // A dispatch below may run a caller's setter (the WaitStatus it fills),
  // which may come back here (a Wait4Async on a given pidfd looks at the
  // set): that call takes tokens of its own, and must not overwrite the
  // ones not dispatched yet, whose one-shot registrations have fired.
  const tokens = sigDepth === 0 ? readyTokens : new Int32Array(READY_MAX);
  sigDepth++;
  try {
    for (;;) {
      const n = epollReady(childEp, tokens);
      if (n < 0) {
        // The set cannot be asked (a seccomp filter that refuses epoll_wait
        // and lets Bun run): each of its children is asked as a direct
        // watch is, one waitid each, rather than left waiting for ever.
        const ws = valuesOf(watches);
        for (let i = 0; i < ws.length; i++) {
          const w = ws[i]!;
          if (w.sig && !w.direct && w.armed && exitedNow(w.pid)) dispatch(w.token, EPOLLIN);
        }
        break;
      }
      for (let i = 0; i < n; i++) dispatch(tokens[i]!, EPOLLIN);
      if (n < READY_MAX) break;
    }
  } finally {
    sigDepth--;
  }
}
/** How many onSigchld calls are under way (more than one: one called from a caller's setter that a dispatch ran). */
let sigDepth = 0;

/** Listens for SIGCHLD. */
function startSig(): void {
  if (sigListening && !ourListenerThere()) {
    // A program's process.removeAllListeners("SIGCHLD") took ours away: the
    // exits since then went unseen. Listen again, then ask about every
    // pending wait now, so that those waits settle at this call (as
    // documented) rather than never: sigListening stayed true, and before
    // this check no later call listened again, so every wait hung for good
    // and the timer held the process alive.
    invoke(PROCESS_ON, process, "SIGCHLD", onSigchld);
    onSigchld();
    return;
  }
  if (!sigListening) {
    invoke(PROCESS_ON, process, "SIGCHLD", onSigchld);
    sigListening = true;
  }
}
/**
 * process.on, off, once and listeners as they were at load: a program's own
 * (`process.on = ...`, which made every main-thread Wait4Async pend for
 * good, its listener never added) must not decide whether exits are seen.
 */
const PROCESS_ON = process.on, PROCESS_OFF = process.off, PROCESS_LISTENERS = process.listeners, PROCESS_ONCE = process.once;
/** Whether onSigchld is still among the SIGCHLD listeners (an index loop: Array.prototype may be the program's). */
function ourListenerThere(): boolean {
  const ls = invoke(PROCESS_LISTENERS, process, "SIGCHLD") as unknown[];
  for (let i = 0; i < ls.length; i++) if (ls[i] === onSigchld) return true;
  return false;
}

/** Opens the set of pidfds if it is not open; returns the error that prevents it (no fds left). */
function openChildEp(): Errno | null {
  if (childEp >= 0) return null;
  const [ep, err] = EpollCreate1(O_CLOEXEC);
  if (err !== null) return err;
  childEp = ep;
  return null;
}

/**
 * One more (or one fewer) child in the set: the event loop is held while any
 * is, by one timer that never fires, referenced and unreferenced rather
 * than made and cleared for each wait.
 */
function sigCount(d: 1 | -1): void {
  sigWatches += d;
  if (sigWatches > 0) {
    if (sigKeep === null) sigKeep = setInterval(() => {}, 0x7fffffff);
    else if (sigWatches === 1) sigKeep.ref();
  } else {
    sigKeep?.unref();
    sigIdleLater();
  }
}

/**
 * How long the SIGCHLD listener stays after the last wait. While it is
 * there, every child's exit in the process (a Worker's, Bun.spawn's)
 * costs a signal delivered to some thread and a call here, so it goes soon;
 * but adding and removing it costs two sigaction calls and Bun's own
 * bookkeeping, which waits a few milliseconds apart (a loop of spawns and
 * waits, with other work between) would pay each time.
 */
const SIG_LINGER_MS = 50;
let sigUnlistenTimer: ReturnType<typeof setTimeout> | null = null;

/**
 * With nothing waited for through SIGCHLD: the listener goes after
 * SIG_LINGER_MS, the set (an fd) and the timer after LINGER_MS (both timers
 * unreferenced, re-armed rather than remade).
 */
function sigIdleLater(): void {
  if (sigWatches > 0 || (!sigListening && childEp < 0)) return;
  if (sigListening) {
    if (sigUnlistenTimer === null) {
      sigUnlistenTimer = setTimeout(sigUnlisten, SIG_LINGER_MS);
      sigUnlistenTimer.unref();
    } else {
      sigUnlistenTimer.refresh();
    }
  }
  if (sigLinger === null) {
    sigLinger = setTimeout(stopSig, LINGER_MS);
    sigLinger.unref();
  } else {
    sigLinger.refresh();
  }
}

function sigUnlisten(): void {
  if (sigWatches > 0 || !sigListening) return; // busy again: the next idle re-arms it
  invoke(PROCESS_OFF, process, "SIGCHLD", onSigchld);
  sigListening = false;
}

/** Everything of the SIGCHLD path goes: the timers, the listener, the set. */
function stopSig(): void {
  if (sigWatches > 0) return; // busy again: the next idle re-arms it
  if (sigLinger !== null) clearTimeout(sigLinger);
  sigLinger = null;
  if (sigUnlistenTimer !== null) clearTimeout(sigUnlistenTimer);
  sigUnlistenTimer = null;
  if (sigKeep !== null) clearInterval(sigKeep);
  sigKeep = null;
  sigUnlisten();
  if (childEp >= 0) Close(childEp);
  childEp = -1;
}

/** One report from the waiter: the watch with this token saw revents. */
function dispatch(token: number, revents: number): void {
  // One watch's failure must not stop the others: every other wait depends on it.
  try {
    const w = byToken.get(token);
    if (w === undefined) return; // a cancelled wait, or a stale note: a child stays reapable
    if ("pid" in w) exited(w);
    else fdReady(w, revents);
  } catch {
    // each settles its own waiters; nothing of it reaches here by design
  }
}

let stopScheduled = false;

/**
 * When nothing is waited for: stop reading (so the process may exit) once
 * the current turn of the event loop is over, which lets a loop of
 * `await Wait4Async(...)` keep its reader; the waiter itself stops after
 * LINGER_MS.
 */
function maybeStopReader(): void {
  if (busy() || reader === null || closing !== null || stopScheduled) return;
  stopScheduled = true;
  setImmediate(stopReaderNow);
}

function stopReaderNow(): void {
  stopScheduled = false;
  if (busy() || reader === null || closing !== null) return;
  const r = reader;
  closing = invoke(PROMISE_THEN, invoke(PROMISE_THEN, r.cancel(), undefined, () => {}), () => {
    if (reader === r) reader = null;
    closing = null;
    if (busy() || reader !== null) return;
    if (MAIN_THREAD) {
      lingerTimer = setTimeout(stopWaiter, LINGER_MS);
      lingerTimer.unref();
    } else {
      stopWaiter();
    }
  });
}

function stopWaiter(): void {
  lingerTimer = null;
  if (busy() || reader !== null || notifyRead < 0) return;
  // The stream no longer polls the fd: now it may be closed.
  endWaiter();
}

/** Stops the running waiter thread (which closes its own fds) and closes the pipe's read end, if there is one. */
function endWaiter(): void {
  loadNative().stop();
  if (notifyRead !== RUNNING_WITHOUT_PIPE) Close(notifyRead);
  notifyRead = -1;
}

/**
 * Resolves once nothing is waited for and the waiter thread has stopped,
 * with its fds closed (it does not wait out the linger). For tests, and for
 * a Worker about to end. @internal
 */
export async function waiterIdle(): Promise<void> {
  if (sigWatches === 0) stopSig();
  if (ringWatches === 0) closeRing();
  if (stopScheduled) stopReaderNow();
  while (closing !== null) await closing;
  if (!busy() && reader === null) {
    if (lingerTimer !== null) clearTimeout(lingerTimer);
    stopWaiter();
  }
}

async function pump(r: Reader): Promise<void> {
  for (;;) {
    let chunk: Awaited<ReturnType<Reader["read"]>>;
    try {
      chunk = await r.read();
    } catch {
      break;
    }
    if (chunk.done || chunk.value === undefined) break;
    // Lengths and views by the engine's getters, copies by constructors: the
    // program's own code may have shadowed a typed-array getter or method.
    let bytes: Uint8Array = chunk.value;
    const had = byteLengthOf(pending);
    if (had > 0) {
      const n = byteLengthOf(bytes);
      const joined = new Uint8Array(had + n);
      setOf(joined, pending);
      setOf(joined, bytes, had);
      bytes = joined;
    }
    // Records of 16 bytes: the token (u64, below 2^31) and the events seen (u32).
    const len = byteLengthOf(bytes);
    const whole = len - (len % 16);
    const dv = dataViewOf(bytes);
    for (let o = 0; o < whole; o += 16) dispatch(dv.getUint32(o, true), dv.getUint32(o + 8, true));
    pending = new Uint8Array(subview(bytes, whole, len));
    maybeStopReader();
  }
}

/** The child of this watch may have exited: reap it for the first waiter, if any is left. */
function exited(w: Watch): void {
  const token = w.token;
  const first = w.first!;
  // Reaped into a buffer or objects of our own, then copied into the
  // caller's: a caller's object that refuses the write rejects that one
  // Promise, after the child is reaped, and no other.
  let r: [number, Errno | null];
  let status: number;
  let ru: Rusage | null = null;
  if (first.rusage === null) {
    // The common case, straight through wait4(2): what Wait4 would do, less
    // its checks of arguments that are ours and its note to onReap, whose
    // listener below ignores the watch's own reap.
    let p: number, e = 0;
    do {
      reapStatus[0] = 0;
      p = C.wait4(w.pid, reapStatus, WNOHANG, null);
      e = p < 0 ? errno() : 0;
    } while (e === EINTR.errno);
    status = reapStatus[0]!;
    r = p < 0 ? [-1, Errno.of(e)] : [p, null];
  } else {
    const ws = new WaitStatus();
    ru = new Rusage();
    reaping = w;
    try {
      do r = Wait4(w.pid, ws, WNOHANG, ru);
      while (r[1] === EINTR);
    } finally {
      reaping = null;
    }
    status = ws.status;
  }
  if (r[1] === null && r[0] === 0) {
    if (w.pidfd >= 0 && !w.ownPidfd) {
      // A pidfd given in options that is readable while pid runs: it refers to another process.
      r = [-1, EINVAL];
    } else {
      // Still running: a direct watch is asked again at the next SIGCHLD.
      if (w.direct) return;
      if (w.ring) {
        w.armed = true;
        ringWaitid(w.pid, token);
        return;
      }
      // Not exited after all (our own pidfd or waitid says it has): watch again rather than lose it.
      if (w.sig) {
        const err = epollToken(childEp, CTL_MOD, w.pidfd, EPOLLIN | EPOLL_ONESHOT, token);
        if (err === null) return;
        r = [-1, err];
      } else {
        const e = w.pidfd >= 0 ? loadNative().watch(w.pidfd, CTL_MOD, EPOLLIN, token) : loadNative().addThread(w.pid, token);
        if (e === 0) return;
        r = [-1, Errno.of(-e)];
      }
    }
  }
  finish(w);
  // The first waiter reaped it; any other sees what a second Wait4 would: ECHILD.
  try {
    if (first.wstatus !== null) first.wstatus.status = status;
    if (first.rusage !== null && ru !== null && r[0] > 0) copyRusage(ru, first.rusage);
    settle(first, r);
  } catch (e) {
    unlisten(first);
    first.reject(e);
  }
  if (w.more !== null) {
    const others = waitersOf(w);
    for (let i = 0; i < others.length; i++) if (others[i] !== first) settle(others[i]!, [-1, ECHILD]);
  }
}

/** The status word of exited()'s own wait4. */
const reapStatus = new Int32Array(1);

/** The watch whose own reap is under way (its Wait4 tells onReap of it too). */
let reaping: Watch | null = null;
// A child reaped by a Wait4 of this thread, other than a watch's own (a
// caller's Wait4 beside a pending Wait4Async, or with pid -1 or a group):
// its waits settle now with what a second Wait4 gets, ECHILD, not at the
// next SIGCHLD or pidfd report, by when the pid may be a new child's.
onReap((pid) => {
  const w = watches.get(pid);
  if (w !== undefined && w !== reaping) fail(w, ECHILD);
});

function unlisten(waiter: Waiter): void {
  if (waiter.signal && waiter.onAbort) unlistenAbort(waiter.signal, waiter.onAbort);
}

function settle(waiter: Waiter, r: [number, Errno | null]): void {
  unlisten(waiter);
  waiter.resolve(r);
}

/** A watch that cannot go on: forgotten, every waiter resolved `[-1, err]` (and the reader let go if that was its last). */
function fail(w: Watch, err: Errno): void {
  finish(w);
  const xs = waitersOf(w);
  for (let i = 0; i < xs.length; i++) settle(xs[i]!, [-1, err]);
  maybeStopReader();
}

/** A native call's result (0, or -errno) as an error. */
const errOf = (r: number): Errno | null => (r === 0 ? null : Errno.of(-r));

/** Forgets a watch: out of the epoll set if it was put there, and its pidfd closed if it is ours. */
function finish(w: Watch): void {
  if (watches.get(w.pid) === w) {
    watches.delete(w.pid);
    if (w.ring) ringCount(-1);
    else if (!w.sig) threadWatches--;
  }
  if (!w.ownPidfd && givenByFd.get(w.pidfd) === w) givenByFd.delete(w.pidfd);
  byToken.delete(w.token);
  if (w.ring) {
    // A request still pending is withdrawn (its -ECANCELED finds no token); the child stays reapable.
    if (w.armed) ringCancel(w.token);
    w.armed = false;
    return;
  }
  // Closing our own pidfd takes it out of the epoll set; a given one stays open, so it is taken out here.
  if (w.sig) {
    if (w.direct) directWatches.delete(w);
    else if (w.armed && !w.ownPidfd) epollToken(childEp, CTL_DEL, w.pidfd, 0, 0);
    if (w.armed) sigCount(-1);
  } else if (w.armed && native !== null && !w.ownPidfd) native.del(w.pidfd);
  w.armed = false;
  if (w.ownPidfd) {
    // Our own fd, checked when it was opened: closed straight through libc,
    // and the fd hooks told (a PollAsync of the caller's on the number ends).
    C.close(w.pidfd);
    fdsGone(w.pidfd, w.pidfd);
    w.ownPidfd = false;
  }
}

/**
 * Wait4 for the event loop: resolves when child pid exits, with what
 * `Wait4(pid, wstatus, 0, rusage)` would return (`[pid, null]`, or
 * `[-1, err]`), filling wstatus and rusage in place. Nothing polls and
 * nothing spins. On the main thread no thread and no signal is involved
 * where the kernel has IORING_OP_WAITID (Linux 6.7): each wait is one
 * request, asked with WNOWAIT, on an io_uring of the package's own (three
 * fds: the ring, one end of a socket pair that each completion sends a
 * byte to, and a copy of that end, which Bun's event loop reads as a
 * socket, holding the loop while anything is waited for; all closed a
 * second after the last wait). The kernel completes the request when the
 * child exits, and the package then reaps it, by pid. A turn's waits go to
 * the kernel in one io_uring_enter.
 *
 * Where the ring cannot be had (an older kernel, io_uring_disabled, a
 * seccomp filter, no fd left), or for a child this thread traces (whose
 * stops any wait reports), the main thread listens for SIGCHLD instead
 * (`process.on("SIGCHLD")`, which Bun serves on its
 * event loop with an SA_RESTART handler), and on each it asks about the
 * children waited for, without waiting, and reaps, by pid, only those that
 * exited. Up to 4 pending children are asked about one by one (a waitid
 * each, no fd at all); past that, each further child's pidfd goes into a
 * private epoll set, which says at once which of them exited. In a Worker, one
 * native thread sleeps in epoll_wait on the pidfds and wakes the Worker's
 * event loop through a pipe. While children are waited for, the process
 * stays alive, as a pending Bun.spawn does. On the SIGCHLD path the listener goes
 * 50 ms after the last wait (while it is there, every child's exit in the
 * process costs a signal), its epoll set a second after; code that removes
 * every SIGCHLD listener
 * (`process.removeAllListeners("SIGCHLD")`) while a wait is pending
 * leaves it pending until the next Wait4Async call, and a SIGCHLD handler
 * installed outside Bun (through your own bun:ffi sigaction) is replaced
 * by Bun's while the listener is there, and SIG_DFL after it, as with any
 * `process.on("SIGCHLD")`.
 *
 * - It reaps only pid, never "any child", so it cannot take the exit status
 *   of a child that Bun's spawn API or node's child-process module started; pid must be > 0.
 * - Cancellation: with `signal`, an abort rejects the Promise with the
 *   signal's reason and stops watching; the child is not reaped, and a later
 *   Wait4 or Wait4Async still gets its status.
 * - Two waits for one pid: the first gets the status, the others `ECHILD`, as
 *   two Wait4 calls would. A Wait4 of the same thread that reaps the child
 *   while a Wait4Async for it is pending settles that wait at once, with
 *   `ECHILD`, so that the freed pid, when the kernel gives it to a new
 *   child, is that child's own. A reap this thread does not see (another
 *   thread's Wait4, a raw wait4 through bun:ffi) is noticed at the next
 *   SIGCHLD or pidfd report instead (on the io_uring, at the child's exit,
 *   which its request reports).
 * - It waits for exit only: stops and continues are not reported. A stop
 *   of a child this thread traces (SysProcAttr.Ptrace), which every wait
 *   call reports, is left for Wait4 to take (except without pidfds, below,
 *   where a wait with a waitid thread ends with it).
 * - Without pidfds (Linux < 5.3, or a seccomp filter answering ENOSYS or
 *   EPERM to pidfd_open) it falls back, past the main thread's 4 waits
 *   that need no pidfd, to one native thread per child,
 *   blocked in waitid(P_PID, pid, WEXITED|WNOWAIT), which does not reap
 *   either; a cancelled wait's thread then lingers, idle, until the child
 *   exits.
 * - A Worker's waiter thread stops when nothing is waited for (the main
 *   thread's, which only PollAsync and the fallback use, a second later:
 *   it holds no event-loop reference meanwhile). A Worker terminated
 *   (`worker.terminate()`) while it waits, or in the turn after its last
 *   wait settles, can leave its waiter thread behind, idle, with its fds
 *   (its epoll set, its pipe and eventfd, the pidfds of the waits it had:
 *   4 or 5 a Worker, measured): nothing runs in a Worker on termination to
 *   stop it.
 *   Let a Worker end by itself, or await its waits before terminating it.
 */
export function Wait4Async(pid: number, wstatus: WaitStatus | null, rusage: Rusage | null, options?: Wait4AsyncOptions): Promise<[wpid: number, err: Errno | null]> {
  if (typeof pid !== "number" || !Number.isInteger(pid)) throw new TypeError(`pid must be an integer, got ${describe(pid)}`);
  if (pid <= 0 || pid > 0x7fffffff) throw new RangeError(`Wait4Async waits for one child: pid must be > 0, got ${pid}`);
  if (wstatus !== null && !isA(WaitStatus, wstatus)) throw new TypeError(`wstatus must be a WaitStatus or null, got ${describe(wstatus)}`);
  if (rusage !== null && !isA(Rusage, rusage)) throw new TypeError(`rusage must be an Rusage or null, got ${describe(rusage)}`);
  // Checked now, not when the child exits: a frozen object is refused before anything is watched.
  if (wstatus !== null) outArg("wstatus", wstatus, ["status"]);
  if (rusage !== null) rusageOut("rusage", rusage);
  if (options !== undefined && options !== null && typeof options !== "object") throw new TypeError(`options must be an object, got ${describe(options)}`);
  // Each option is read once.
  const signal = signalArg(options?.signal);
  const givenPidfd: unknown = options?.pidfd;
  if (givenPidfd !== undefined && (typeof givenPidfd !== "number" || !Number.isInteger(givenPidfd))) throw new TypeError("options.pidfd must be an integer fd");
  if (givenPidfd !== undefined && (givenPidfd < 0 || givenPidfd > 0x7fffffff)) throw new RangeError(`options.pidfd out of range: ${givenPidfd}`);
  // A given fd must be a pidfd (signal 0 through it: EBADF if it is not), or
  // the wait would last until some unrelated fd became readable.
  if (givenPidfd !== undefined) {
    const e = PidfdSendSignal(givenPidfd, 0, null, 0);
    if (e !== null && e !== ESRCH) return Promise.resolve([-1, EINVAL]);
  }
  if (abortedOf(signal)) return Promise.reject(reasonOf(signal!));

  // On the main thread, SIGCHLD is listened for before the first look, so
  // that an exit right after it is not missed.
  // With the io_uring, no listener at all: the kernel completes the request.
  const viaRing = givenPidfd === undefined && sigPath() && ringReady();
  if (sigPath() && !viaRing) startSig();

  // A second wait for a child already watched joins that watch, before any
  // look at the child: a child that exited since the first call is the
  // first caller's to reap, not this one's (which gets ECHILD, as a second
  // Wait4 would), even when no SIGCHLD has been handled in between.
  const joined = watches.get(pid);
  if (joined !== undefined) return joinWait(joined, wstatus, rusage, signal);

  // Already exited (or not our child): answer at once, as Wait4 would. A
  // stop is not an exit (only a child traced by this thread reports one).
  // (The ring's request answers that itself, at its submission: no call here.)
  if (!viaRing && exitedNow(pid)) {
    let r: [number, Errno | null];
    try {
      do r = Wait4(pid, wstatus ?? new WaitStatus(), WNOHANG, rusage);
      while (r[1] === EINTR);
    } catch (e) {
      // A caller's object that refused the write (a Proxy's trap threw),
      // after the child was reaped: the Promise rejects, as it does when
      // the child exits later, rather than the call throwing.
      if (sigPath()) sigIdleLater();
      return Promise.reject(e);
    }
    if (r[1] !== null || r[0] !== 0) {
      if (sigPath()) sigIdleLater();
      return Promise.resolve(r);
    }
  }

  // (Each path in a function of its own: a closure here would make every call allocate this function's scope.)
  if (viaRing) return ringWait(pid, wstatus, rusage, signal);
  return otherWait(pid, wstatus, rusage, signal, givenPidfd as number | undefined);
}

/** A second wait for a watched child: it joins the watch. */
function joinWait(joined: Watch, wstatus: WaitStatus | null, rusage: Rusage | null, signal: AbortSignal | undefined): Promise<[number, Errno | null]> {
  return new Promise<[number, Errno | null]>((resolve, reject) => {
    const waiter: Waiter = { wstatus, rusage, resolve, reject, signal };
    addWaiter(joined, waiter);
    arm(waiter, joined);
  });
}

/** The resolving functions of the Promise capture() last made. */
let capturedResolve: ((r: [number, Errno | null]) => void) | null = null;
let capturedReject: ((e: unknown) => void) | null = null;
/** An executor that keeps its Promise's resolving functions: no closure per call. */
const capture = (resolve: (r: [number, Errno | null]) => void, reject: (e: unknown) => void): void => {
  capturedResolve = resolve;
  capturedReject = reject;
};

/** The main thread with an io_uring: one IORING_OP_WAITID request, submitted with the turn's others. */
function ringWait(pid: number, wstatus: WaitStatus | null, rusage: Rusage | null, signal: AbortSignal | undefined): Promise<[number, Errno | null]> {
  const promise = new Promise<[number, Errno | null]>(capture);
  const waiter: Waiter = { wstatus, rusage, resolve: capturedResolve!, reject: capturedReject!, signal };
  capturedResolve = capturedReject = null;
  const watch: Watch = { pid, token: newToken(), pidfd: -1, ownPidfd: false, armed: true, sig: false, direct: false, ring: true, first: waiter, more: null };
  watches.set(pid, watch);
  byToken.set(watch.token, watch);
  ringCount(1);
  arm(waiter, watch);
  ringWaitid(pid, watch.token);
  return promise;
}

/** Every other path: the SIGCHLD path's direct slots and pidfd set, and the waiter thread. */
function otherWait(pid: number, wstatus: WaitStatus | null, rusage: Rusage | null, signal: AbortSignal | undefined, givenPidfd: number | undefined): Promise<[number, Errno | null]> {
  return new Promise<[number, Errno | null]>((resolve, reject) => {
    const waiter: Waiter = { wstatus, rusage, resolve, reject, signal };
    /** Serves the wait on the main thread with no fd: each SIGCHLD asks waitid about it. */
    const direct = () => {
      const watch: Watch = { pid, token: newToken(), pidfd: -1, ownPidfd: false, armed: true, sig: true, direct: true, ring: false, first: waiter, more: null };
      watches.set(pid, watch);
      byToken.set(watch.token, watch);
      arm(waiter, watch);
      serveDirectly(watch);
    };
    if (givenPidfd === undefined && sigPath() && directWatches.size < DIRECT_MAX) {
      // The main thread, few children: no pidfd, each SIGCHLD asks Wait4.
      direct();
      return;
    }
    let pidfd = givenPidfd ?? -1;
    let own = false;
    if (pidfd < 0) {
      const [fd, err] = PidfdOpen(pid, 0);
      if (err === null) {
        pidfd = fd;
        own = true;
      } else if (sigPath() && outOfRoom(err)) {
        // No fd (or memory) for a pidfd: the main thread serves the wait
        // without one, past DIRECT_MAX, slower per SIGCHLD but as Wait4
        // needs no fd either.
        direct();
        return;
      } else if (err !== ENOSYS && err !== EPERM) {
        // ESRCH: it was reaped under us (by a Wait4(-1) elsewhere).
        resolve([-1, err === ESRCH ? ECHILD : err]);
        return;
      }
    }
    const token = newToken();
    const sig = pidfd >= 0 && sigPath();
    const watch: Watch = { pid, token, pidfd, ownPidfd: own, armed: false, sig, direct: false, ring: false, first: waiter, more: null };
    watches.set(pid, watch);
    if (!sig) threadWatches++;
    if (pidfd >= 0 && !own) givenByFd.set(pidfd, watch);
    byToken.set(token, watch);
    arm(waiter, watch);
    if (sig) {
      // The main thread: into the SIGCHLD path's set, no thread involved.
      const err = openChildEp() ?? epollToken(childEp, CTL_ADD, pidfd, EPOLLIN | EPOLL_ONESHOT, token);
      if (err === null) {
        watch.armed = true;
        sigCount(1);
        // A given pidfd may be readable already with no SIGCHLD to come (one
        // of another process that has exited): look once now.
        if (!own) onSigchld();
        return;
      }
      if (own && outOfRoom(err)) {
        // No fd for the set, or no room in it (ENOSPC: fs.epoll.max_user_watches):
        // the same watch goes on without its pidfd, as a direct one.
        C.close(pidfd);
        fdsGone(pidfd, pidfd);
        serveDirectly(watch);
        return;
      }
      fail(watch, err);
      sigIdleLater();
      return;
    }
    const armWatch = () => {
      if (byToken.get(token) !== watch) return maybeStopReader(); // cancelled meanwhile: the reader started for it may be let go
      const N = loadNative();
      // watch.pidfd, not pidfd: a given pidfd closed meanwhile has been replaced by one of ours.
      let e = watch.pidfd >= 0 ? N.watch(watch.pidfd, CTL_ADD, EPOLLIN, token) : N.addThread(pid, token);
      if (e === -EEXIST.errno && !watch.ownPidfd) {
        // The given pidfd's number is in the set already (a PollAsync of the
        // caller's on it): wait on a pidfd of our own instead.
        const [fd, err] = PidfdOpen(pid, 0);
        if (err !== null) return fail(watch, err === ESRCH ? ECHILD : err);
        givenByFd.delete(watch.pidfd);
        watch.pidfd = fd;
        watch.ownPidfd = true;
        e = N.watch(fd, CTL_ADD, EPOLLIN, token);
      }
      if (e === 0) {
        watch.armed = watch.pidfd >= 0;
        return;
      }
      fail(watch, Errno.of(-e));
    };
    // The common case, the waiter already up and read: arm now, without a turn of the loop.
    if (readerUp()) {
      armWatch();
      return;
    }
    invoke(PROMISE_THEN, ensureReader(), armWatch, (e: unknown) => {
      // The waiter could not start: an Errno (no fds left) answers the waits
      // as Wait4 answers a failure, and so does ENOSYS where the C compiler
      // cannot be used (the cause in LastForkExecFailure); anything else rejects them.
      finish(watch);
      const err = isA(NativeUnavailable, e) ? unavailableErr(e as NativeUnavailable) : e;
      const xs = waitersOf(watch);
      for (let i = 0; i < xs.length; i++) {
        if (isA(Errno, err)) settle(xs[i]!, [-1, err as Errno]);
        else xs[i]!.reject(err);
      }
    });
  });
}

/** A main-thread watch served with no fd (its pidfd, if any, closed by the caller): each SIGCHLD asks waitid about it. */
function serveDirectly(w: Watch): void {
  w.pidfd = -1;
  w.ownPidfd = false;
  w.direct = true;
  w.armed = true;
  directWatches.add(w);
  sigCount(1);
}

/** Whether err says the kernel had no room for one more fd or registration (the wait can go on without it). */
function outOfRoom(err: Errno): boolean {
  return err === EMFILE || err === ENFILE || err === ENOMEM || err === ENOSPC;
}

// The engine's AbortSignal accessors and EventTarget methods: an own
// property or a subclass of the caller's signal cannot replace them, so a
// signal's listener is always added (or the call throws before anything is
// watched) and an abort always settles its Promise.
const ABORTED = Object.getOwnPropertyDescriptor(AbortSignal.prototype, "aborted")!.get!;
const REASON = Object.getOwnPropertyDescriptor(AbortSignal.prototype, "reason")!.get!;
const ADD_LISTENER = EventTarget.prototype.addEventListener;
const REMOVE_LISTENER = EventTarget.prototype.removeEventListener;

/**
 * options.signal, checked: undefined, or a real AbortSignal (by the
 * engine's brand check: an object that only inherits from
 * AbortSignal.prototype is a TypeError).
 * @internal
 */
export function signalArg(signal: unknown): AbortSignal | undefined {
  if (signal === undefined) return undefined;
  try {
    invoke(ABORTED, signal);
  } catch {
    throw new TypeError("options.signal must be an AbortSignal");
  }
  return signal as AbortSignal;
}
/** Whether a checked signal is aborted, by the engine's getter. @internal */
export function abortedOf(signal: AbortSignal | undefined): boolean {
  return signal !== undefined && (invoke(ABORTED, signal) as boolean);
}
/** A checked signal's reason, by the engine's getter. @internal */
export function reasonOf(signal: AbortSignal): unknown {
  return invoke(REASON, signal);
}
/**
 * The package's abort callbacks on one signal, behind one engine listener:
 * the engine's addEventListener and removeEventListener walk a signal's
 * listeners, and 50,000 waits on one signal took seconds to set up.
 */
interface FanOut {
  fns: Set<() => void>;
  run: () => void;
}
const fanOuts = new WeakMap<AbortSignal, FanOut>();
function listen(signal: AbortSignal, f: () => void): void {
  let fo = fanOuts.get(signal);
  if (fo === undefined) {
    const fns = new Set<() => void>();
    const made: FanOut = {
      fns,
      run: () => {
        if (fanOuts.get(signal) === made) fanOuts.delete(signal);
        const gs = setValues(fns);
        for (let i = 0; i < gs.length; i++) {
          const g = gs[i]!;
          try {
            g();
          } catch (e) {
            // As an engine listener's own would be: reported, and the others still run.
            queueMicrotask(() => {
              throw e;
            });
          }
        }
        fns.clear();
      },
    };
    fo = made;
    fanOuts.set(signal, made);
    invoke(ADD_LISTENER, signal, "abort", made.run, { once: true });
  }
  fo.fns.add(f);
}
function unlistenAbort(signal: AbortSignal, f: () => void): void {
  const fo = fanOuts.get(signal);
  if (fo === undefined || !fo.fns.delete(f) || fo.fns.size > 0) return;
  fanOuts.delete(signal);
  invoke(REMOVE_LISTENER, signal, "abort", fo.run);
}

function arm(waiter: Waiter, watch: Watch): void {
  const signal = waiter.signal;
  if (signal !== undefined) armAbort(waiter, watch, signal);
}

/** arm()'s part for a signal, in a function of its own: its closure's scope is allocated only for a wait that has one. */
function armAbort(waiter: Waiter, watch: Watch, signal: AbortSignal): void {
  waiter.onAbort = () => {
    if (!removeWaiter(watch, waiter)) return;
    if (watch.first === null && byToken.get(watch.token) === watch) {
      finish(watch);
      maybeStopReader();
    }
    waiter.reject(reasonOf(signal));
  };
  listen(signal, waiter.onAbort);
}

/** How many children this thread is waiting for (for tests and diagnostics). */
export function PendingWaits(): number {
  return watches.size;
}

// ------------------------------------------------------------ PollAsync

/** The events PollAsync may wait for; EPOLLERR and EPOLLHUP are always reported, as poll(2) does. */
const POLL_EVENTS = EPOLLIN | EPOLLOUT | EPOLLPRI | EPOLLRDHUP;

/**
 * poll(2) for one fd, for the event loop: resolves `[revents, null]` once fd
 * is ready for any of `events` (EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLRDHUP;
 * EPOLLERR and EPOLLHUP are always reported), or `[-1, err]` when fd
 * cannot be watched (EBADF for a closed fd, EPERM for a regular file, which
 * is always ready: read it directly). It works on any fd epoll takes: a
 * pipe, a pty master, a socket, an eventfd, an inotify fd, a pidfd, a
 * timerfd, a signalfd.
 *
 * It is served by one native thread per JavaScript thread (the one that
 * serves {@link Wait4Async} in a Worker): one epoll set, whose thread wakes
 * Bun's event loop (a threadsafe callback on the main thread, a pipe in a
 * Worker); nothing
 * polls on a timer and nothing spins. It does not change fd's
 * flags and reads nothing from it. Several waits on one fd share one epoll
 * registration. With `signal`, an abort rejects the Promise with the
 * signal's reason. Readiness is level-triggered and may be stale by the
 * time the Promise settles (another reader drained the pipe): a caller
 * reads with O_NONBLOCK and waits again on EAGAIN, as {@link ReadAsync} does.
 *
 * Closing fd while a wait is pending: with the package's own Close (or
 * CloseRange, or a Dup2 or Dup3 onto it) the wait ends at once with
 * `[-1, EBADF]`, as a Read on a closed os.File ends in Go. Closed any other
 * way (fs.closeSync, Bun), the wait ends with EBADF once the package next
 * registers that number and finds it closed (a new wait on it, or another
 * waiter's abort, makes it do so), and otherwise stays pending until the
 * watched file is ready or the wait is aborted. The wait is for the fd
 * number, as poll(2)'s is: a later PollAsync on the same number, naming a
 * new file, watches the new file, and so does the pending wait from then on.
 * A number the waiter itself holds in its epoll set (its eventfd, the
 * pidfd of a wait it serves) is watched through a dup of it, so that no
 * PollAsync can take over or remove that registration. `signal` is used
 * through the engine's own AbortSignal getters and listener methods (an
 * object that is not a real AbortSignal is a TypeError).
 */
export function PollAsync(fd: number, events: number, options?: { signal?: AbortSignal }): Promise<[revents: number, err: Errno | null]> {
  const f = fdArg(fd);
  if (typeof events !== "number" || !Number.isInteger(events)) throw new TypeError(`events must be an integer (EPOLLIN, EPOLLOUT, ...), got ${describe(events)}`);
  // Bit operations below see 32 bits: 2^32 + EPOLLIN must not pass as EPOLLIN.
  if (events < -0x80000000 || events > 0xffffffff) return Promise.resolve([-1, EINVAL]);
  if (options !== undefined && options !== null && typeof options !== "object") throw new TypeError(`options must be an object, got ${describe(options)}`);
  const signal = signalArg(options?.signal);
  if (f < 0) return Promise.resolve([-1, EBADF]); // as the kernel would say
  if ((events & ~(POLL_EVENTS | EPOLLERR | EPOLLHUP)) !== 0 || (events & POLL_EVENTS) === 0) return Promise.resolve([-1, EINVAL]);
  if (abortedOf(signal)) return Promise.reject(reasonOf(signal!));
  return new Promise((resolve, reject) => {
    const waiter: FdWaiter = { events: events & POLL_EVENTS, resolve, reject, signal };
    let w = fdWatches.get(f);
    if (w === undefined) {
      w = { fd: f, regFd: f, token: newToken(), armedEvents: 0, registered: false, waiters: new Set(), counts: [0, 0, 0, 0] };
      fdWatches.set(f, w);
      byToken.set(w.token, w);
    }
    addFdWaiter(w, waiter);
    const watch = w;
    if (signal !== undefined) {
      waiter.onAbort = () => {
        if (!deleteFdWaiter(watch, waiter)) return;
        // One signal may abort thousands of waits on this fd at once: re-arm
        // once for them all, after this turn's listeners have run.
        if (!watch.rearmQueued) {
          watch.rearmQueued = true;
          queueMicrotask(() => {
            watch.rearmQueued = false;
            rearmFd(watch);
          });
        }
        waiter.reject(reasonOf(signal));
      };
      listen(signal, waiter.onAbort);
    }
    // New waits re-register (one epoll_ctl for all those of one turn): that
    // is how a number closed and reused behind the package's back comes to
    // watch its new file. Each wait costs O(1): ten thousand on one fd set
    // up, settle and abort in linear time.
    if (!watch.rearmQueued) {
      watch.rearmQueued = true;
      invoke(PROMISE_THEN, ensureReader(), () => {
        watch.rearmQueued = false;
        rearmFd(watch);
      }, (e: unknown) => {
        watch.rearmQueued = false;
        const err = isA(NativeUnavailable, e) ? unavailableErr(e as NativeUnavailable) : e;
        dropFd(watch, isA(Errno, err) ? [-1, err as Errno] : err);
      });
    }
  });
}

/** Settles every waiter of an fd watch (with a result, or rejects with an error) and forgets the watch. */
function dropFd(w: FdWatch, r: [number, Errno | null] | unknown): void {
  forgetFd(w);
  const all = setValues(w.waiters);
  w.waiters.clear();
  // Index loops (this runs from the close hooks, inside the caller's Close): Array.prototype's fill and iterator may be the caller's.
  for (let i = 0; i < w.counts.length; i++) w.counts[i] = 0;
  for (let i = 0; i < all.length; i++) {
    const x = all[i]!;
    unlistenFd(x);
    if (Array.isArray(r)) x.resolve(r as [number, Errno | null]);
    else x.reject(r);
  }
  maybeStopReader();
}
function unlistenFd(x: FdWaiter): void {
  if (x.signal && x.onAbort) unlistenAbort(x.signal, x.onAbort);
}
function forgetFd(w: FdWatch): void {
  if (fdWatches.get(w.fd) === w) fdWatches.delete(w.fd);
  byToken.delete(w.token);
  if (w.registered && native !== null) native.del(w.regFd);
  w.registered = false;
  if (w.regFd !== w.fd) C.close(w.regFd); // the dup is the package's: not Close, whose hooks would end waits on its number
  w.regFd = w.fd;
}

/**
 * Whether the native epoll set holds a registration of the package's own
 * under fd's number: the waiter's eventfd, or the pidfd (ours or given) of
 * a wait it serves. A PollAsync on that number must not modify or delete it
 * (its wait would never end, or the waiter never stop): it registers a dup.
 */
function heldByWaiter(fd: number): boolean {
  if (native !== null && fd === native.stopFd()) return true;
  for (const w of watches.values()) if (w.armed && !w.sig && w.pidfd === fd) return true;
  return false;
}

/** Makes the epoll registration ask for what the remaining waiters want, or removes it when none is left. */
function rearmFd(w: FdWatch): void {
  if (byToken.get(w.token) !== w) return maybeStopReader(); // cancelled meanwhile
  const want = wantOf(w);
  if (want === 0) {
    forgetFd(w);
    maybeStopReader();
    return;
  }
  if (reader === null && notifyRead < 0) return; // ensureReader's continuation will arm it
  const N = loadNative();
  let e = N.watch(w.regFd, w.registered ? CTL_MOD : CTL_ADD, want, w.token);
  if (e === -EEXIST.errno && !w.registered && heldByWaiter(w.fd)) {
    // The number holds a registration of the package's own: watch the same
    // file through a dup of it, leaving that registration alone.
    const d = C.fcntl(w.fd, F_DUPFD_CLOEXEC, 0);
    if (d < 0) {
      dropFd(w, [-1, Errno.of(errno())]);
      return;
    }
    w.regFd = d;
    e = N.watch(d, CTL_ADD, want, w.token);
  } else if (e === -EEXIST.errno && !w.registered) {
    // The fd number still names a registration of a file it no longer is
    // (closed and reused while another copy of the old file stays open):
    // replace that stale registration.
    e = N.watch(w.fd, CTL_MOD, want, w.token);
  }
  // The other way round: the file registered was closed (the kernel dropped
  // its registration) and the number now names another file: register that.
  else if (e === -ENOENT.errno && w.registered) e = N.watch(w.regFd, CTL_ADD, want, w.token);
  if (e !== 0) {
    dropFd(w, [-1, Errno.of(-e)]);
    return;
  }
  w.registered = true;
  w.armedEvents = want;
}

/** The fd of this watch was ready with revents: settle the waiters it satisfies, and watch on for the rest. */
function fdReady(w: FdWatch, revents: number): void {
  const always = revents & (EPOLLERR | EPOLLHUP);
  const done: FdWaiter[] = [];
  const all = setValues(w.waiters);
  for (let i = 0; i < all.length; i++) {
    const x = all[i]!;
    if ((revents & x.events) !== 0 || always !== 0) {
      deleteFdWaiter(w, x);
      done[done.length] = x;
    }
  }
  // One-shot: the registration is disarmed now; ask again only for what is left.
  rearmFd(w);
  for (let i = 0; i < done.length; i++) {
    const x = done[i]!;
    unlistenFd(x);
    x.resolve([revents & (x.events | EPOLLERR | EPOLLHUP), null]);
  }
}

// ------------------------------------------------------------ fds closed under a wait

/**
 * The package's own Close, CloseRange, Dup2 and Dup3 tell us which numbers
 * they ended: a PollAsync wait on one ends at once with EBADF (and with it
 * a ReadAsync or WriteAsync, and a stream's pending read or write), as
 * Go's poller ends a Read on a closed os.File; a Wait4Async on a given
 * pidfd goes on with a pidfd of its own. An fd closed any other way is not
 * seen (see PollAsync).
 */
function fdsClosed(first: number, last: number): void {
  ringFdsGone(first, last);
  // Index loops over arrays made by the engine's Map.prototype.forEach, not
  // for-of or a spread: with Array.prototype's iterator replaced, a wait on
  // a given pidfd that the caller closed was never moved to one of its own
  // (it never settled).
  if (fdWatches.size > 0) {
    const ws = first === last ? [fdWatches.get(first)] : valuesOf(fdWatches);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w !== undefined && w.fd >= first && w.fd <= last) dropFd(w, [-1, EBADF]);
    }
  }
  if (givenByFd.size > 0) {
    const ws = first === last ? [givenByFd.get(first)] : valuesOf(givenByFd);
    for (let i = 0; i < ws.length; i++) {
      const w = ws[i];
      if (w !== undefined && w.pidfd >= first && w.pidfd <= last) ownPidfdFor(w);
    }
  }
}
const MAP_FOR_EACH = Map.prototype.forEach, SET_FOR_EACH = Set.prototype.forEach;
/** m's values, by the engine's Map.prototype.forEach (taken at load), in an array of our own. */
function valuesOf<V>(m: Map<unknown, V>): V[] {
  const out: V[] = [];
  invoke(MAP_FOR_EACH, m, (v: V) => {
    out[out.length] = v;
  });
  return out;
}
/** s's values, by the engine's Set.prototype.forEach (taken at load), in an array of our own. */
function setValues<V>(set: Set<V>): V[] {
  const out: V[] = [];
  invoke(SET_FOR_EACH, set, (v: V) => {
    out[out.length] = v;
  });
  return out;
}
/** Promise.prototype.then as the engine made it: a program's must not keep a wait from being armed. */
const PROMISE_THEN = Promise.prototype.then;
fdClosedHooks.push(fdsClosed);

/** A pid wait whose given pidfd was closed: it watches a pidfd of its own from now on (or ends, if the child is gone). */
function ownPidfdFor(w: Watch): void {
  givenByFd.delete(w.pidfd);
  if (byToken.get(w.token) !== w) return;
  // By index, not destructured (an iterator of the caller's: this runs inside their Close).
  const opened = PidfdOpen(w.pid, 0);
  const fd = opened[0], err = opened[1];
  if (err !== null) return fail(w, err === ESRCH ? ECHILD : err);
  // The closed fd's registration went with its file (or, if a copy of it
  // is still open, stays behind disarmed: a report of it finds this watch
  // and reaps only an exited child).
  w.pidfd = fd;
  w.ownPidfd = true;
  if (!w.armed) return; // a Worker's watch not armed yet: armWatch arms watch.pidfd
  const e = w.sig ? epollToken(childEp, CTL_ADD, fd, EPOLLIN | EPOLL_ONESHOT, w.token) : errOf(loadNative().watch(fd, CTL_ADD, EPOLLIN, w.token));
  if (e !== null) return fail(w, e);
  if (w.sig) onSigchld(); // it may have exited already, its SIGCHLD gone by
}
