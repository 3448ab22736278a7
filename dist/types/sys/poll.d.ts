import { Errno } from "../errno.js";
import { Timeval } from "../types.js";
/** A raw syscall target from Go's per-architecture number (zconsts already holds this architecture's). */
/**
 * Go's `syscall.EpollEvent`: the kernel's `struct epoll_event`, whose
 * 64-bit data word Go splits into Fd (its low half) and Pad (its high
 * half). On amd64 the struct is packed (12 bytes: Events at 0, Fd at 4, Pad
 * at 8); on arm64 it is 16 bytes (Fd at 8, Pad at 12), as Go's ztypes lay
 * it out. Plain object literals work where an EpollEvent is read
 * (`{ Events: EPOLLIN, Fd: fd }`; a missing field is 0, as in a Go struct
 * literal).
 */
export declare class EpollEvent {
    /** EPOLLIN, EPOLLOUT, EPOLLET, ... (uint32). */
    Events: number;
    /** The low 32 bits of the event's data: by convention the fd (int32). */
    Fd: number;
    /** The high 32 bits of the event's data (int32). */
    Pad: number;
    /** An EpollEvent of events, fd and pad (all default to 0). */
    constructor(events?: number, fd?: number, pad?: number);
}
/** Go's `EpollCreate(size int) (fd int, err error)`: epoll_create(2); size must be > 0 and is otherwise unused. */
export declare const EpollCreate: import("../sysdef.js").Wrapper<readonly ["int"], "int">;
/** Go's `EpollCreate1(flag int) (fd int, err error)`: epoll_create1(2); flag 0 or EPOLL_CLOEXEC. */
export declare const EpollCreate1: import("../sysdef.js").Wrapper<readonly ["int"], "int">;
/**
 * Go's `EpollCtl(epfd int, op int, fd int, event *EpollEvent) (err error)`:
 * epoll_ctl(2). op is EPOLL_CTL_ADD, EPOLL_CTL_MOD or EPOLL_CTL_DEL; event
 * (an EpollEvent or an object literal with its fields) is read, not
 * written; null is Go's nil, which EPOLL_CTL_DEL accepts.
 */
export declare function EpollCtl(epfd: number, op: number, fd: number, event: Partial<EpollEvent> | null): Errno | null;
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
export declare function EpollWait(epfd: number, events: EpollEvent[], msec: number): [n: number, err: Errno | null];
/**
 * Go's `syscall.InotifyEvent`: the header of one event in what Read returns
 * from an inotify fd, SizeofInotifyEvent (16) bytes followed by Len bytes of
 * NUL-padded name. Go reads it with an unsafe cast and has no decoder;
 * here, read it with a DataView: `Wd = dv.getInt32(off, true)`,
 * `Mask = dv.getUint32(off + 4, true)`, `Cookie = dv.getUint32(off + 8, true)`,
 * `Len = dv.getUint32(off + 12, true)`, then the name, and the next event at
 * `off + SizeofInotifyEvent + Len`.
 */
export declare class InotifyEvent {
    /** The watch descriptor (int32). */
    Wd: number;
    /** IN_* bits of what happened (uint32). */
    Mask: number;
    /** Ties the two halves of a rename together (uint32). */
    Cookie: number;
    /** The length of the name that follows, NUL padding included (uint32). */
    Len: number;
}
/** Go's `InotifyInit1(flags int) (fd int, err error)`: inotify_init1(2); flags IN_NONBLOCK, IN_CLOEXEC. */
export declare const InotifyInit1: import("../sysdef.js").Wrapper<readonly ["int"], "int">;
/** Go's `InotifyInit() (fd int, err error)`: inotify_init(2), made as Go's arm64 makes it, InotifyInit1(0). */
export declare function InotifyInit(): [fd: number, err: Errno | null];
/**
 * Go's `InotifyAddWatch(fd int, pathname string, mask uint32) (watchdesc int, err error)`:
 * inotify_add_watch(2). mask holds IN_* bits.
 */
export declare const InotifyAddWatch: import("../sysdef.js").Wrapper<readonly ["fd", "path", "mask"], "int">;
/** Go's `InotifyRmWatch(fd int, watchdesc uint32) (success int, err error)`: inotify_rm_watch(2). */
export declare const InotifyRmWatch: import("../sysdef.js").Wrapper<readonly ["fd", "uint"], "int">;
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
export declare class FdSet {
    /** 16 words of 64 bits: bit fd%64 of word fd/64 stands for fd. */
    Bits: BigInt64Array;
}
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
export declare function Select(nfd: number, r: FdSet | null, w: FdSet | null, e: FdSet | null, timeout: Timeval | null): [n: number, err: Errno | null];
