/** A Linux signal number, as Go's `syscall.Signal`. */
export declare class Signal {
    /** The signal number (Go: `int(s)`). */
    readonly signo: number;
    private constructor();
    /**
     * Go's conversion `syscall.Signal(n)`: the one Signal object for n.
     * Throws TypeError for a non-integer and RangeError outside the int32
     * range. Negative values exist, as in Go: WaitStatus.Signal() returns
     * Signal(-1) when the process was not signaled.
     */
    static of(n: number): Signal;
    /** Go's `Signal()` marker method of the os.Signal interface: does nothing. */
    Signal(): void;
    /** Go's `String()`: the description ("killed"), or `signal N` past the table. */
    String(): string;
    /** Same as {@link Signal.String}. */
    toString(): string;
    /** The number, so that `+sig` works. */
    valueOf(): number;
}
/** Accepts a Signal or a plain signal number (Go's untyped constant), as a C int. Throws TypeError otherwise. */
export declare function signalArg(sig: unknown): number;
