import { Errno } from "../errno.js";
/**
 * Go's `Mmap(fd int, offset int64, length int, prot int, flags int) (data []byte, err error)`:
 * mmap(2) of length bytes of fd from offset (fd -1 with MAP_ANONYMOUS), at
 * an address the kernel picks. data is a Uint8Array over the mapping
 * itself: writes through a MAP_SHARED mapping reach the file. On failure
 * data is empty.
 *
 * As in Go, length <= 0 is EINVAL. Beyond Go: MAP_FIXED is EINVAL (the
 * address is always 0, see the module doc), and a length past 4 GiB, the
 * largest buffer Bun makes over foreign memory, is ENOMEM.
 */
export declare function Mmap(fd: number, offset: number, length: number, prot: number, flags: number): [data: Uint8Array, err: Errno | null];
/**
 * Go's `Munmap(b []byte) (err error)`: munmap(2) of a mapping Mmap
 * returned. b must be the whole of it (the Uint8Array Mmap returned, or
 * another view of all of its bytes); anything else, an empty slice, or a
 * mapping already unmapped, is EINVAL, as in Go.
 *
 * Afterwards every view of the mapping is detached (length 0) and the
 * address range holds zero pages until the ArrayBuffer is collected: no
 * later access can fault (see the module doc). A mapping whose ArrayBuffer
 * was moved with `transfer()` is unmapped through a view of the buffer it
 * moved to (the one that holds it now); a view of one it moved away from
 * is empty, so EINVAL.
 */
export declare function Munmap(b: Uint8Array): Errno | null;
/**
 * Go's `Mprotect(b []byte, prot int) (err error)`: mprotect(2) of the pages
 * of b, which must lie inside a mapping Mmap returned (else EINVAL; see the
 * module doc). After PROT_NONE, touching b ends the process, as in Go.
 */
export declare function Mprotect(b: Uint8Array, prot: number): Errno | null;
/**
 * Go's `Madvise(b []byte, advice int) (err error)`: madvise(2) of the pages
 * of b (MADV_DONTNEED, MADV_WILLNEED, ...), which must lie inside a
 * mapping Mmap returned (else EINVAL; see the module doc).
 */
export declare function Madvise(b: Uint8Array, advice: number): Errno | null;
/** Go's `Mlock(b []byte) (err error)`: mlock(2), locks the pages of b in memory (RLIMIT_MEMLOCK bounds it without CAP_IPC_LOCK). */
export declare const Mlock: import("../sysdef.js").Wrapper<readonly ["bytes"], "err">;
/** Go's `Munlock(b []byte) (err error)`: munlock(2). */
export declare const Munlock: import("../sysdef.js").Wrapper<readonly ["bytes"], "err">;
/**
 * Go's `Mlockall(flags int) (err error)`: mlockall(2) of the whole process,
 * flags MCL_CURRENT, MCL_FUTURE (and Linux's MCL_ONFAULT, 4). MCL_CURRENT
 * faults in every page Bun has mapped, which can be a lot of memory.
 */
export declare const Mlockall: import("../sysdef.js").Wrapper<readonly ["int"], "err">;
/** Go's `Munlockall() (err error)`: munlockall(2). */
export declare const Munlockall: import("../sysdef.js").Wrapper<readonly [], "err">;
