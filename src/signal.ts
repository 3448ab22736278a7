/**
 * Signal: Go's syscall.Signal, one interned object per number.
 * @module
 */
import { signalTable } from "./zerrors_linux.ts";
import { describe, isA } from "./libc.ts";

const interned = new Map<number, Signal>();

/** A Linux signal number, as Go's `syscall.Signal`. */
export class Signal {
  /** The signal number (Go: `int(s)`). */
  readonly signo: number;

  private constructor(n: number) {
    // Private in TypeScript only: JavaScript can still call it, so it checks what Signal.of checks.
    if (typeof n !== "number" || !Number.isInteger(n) || n < -0x80000000 || n > 0x7fffffff) throw new TypeError(`Signal: not a signal number: ${describe(n)}`);
    this.signo = n === 0 ? 0 : n; // -0 is 0: the interned Signal(0) must not carry the -0 it was first asked for
    // Frozen: one object per number is shared by the whole process (SIGKILL, WaitStatus.Signal()), and
    // `readonly` is TypeScript's only: `SIGKILL.signo = 0` made every later Kill(pid, SIGKILL) a probe.
    Object.freeze(this);
  }

  /**
   * Go's conversion `syscall.Signal(n)`: the one Signal object for n.
   * Throws TypeError for a non-integer and RangeError outside the int32
   * range. Negative values exist, as in Go: WaitStatus.Signal() returns
   * Signal(-1) when the process was not signaled.
   */
  static of(n: number): Signal {
    let s = interned.get(n);
    if (s === undefined) {
      if (typeof n !== "number" || !Number.isInteger(n)) throw new TypeError(`Signal: not an integer: ${describe(n)}`);
      if (n < -0x80000000 || n > 0x7fffffff) throw new RangeError(`Signal out of range: ${n}`);
      s = new Signal(n);
      interned.set(n, s);
    }
    return s;
  }

  /** Go's `Signal()` marker method of the os.Signal interface: does nothing. */
  Signal(): void {}

  /** Go's `String()`: the description ("killed"), or `signal N` past the table. */
  String(): string {
    const text = signalTable[this.signo];
    return text ? text : `signal ${this.signo}`;
  }

  /** Same as {@link Signal.String}. */
  toString(): string {
    return this.String();
  }

  /** The number, so that `+sig` works. */
  valueOf(): number {
    return this.signo;
  }
}

/** Accepts a Signal or a plain signal number (Go's untyped constant), as a C int. Throws TypeError otherwise. */
export function signalArg(sig: unknown): number {
  // A Signal's number is checked as a plain one is: an object that only
  // inherits from Signal.prototype (or a Proxy of one) may claim any signo.
  const n: unknown = isA(Signal, sig) ? (sig as Signal).signo : sig;
  // Outside the C int range the number would wrap onto a real signal; -1 makes the kernel say EINVAL.
  if (typeof n === "number" && Number.isInteger(n)) return n >= -0x80000000 && n <= 0x7fffffff ? n : -1;
  if (isA(Signal, sig)) return -1;
  throw new TypeError(`sig must be a Signal or an integer, got ${describe(sig)}`);
}
