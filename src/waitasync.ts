/**
 * Wait4Async: Wait4 that resolves a Promise instead of blocking the event
 * loop. See waiter.c for the native half.
 * @module
 */
import { describe, outArg } from "./libc.ts";
import { compile, NativeUnavailable, preparers, unavailableErr } from "./native.ts";
import waiterText from "./waiter.c" with { type: "text" };
import { Errno } from "./errno.ts";
import { WNOHANG, EINTR, ENOSYS, EPERM, ECHILD, EINVAL, ESRCH, O_CLOEXEC } from "./zconsts_linux.ts";
import { Wait4, WaitStatus } from "./wait.ts";
import { Rusage, copyRusage, rusageOut } from "./types.ts";
import { PidfdOpen } from "./process.ts";
import { Close, Pipe2, SetNonblock } from "./file.ts";


/** Options of {@link Wait4Async}. */
export interface Wait4AsyncOptions {
  /** Stops waiting: the Promise rejects with the signal's reason, and the child stays reapable. */
  signal?: AbortSignal;
  /** A pidfd of the child (from SysProcAttr.PidFD) to wait on instead of opening one. It is not closed. If it turns out to refer to another process (readable while pid still runs), the wait resolves `[-1, EINVAL]`. */
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
  /** The pidfd in the epoll set, or -1 for the thread fallback. */
  pidfd: number;
  ownPidfd: boolean;
  /** Whether the pidfd was added to the waiter's epoll set. */
  armed: boolean;
  waiters: Waiter[];
}

interface Native {
  start: (notifyWrite: number) => number;
  stop: () => number;
  add: (pidfd: number, token: number) => number;
  rearm: (pidfd: number, token: number) => number;
  del: (pidfd: number) => number;
  addThread: (pid: number, token: number) => number;
}

let native: Native | null = null;
preparers.push(() => void loadNative());
/** The read end of the running waiter's pipe; -1 while no waiter runs. */
let notifyRead = -1;
/** Watches by pid (one per child), and by token (what the waiter reports). */
const watches = new Map<number, Watch>();
const byToken = new Map<number, Watch>();
let nextToken = 1;
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
    bsc_waiter_add: { args: ["i32", "u64"], returns: "i32" },
    bsc_waiter_rearm: { args: ["i32", "u64"], returns: "i32" },
    bsc_waiter_del: { args: ["i32"], returns: "i32" },
    bsc_waiter_add_thread: { args: ["i32", "u64"], returns: "i32" },
  });
  const s = lib.symbols;
  native = {
    start: (fd) => s.bsc_waiter_start(fd),
    stop: () => s.bsc_waiter_stop(),
    add: (fd, token) => s.bsc_waiter_add(fd, token),
    rearm: (fd, token) => s.bsc_waiter_rearm(fd, token),
    del: (fd) => s.bsc_waiter_del(fd),
    addThread: (pid, token) => s.bsc_waiter_add_thread(pid, token),
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
  const rd = Bun.file(notifyRead).stream().getReader() as unknown as Reader;
  reader = rd;
  void pump(rd);
}

let stopScheduled = false;

/**
 * When nothing is waited for: stop reading (so the process may exit) once
 * the current turn of the event loop is over, which lets a loop of
 * `await Wait4Async(...)` keep its reader; the waiter itself stops after
 * LINGER_MS.
 */
function maybeStopReader(): void {
  if (watches.size > 0 || reader === null || closing !== null || stopScheduled) return;
  stopScheduled = true;
  setImmediate(stopReaderNow);
}

function stopReaderNow(): void {
  stopScheduled = false;
  if (watches.size > 0 || reader === null || closing !== null) return;
  const r = reader;
  closing = r.cancel().catch(() => {}).then(() => {
    if (reader === r) reader = null;
    closing = null;
    if (watches.size > 0 || reader !== null) return;
    if (Bun.isMainThread) {
      lingerTimer = setTimeout(stopWaiter, LINGER_MS);
      lingerTimer.unref();
    } else {
      stopWaiter();
    }
  });
}

function stopWaiter(): void {
  lingerTimer = null;
  if (watches.size > 0 || reader !== null || notifyRead < 0) return;
  // The stream no longer polls the fd: now it may be closed.
  loadNative().stop();
  Close(notifyRead);
  notifyRead = -1;
}

/**
 * Resolves once nothing is waited for and the waiter thread has stopped,
 * with its fds closed (it does not wait out the linger). For tests, and for
 * a Worker about to end. @internal
 */
export async function waiterIdle(): Promise<void> {
  if (stopScheduled) stopReaderNow();
  while (closing !== null) await closing;
  if (watches.size === 0 && reader === null) {
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
    let bytes: Uint8Array = chunk.value;
    if (pending.length > 0) {
      const joined = new Uint8Array(pending.length + bytes.length);
      joined.set(pending);
      joined.set(bytes, pending.length);
      bytes = joined;
    }
    const whole = bytes.length - (bytes.length % 8);
    const dv = new DataView(bytes.buffer, bytes.byteOffset, whole);
    for (let o = 0; o < whole; o += 8) {
      // One watch's failure must not stop the reader: every other wait depends on it.
      try {
        exited(dv.getUint32(o, true));
      } catch {
        // exited() settles its own waiters; nothing of it reaches here by design
      }
    }
    pending = bytes.slice(whole);
    maybeStopReader();
  }
}

/** The child of the watch with this token may have exited: reap it for the first waiter, if any is left. */
function exited(token: number): void {
  const w = byToken.get(token);
  if (w === undefined) return; // a cancelled wait, or a stale note: the child stays reapable
  const first = w.waiters[0]!;
  // Reaped into objects of our own, then copied into the caller's: a caller's
  // object that refuses the write rejects that one Promise, after the child
  // is reaped, and no other.
  const ws = new WaitStatus();
  const ru = first.rusage === null ? null : new Rusage();
  let r: [number, Errno | null];
  do r = Wait4(w.pid, ws, WNOHANG, ru);
  while (r[1] === EINTR);
  if (r[1] === null && r[0] === 0) {
    if (w.pidfd >= 0 && !w.ownPidfd) {
      // A pidfd given in options that is readable while pid runs: it refers to another process.
      r = [-1, EINVAL];
    } else {
      // Not exited after all (our own pidfd or waitid says it has): watch again rather than lose it.
      const e = w.pidfd >= 0 ? loadNative().rearm(w.pidfd, token) : loadNative().addThread(w.pid, token);
      if (e === 0) return;
      r = [-1, Errno.of(-e)];
    }
  }
  finish(w);
  // The first waiter reaped it; any other sees what a second Wait4 would: ECHILD.
  try {
    if (first.wstatus !== null) first.wstatus.status = ws.status;
    if (first.rusage !== null && ru !== null && r[0] > 0) copyRusage(ru, first.rusage);
    settle(first, r);
  } catch (e) {
    unlisten(first);
    first.reject(e);
  }
  for (const other of w.waiters.slice(1)) settle(other, [-1, ECHILD]);
}

function unlisten(waiter: Waiter): void {
  if (waiter.signal && waiter.onAbort) waiter.signal.removeEventListener("abort", waiter.onAbort);
}

function settle(waiter: Waiter, r: [number, Errno | null]): void {
  unlisten(waiter);
  waiter.resolve(r);
}

/** Forgets a watch: out of the epoll set if it was put there, and its pidfd closed if it is ours. */
function finish(w: Watch): void {
  watches.delete(w.pid);
  byToken.delete(w.token);
  if (w.armed && native !== null) native.del(w.pidfd);
  w.armed = false;
  if (w.ownPidfd) {
    Close(w.pidfd);
    w.ownPidfd = false;
  }
}

/**
 * Wait4 for the event loop: resolves when child pid exits, with what
 * `Wait4(pid, wstatus, 0, rusage)` would return (`[pid, null]`, or
 * `[-1, err]`), filling wstatus and rusage in place. Nothing polls and
 * nothing spins: one native thread per JavaScript thread sleeps in
 * epoll_wait on the children's pidfds and wakes Bun's event loop through a
 * pipe when one exits; only then is the child reaped, by pid. While
 * children are waited for, the pipe keeps the process alive, as a pending
 * Bun's spawn API does.
 *
 * - It reaps only pid, never "any child", so it cannot take the exit status
 *   of a child that Bun's spawn API or node's child-process module started; pid must be > 0.
 * - Cancellation: with `signal`, an abort rejects the Promise with the
 *   signal's reason and stops watching; the child is not reaped, and a later
 *   Wait4 or Wait4Async still gets its status.
 * - Two waits for one pid: the first gets the status, the others `ECHILD`, as
 *   two Wait4 calls would.
 * - It waits for exit only (a pidfd does not report stops or continues).
 * - Without pidfds (Linux < 5.3, or a seccomp filter answering ENOSYS or
 *   EPERM to pidfd_open) it falls back to one native thread per child,
 *   blocked in waitid(P_PID, pid, WEXITED|WNOWAIT), which does not reap
 *   either; a cancelled wait's thread then lingers, idle, until the child
 *   exits.
 * - The waiter thread stops when nothing is waited for: at once in a
 *   Worker, after a second on the main thread (it holds no event-loop
 *   reference meanwhile). A Worker terminated while waits are pending leaves
 *   its thread until those children exit.
 */
export function Wait4Async(pid: number, wstatus: WaitStatus | null, rusage: Rusage | null, options?: Wait4AsyncOptions): Promise<[wpid: number, err: Errno | null]> {
  if (typeof pid !== "number" || !Number.isInteger(pid)) throw new TypeError(`pid must be an integer, got ${describe(pid)}`);
  if (pid <= 0 || pid > 0x7fffffff) throw new RangeError(`Wait4Async waits for one child: pid must be > 0, got ${pid}`);
  if (wstatus !== null && !(wstatus instanceof WaitStatus)) throw new TypeError(`wstatus must be a WaitStatus or null, got ${describe(wstatus)}`);
  if (rusage !== null && !(rusage instanceof Rusage)) throw new TypeError(`rusage must be an Rusage or null, got ${describe(rusage)}`);
  // Checked now, not when the child exits: a frozen object is refused before anything is watched.
  if (wstatus !== null) outArg("wstatus", wstatus, ["status"]);
  if (rusage !== null) rusageOut("rusage", rusage);
  if (options !== undefined && options !== null && typeof options !== "object") throw new TypeError(`options must be an object, got ${describe(options)}`);
  // Each option is read once.
  const signal: unknown = options?.signal;
  if (signal !== undefined && !(signal instanceof AbortSignal)) throw new TypeError("options.signal must be an AbortSignal");
  const givenPidfd: unknown = options?.pidfd;
  if (givenPidfd !== undefined && (typeof givenPidfd !== "number" || !Number.isInteger(givenPidfd))) throw new TypeError("options.pidfd must be an integer fd");
  if (givenPidfd !== undefined && (givenPidfd < 0 || givenPidfd > 0x7fffffff)) throw new RangeError(`options.pidfd out of range: ${givenPidfd}`);
  if (signal?.aborted) return Promise.reject(signal.reason);

  // Already exited (or not our child): answer at once, as Wait4 would.
  let r: [number, Errno | null];
  do r = Wait4(pid, wstatus ?? new WaitStatus(), WNOHANG, rusage);
  while (r[1] === EINTR);
  if (r[1] !== null || r[0] !== 0) return Promise.resolve(r);

  return new Promise<[number, Errno | null]>((resolve, reject) => {
    const waiter: Waiter = { wstatus, rusage, resolve, reject, signal };
    const existing = watches.get(pid);
    if (existing !== undefined) {
      existing.waiters.push(waiter);
      arm(waiter, existing);
      return;
    }
    let pidfd = givenPidfd ?? -1;
    let own = false;
    if (pidfd < 0) {
      const [fd, err] = PidfdOpen(pid, 0);
      if (err === null) {
        pidfd = fd;
        own = true;
      } else if (err !== ENOSYS && err !== EPERM) {
        // ESRCH: it was reaped under us (by a Wait4(-1) elsewhere).
        resolve([-1, err === ESRCH ? ECHILD : err]);
        return;
      }
    }
    const token = nextToken;
    nextToken = nextToken >= 0x7fffffff ? 1 : nextToken + 1;
    const watch: Watch = { pid, token, pidfd, ownPidfd: own, armed: false, waiters: [waiter] };
    watches.set(pid, watch);
    byToken.set(token, watch);
    arm(waiter, watch);
    ensureReader().then(() => {
      if (byToken.get(token) !== watch) return; // cancelled meanwhile
      const N = loadNative();
      const e = pidfd >= 0 ? N.add(pidfd, token) : N.addThread(pid, token);
      if (e === 0) {
        watch.armed = pidfd >= 0;
        return;
      }
      finish(watch);
      for (const w of watch.waiters) settle(w, [-1, Errno.of(-e)]);
      maybeStopReader();
    }, (e: unknown) => {
      // The waiter could not start: an Errno (no fds left) answers the waits
      // as Wait4 answers a failure, and so does ENOSYS where the C compiler
      // cannot be used (the cause in LastForkExecFailure); anything else rejects them.
      finish(watch);
      const err = e instanceof NativeUnavailable ? unavailableErr(e) : e;
      for (const w of watch.waiters) {
        if (err instanceof Errno) settle(w, [-1, err]);
        else w.reject(err);
      }
    });
  });
}

function arm(waiter: Waiter, watch: Watch): void {
  const signal = waiter.signal;
  if (signal === undefined) return;
  waiter.onAbort = () => {
    const i = watch.waiters.indexOf(waiter);
    if (i < 0) return;
    watch.waiters.splice(i, 1);
    if (watch.waiters.length === 0 && byToken.get(watch.token) === watch) {
      finish(watch);
      maybeStopReader();
    }
    waiter.reject(signal.reason);
  };
  signal.addEventListener("abort", waiter.onAbort, { once: true });
}

/** How many children this thread is waiting for (for tests and diagnostics). */
export function PendingWaits(): number {
  return watches.size;
}
