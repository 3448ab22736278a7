import type { Errno } from "../errno.js";
/** The layout of `struct epoll_event` on this architecture (packed on amd64). */
export declare const EV: {
    size: number;
    fd: number;
    pad: number;
};
/** epoll_ctl(2) with the event as bytes (null for EPOLL_CTL_DEL). */
export declare const epollCtl: import("../sysdef.js").Wrapper<readonly ["fd", "int", "fd", "nullbuf"], "err">;
/** epoll_wait(2) into bytes. */
export declare const epollWait: import("../sysdef.js").Wrapper<readonly ["fd", "buf", "int", "int"], "int">;
/**
 * Registers (or modifies, or deletes) fd in epfd for events, with the data
 * word's two 32-bit halves lo (Go's Fd, the package's token) and hi (Go's
 * Pad). The event is passed for every op, as Go passes it.
 */
export declare function epollSet(epfd: number, op: number, fd: number, events: number, lo: number, hi?: number): Errno | null;
/** The tokens of epfd's ready events, without waiting: fills tokens (at most 64) and returns how many, or -1 on an error. */
export declare function epollReady(epfd: number, tokens: Int32Array): number;
