/**
 * Per-architecture facts: struct layouts and syscall numbers for the two
 * Linux ABIs the package supports. Importing on any other OS or CPU throws
 * one clear error here, before any native call is made.
 * @module
 */
/** The supported Go architecture names. */
export type Arch = "amd64" | "arm64";
/** The oldest Bun this package is tested on (package.json engines.bun). */
export declare const MIN_BUN = "1.4.0";
/**
 * Why this runtime cannot run the package, in one line, or null: not Bun
 * (Node, Deno), or a Bun older than MIN_BUN. @internal
 */
export declare function runtimeProblem(bun: {
    version?: unknown;
} | undefined, node: string | undefined): string | null;
/** The running architecture, in Go's spelling (GOARCH). */
export declare const ARCH: Arch;
/** Byte offsets of the kernel's `struct stat`, which is Go's Stat_t. */
export interface StatLayout {
    size: number;
    dev: number;
    ino: number;
    nlink: number;
    /** 8 for a u64 Nlink (amd64), 4 for a u32 (arm64). */
    nlinkSize: 4 | 8;
    mode: number;
    uid: number;
    gid: number;
    rdev: number;
    fsize: number;
    blksize: number;
    /** 8 for an i64 Blksize (amd64), 4 for an i32 (arm64). */
    blksizeSize: 4 | 8;
    blocks: number;
    atim: number;
    mtim: number;
    ctim: number;
}
/** The `struct stat` layout of this architecture. */
export declare const STAT: StatLayout;
/** sizeof(struct rlimit): two u64. */
export declare const SIZEOF_RLIMIT = 16;
/** sizeof(struct rusage): two timevals and fourteen longs. */
export declare const SIZEOF_RUSAGE = 144;
/** Syscall numbers the package makes through libc's syscall(2). */
export interface SyscallNumbers {
    getcwd: number;
    newfstatat: number;
    fstat: number;
    tgkill: number;
    pidfd_open: number;
    pidfd_send_signal: number;
    faccessat: number;
    faccessat2: number;
    prlimit64: number;
    mknodat: number;
}
/** The syscall numbers of this architecture (asm/unistd_64.h, asm-generic/unistd.h). */
export declare const SYS: SyscallNumbers;
