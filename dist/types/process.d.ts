import { Errno } from "./errno.js";
import { type Signal } from "./signal.js";
import { Rlimit, Rusage } from "./types.js";
/** Go's `Getpid() int`. */
export declare function Getpid(): number;
/** Go's `Getppid() int`. */
export declare function Getppid(): number;
/** Go's `Getuid() int`: the real user id. */
export declare function Getuid(): number;
/** Go's `Geteuid() int`: the effective user id. */
export declare function Geteuid(): number;
/** Go's `Getgid() int`: the real group id. */
export declare function Getgid(): number;
/** Go's `Getegid() int`: the effective group id. */
export declare function Getegid(): number;
/** Go's `Getgroups() (gids []int, err error)`: the supplementary group ids. */
export declare function Getgroups(): [gids: number[], err: Errno | null];
/** Go's `Getpgid(pid) (pgid int, err error)`. */
export declare function Getpgid(pid: number): [pgid: number, err: Errno | null];
/** Go's `Setpgid(pid, pgid) error`. */
export declare function Setpgid(pid: number, pgid: number): Errno | null;
/** Go's `Setsid() (pid int, err error)`: a new session; EPERM for a process group leader. */
export declare function Setsid(): [pid: number, err: Errno | null];
/** Go's `Kill(pid, sig) error`. sig is a Signal or a signal number. */
export declare function Kill(pid: number, sig: Signal | number): Errno | null;
/** Go's `Tgkill(tgid, tid, sig) error`: a signal to one thread. */
export declare function Tgkill(tgid: number, tid: number, sig: Signal | number): Errno | null;
/**
 * `PidfdOpen(pid, flags) (fd int, err error)`, as golang.org/x/sys/unix: a
 * pidfd (Linux 5.3) that refers to process pid. flags may be PIDFD_NONBLOCK.
 * The fd is close-on-exec.
 */
export declare function PidfdOpen(pid: number, flags: number): [fd: number, err: Errno | null];
/** pidfd_open flag: the pidfd is non-blocking (waitid returns EAGAIN while the process runs). */
export declare const PIDFD_NONBLOCK = 2048;
/**
 * `PidfdSendSignal(pidfd, sig, info, flags) error`, as golang.org/x/sys/unix:
 * a signal to the process a pidfd refers to (Linux 5.1). info must be null:
 * the package has no Siginfo type, and null sends what kill(2) would.
 */
export declare function PidfdSendSignal(pidfd: number, sig: Signal | number, info: null, flags: number): Errno | null;
/** Go's `Getpagesize() int`. */
export declare function Getpagesize(): number;
/** Go's `Getrlimit(resource, rlim) error`: fills rlim in place. RLIM_INFINITY reads as 2^64-1. */
export declare function Getrlimit(resource: number, rlim: Rlimit): Errno | null;
/** Called by Setrlimit after a successful change (ForkExec's NOFILE bookkeeping hooks in here). */
export declare const rlimitHooks: Array<(resource: number, rlim: Rlimit) => void>;
/**
 * Go's `Setrlimit(resource, rlim) error`. Cur and Max are bigints (or
 * numbers) in [0, 2^64-1]; RLIM_INFINITY is 2^64-1.
 */
export declare function Setrlimit(resource: number, rlim: Rlimit): Errno | null;
/** Getrusage: this process. */
export declare const RUSAGE_SELF = 0;
/** Getrusage: this process's waited-for children. */
export declare const RUSAGE_CHILDREN = -1;
/** Getrusage: the calling thread. */
export declare const RUSAGE_THREAD = 1;
/** Go's `Getrusage(who, rusage) error`: fills rusage in place. who is RUSAGE_SELF, RUSAGE_CHILDREN or RUSAGE_THREAD. */
export declare function Getrusage(who: number, rusage: Rusage): Errno | null;
/** Linux's RLIM_INFINITY as Go's Rlimit fields hold it: 2^64-1. */
export declare const RLIM_INFINITY = 18446744073709551615n;
/**
 * Go's `Exit(code)`: ends the process at once with status code & 0xff,
 * through _exit(2) (exit_group). Nothing else runs: no `process.on("exit")`
 * or `beforeExit` handler, no `finally` block, no Worker clean-up; output
 * already handed to the kernel survives, but output still queued in
 * `process.stdout`/`process.stderr` (a pipe or file that Bun writes
 * asynchronously) may be lost. Flush first (or use process.exit) if that
 * matters.
 */
export declare function Exit(code: number): never;
/** Go's `PtraceAttach(pid) error`: attach to pid as its tracer (it is sent SIGSTOP). */
export declare function PtraceAttach(pid: number): Errno | null;
/** Go's `PtraceDetach(pid) error`: detach from a stopped tracee and let it run. */
export declare function PtraceDetach(pid: number): Errno | null;
/** Go's `PtraceCont(pid, signal) error`: resume a stopped tracee, delivering signal (0 for none). */
export declare function PtraceCont(pid: number, signal: number): Errno | null;
/** Go's `PtraceSyscall(pid, signal) error`: resume until the next syscall entry or exit. */
export declare function PtraceSyscall(pid: number, signal: number): Errno | null;
/** Go's `PtraceSingleStep(pid) error`: resume for one instruction. */
export declare function PtraceSingleStep(pid: number): Errno | null;
/** `PtraceKill`: PTRACE_KILL (deprecated by the kernel; prefer Kill with SIGKILL). */
export declare function PtraceKill(pid: number): Errno | null;
/** Go's `PtraceSetOptions(pid, options) error`: PTRACE_O_* flags (TRACEEXEC, TRACECLONE, EXITKILL, ...). */
export declare function PtraceSetOptions(pid: number, options: number): Errno | null;
/** Go's `PtraceGetEventMsg(pid) (msg uint, err error)`: the message of the last ptrace event (a new pid, an exit status). */
export declare function PtraceGetEventMsg(pid: number): [msg: number, err: Errno | null];
