import { Errno } from "./errno.js";
import { Signal } from "./signal.js";
import { Rusage } from "./types.js";
/**
 * Go's `syscall.WaitStatus`: the status word wait4(2) returns, with Go's
 * methods. Pass one to Wait4: it is filled in place.
 */
export declare class WaitStatus {
    /** The raw status word, as Go's uint32 (Wait4 writes it so). */
    status: number;
    /** A WaitStatus holding the raw word (default 0); a negative int32 is taken as its uint32, as Go's WaitStatus(x) conversion does. */
    constructor(status?: number);
    /** The process exited normally. */
    Exited(): boolean;
    /** The process was killed by a signal. */
    Signaled(): boolean;
    /** The process is stopped (traced, or by a stop signal). */
    Stopped(): boolean;
    /** The process was resumed by SIGCONT. */
    Continued(): boolean;
    /** The process was killed by a signal and dumped core. */
    CoreDump(): boolean;
    /** The exit status, or -1 if the process did not exit. */
    ExitStatus(): number;
    /** The signal that killed the process, or Signal(-1). */
    Signal(): Signal;
    /** The signal that stopped the process, or Signal(-1). */
    StopSignal(): Signal;
    /** For a ptrace stop at SIGTRAP, the PTRACE_EVENT_* number (0 for a plain trap); -1 otherwise. */
    TrapCause(): number;
}
/**
 * Sets the one function told, synchronously, of each child that a Wait4 of
 * this JavaScript thread reaps (an exit, not a stop or a continue):
 * Wait4Async's, which settles a pending wait for that pid with ECHILD at
 * once, so that the pid, free for reuse from then on, cannot meet the stale
 * watch. @internal
 */
export declare function onReap(listener: (pid: number) => void): void;
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
export declare function Wait4(pid: number, wstatus: WaitStatus | null, options: number, rusage: Rusage | null): [wpid: number, err: Errno | null];
