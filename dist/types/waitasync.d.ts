import { Errno } from "./errno.js";
import { WaitStatus } from "./wait.js";
import { Rusage } from "./types.js";
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
/**
 * Turns the main thread's io_uring path off (false) or back on (true), for
 * tests of the SIGCHLD path; returns whether the ring can be had here.
 * @internal
 */
export declare function useRing(on: boolean): boolean;
/** How many children at most each SIGCHLD asks Wait4 about (each ask costs about a microsecond). @internal */
export declare const DIRECT_MAX = 4;
/**
 * Resolves once nothing is waited for and the waiter thread has stopped,
 * with its fds closed (it does not wait out the linger). For tests, and for
 * a Worker about to end. @internal
 */
export declare function waiterIdle(): Promise<void>;
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
export declare function Wait4Async(pid: number, wstatus: WaitStatus | null, rusage: Rusage | null, options?: Wait4AsyncOptions): Promise<[wpid: number, err: Errno | null]>;
/**
 * options.signal, checked: undefined, or a real AbortSignal (by the
 * engine's brand check: an object that only inherits from
 * AbortSignal.prototype is a TypeError).
 * @internal
 */
export declare function signalArg(signal: unknown): AbortSignal | undefined;
/** Whether a checked signal is aborted, by the engine's getter. @internal */
export declare function abortedOf(signal: AbortSignal | undefined): boolean;
/** A checked signal's reason, by the engine's getter. @internal */
export declare function reasonOf(signal: AbortSignal): unknown;
/** How many children this thread is waiting for (for tests and diagnostics). */
export declare function PendingWaits(): number;
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
export declare function PollAsync(fd: number, events: number, options?: {
    signal?: AbortSignal;
}): Promise<[revents: number, err: Errno | null]>;
