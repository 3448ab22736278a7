import { type Errno } from "../errno.js";
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
/** How many events epollReady takes at most; its callers' token arrays hold this many. */
export declare const READY_MAX = 64;
/**
 * The tokens of epfd's ready events, without waiting: fills tokens (64 of
 * them, READY_MAX) and returns how many, or -1 on an error. For the
 * package's own sets (fds of its own, checked): straight through libc, with
 * no wrapper. The count asked for is the constant, not tokens.length, which
 * a program can shadow on the typed-array prototype (the kernel would write
 * past readyBuf).
 */
export declare function epollReady(epfd: number, tokens: Int32Array): number;
/**
 * epollSet for the package's own sets and fds (checked): events and a
 * 32-bit token, straight through libc.
 */
export declare function epollToken(epfd: number, op: number, fd: number, events: number, token: number): Errno | null;
