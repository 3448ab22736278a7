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
import type { Errno } from "../errno.ts";

/** The layout of `struct epoll_event` on this architecture (packed on amd64). */
export const EV = ARCH === "amd64" ? { size: 12, fd: 4, pad: 8 } : { size: 16, fd: 8, pad: 12 };

/** epoll_ctl(2) with the event as bytes (null for EPOLL_CTL_DEL). */
export const epollCtl = sysCall("EpollCtl", "epoll_ctl", ["fd", "int", "fd", "nullbuf"], "err");
/** epoll_wait(2) into bytes. */
export const epollWait = sysCall("EpollWait", "epoll_wait", ["fd", "buf", "int", "int"], "int");

const ctlBuf = new Uint8Array(EV.size);
const ctlView = new DataView(ctlBuf.buffer);

/**
 * Registers (or modifies, or deletes) fd in epfd for events, with the data
 * word's two 32-bit halves lo (Go's Fd, the package's token) and hi (Go's
 * Pad). The event is passed for every op, as Go passes it.
 */
export function epollSet(epfd: number, op: number, fd: number, events: number, lo: number, hi = 0): Errno | null {
  ctlView.setUint32(0, events >>> 0, true);
  ctlView.setInt32(EV.fd, lo | 0, true);
  ctlView.setInt32(EV.pad, hi | 0, true);
  return epollCtl(epfd, op, fd, ctlBuf);
}

const READY_MAX = 64;
const readyBuf = new Uint8Array(READY_MAX * EV.size);
const readyView = new DataView(readyBuf.buffer);

/** The tokens of epfd's ready events, without waiting: fills tokens (at most 64) and returns how many, or -1 on an error. */
export function epollReady(epfd: number, tokens: Int32Array): number {
  const [n, err] = epollWait(epfd, readyBuf, Math.min(READY_MAX, tokens.length), 0);
  if (err !== null) return -1;
  for (let i = 0; i < n; i++) tokens[i] = readyView.getInt32(i * EV.size + EV.fd, true);
  return n;
}
