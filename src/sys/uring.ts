/**
 * The package's own io_uring, for one thing: the main thread's
 * Wait4Async. Each wait is one IORING_OP_WAITID request (Linux 6.7), asked
 * with WEXITED|WNOWAIT, so that the kernel completes it when the child
 * exits and leaves the child to be reaped by Wait4Async's own wait4, as on
 * every other path. Each request is hard-linked to a one-byte send into a
 * socket pair of the ring's own, whose other end Bun's event loop reads as
 * a socket (`Bun.connect({ fd })`): a child's exit wakes the loop once,
 * with no thread, no signal and no SIGCHLD listener (whose signal every
 * child's exit in the process would pay, Bun.spawn's included). A socket,
 * not an eventfd, because Bun keeps a socket in its epoll set and reads it
 * once a wake, where its stream of an eventfd reads until EAGAIN and re-arms
 * the fd (two reads and two epoll_ctl an exit, measured). The sending end is
 * the ring's registered file, with no number in the fd table. Submissions
 * made in one turn go to the kernel together, in one io_uring_enter, from a
 * microtask; completions are read off the ring's shared memory, with no
 * system call at all.
 *
 * Not part of the package's API. Where the kernel has no io_uring (older
 * than 6.7, io_uring_disabled, a seccomp filter), open() says so and the
 * SIGCHLD path serves the waits instead.
 * @module
 */
import { C, errno, ffi } from "../libc.ts";
import { SYS_MMAP, SYS_MUNMAP, SYS_SOCKETPAIR, AF_UNIX, SOCK_STREAM, SOCK_NONBLOCK, SOCK_CLOEXEC, MSG_DONTWAIT, MSG_NOSIGNAL, EINTR, EAGAIN, EBUSY } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts).
const { Uint8Array, Uint32Array, Int32Array, Atomics } = globalThis;

// The syscall numbers are the same on every architecture (they came after the tables were unified).
const SYS_IO_URING_SETUP = 425, SYS_IO_URING_ENTER = 426, SYS_IO_URING_REGISTER = 427;
const IORING_SETUP_CQSIZE = 1 << 3;
const IORING_REGISTER_FILES = 2, IORING_REGISTER_PROBE = 8;
const IORING_OP_ASYNC_CANCEL = 14, IORING_OP_SEND = 26, IORING_OP_WAITID = 50;
const IOSQE_FIXED_FILE = 1 << 0, IOSQE_IO_HARDLINK = 1 << 3, IOSQE_CQE_SKIP_SUCCESS = 1 << 6;
const IO_URING_OP_SUPPORTED = 1;
const IORING_FEAT_SINGLE_MMAP = 1, IORING_FEAT_NODROP = 2;
const IORING_OFF_SQES = 0x10000000;
const IORING_SQ_CQ_OVERFLOW = 2;
const IORING_ENTER_GETEVENTS = 1;
const PROT_RW = 3, MAP_SHARED_POPULATE = 0x01 | 0x8000;
const P_PID = 1, WEXITED = 4, WNOWAIT = 0x1000000;
/** Submission entries (two a wait: its waitid and its send): a turn's waits beyond half this many are submitted in several calls. */
const SQ_ENTRIES = 256;
/** Completion entries: more than the waits that may complete between two reads (the kernel keeps any overflow, NODROP, until there is room). */
const CQ_ENTRIES = 4096;
/**
 * The siginfo the kernel fills for each pending waitid request, one slot of
 * 8 words each (it writes si_signo, si_errno, si_code, si_pid, si_uid and
 * si_status: 28 bytes; the 128 of a whole siginfo_t past the last slot are
 * there too, for the kernel's range check): si_code says whether the child
 * exited or stopped (traced), with no system call. Past SLOTS pending
 * requests, a request goes without one (code -1: the caller asks).
 */
const SLOTS = 2048, SLOT_WORDS = 8;
const infos = new Int32Array(SLOTS * SLOT_WORDS + 32);
let infosAddr = 0;
/** The free slots, a stack. */
const freeSlots = new Int32Array(SLOTS);
let freeCount = 0;

/** The byte each exit sends (its value is never read). */
const wakeByte = new Uint8Array(8);
let wakeByteAddr = 0;

/** A ring that is up: its fds, its memory, and views over it. */
interface Ring {
  fd: number;
  /** The reading end of the wake socket pair (the sending end is the ring's registered file 0). */
  rd: number;
  ringAddr: number;
  ringLen: number;
  sqesAddr: number;
  sqesLen: number;
  /** The shared ring as words (SQ and CQ in one mapping). */
  w: Int32Array;
  /** The SQEs as words. */
  sqe: Int32Array;
  sqHead: number;
  sqTail: number;
  sqMask: number;
  sqFlags: number;
  sqArray: number;
  cqHead: number;
  cqTail: number;
  cqMask: number;
  cqes: number;
}

let ring: Ring | null = null;
/** Why the ring cannot be had, once that is known for good (ENOSYS, EPERM, no IORING_OP_WAITID); 0 while it may be. */
let never = 0;
/** SQEs written since the last io_uring_enter, and whether a microtask will submit them. */
let queued = 0;
let flushQueued = false;
/** What a completion is handed to: the token of the request, its result (0, or -errno), and the si_code the kernel wrote (-1 if it had no slot). */
let onComplete: (token: number, res: number, code: number) => void = () => {};
/** What a failed submission is handed to: the tokens that did not reach the kernel. */
let onSubmitFail: (tokens: number[]) => void = () => {};
/** The tokens of the SQEs written since the last io_uring_enter, in order. */
let queuedTokens: number[] = [];

/** The raw syscall's result: the value, or -errno. */
function raw(nr: number, a = 0, b = 0, c = 0, d = 0, e = 0, f = 0): number {
  let r: number;
  do r = Number(C.syscall(nr, a, b, c, d, e, f));
  while (r === -1 && errno() === EINTR.errno);
  return r === -1 ? -errno() : r;
}

/**
 * The ring, set up if it is not: the number of its wake socket's reading
 * end (readable once a request has completed; the caller reads a copy of
 * it, the number stays the ring's), or -errno where it cannot be had
 * (ENOSYS and EPERM for good, EMFILE and the like for now).
 * complete gets each completion; submitFail the tokens of requests the
 * kernel did not take.
 */
export function ringOpen(complete: (token: number, res: number, code: number) => void, submitFail: (tokens: number[]) => void): number {
  onComplete = complete;
  onSubmitFail = submitFail;
  if (ring !== null) return ring.rd;
  if (never !== 0) return -never;
  const P = ffi();
  const params = new Uint32Array(30); // struct io_uring_params: 120 bytes
  params[1] = CQ_ENTRIES;
  params[2] = IORING_SETUP_CQSIZE;
  const fd = raw(SYS_IO_URING_SETUP, SQ_ENTRIES, P.ptr(params) as unknown as number);
  if (fd < 0) {
    if (fd === -38 /* ENOSYS */ || fd === -1 /* EPERM */ || fd === -22 /* EINVAL */) never = -fd;
    return fd;
  }
  const fail = (e: number, permanent: boolean): number => {
    C.close(fd);
    if (permanent) never = e;
    return -e;
  };
  const features = params[5]!;
  if ((features & IORING_FEAT_SINGLE_MMAP) === 0 || (features & IORING_FEAT_NODROP) === 0) return fail(38, true);
  // Is IORING_OP_WAITID there? (struct io_uring_probe: 16 bytes, then 8 a op.)
  const probe = new Uint8Array(16 + 256 * 8);
  const pr = raw(SYS_IO_URING_REGISTER, fd, IORING_REGISTER_PROBE, P.ptr(probe) as unknown as number, 256);
  if (pr < 0) return fail(-pr, pr === -22 || pr === -38 || pr === -1);
  if (probe[0]! < IORING_OP_WAITID || (probe[16 + IORING_OP_WAITID * 8 + 2]! & IO_URING_OP_SUPPORTED) === 0) return fail(38, true);
  const sqEntries = params[0]!, cqEntries = params[1]!;
  // sq_off at byte 40, cq_off at byte 80 (words 10 and 20).
  const sqArrayOff = params[16]!, cqesOff = params[25]!;
  const ringLen = Math.max(sqArrayOff + sqEntries * 4, cqesOff + cqEntries * 16);
  const ringAddr = raw(SYS_MMAP, 0, ringLen, PROT_RW, MAP_SHARED_POPULATE, fd, 0);
  if (ringAddr < 0 && ringAddr > -4096) return fail(-ringAddr, false);
  const sqesLen = sqEntries * 64;
  const sqesAddr = raw(SYS_MMAP, 0, sqesLen, PROT_RW, MAP_SHARED_POPULATE, fd, IORING_OFF_SQES);
  if (sqesAddr < 0 && sqesAddr > -4096) {
    raw(SYS_MUNMAP, ringAddr, ringLen);
    return fail(-sqesAddr, false);
  }
  // The wake socket pair: its sending end becomes the ring's file 0, and its own number is closed.
  const pair = new Int32Array(2); // not from an array: Array.prototype's iterator may be the program's
  const sp = raw(SYS_SOCKETPAIR, AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, P.ptr(pair) as unknown as number);
  const rd = sp < 0 ? -1 : pair[0]!;
  const reg = sp < 0 ? sp : raw(SYS_IO_URING_REGISTER, fd, IORING_REGISTER_FILES, (P.ptr(pair) as unknown as number) + 4, 1);
  if (sp >= 0) C.close(pair[1]!);
  if (reg < 0) {
    if (rd >= 0) C.close(rd);
    raw(SYS_MUNMAP, ringAddr, ringLen);
    raw(SYS_MUNMAP, sqesAddr, sqesLen);
    return fail(-reg, false);
  }
  if (infosAddr === 0) infosAddr = P.ptr(infos) as unknown as number;
  if (wakeByteAddr === 0) wakeByteAddr = P.ptr(wakeByte) as unknown as number;
  for (let i = 0; i < SLOTS; i++) freeSlots[i] = SLOTS - 1 - i;
  freeCount = SLOTS;
  ring = {
    fd, rd, ringAddr, ringLen, sqesAddr, sqesLen,
    w: new Int32Array(P.toArrayBuffer(ringAddr as never, 0, ringLen)),
    sqe: new Int32Array(P.toArrayBuffer(sqesAddr as never, 0, sqesLen)),
    sqHead: params[10]! >> 2, sqTail: params[11]! >> 2, sqMask: params[12]! >> 2, sqFlags: params[14]! >> 2, sqArray: sqArrayOff >> 2,
    cqHead: params[20]! >> 2, cqTail: params[21]! >> 2, cqMask: params[22]! >> 2, cqes: cqesOff >> 2,
  };
  return rd;
}

/** Whether the ring is up and whole: neither of its fds closed under it. */
export const ringUp = (): boolean => ring !== null && ring.fd >= 0 && ring.rd >= 0;

/** The ring's fd and its wake socket's reading end (-1 for one closed under it), or null while there is no ring. @internal */
export function ringFds(): [ring: number, wake: number] | null {
  return ring === null ? null : [ring.fd, ring.rd];
}

/**
 * fds first..last were closed (a caller's Close, Dup2 or CloseRange of a
 * number that was the ring's): the numbers are no longer the ring's, and
 * nothing here uses or closes them again. A ring that lost one serves no new
 * wait (ringUp is false); its memory, which holds the kernel's ring, and the
 * socket already reading a copy of its wake end, serve the waits it has.
 */
export function ringFdsGone(first: number, last: number): void {
  const r = ring;
  if (r === null) return;
  if (r.fd >= first && r.fd <= last) r.fd = -1;
  if (r.rd >= first && r.rd <= last) r.rd = -1;
}

/** Room for n more SQEs in the queue, submitting what is there if not (the SQEs of one link go in one submission). */
function reserve(n: number): void {
  if (queued + n > SQ_ENTRIES) submitNow();
}

/**
 * Writes one SQE (after reserve); the microtask submits it. flags: its
 * IOSQE_* flags; addr: sqe->addr (a pointer, or the cancel's target token);
 * opFlags: the op's own flags word (a send's msg_flags); fileIndex: the
 * word at byte 44 (waitid's options). slot: its siginfo slot, or -1; it comes
 * back with the completion (user_data's upper word).
 */
function put(op: number, flags: number, fd: number, addr: number, len: number, opFlags: number, fileIndex: number, token: number, slot = -1): void {
  const r = ring!;
  const tail = r.w[r.sqTail]! >>> 0;
  const idx = tail & r.w[r.sqMask]!;
  const o = idx * 16;
  r.sqe.fill(0, o, o + 16);
  r.sqe[o] = op | (flags << 8);
  r.sqe[o + 1] = fd;
  if (slot >= 0) {
    // addr2: the siginfo to fill.
    const a = infosAddr + slot * SLOT_WORDS * 4;
    r.sqe[o + 2] = a % 4294967296;
    r.sqe[o + 3] = Math.floor(a / 4294967296);
  }
  r.sqe[o + 4] = addr % 4294967296;
  r.sqe[o + 5] = Math.floor(addr / 4294967296);
  r.sqe[o + 6] = len;
  r.sqe[o + 7] = opFlags;
  r.sqe[o + 8] = token; // user_data: the token, and the slot + 1
  r.sqe[o + 9] = slot + 1;
  r.sqe[o + 11] = fileIndex;
  r.w[r.sqArray + idx] = idx;
  // The SQE before the tail that publishes it (a full barrier, for arm64).
  Atomics.store(r.w, r.sqTail, (tail + 1) | 0);
  queued++;
  queuedTokens[queuedTokens.length] = token;
  if (!flushQueued) {
    flushQueued = true;
    queueMicrotask(submitNow);
  }
}

/**
 * Asks the kernel to complete `token` when child pid exits (not reaping
 * it), and then to send a byte to the wake socket: a hard link, which runs
 * the send whatever the wait's result (a cancelled wait's byte is one
 * spare wake). The send's own completion is skipped when it succeeds; a
 * full socket (EAGAIN: its reader is behind, and so has a wake pending)
 * completes with token 0, which harvest drops.
 */
export function ringWaitid(pid: number, token: number): void {
  reserve(2);
  put(IORING_OP_WAITID, IOSQE_IO_HARDLINK, pid, 0, P_PID, 0, WEXITED | WNOWAIT, token, freeCount > 0 ? freeSlots[--freeCount]! : -1);
  put(IORING_OP_SEND, IOSQE_FIXED_FILE | IOSQE_CQE_SKIP_SUCCESS, 0, wakeByteAddr, 1, MSG_DONTWAIT | MSG_NOSIGNAL, 0, 0);
}

/** Withdraws the request of token, if it is still pending (its completion, -ECANCELED, is dropped). */
export function ringCancel(token: number): void {
  if (ring === null) return;
  reserve(1);
  put(IORING_OP_ASYNC_CANCEL, 0, -1, token, 0, 0, 0, 0);
}

/** Submits what is queued. */
function submitNow(): void {
  flushQueued = false;
  const r = ring;
  if (r === null || queued === 0) return;
  const n = queued, tokens = queuedTokens;
  queued = 0;
  queuedTokens = [];
  let done = 0, err = 0;
  while (done < n) {
    const k = raw(SYS_IO_URING_ENTER, r.fd, n - done, 0, 0, 0, 0);
    if (k === -EAGAIN.errno || k === -EBUSY.errno) {
      // No memory for the requests now, or completions to make room for: read what there is, once.
      harvest();
      const again = raw(SYS_IO_URING_ENTER, r.fd, n - done, 0, IORING_ENTER_GETEVENTS, 0, 0);
      if (again > 0) {
        done += again;
        continue;
      }
      err = again < 0 ? -again : EAGAIN.errno;
      break;
    }
    if (k <= 0) {
      err = k < 0 ? -k : EAGAIN.errno;
      break;
    }
    done += k;
  }
  if (err !== 0) {
    // What the kernel did not take is taken back out of the queue, so that no later call submits it.
    Atomics.store(r.w, r.sqTail, (r.w[r.sqTail]! - (n - done)) | 0);
    const lost: number[] = [];
    // A wait the kernel took without its send (a link cut at its end) would complete with no wake: it is lost as well.
    if (done > 0 && done < n && tokens[done] === 0 && tokens[done - 1] !== 0) lost[lost.length] = tokens[done - 1]!;
    for (let i = done; i < n; i++) if (tokens[i] !== 0) lost[lost.length] = tokens[i]!;
    onSubmitFail(lost);
  }
}

/** Wake sends that found the socket full (its reader behind, a wake pending): counted for the test that makes them. */
let fullSends = 0;

/** How many wake sends have found the socket full, in this process. @internal */
export const ringFullSends = (): number => fullSends;

/** Hands every completion on the ring to onComplete; returns how many there were. */
export function harvest(): number {
  const r = ring;
  if (r === null) return 0;
  let count = 0;
  for (;;) {
    let head = r.w[r.cqHead]! >>> 0;
    const tail = Atomics.load(r.w, r.cqTail) >>> 0;
    const mask = r.w[r.cqMask]!;
    while (head !== tail) {
      const o = r.cqes + (head & mask) * 4;
      const token = r.w[o]!, slot = r.w[o + 1]! - 1, res = r.w[o + 2]!;
      let code = -1;
      if (slot >= 0 && slot < SLOTS) {
        // The kernel is done with the slot: it is free again once read.
        code = infos[slot * SLOT_WORDS + 2]!;
        freeSlots[freeCount++] = slot;
      }
      head = (head + 1) >>> 0;
      // The entry is free for the kernel before it is handed on: onComplete may submit.
      Atomics.store(r.w, r.cqHead, head | 0);
      count++;
      if (token !== 0) onComplete(token, res, code);
      else if (res === -EAGAIN.errno) fullSends++;
      if (ring !== r) return count; // closed by what onComplete ran
    }
    // Completions the ring had no room for wait in the kernel: bring them in.
    if ((Atomics.load(r.w, r.sqFlags) & IORING_SQ_CQ_OVERFLOW) === 0) return count;
    raw(SYS_IO_URING_ENTER, r.fd, 0, 0, IORING_ENTER_GETEVENTS, 0, 0);
    if (Atomics.load(r.w, r.cqTail) >>> 0 === (r.w[r.cqHead]! >>> 0)) return count;
  }
}

/**
 * Closes the ring (every pending request is cancelled by the kernel with
 * it): its memory, its fd and its wake socket. The caller must have no
 * request pending that it still waits for, and must stop reading the wake
 * socket first.
 */
export function ringClose(): void {
  const r = ring;
  if (r === null) return;
  ring = null;
  queued = 0;
  queuedTokens = [];
  raw(SYS_MUNMAP, r.ringAddr, r.ringLen);
  raw(SYS_MUNMAP, r.sqesAddr, r.sqesLen);
  if (r.fd >= 0) C.close(r.fd);
  if (r.rd >= 0) C.close(r.rd);
}
