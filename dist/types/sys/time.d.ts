import { Errno } from "../errno.js";
import { Timespec, Timeval } from "../types.js";
/**
 * Go's `Gettimeofday(tv *Timeval) (err error)`: gettimeofday(2) (the vDSO,
 * through glibc, as Go's amd64 uses it), filling tv in place.
 */
export declare function Gettimeofday(tv: Timeval): Errno | null;
/**
 * Go's `Settimeofday(tv *Timeval) (err error)`: settimeofday(2), which sets
 * the system clock (CAP_SYS_TIME; EPERM without it, EINVAL for a Usec
 * outside 0..999999). null is Go's nil: nothing is set.
 */
export declare function Settimeofday(tv: Timeval | null): Errno | null;
/** Go's `syscall.Time_t`: seconds since the epoch (int64; a number). */
export type Time_t = number;
/**
 * Go's `Time(t *Time_t) (tt Time_t, err error)`: the time in seconds, from
 * Gettimeofday as Go's. t is Go's `*Time_t`: null, or a caller-owned
 * `{ value }` that also receives it.
 */
export declare function Time(t: {
    value: Time_t;
} | null): [tt: Time_t, err: Errno | null];
/** Go's `syscall.Tms`: CPU times in clock ticks (sysconf(_SC_CLK_TCK), 100 on Linux), as Times fills it. */
export declare class Tms {
    /** User CPU time of this process. */
    Utime: number;
    /** System CPU time of this process. */
    Stime: number;
    /** User CPU time of the waited-for children. */
    Cutime: number;
    /** System CPU time of the waited-for children. */
    Cstime: number;
}
/**
 * Go's `Times(tms *Tms) (ticks uintptr, err error)`: times(2). Fills tms in
 * place and returns the clock ticks since an arbitrary point in the past.
 */
export declare function Times(tms: Tms): [ticks: number, err: Errno | null];
/**
 * Go's `Nanosleep(time *Timespec, leftover *Timespec) (err error)`:
 * nanosleep(2). Sleeps for time (EINVAL for an Nsec outside 0..999999999
 * or a negative Sec); when a signal handler interrupts it, the result is
 * EINTR and leftover (a Timespec, or null) receives the time left.
 *
 * It BLOCKS the JavaScript thread for the whole sleep, as Go's blocks its
 * thread.
 */
export declare function Nanosleep(time: Timespec, leftover: Timespec | null): Errno | null;
/**
 * Go's `syscall.Timex`: the kernel's `struct timex` for Adjtimex (the
 * padding fields of Go's struct are left out). Modes says which fields
 * Adjtimex sets; 0 only reads them.
 */
export declare class Timex {
    /** ADJ_* bits: what to set (uint32); 0 reads only. */
    Modes: number;
    /** Time offset (µs, or ns with STA_NANO). */
    Offset: number;
    /** Frequency offset (scaled ppm). */
    Freq: number;
    /** Maximum error (µs). */
    Maxerror: number;
    /** Estimated error (µs). */
    Esterror: number;
    /** STA_* clock status bits (int32). */
    Status: number;
    /** PLL time constant. */
    Constant: number;
    /** Clock precision (µs, read-only). */
    Precision: number;
    /** Clock frequency tolerance (read-only). */
    Tolerance: number;
    /** The current time (read-only; Usec is ns with STA_NANO). */
    Time: Timeval;
    /** Microseconds between clock ticks. */
    Tick: number;
    /** PPS frequency (read-only). */
    Ppsfreq: number;
    /** PPS jitter (read-only). */
    Jitter: number;
    /** PPS interval duration (int32, read-only). */
    Shift: number;
    /** PPS stability (read-only). */
    Stabil: number;
    /** PPS jitter limit exceeded count (read-only). */
    Jitcnt: number;
    /** PPS calibration intervals (read-only). */
    Calcnt: number;
    /** PPS calibration errors (read-only). */
    Errcnt: number;
    /** PPS stability limit exceeded count (read-only). */
    Stbcnt: number;
    /** TAI offset (int32). */
    Tai: number;
    /** A Timex with the fields init gives (Go's composite literal); the rest as above. */
    constructor(init?: Partial<Timex>);
}
/**
 * Go's `Adjtimex(buf *Timex) (state int, err error)`: adjtimex(2). Sets
 * what buf.Modes names (CAP_SYS_TIME; EPERM without it), then fills buf in
 * place with the kernel's values, Time included, and returns the clock
 * state (TIME_OK 0, TIME_INS 1, TIME_DEL 2, TIME_OOP 3, TIME_WAIT 4,
 * TIME_ERROR 5). With Modes 0 it only reads.
 */
export declare function Adjtimex(buf: Timex): [state: number, err: Errno | null];
/** Go's `TimespecToNsec(ts Timespec) int64`: ts.Nano(), nanoseconds as a bigint. */
export declare function TimespecToNsec(ts: Timespec): bigint;
/** Go's `TimevalToNsec(tv Timeval) int64`: tv.Nano(), nanoseconds as a bigint. */
export declare function TimevalToNsec(tv: Timeval): bigint;
