/**
 * ForkLock: Go's `syscall.ForkLock`, a readers-writer lock.
 * @module
 */
/**
 * Go's `sync.RWMutex` as `syscall.ForkLock` uses it: ForkExec (and
 * StartProcess) hold it for writing while they create a child; code that creates an fd and
 * then sets FD_CLOEXEC in a second call holds it for reading across both,
 * so no child inherits the fd in between.
 *
 * What it protects in a Bun process: JavaScript on one thread never runs
 * during a ForkExec, and ForkExec's child marks every fd past len(Files)
 * close-on-exec before execve, so fds cannot leak into children here even
 * without the lock. It exists for code ported from Go that takes it, and to
 * order a multi-step fd setup against this thread's own ForkExec.
 *
 * Scope: one lock per JavaScript thread. Each Bun Worker loads the package
 * separately and gets its own ForkLock; it does not exclude other Workers.
 * This is a choice, not a limit: a process-wide lock is possible (a futex
 * word that every Worker finds through the C environment works, and
 * Atomics on it are atomic across Workers), but a Worker terminated while
 * holding it would hang every other thread's ForkExec for good, and what
 * the lock exists for is already process-wide without it: the child's
 * close-on-exec sweep keeps every Worker's fds out of every child.
 *
 * A thread cannot wait for itself: where Go's RWMutex would block forever
 * (Lock while this thread holds it), these methods throw an Error instead.
 */
export declare class RWMutex {
    private readers;
    private writer;
    /** Takes the lock for writing. Throws if it is already held (it would deadlock). */
    Lock(): void;
    /** Releases the write lock. Throws if it is not held, as Go's fatal error. */
    Unlock(): void;
    /** Takes the lock for reading. Throws if this thread holds it for writing (it would deadlock). */
    RLock(): void;
    /** Releases a read lock. Throws if none is held, as Go's fatal error. */
    RUnlock(): void;
    /** Go's `TryLock()`: takes the write lock if it is free. */
    TryLock(): boolean;
    /** Go's `TryRLock()`: takes a read lock unless a writer holds it. */
    TryRLock(): boolean;
}
/** Go's `syscall.ForkLock`. See {@link RWMutex} for what it protects in Bun. */
export declare const ForkLock: RWMutex;
