/** Go's `oserror.ErrPermission` (os.ErrPermission, fs.ErrPermission): "permission denied". */
export declare const ErrPermission: Error;
/** Go's `oserror.ErrExist` (os.ErrExist): "file already exists". */
export declare const ErrExist: Error;
/** Go's `oserror.ErrNotExist` (os.ErrNotExist): "file does not exist". */
export declare const ErrNotExist: Error;
/** Go's `errors.ErrUnsupported`: "unsupported operation". */
export declare const ErrUnsupported: Error;
/**
 * A Linux error number, as Go's `syscall.Errno`. Functions return it (never
 * throw it) as their error result; `null` stands for Go's nil. It is an Error,
 * so `if (err) throw err` works, and its message is Go's text.
 */
export declare class Errno extends Error {
    /** The error number (Go: `uintptr(e)`). */
    readonly errno: number;
    private constructor();
    /**
     * Go's conversion `syscall.Errno(n)`: the one Errno object for n. Throws
     * TypeError for a non-integer and RangeError for a negative number.
     */
    static of(n: number): Errno;
    /** Go's `Error()`: the message, `errno N` past the table. */
    Error(): string;
    /**
     * Go's `Errno.Is`: true for the os error kinds this errno belongs to —
     * ErrPermission (EACCES, EPERM), ErrExist (EEXIST, ENOTEMPTY),
     * ErrNotExist (ENOENT), ErrUnsupported (ENOSYS, ENOTSUP, EOPNOTSUPP).
     */
    Is(target: unknown): boolean;
    /** Go's `Temporary()`: EINTR, EMFILE, ENFILE, or a timeout. */
    Temporary(): boolean;
    /** Go's `Timeout()`: EAGAIN (EWOULDBLOCK) or ETIMEDOUT. */
    Timeout(): boolean;
    /** The message, as Go's `%v` prints it. */
    toString(): string;
    /** The number, so that `+err` and comparisons with numbers work. */
    valueOf(): number;
}
/** Returns the Errno for a failed call's errno, or null for 0 (Go's nil). */
export declare function errnoErr(n: number): Errno | null;
/** The Errno of the libc call that just failed. Call it at once after that call. */
export declare function lastErr(): Errno;
/** Go's error result for a libc call that returns -1 on failure: the Errno, or null. */
export declare function check(r: number): Errno | null;
