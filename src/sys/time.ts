/**
 * Clocks and sleeping, after Go's syscall_linux.go,
 * syscall_linux_{amd64,arm64}.go and timestruct.go: Gettimeofday,
 * Settimeofday, Time (Time_t), Times (Tms), Nanosleep, Adjtimex (Timex),
 * TimespecToNsec and TimevalToNsec.
 *
 * Nanosleep blocks the calling JavaScript thread for the whole sleep, as
 * Go's blocks its thread: nothing else runs on that thread meanwhile. Use
 * Bun.sleep to wait without blocking.
 *
 * The plain calls are one `sysCall` line each; what is hand-written here is
 * the struct encoding and decoding (Timeval, Timespec, Tms, Timex).
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { bufferOf, dataViewOf, describe, initFields, int64Arg, intArg, invoke, outArg } from "../libc.ts";
import { Errno } from "../errno.ts";
import { Timespec, Timeval } from "../types.ts";
import { EINTR, SYS_ADJTIMEX, SYS_SETTIMEOFDAY } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, BigInt64Array } = globalThis;


/** A raw syscall target from Go's per-architecture number (zconsts already holds this architecture's). */

const gettimeofday = sysCall("Gettimeofday", "gettimeofday", ["buf", "nullbuf"], "err");
const settimeofday = sysCall("Settimeofday", SYS_SETTIMEOFDAY, ["nullbuf", "nullbuf"], "err");
const times = sysCall("Times", "times", ["buf"], "long");
const nanosleep = sysCall("Nanosleep", "nanosleep", ["nullbuf", "nullbuf"], "err");
const adjtimex = sysCall("Adjtimex", SYS_ADJTIMEX, ["buf"], "int");

/** Two scratch pairs of int64 words (a timeval or a timespec each), with their bytes. */
const words = [new BigInt64Array(2), new BigInt64Array(2)] as const;
const bytes = [new Uint8Array(words[0].buffer), new Uint8Array(words[1].buffer)] as const;

/**
 * Reads a Timeval or Timespec argument (an object with the two int64
 * fields a, b), each field once: its values, or null for null. Nothing is
 * written here: a getter of the caller's may itself call into this module,
 * which writes the scratch pairs, so they are loaded (pairIn) only once
 * every value of a call has been read.
 */
function pairArg(name: string, v: unknown, a: "Sec", b: "Usec" | "Nsec"): [number, number] | null {
  if (v === null) return null;
  if (typeof v !== "object") throw new TypeError(`${name} must be an object or null, got ${describe(v)}`);
  const o = v as Record<string, unknown>;
  const x = int64Arg(`${name}.${a}`, o[a]);
  return [x, int64Arg(`${name}.${b}`, o[b])];
}

/**
 * Loads values pairArg read into bytes of their own: the bytes to pass, or
 * null for null. Not a scratch pair: the caller's code can still run after
 * this (the call's `instanceof Uint8Array` check of each pointer runs a
 * Uint8Array[Symbol.hasInstance] of the caller's), and a Nanosleep made
 * there rewrote the outer call's time.
 */
function pairIn(p: [number, number] | null): Uint8Array | null {
  if (p === null) return null;
  const b = new Uint8Array(16);
  const w = new BigInt64Array(bufferOf(b));
  w[0] = BigInt(p[0]);
  w[1] = BigInt(p[1]);
  return b;
}

/** Writes scratch pair i back into the fields a, b of v (both read before either is written: a setter may call into this module). */
function pairOut(v: Record<string, unknown>, a: string, b: string, i: 0 | 1): void {
  const x = Number(words[i][0]), y = Number(words[i][1]);
  v[a] = x;
  v[b] = y;
}

const SEC_USEC = ["Sec", "Usec"] as const;

/** Checks an out-parameter Timeval: an object whose Sec and Usec can be written. */
function timevalOut(name: string, tv: unknown): Record<string, unknown> {
  if (typeof tv !== "object" || tv === null) throw new TypeError(`${name} must be a Timeval, got ${describe(tv)}`);
  return outArg(name, tv as Record<string, unknown>, SEC_USEC);
}

/**
 * Go's `Gettimeofday(tv *Timeval) (err error)`: gettimeofday(2) (the vDSO,
 * through glibc, as Go's amd64 uses it), filling tv in place.
 */
export function Gettimeofday(tv: Timeval): Errno | null {
  const t = timevalOut("tv", tv);
  const err = gettimeofday(bytes[0], null);
  if (err === null) pairOut(t, "Sec", "Usec", 0);
  return err;
}

/**
 * Go's `Settimeofday(tv *Timeval) (err error)`: settimeofday(2), which sets
 * the system clock (CAP_SYS_TIME; EPERM without it, EINVAL for a Usec
 * outside 0..999999). null is Go's nil: nothing is set.
 */
export function Settimeofday(tv: Timeval | null): Errno | null {
  return settimeofday(pairIn(pairArg("tv", tv, "Sec", "Usec")), null);
}

/** Go's `syscall.Time_t`: seconds since the epoch (int64; a number). */
export type Time_t = number;

/**
 * Go's `Time(t *Time_t) (tt Time_t, err error)`: the time in seconds, from
 * Gettimeofday as Go's. t is Go's `*Time_t`: null, or a caller-owned
 * `{ value }` that also receives it.
 */
export function Time(t: { value: Time_t } | null): [tt: Time_t, err: Errno | null] {
  if (t !== null) outArg("t", t, ["value"]);
  const err = gettimeofday(bytes[0], null);
  if (err !== null) return [0, err];
  const tt = Number(words[0][0]);
  if (t !== null) t.value = tt;
  return [tt, null];
}

/** Go's `syscall.Tms`: CPU times in clock ticks (sysconf(_SC_CLK_TCK), 100 on Linux), as Times fills it. */
export class Tms {
  /** User CPU time of this process. */
  Utime = 0;
  /** System CPU time of this process. */
  Stime = 0;
  /** User CPU time of the waited-for children. */
  Cutime = 0;
  /** System CPU time of the waited-for children. */
  Cstime = 0;
}

const TMS_FIELDS = ["Utime", "Stime", "Cutime", "Cstime"] as const;
const tmsWords = new BigInt64Array(4);
const tmsBytes = new Uint8Array(tmsWords.buffer);

/**
 * Go's `Times(tms *Tms) (ticks uintptr, err error)`: times(2). Fills tms in
 * place and returns the clock ticks since an arbitrary point in the past.
 */
export function Times(tms: Tms): [ticks: number, err: Errno | null] {
  if (typeof tms !== "object" || tms === null) throw new TypeError(`tms must be a Tms, got ${describe(tms)}`);
  outArg("tms", tms, TMS_FIELDS);
  const r = times(tmsBytes);
  if (r[1] !== null) return r;
  // Read out before any is written: a setter (of a Proxy that outArg took) may call Times, which rewrites tmsWords.
  // Indexed reads, not Array.from(tmsWords): BigInt64Array.prototype's iterator can be shadowed.
  const got = [Number(tmsWords[0]!), Number(tmsWords[1]!), Number(tmsWords[2]!), Number(tmsWords[3]!)];
  for (let i = 0; i < 4; i++) tms[TMS_FIELDS[i]!] = got[i]!;
  return r;
}

/**
 * Go's `Nanosleep(time *Timespec, leftover *Timespec) (err error)`:
 * nanosleep(2). Sleeps for time (EINVAL for an Nsec outside 0..999999999
 * or a negative Sec); when a signal handler interrupts it, the result is
 * EINTR and leftover (a Timespec, or null) receives the time left.
 *
 * It BLOCKS the JavaScript thread for the whole sleep, as Go's blocks its
 * thread.
 */
export function Nanosleep(time: Timespec, leftover: Timespec | null): Errno | null {
  const t = pairArg("time", time, "Sec", "Nsec");
  if (leftover !== null) {
    if (typeof leftover !== "object") throw new TypeError(`leftover must be a Timespec or null, got ${describe(leftover)}`);
    outArg("leftover", leftover, ["Sec", "Nsec"]);
  }
  // Loaded after every value of the caller's was read (a getter that called Gettimeofday would have rewritten it).
  const tb = pairIn(t);
  words[1].fill(0n);
  const err = nanosleep(tb, leftover === null ? null : bytes[1]);
  if (err === EINTR && leftover !== null) pairOut(leftover as unknown as Record<string, unknown>, "Sec", "Nsec", 1);
  return err;
}

/**
 * Go's `syscall.Timex`: the kernel's `struct timex` for Adjtimex (the
 * padding fields of Go's struct are left out). Modes says which fields
 * Adjtimex sets; 0 only reads them.
 */
export class Timex {
  /** ADJ_* bits: what to set (uint32); 0 reads only. */
  Modes = 0;
  /** Time offset (µs, or ns with STA_NANO). */
  Offset = 0;
  /** Frequency offset (scaled ppm). */
  Freq = 0;
  /** Maximum error (µs). */
  Maxerror = 0;
  /** Estimated error (µs). */
  Esterror = 0;
  /** STA_* clock status bits (int32). */
  Status = 0;
  /** PLL time constant. */
  Constant = 0;
  /** Clock precision (µs, read-only). */
  Precision = 0;
  /** Clock frequency tolerance (read-only). */
  Tolerance = 0;
  /** The current time (read-only; Usec is ns with STA_NANO). */
  Time: Timeval = new Timeval();
  /** Microseconds between clock ticks. */
  Tick = 0;
  /** PPS frequency (read-only). */
  Ppsfreq = 0;
  /** PPS jitter (read-only). */
  Jitter = 0;
  /** PPS interval duration (int32, read-only). */
  Shift = 0;
  /** PPS stability (read-only). */
  Stabil = 0;
  /** PPS jitter limit exceeded count (read-only). */
  Jitcnt = 0;
  /** PPS calibration intervals (read-only). */
  Calcnt = 0;
  /** PPS calibration errors (read-only). */
  Errcnt = 0;
  /** PPS stability limit exceeded count (read-only). */
  Stbcnt = 0;
  /** TAI offset (int32). */
  Tai = 0;
  /** A Timex with the fields init gives (Go's composite literal); the rest as above. */
  constructor(init?: Partial<Timex>) {
    initFields(this, init);
  }
}

/** The int64 fields of `struct timex`, by byte offset; Time is at 72 (Sec) and 80 (Usec). */
const TIMEX_I64 = [
  ["Offset", 8], ["Freq", 16], ["Maxerror", 24], ["Esterror", 32], ["Constant", 48], ["Precision", 56], ["Tolerance", 64],
  ["Tick", 88], ["Ppsfreq", 96], ["Jitter", 104], ["Stabil", 120], ["Jitcnt", 128], ["Calcnt", 136], ["Errcnt", 144], ["Stbcnt", 152],
] as const;
/** The 32-bit fields: name, offset, min, max. */
const TIMEX_I32 = [["Modes", 0, 0, 0xffffffff], ["Status", 40, -0x80000000, 0x7fffffff], ["Shift", 112, -0x80000000, 0x7fffffff], ["Tai", 160, -0x80000000, 0x7fffffff]] as const;
/** The field names Adjtimex writes, listed on its first call (index loops: no builtin's first call at import). */
let timexFields: string[] | null = null;
function timexFieldNames(): string[] {
  if (timexFields === null) {
    const t: string[] = [];
    for (let i = 0; i < TIMEX_I64.length; i++) t[t.length] = TIMEX_I64[i]![0];
    for (let i = 0; i < TIMEX_I32.length; i++) t[t.length] = TIMEX_I32[i]![0];
    timexFields = t;
  }
  return timexFields;
}
/** sizeof(struct timex) on both architectures. */
const SIZEOF_TIMEX = 208;

/**
 * Go's `Adjtimex(buf *Timex) (state int, err error)`: adjtimex(2). Sets
 * what buf.Modes names (CAP_SYS_TIME; EPERM without it), then fills buf in
 * place with the kernel's values, Time included, and returns the clock
 * state (TIME_OK 0, TIME_INS 1, TIME_DEL 2, TIME_OOP 3, TIME_WAIT 4,
 * TIME_ERROR 5). With Modes 0 it only reads.
 */
export function Adjtimex(buf: Timex): [state: number, err: Errno | null] {
  if (typeof buf !== "object" || buf === null) throw new TypeError(`buf must be a Timex, got ${describe(buf)}`);
  const b = buf as unknown as Record<string, unknown>;
  outArg("buf", b, timexFieldNames());
  const tv = timevalOut("buf.Time", b.Time);
  const raw = new Uint8Array(SIZEOF_TIMEX);
  const dv = dataViewOf(raw);
  // Index loops without destructuring (which iterates): with Array.prototype's iterator replaced, for-of encoded and decoded nothing.
  for (let i = 0; i < TIMEX_I64.length; i++) {
    const f = TIMEX_I64[i]!;
    dv.setBigInt64(f[1], BigInt(int64Arg(`buf.${f[0]}`, b[f[0]])), true);
  }
  for (let i = 0; i < TIMEX_I32.length; i++) {
    const f = TIMEX_I32[i]!;
    dv.setInt32(f[1], intArg(`buf.${f[0]}`, b[f[0]], f[2], f[3]) | 0, true);
  }
  dv.setBigInt64(72, BigInt(int64Arg("buf.Time.Sec", tv.Sec)), true);
  dv.setBigInt64(80, BigInt(int64Arg("buf.Time.Usec", tv.Usec)), true);
  const r = adjtimex(raw);
  if (r[1] !== null) return r;
  for (let i = 0; i < TIMEX_I64.length; i++) b[TIMEX_I64[i]![0]] = Number(dv.getBigInt64(TIMEX_I64[i]![1], true));
  for (let i = 0; i < TIMEX_I32.length; i++) {
    const f = TIMEX_I32[i]!;
    b[f[0]] = f[2] === 0 ? dv.getUint32(f[1], true) : dv.getInt32(f[1], true);
  }
  tv.Sec = Number(dv.getBigInt64(72, true));
  tv.Usec = Number(dv.getBigInt64(80, true));
  return r;
}

/** Go's `TimespecToNsec(ts Timespec) int64`: ts.Nano(), nanoseconds as a bigint. */
export function TimespecToNsec(ts: Timespec): bigint {
  if (typeof ts !== "object" || ts === null) throw new TypeError(`ts must be a Timespec, got ${describe(ts)}`);
  return invoke(Timespec.prototype.Nano, ts);
}

/** Go's `TimevalToNsec(tv Timeval) int64`: tv.Nano(), nanoseconds as a bigint. */
export function TimevalToNsec(tv: Timeval): bigint {
  if (typeof tv !== "object" || tv === null) throw new TypeError(`tv must be a Timeval, got ${describe(tv)}`);
  return invoke(Timeval.prototype.Nano, tv);
}
