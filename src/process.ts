/**
 * Process calls: ids, process groups and sessions, signals, pidfds,
 * resource limits, Getpagesize and Exit.
 * @module
 */
import { C, copyView, errno, fdArg, intArg, int64Arg, objArg, outArg, u64Arg } from "./libc.ts";
import { Errno, lastErr, check } from "./errno.ts";
import { PTRACE_CONT, PTRACE_KILL, PTRACE_SINGLESTEP, PTRACE_ATTACH, PTRACE_DETACH, PTRACE_SYSCALL, PTRACE_SETOPTIONS, PTRACE_GETEVENTMSG } from "./zconsts_linux.ts";
import { SYS, SIZEOF_RLIMIT, SIZEOF_RUSAGE } from "./layout.ts";
import { signalArg, type Signal } from "./signal.ts";
import { Rlimit, Rusage, decodeRusage, rusageOut } from "./types.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint32Array, BigUint64Array } = globalThis;


/** A pid or pgid argument: an integer in the C pid_t range (TypeError or RangeError otherwise). */
function pidArg(name: string, v: unknown): number {
  return intArg(name, v, -0x80000000, 0x7fffffff);
}

/** Go's `Getpid() int`. */
export function Getpid(): number {
  return C.getpid();
}
/** Go's `Getppid() int`. */
export function Getppid(): number {
  return C.getppid();
}
/** Go's `Getuid() int`: the real user id. */
export function Getuid(): number {
  return C.getuid();
}
/** Go's `Geteuid() int`: the effective user id. */
export function Geteuid(): number {
  return C.geteuid();
}
/** Go's `Getgid() int`: the real group id. */
export function Getgid(): number {
  return C.getgid();
}
/** Go's `Getegid() int`: the effective group id. */
export function Getegid(): number {
  return C.getegid();
}

/** Go's `Getgroups() (gids []int, err error)`: the supplementary group ids. */
export function Getgroups(): [gids: number[], err: Errno | null] {
  for (;;) {
    const n = C.getgroups(0, null);
    if (n < 0) return [[], lastErr()];
    if (n === 0) return [[], null];
    const buf = new Uint32Array(n);
    const got = C.getgroups(n, buf);
    if (got < 0) {
      const e = errno();
      if (e === 22) continue; // EINVAL: the list grew between the two calls
      return [[], Errno.of(e)];
    }
    // Indexed reads and writes, not Array.from(buf.subarray(...)) or push: the prototypes' subarray, iterator or push can be replaced.
    const gids: number[] = [];
    for (let i = 0; i < got; i++) gids[i] = buf[i]!;
    return [gids, null];
  }
}

/** Go's `Getpgid(pid) (pgid int, err error)`. */
export function Getpgid(pid: number): [pgid: number, err: Errno | null] {
  const r = C.getpgid(pidArg("pid", pid));
  return r < 0 ? [-1, lastErr()] : [r, null];
}

/** Go's `Setpgid(pid, pgid) error`. */
export function Setpgid(pid: number, pgid: number): Errno | null {
  return check(C.setpgid(pidArg("pid", pid), pidArg("pgid", pgid)));
}

/** Go's `Setsid() (pid int, err error)`: a new session; EPERM for a process group leader. */
export function Setsid(): [pid: number, err: Errno | null] {
  const r = C.setsid();
  return r < 0 ? [-1, lastErr()] : [r, null];
}

/** Go's `Kill(pid, sig) error`. sig is a Signal or a signal number. */
export function Kill(pid: number, sig: Signal | number): Errno | null {
  const p = pidArg("pid", pid);
  return check(C.kill(p, signalArg(sig)));
}

/** Go's `Tgkill(tgid, tid, sig) error`: a signal to one thread. */
export function Tgkill(tgid: number, tid: number, sig: Signal | number): Errno | null {
  const a = pidArg("tgid", tgid), b = pidArg("tid", tid);
  return check(C.syscall(SYS.tgkill, a, b, signalArg(sig), 0, 0, 0));
}

/**
 * `PidfdOpen(pid, flags) (fd int, err error)`, as golang.org/x/sys/unix: a
 * pidfd (Linux 5.3) that refers to process pid. flags may be PIDFD_NONBLOCK.
 * The fd is close-on-exec.
 */
export function PidfdOpen(pid: number, flags: number): [fd: number, err: Errno | null] {
  const p = pidArg("pid", pid);
  const r = C.syscall(SYS.pidfd_open, p, intArg("flags", flags), 0, 0, 0, 0);
  return r < 0 ? [-1, lastErr()] : [r, null];
}

/** pidfd_open flag: the pidfd is non-blocking (waitid returns EAGAIN while the process runs). */
export const PIDFD_NONBLOCK = 0o4000;

/**
 * `PidfdSendSignal(pidfd, sig, info, flags) error`, as golang.org/x/sys/unix:
 * a signal to the process a pidfd refers to (Linux 5.1). info must be null:
 * the package has no Siginfo type, and null sends what kill(2) would.
 */
export function PidfdSendSignal(pidfd: number, sig: Signal | number, info: null, flags: number): Errno | null {
  const f = fdArg(pidfd);
  const s = signalArg(sig);
  if (info !== null) throw new TypeError("info must be null");
  return check(C.syscall(SYS.pidfd_send_signal, f, s, 0, intArg("flags", flags), 0, 0));
}

/** Go's `Getpagesize() int`. */
export function Getpagesize(): number {
  return C.getpagesize();
}

const rlimBuf = new BigUint64Array(SIZEOF_RLIMIT / 8);

/** The fields Getrlimit writes. */
const RLIMIT_FIELDS = ["Cur", "Max"] as const;

/** Go's `Getrlimit(resource, rlim) error`: fills rlim in place. RLIM_INFINITY reads as 2^64-1. */
export function Getrlimit(resource: number, rlim: Rlimit): Errno | null {
  const r = intArg("resource", resource);
  // Both fields writable before the call, so that a frozen one never leaves the other half-written.
  outArg("rlim", rlim, RLIMIT_FIELDS);
  if (C.getrlimit64(r, rlimBuf) < 0) return lastErr();
  const cur = rlimBuf[0]!, max = rlimBuf[1]!;
  rlim.Cur = cur;
  rlim.Max = max;
  return null;
}

/** Called by Setrlimit after a successful change (ForkExec's NOFILE bookkeeping hooks in here). */
export const rlimitHooks: Array<(resource: number, rlim: Rlimit) => void> = [];

/**
 * Go's `Setrlimit(resource, rlim) error`. Cur and Max are bigints (or
 * numbers) in [0, 2^64-1]; RLIM_INFINITY is 2^64-1.
 */
export function Setrlimit(resource: number, rlim: Rlimit): Errno | null {
  const r = intArg("resource", resource);
  objArg("rlim", rlim);
  // Both read before the shared buffer is written: a getter may call Getrlimit, which writes it too.
  const cur = u64Arg("rlim.Cur", rlim.Cur);
  const max = u64Arg("rlim.Max", rlim.Max);
  rlimBuf[0] = cur;
  rlimBuf[1] = max;
  if (C.setrlimit64(r, rlimBuf) < 0) return lastErr();
  // The hooks see what was set, not the caller's object (whose getters could say otherwise).
  const set = new Rlimit(cur, max);
  // An index loop: with Array.prototype's iterator replaced, for-of would skip ForkExec's hook (children kept the old NOFILE).
  for (let i = 0; i < rlimitHooks.length; i++) rlimitHooks[i]!(r, set);
  return null;
}


/** Getrusage: this process. */
export const RUSAGE_SELF = 0;
/** Getrusage: this process's waited-for children. */
export const RUSAGE_CHILDREN = -1;
/** Getrusage: the calling thread. */
export const RUSAGE_THREAD = 1;

const rusageBuf = new Uint8Array(SIZEOF_RUSAGE);

/** Go's `Getrusage(who, rusage) error`: fills rusage in place. who is RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD. */
export function Getrusage(who: number, rusage: Rusage): Errno | null {
  const w = intArg("who", who);
  rusageOut("rusage", rusage);
  if (C.getrusage(w, rusageBuf) < 0) return lastErr();
  // Decoded from a copy: a setter of the caller's may call Getrusage, which rewrites the shared buffer.
  decodeRusage(copyView(rusageBuf), rusage);
  return null;
}

/** Linux's RLIM_INFINITY as Go's Rlimit fields hold it: 2^64-1. */
export const RLIM_INFINITY = 0xffffffffffffffffn;

/**
 * Go's `Exit(code)`: ends the process at once with status code & 0xff,
 * through _exit(2) (exit_group). Nothing else runs: no `process.on("exit")`
 * or `beforeExit` handler, no `finally` block, no Worker clean-up; output
 * already handed to the kernel survives, but output still queued in
 * `process.stdout`/`process.stderr` (a pipe or file that Bun writes
 * asynchronously) may be lost. Flush first (or use process.exit) if that
 * matters.
 */
export function Exit(code: number): never {
  C._exit(intArg("code", code));
  throw new Error("unreachable: _exit returned");
}

// ---------------------------------------------------------------- ptrace


function ptraceReq(req: number, pid: number, addr: number, data: number): Errno | null {
  const p = pidArg("pid", pid);
  return check(C.ptrace(req, p, addr as unknown as null, data as unknown as null));
}

/** Go's `PtraceAttach(pid) error`: attach to pid as its tracer (it is sent SIGSTOP). */
export function PtraceAttach(pid: number): Errno | null {
  return ptraceReq(PTRACE_ATTACH, pid, 0, 0);
}

/** Go's `PtraceDetach(pid) error`: detach from a stopped tracee and let it run. */
export function PtraceDetach(pid: number): Errno | null {
  return ptraceReq(PTRACE_DETACH, pid, 0, 0);
}

/**
 * A resume's signal as Go passes it (`uintptr(signal)` of an int): any
 * integer Go's int holds reaches the kernel, which says ESRCH for a pid
 * that is not a stopped tracee of ours and EIO for a number no signal has.
 * One outside [0, 64] is passed as 65, which the kernel refuses the same
 * way (a negative int would be a uintptr past 2^63). A non-integer is a
 * TypeError, an unsafe integer a RangeError.
 */
function resumeSignal(signal: number): number {
  const n = int64Arg("signal", signal);
  return n >= 0 && n <= 64 ? n : 65;
}

/** Go's `PtraceCont(pid, signal) error`: resume a stopped tracee, delivering signal (0 for none). */
export function PtraceCont(pid: number, signal: number): Errno | null {
  return ptraceReq(PTRACE_CONT, pid, 0, resumeSignal(signal));
}

/** Go's `PtraceSyscall(pid, signal) error`: resume until the next syscall entry or exit. */
export function PtraceSyscall(pid: number, signal: number): Errno | null {
  return ptraceReq(PTRACE_SYSCALL, pid, 0, resumeSignal(signal));
}

/** Go's `PtraceSingleStep(pid) error`: resume for one instruction. */
export function PtraceSingleStep(pid: number): Errno | null {
  return ptraceReq(PTRACE_SINGLESTEP, pid, 0, 0);
}

/** `PtraceKill`: PTRACE_KILL (deprecated by the kernel; prefer Kill with SIGKILL). */
export function PtraceKill(pid: number): Errno | null {
  return ptraceReq(PTRACE_KILL, pid, 0, 0);
}

/** Go's `PtraceSetOptions(pid, options) error`: PTRACE_O_* flags (TRACEEXEC, TRACECLONE, EXITKILL, ...). */
export function PtraceSetOptions(pid: number, options: number): Errno | null {
  // As Go's uintptr(options): any int reaches the kernel, which says EINVAL
  // for a bit outside PTRACE_O_MASK (after ESRCH for a pid not its to
  // trace). Past 32 bits, or negative, such bits are set: 0xffffffff says so.
  const o = int64Arg("options", options);
  return ptraceReq(PTRACE_SETOPTIONS, pid, 0, o >= 0 && o <= 0xffffffff ? o : 0xffffffff);
}

const eventMsg = new BigUint64Array(1);

/** Go's `PtraceGetEventMsg(pid) (msg uint, err error)`: the message of the last ptrace event (a new pid, an exit status). */
export function PtraceGetEventMsg(pid: number): [msg: number, err: Errno | null] {
  const p = pidArg("pid", pid);
  eventMsg[0] = 0n;
  if (C.ptrace(PTRACE_GETEVENTMSG, p, null, eventMsg as unknown as null) < 0) return [0, lastErr()];
  return [Number(eventMsg[0]), null];
}
