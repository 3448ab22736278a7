/**
 * Wait4 and WaitStatus, as Go's syscall has them for Linux.
 * @module
 */
import { C, copyView, intArg, outArg } from "./libc.ts";
import { Errno, lastErr } from "./errno.ts";
import { Signal } from "./signal.ts";
import { Rusage, decodeRusage, rusageOut } from "./types.ts";
import { SIZEOF_RUSAGE } from "./layout.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint32Array } = globalThis;


const MASK = 0x7f;
const CORE = 0x80;
const EXITED = 0x00;
const STOPPED = 0x7f;
const SHIFT = 8;
const SIGTRAP = 5;

/**
 * Go's `syscall.WaitStatus`: the status word wait4(2) returns, with Go's
 * methods. Pass one to Wait4: it is filled in place.
 */
export class WaitStatus {
  /** The raw status word, as Go's uint32 (Wait4 writes it so). */
  status: number;
  /** A WaitStatus holding the raw word (default 0); a negative int32 is taken as its uint32, as Go's WaitStatus(x) conversion does. */
  constructor(status = 0) {
    this.status = intArg("status", status, -0x80000000, 0xffffffff) >>> 0;
  }
  /** The process exited normally. */
  Exited(): boolean {
    return (this.status & MASK) === EXITED;
  }
  /** The process was killed by a signal. */
  Signaled(): boolean {
    const m = this.status & MASK;
    return m !== STOPPED && m !== EXITED;
  }
  /** The process is stopped (traced, or by a stop signal). */
  Stopped(): boolean {
    return (this.status & 0xff) === STOPPED;
  }
  /** The process was resumed by SIGCONT. */
  Continued(): boolean {
    return this.status === 0xffff;
  }
  /** The process was killed by a signal and dumped core. */
  CoreDump(): boolean {
    return this.Signaled() && (this.status & CORE) !== 0;
  }
  /** The exit status, or -1 if the process did not exit. */
  ExitStatus(): number {
    if (!this.Exited()) return -1;
    return (this.status >> SHIFT) & 0xff;
  }
  /** The signal that killed the process, or Signal(-1). */
  Signal(): Signal {
    if (!this.Signaled()) return Signal.of(-1);
    return Signal.of(this.status & MASK);
  }
  /** The signal that stopped the process, or Signal(-1). */
  StopSignal(): Signal {
    if (!this.Stopped()) return Signal.of(-1);
    return Signal.of((this.status >> SHIFT) & 0xff);
  }
  /** For a ptrace stop at SIGTRAP, the PTRACE_EVENT_* number (0 for a plain trap); -1 otherwise. */
  TrapCause(): number {
    if (this.StopSignal().signo !== SIGTRAP) return -1;
    // Unsigned, as Go's uint32 shift: bit 31 of the word is not a sign.
    return (this.status >>> SHIFT) >>> 8;
  }
}

/** The kernel's int status, read as Go's WaitStatus (a uint32) reads it. */
const statusBuf = new Uint32Array(1);
const STATUS_FIELDS = ["status"] as const;
const rusageBuf = new Uint8Array(SIZEOF_RUSAGE);

/** Told each pid that a Wait4 of this thread reaps (see {@link onReap}). */
let reapListener: ((pid: number) => void) | null = null;
/**
 * Sets the one function told, synchronously, of each child that a Wait4 of
 * this JavaScript thread reaps (an exit, not a stop or a continue):
 * Wait4Async's, which settles a pending wait for that pid with ECHILD at
 * once, so that the pid, free for reuse from then on, cannot meet the stale
 * watch. @internal
 */
export function onReap(listener: (pid: number) => void): void {
  reapListener = listener;
}

/**
 * Go's `Wait4(pid, wstatus, options, rusage) (wpid int, err error)`:
 * waits for a child. wstatus and rusage may be null; when given they are
 * filled in place. options: WNOHANG, WUNTRACED, WCONTINUED, WALL, WCLONE,
 * WNOTHREAD. With WNOHANG and no child ready it returns `[0, null]`.
 *
 * It blocks this JavaScript thread until a child changes state. As in Go,
 * EINTR is returned, not retried.
 *
 * Hazard: `pid` -1 (any child) or 0/-pgid (any in a group) can reap
 * children that Bun's spawn API or node's child-process module started, and those then
 * never see their exit. Wait for the pids you started.
 */
export function Wait4(pid: number, wstatus: WaitStatus | null, options: number, rusage: Rusage | null): [wpid: number, err: Errno | null] {
  const p = intArg("pid", pid, -0x80000000, 0x7fffffff);
  const o = intArg("options", options);
  // Checked before the child is reaped, so that a frozen object cannot lose its status.
  if (wstatus !== null) outArg("wstatus", wstatus, STATUS_FIELDS);
  if (rusage !== null) rusageOut("rusage", rusage);
  statusBuf[0] = 0;
  const r = C.wait4(p, statusBuf, o, rusage === null ? null : rusageBuf);
  const err = r < 0 ? lastErr() : null;
  // The kernel's answer, taken out of the shared buffers before any write to
  // the caller's objects: a setter of theirs may call Wait4 again.
  const status = statusBuf[0]!;
  const ru = rusage !== null && r > 0 ? copyView(rusageBuf) : null;
  // Reaped (not a stop, whose low byte is 0x7f, nor a continue, 0xffff): the
  // pid is free for reuse from here on. The listener is told before any
  // write to the caller's objects: a setter of theirs may start a child
  // that gets this pid, and wait for it, which must not meet the stale watch.
  if (r > 0 && reapListener !== null && (status & 0xff) !== STOPPED && status !== 0xffff) reapListener(r);
  // As Go: *wstatus is written whatever happened (0 when nothing was reaped).
  if (wstatus !== null) wstatus.status = status;
  if (err !== null) return [-1, err];
  if (ru !== null) decodeRusage(ru, rusage!);
  return [r, null];
}
