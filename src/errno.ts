/**
 * Errno: Go's syscall.Errno. One interned object per number, so Go's
 * `err == syscall.ENOENT` is `err === ENOENT`.
 * @module
 */
import { errorTable } from "./zerrors_linux.ts";
import { errno, describe } from "./libc.ts";

/** Go's `oserror.ErrPermission` (os.ErrPermission, fs.ErrPermission): "permission denied". */
export const ErrPermission: Error = new Error("permission denied");
/** Go's `oserror.ErrExist` (os.ErrExist): "file already exists". */
export const ErrExist: Error = new Error("file already exists");
/** Go's `oserror.ErrNotExist` (os.ErrNotExist): "file does not exist". */
export const ErrNotExist: Error = new Error("file does not exist");
/** Go's `errors.ErrUnsupported`: "unsupported operation". */
export const ErrUnsupported: Error = new Error("unsupported operation");

const interned = new Map<number, Errno>();
/** Object.defineProperty as the engine made it (Errnos are made on first use, after a program may have replaced it). */
const defineProp = Object.defineProperty;

/**
 * A Linux error number, as Go's `syscall.Errno`. Functions return it (never
 * throw it) as their error result; `null` stands for Go's nil. It is an Error,
 * so `if (err) throw err` works, and its message is Go's text.
 */
export class Errno extends Error {
  /** The error number (Go: `uintptr(e)`). */
  declare readonly errno: number;

  private constructor(n: number) {
    // Private in TypeScript only: JavaScript can still call it, so it checks what Errno.of checks.
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 0xffffffff) throw new TypeError(`Errno: not an errno: ${describe(n)}`);
    const text = errorTable[n];
    super(text ? text : `errno ${n}`);
    // Read-only: one object per number is shared by every failing call in
    // the process, and `ENOENT.errno = 5` would have changed what every
    // later ENOENT says. (Not frozen: Bun adds properties to an error it prints.)
    defineProp(this, "errno", { value: n, enumerable: true });
    defineProp(this, "message", { value: this.message, writable: false, enumerable: false, configurable: false });
  }

  /**
   * Go's conversion `syscall.Errno(n)`: the one Errno object for n. Throws
   * TypeError for a non-integer and RangeError for a negative number.
   */
  static of(n: number): Errno {
    let e = interned.get(n);
    if (e === undefined) {
      if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`Errno: not an integer: ${describe(n)}`);
      if (n < 0 || n > 0xffffffff) throw new RangeError(`Errno out of range: ${n}`);
      // Interned values are shared by every failing call: a stack trace of
      // the first one would mislead, so none is captured.
      const limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0;
      e = new Errno(n);
      Error.stackTraceLimit = limit;
      interned.set(n, e);
    }
    return e;
  }

  /** Go's `Error()`: the message, `errno N` past the table. */
  Error(): string {
    return this.message;
  }

  /**
   * Go's `Errno.Is`: true for the os error kinds this errno belongs to —
   * ErrPermission (EACCES, EPERM), ErrExist (EEXIST, ENOTEMPTY),
   * ErrNotExist (ENOENT), ErrUnsupported (ENOSYS, ENOTSUP, EOPNOTSUPP).
   */
  Is(target: unknown): boolean {
    const n = this.errno;
    switch (target) {
      case ErrPermission:
        return n === 13 || n === 1;
      case ErrExist:
        return n === 17 || n === 39;
      case ErrNotExist:
        return n === 2;
      case ErrUnsupported:
        return n === 38 || n === 95; // ENOTSUP and EOPNOTSUPP are both 95 on Linux
    }
    return false;
  }

  /** Go's `Temporary()`: EINTR, EMFILE, ENFILE, or a timeout. */
  Temporary(): boolean {
    const n = this.errno;
    return n === 4 || n === 24 || n === 23 || this.Timeout();
  }

  /** Go's `Timeout()`: EAGAIN (EWOULDBLOCK) or ETIMEDOUT. */
  Timeout(): boolean {
    const n = this.errno;
    return n === 11 || n === 110;
  }

  /** The message, as Go's `%v` prints it. */
  override toString(): string {
    return this.message;
  }

  /** The number, so that `+err` and comparisons with numbers work. */
  override valueOf(): number {
    return this.errno;
  }
}

// On the prototype, not per object: 133 Errnos are made at import.
Object.defineProperty(Errno.prototype, "name", { value: "Errno", writable: true, configurable: true });

// The Errnos of the table's numbers (the named E* constants' and a few
// more), made now in one go: Errno.of sets Error.stackTraceLimit around
// each object it makes, and 133 of those changes cost 0.3 ms of the import.
{
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let n = 1; n < errorTable.length; n++) if (errorTable[n]) interned.set(n, new (Errno as unknown as new (n: number) => Errno)(n));
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Returns the Errno for a failed call's errno, or null for 0 (Go's nil). */
export function errnoErr(n: number): Errno | null {
  return n === 0 ? null : Errno.of(n);
}

/** The Errno of the libc call that just failed. Call it at once after that call. */
export function lastErr(): Errno {
  return Errno.of(errno());
}

/** Go's error result for a libc call that returns -1 on failure: the Errno, or null. */
export function check(r: number): Errno | null {
  return r < 0 ? lastErr() : null;
}
