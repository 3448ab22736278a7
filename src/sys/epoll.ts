/**
 * epoll for the package itself: the kernel's `struct epoll_event` layout and
 * the two calls, shared by sys/poll.ts (Go's EpollCtl and EpollWait) and
 * waitasync.ts (the main thread's set of children's pidfds), which keeps a
 * 32-bit token as an event's data and needs no EpollEvent objects. Not part
 * of the package's API.
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { ARCH } from "../layout.ts";
import { lastErr, type Errno } from "../errno.ts";
import { C, errno } from "../libc.ts";
import { EINTR as EINTR_ERR } from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Int32Array } = globalThis;


const EINTR = EINTR_ERR.errno;

/** The layout of `struct epoll_event` on this architecture (packed on amd64). */
export const EV = ARCH === "amd64" ? { size: 12, fd: 4, pad: 8 } : { size: 16, fd: 8, pad: 12 };

/** epoll_ctl(2) with the event as bytes (null for EPOLL_CTL_DEL). */
export const epollCtl = sysCall("EpollCtl", "epoll_ctl", ["fd", "int", "fd", "nullbuf"], "err");
/** epoll_wait(2) into bytes. */
export const epollWait = sysCall("EpollWait", "epoll_wait", ["fd", "buf", "int", "int"], "int");

/** How many events epollReady takes at most; its callers' token arrays hold this many. */
export const READY_MAX = 64;
const readyBuf = new Uint8Array(READY_MAX * EV.size);
const readyWords = new Int32Array(readyBuf.buffer);
const TOKEN_WORD = EV.fd >> 2, EV_WORDS = EV.size >> 2;

/**
 * The tokens of epfd's ready events, without waiting: fills tokens (64 of
 * them, READY_MAX) and returns how many, or -1 on an error. For the
 * package's own sets (fds of its own, checked): straight through libc, with
 * no wrapper. The count asked for is the constant, not tokens.length, which
 * a program can shadow on the typed-array prototype (the kernel would write
 * past readyBuf).
 */
export function epollReady(epfd: number, tokens: Int32Array): number {
  let n: number;
  do n = C.epoll_wait(epfd, readyBuf, READY_MAX, 0);
  while (n < 0 && errno() === EINTR);
  for (let i = 0; i < n; i++) tokens[i] = readyWords[i * EV_WORDS + TOKEN_WORD]!;
  return n < 0 ? -1 : n;
}

const tokenWords = new Int32Array(EV_WORDS);

/**
 * epollSet for the package's own sets and fds (checked): events and a
 * 32-bit token, straight through libc.
 */
export function epollToken(epfd: number, op: number, fd: number, events: number, token: number): Errno | null {
  tokenWords[0] = events | 0;
  tokenWords[TOKEN_WORD] = token | 0;
  tokenWords[(EV.pad >> 2)] = 0;
  return C.epoll_ctl(epfd, op, fd, tokenWords) < 0 ? lastErr() : null;
}
