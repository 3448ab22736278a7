/**
 * Waiting for file descriptors, after Go's syscall_linux.go and
 * syscall_linux_{amd64,arm64}.go: epoll (EpollCreate, EpollCreate1,
 * EpollCtl, EpollWait and EpollEvent), inotify (InotifyInit, InotifyInit1,
 * InotifyAddWatch, InotifyRmWatch and InotifyEvent) and Select with FdSet.
 *
 * EpollWait and Select block the calling JavaScript thread until an fd is
 * ready or the timeout passes, exactly as Go's block their goroutine's
 * thread: nothing else runs on that thread meanwhile (no timers, no
 * promises, no I/O callbacks). Pass a timeout of 0 to poll, a short one to
 * wait, or call them from a Worker.
 *
 * The plain calls are one `sysCall` line each; what is hand-written here is
 * the struct encoding: EpollEvent in its per-architecture layout (12 bytes
 * on amd64, where the kernel's epoll_event is packed; 16 on arm64), FdSet
 * and the Timeval of Select.
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { EV, epollCtl, epollWait } from "./epoll.ts";
import { ARCH } from "../layout.ts";
import { bufferOf, dataViewOf, describe, elementCountOf, setOf, int64Arg, intArg, lengthArg, outArg, typedArrayTag } from "../libc.ts";
import { Errno } from "../errno.ts";
import { Timeval } from "../types.ts";
import { EINVAL, SYS_PSELECT6, SYS_SELECT } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Int32Array, BigInt64Array } = globalThis;


/** A raw syscall target from Go's per-architecture number (zconsts already holds this architecture's). */

// ---------------------------------------------------------------- epoll

/**
 * Go's `syscall.EpollEvent`: the kernel's `struct epoll_event`, whose
 * 64-bit data word Go splits into Fd (its low half) and Pad (its high
 * half). On amd64 the struct is packed (12 bytes: Events at 0, Fd at 4, Pad
 * at 8); on arm64 it is 16 bytes (Fd at 8, Pad at 12), as Go's ztypes lay
 * it out. Plain object literals work where an EpollEvent is read
 * (`{ Events: EPOLLIN, Fd: fd }`; a missing field is 0, as in a Go struct
 * literal).
 */
export class EpollEvent {
  /** EPOLLIN, EPOLLOUT, EPOLLET, ... (uint32). */
  Events: number;
  /** The low 32 bits of the event's data: by convention the fd (int32). */
  Fd: number;
  /** The high 32 bits of the event's data (int32). */
  Pad: number;
  /** An EpollEvent of events, fd and pad (all default to 0). */
  constructor(events = 0, fd = 0, pad = 0) {
    // A uint32 of bits; `EPOLLIN | EPOLLET` is a negative int32 in JavaScript (and EPOLLET is Go's -0x80000000 on amd64): taken as its uint32.
    this.Events = intArg("EpollEvent events", events, -0x80000000, 0xffffffff) >>> 0;
    this.Fd = intArg("EpollEvent fd", fd, -0x80000000, 0x7fffffff);
    this.Pad = intArg("EpollEvent pad", pad, -0x80000000, 0x7fffffff);
  }
}

/** The kernel's EP_MAX_EVENTS: a longer EpollWait is EINVAL. */
const EP_MAX_EVENTS = Math.floor(0x7fffffff / EV.size);
/**
 * The most events one EpollWait asks the kernel for: a longer slice is
 * filled at most this far (the kernel may always return fewer than asked),
 * so that a huge slice does not cost a huge buffer.
 */
const EPOLL_WAIT_MAX = 1 << 16;

/** A field of an EpollEvent being read: an integer in [min, max], 0 when missing. */
function evField(ev: object, k: "Events" | "Fd" | "Pad", min: number, max: number): number {
  const v: unknown = (ev as Record<string, unknown>)[k];
  return v === undefined ? 0 : intArg(`event.${k}`, v, min, max);
}


/** Go's `EpollCreate(size int) (fd int, err error)`: epoll_create(2); size must be > 0 and is otherwise unused. */
export const EpollCreate = sysCall("EpollCreate", "epoll_create", ["int"], "int");

/** Go's `EpollCreate1(flag int) (fd int, err error)`: epoll_create1(2); flag 0 or EPOLL_CLOEXEC. */
export const EpollCreate1 = sysCall("EpollCreate1", "epoll_create1", ["int"], "int");

/**
 * Go's `EpollCtl(epfd int, op int, fd int, event *EpollEvent) (err error)`:
 * epoll_ctl(2). op is EPOLL_CTL_ADD, EPOLL_CTL_MOD or EPOLL_CTL_DEL; event
 * (an EpollEvent or an object literal with its fields) is read, not
 * written; null is Go's nil, which EPOLL_CTL_DEL accepts.
 */
export function EpollCtl(epfd: number, op: number, fd: number, event: Partial<EpollEvent> | null): Errno | null {
  if (event === null) return epollCtl(epfd, op, fd, null);
  if (typeof event !== "object") throw new TypeError(`event must be an EpollEvent or null, got ${describe(event)}`);
  const events = evField(event, "Events", -0x80000000, 0xffffffff) >>> 0, lo = evField(event, "Fd", -0x80000000, 0x7fffffff), hi = evField(event, "Pad", -0x80000000, 0x7fffffff);
  // This call's own bytes, by index stores (both architectures are little-endian), not epollSet's shared
  // buffer: the `instanceof Uint8Array` check of the pointer argument can run a Uint8Array[Symbol.hasInstance]
  // of the caller's, and an EpollCtl made there rewrote it (fd was registered with that call's events and data).
  const b = new Uint8Array(EV.size);
  const w = new Int32Array(bufferOf(b));
  w[0] = events | 0;
  w[EV.fd >> 2] = lo;
  w[EV.pad >> 2] = hi;
  return epollCtl(epfd, op, fd, b);
}

const EVENT_FIELDS = ["Events", "Fd", "Pad"] as const;

/**
 * Go's `EpollWait(epfd int, events []EpollEvent, msec int) (n int, err error)`:
 * epoll_wait(2). Waits up to msec milliseconds (-1: forever, 0: not at all)
 * and fills events[0..n) in place. events is an array whose elements are
 * EpollEvents (or objects with writable Events, Fd and Pad); a hole or
 * undefined element is replaced by a new EpollEvent, as Go's
 * `make([]EpollEvent, n)` holds zero values. An empty array is EINVAL, as
 * in Go; at most 65536 events are returned by one call.
 *
 * It BLOCKS the JavaScript thread for up to msec milliseconds, as Go's
 * blocks its thread: use 0 to poll, or call it from a Worker.
 */
export function EpollWait(epfd: number, events: EpollEvent[], msec: number): [n: number, err: Errno | null] {
  if (!Array.isArray(events)) throw new TypeError(`events must be an array of EpollEvent, got ${describe(events)}`);
  const len = lengthArg("events", events);
  intArg("msec", msec);
  if (len > EP_MAX_EVENTS) return [-1, EINVAL];
  const max = Math.min(len, EPOLL_WAIT_MAX);
  // Every slot that can be written is checked before the call: an edge-triggered
  // or one-shot event the kernel hands over must not be lost to a frozen object.
  const out = new Array<EpollEvent>(max);
  for (let i = 0; i < max; i++) {
    let ev: unknown = events[i];
    if (ev === undefined) events[i] = ev = new EpollEvent();
    out[i] = outArg(`events[${i}]`, ev as EpollEvent, EVENT_FIELDS);
  }
  const buf = new Uint8Array(max * EV.size);
  const r = epollWait(epfd, buf, max, msec);
  if (r[1] !== null) return r;
  const dv = dataViewOf(buf); // not buf.buffer, a getter the caller can shadow
  for (let i = 0; i < r[0]; i++) {
    const ev = out[i]!;
    ev.Events = dv.getUint32(i * EV.size, true);
    ev.Fd = dv.getInt32(i * EV.size + EV.fd, true);
    ev.Pad = dv.getInt32(i * EV.size + EV.pad, true);
  }
  return r;
}

// ---------------------------------------------------------------- inotify

/**
 * Go's `syscall.InotifyEvent`: the header of one event in what Read returns
 * from an inotify fd, SizeofInotifyEvent (16) bytes followed by Len bytes of
 * NUL-padded name. Go reads it with an unsafe cast and has no decoder;
 * here, read it with a DataView: `Wd = dv.getInt32(off, true)`,
 * `Mask = dv.getUint32(off + 4, true)`, `Cookie = dv.getUint32(off + 8, true)`,
 * `Len = dv.getUint32(off + 12, true)`, then the name, and the next event at
 * `off + SizeofInotifyEvent + Len`.
 */
export class InotifyEvent {
  /** The watch descriptor (int32). */
  Wd = 0;
  /** IN_* bits of what happened (uint32). */
  Mask = 0;
  /** Ties the two halves of a rename together (uint32). */
  Cookie = 0;
  /** The length of the name that follows, NUL padding included (uint32). */
  Len = 0;
}

/** Go's `InotifyInit1(flags int) (fd int, err error)`: inotify_init1(2); flags IN_NONBLOCK, IN_CLOEXEC. */
export const InotifyInit1 = sysCall("InotifyInit1", "inotify_init1", ["int"], "int");

/** Go's `InotifyInit() (fd int, err error)`: inotify_init(2), made as Go's arm64 makes it, InotifyInit1(0). */
export function InotifyInit(): [fd: number, err: Errno | null] {
  return InotifyInit1(0);
}

/**
 * Go's `InotifyAddWatch(fd int, pathname string, mask uint32) (watchdesc int, err error)`:
 * inotify_add_watch(2). mask holds IN_* bits.
 */
export const InotifyAddWatch = sysCall("InotifyAddWatch", "inotify_add_watch", ["fd", "path", "mask"], "int");

/** Go's `InotifyRmWatch(fd int, watchdesc uint32) (success int, err error)`: inotify_rm_watch(2). */
export const InotifyRmWatch = sysCall("InotifyRmWatch", "inotify_rm_watch", ["fd", "uint"], "int");

// ---------------------------------------------------------------- select

/**
 * Go's `syscall.FdSet`: a set of fds 0..1023 for Select, as Go's
 * `Bits [16]int64`, here a BigInt64Array of 16 words, which Select
 * rewrites in place. Go has no FD_SET helpers and neither does this
 * package; set, clear and test bits as Go code does:
 * `set.Bits[fd >> 6]! |= 1n << BigInt(fd & 63)` (FD_SET),
 * `set.Bits[fd >> 6]! &= ~(1n << BigInt(fd & 63))` (FD_CLR),
 * `(set.Bits[fd >> 6]! >> BigInt(fd & 63)) & 1n` (FD_ISSET),
 * `set.Bits.fill(0n)` (FD_ZERO). (A BigInt64Array stores bit 63 as a
 * negative word, as Go's int64 does.)
 */
export class FdSet {
  /** 16 words of 64 bits: bit fd%64 of word fd/64 stands for fd. */
  Bits: BigInt64Array = new BigInt64Array(16);
}

/** FD_SETSIZE: the fds an FdSet can hold. */
const FD_SETSIZE = 1024;

/** Checks an FdSet argument: its Bits (read once), or null. Nothing is copied yet (see Select). */
function fdSetArg(name: string, s: unknown): BigInt64Array | null {
  if (s === null) return null;
  if (typeof s !== "object") throw new TypeError(`${name} must be an FdSet or null, got ${describe(s)}`);
  const bits: unknown = (s as { Bits?: unknown }).Bits;
  if (typedArrayTag(bits) !== "BigInt64Array" || elementCountOf(bits as BigInt64Array) !== 16) throw new TypeError(`${name}.Bits must be a BigInt64Array of 16 words`);
  return bits as BigInt64Array;
}
/** %TypedArray%.prototype.set, which a subclass of BigInt64Array cannot override. */

const TIMEVAL_FIELDS = ["Sec", "Usec"] as const;

const selectCall = sysCall("Select", SYS_SELECT, ["int", "nullbuf", "nullbuf", "nullbuf", "nullbuf"], "int");
const pselect6 = sysCall("Select", SYS_PSELECT6, ["int", "nullbuf", "nullbuf", "nullbuf", "nullbuf", "nullbuf"], "int");

/**
 * Go's `Select(nfd int, r *FdSet, w *FdSet, e *FdSet, timeout *Timeval) (n int, err error)`:
 * select(2). r, w and e (FdSets or null) are rewritten in place to the fds
 * that are ready; timeout null waits forever. On amd64, as Go's (which
 * passes the pointer to the kernel), timeout is rewritten to the time left;
 * on arm64 Go passes a copy to pselect6, and so does this.
 *
 * nfd above 1024 is taken as 1024: an FdSet holds no more (Go's would let
 * the kernel read and write past its 128 bytes).
 *
 * It BLOCKS the JavaScript thread until an fd is ready or the timeout
 * passes, as Go's blocks its thread: use a zero Timeval to poll.
 */
export function Select(nfd: number, r: FdSet | null, w: FdSet | null, e: FdSet | null, timeout: Timeval | null): [n: number, err: Errno | null] {
  let n = intArg("nfd", nfd) | 0;
  if (n > FD_SETSIZE) n = FD_SETSIZE;
  // Everything of the caller's is read (getters and Proxy traps run) before
  // the sets and timeval passed to the kernel are written.
  const sets = [fdSetArg("r", r), fdSetArg("w", w), fdSetArg("e", e)] as const;
  let tv: [number, number] | null = null;
  if (timeout !== null) {
    if (typeof timeout !== "object") throw new TypeError(`timeout must be a Timeval or null, got ${describe(timeout)}`);
    const sec = int64Arg("timeout.Sec", timeout.Sec), usec = int64Arg("timeout.Usec", timeout.Usec);
    if (ARCH === "amd64") outArg("timeout", timeout, TIMEVAL_FIELDS);
    tv = [sec, usec];
  }
  // What the kernel reads and rewrites for r, w and e (copies of their Bits,
  // copied back after the call) and for the timeout: this call's own, not
  // buffers shared between calls, because the caller's code can still run
  // after they are loaded (the `instanceof Uint8Array` check of each
  // pointer argument runs a Uint8Array[Symbol.hasInstance] of the
  // caller's), and a Select made there rewrote them: the kernel was asked
  // about that call's sets.
  const setBytes = [new Uint8Array(128), new Uint8Array(128), new Uint8Array(128)] as const;
  const setWords = [new BigInt64Array(bufferOf(setBytes[0])), new BigInt64Array(bufferOf(setBytes[1])), new BigInt64Array(bufferOf(setBytes[2]))] as const;
  const tvBytes = new Uint8Array(16);
  const tvWords = new BigInt64Array(bufferOf(tvBytes));
  // Index loops and the engine's set, not forEach, map or slice, which a
  // program can replace (the kernel was asked about an empty or the last
  // call's sets, or the answer not written back). Each set's length is
  // checked again here, after the last code of the caller's ran: a getter
  // may have shrunk a resizable buffer under an earlier Bits, which set
  // would copy in part (the rest of the set stayed the last call's).
  for (let i = 0; i < 3; i++) {
    const b = sets[i]!;
    if (b === null) continue;
    if (elementCountOf(b) !== 16) throw new TypeError(`${"rwe"[i]}.Bits must be a BigInt64Array of 16 words`);
    setOf(setWords[i]!, b);
  }
  const rb = sets[0] && setBytes[0]!, wb = sets[1] && setBytes[1]!, eb = sets[2] && setBytes[2]!;
  let tb: Uint8Array | null = null;
  if (tv !== null) {
    tvWords[0] = BigInt(tv[0]);
    tvWords[1] = ARCH === "amd64" ? BigInt(tv[1]) : BigInt.asIntN(64, BigInt(tv[1]) * 1000n);
    tb = tvBytes;
  }
  const res = ARCH === "amd64" ? selectCall(n, rb, wb, eb, tb) : pselect6(n, rb, wb, eb, tb, null);
  const left = [Number(tvWords[0]), Number(tvWords[1])] as const;
  for (let i = 0; i < 3; i++) if (sets[i] !== null) setOf(sets[i]!, setWords[i]!);
  if (ARCH === "amd64" && timeout !== null) {
    timeout.Sec = left[0];
    timeout.Usec = left[1];
  }
  return res;
}
