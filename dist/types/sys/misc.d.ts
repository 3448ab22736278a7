import { Errno } from "../errno.js";
/** A raw syscall target from Go's per-architecture number (zconsts already holds this architecture's). */
/**
 * Go's `Getpriority(which int, who int) (prio int, err error)`:
 * getpriority(2) as the raw syscall returns it, as Go's does: 20 - nice,
 * 1 (nice 19) to 40 (nice -20), never the nice value glibc returns. which
 * is PRIO_PROCESS, PRIO_PGRP or PRIO_USER; who 0 is the caller.
 */
export declare const Getpriority: import("../sysdef.js").Wrapper<readonly ["int", "int"], "int">;
/**
 * Go's `Setpriority(which int, who int, prio int) (err error)`:
 * setpriority(2). prio is the nice value, -20..19 (clamped by the kernel);
 * lowering it needs CAP_SYS_NICE (EACCES without).
 */
export declare const Setpriority: import("../sysdef.js").Wrapper<readonly ["int", "int", "int"], "err">;
/** Go's `Getpgrp() (pid int)`: the caller's process group, Getpgid(0). */
export declare function Getpgrp(): number;
/** Go's `Gettid() (tid int)`: gettid(2), the calling thread's id (the pid, on Bun's main thread). */
export declare function Gettid(): number;
/**
 * Go's `Pause() (err error)`: pause(2). Waits until a signal handler runs,
 * then returns EINTR. It BLOCKS the JavaScript thread until then, as Go's
 * blocks its thread; a signal Bun has no handler for either ends the
 * process (its default action) or is never seen, and a signal delivered to
 * another of Bun's threads does not wake it.
 */
export declare const Pause: import("../sysdef.js").Wrapper<readonly [], "err">;
/**
 * Go's `PtracePeekText(pid int, addr uintptr, out []byte) (count int, err error)`:
 * PTRACE_PEEKTEXT, word by word, of len(out) bytes of the stopped tracee's
 * memory at addr into out. count is how many bytes were copied before an
 * error (EIO or EFAULT past the mapped memory, ESRCH for a pid that is not
 * a stopped tracee).
 */
export declare function PtracePeekText(pid: number, addr: number, out: Uint8Array): [count: number, err: Errno | null];
/** Go's `PtracePeekData(pid int, addr uintptr, out []byte) (count int, err error)`: as PtracePeekText, with PTRACE_PEEKDATA. */
export declare function PtracePeekData(pid: number, addr: number, out: Uint8Array): [count: number, err: Errno | null];
/**
 * Go's `PtracePokeText(pid int, addr uintptr, data []byte) (count int, err error)`:
 * PTRACE_POKETEXT of data into the stopped tracee's memory at addr (the
 * kernel writes even read-only text, as a debugger's breakpoints need).
 * count is how many bytes were written before an error.
 */
export declare function PtracePokeText(pid: number, addr: number, data: Uint8Array): [count: number, err: Errno | null];
/** Go's `PtracePokeData(pid int, addr uintptr, data []byte) (count int, err error)`: as PtracePokeText, with PTRACE_POKEDATA. */
export declare function PtracePokeData(pid: number, addr: number, data: Uint8Array): [count: number, err: Errno | null];
/**
 * Go's linux/amd64 `syscall.PtraceRegs`: the kernel's `user_regs_struct`,
 * every field a uint64 (bigint). `PtraceRegs` is this class on amd64.
 */
export declare class PtraceRegsAmd64 {
    R15: bigint;
    R14: bigint;
    R13: bigint;
    R12: bigint;
    Rbp: bigint;
    Rbx: bigint;
    R11: bigint;
    R10: bigint;
    R9: bigint;
    R8: bigint;
    Rax: bigint;
    Rcx: bigint;
    Rdx: bigint;
    Rsi: bigint;
    Rdi: bigint;
    Orig_rax: bigint;
    Rip: bigint;
    Cs: bigint;
    Eflags: bigint;
    Rsp: bigint;
    Ss: bigint;
    Fs_base: bigint;
    Gs_base: bigint;
    Ds: bigint;
    Es: bigint;
    Fs: bigint;
    Gs: bigint;
    /** Go's `PC() uint64`: Rip. */
    PC(): bigint;
    /** Go's `SetPC(pc uint64)`: sets Rip. */
    SetPC(pc: bigint): void;
}
/**
 * Go's linux/arm64 `syscall.PtraceRegs`: the kernel's `user_pt_regs`, X0 to
 * X30 in Regs, then Sp, Pc and Pstate, each a uint64 (bigint).
 * `PtraceRegs` is this class on arm64.
 */
export declare class PtraceRegsArm64 {
    /** X0..X30. */
    Regs: BigUint64Array;
    Sp: bigint;
    Pc: bigint;
    Pstate: bigint;
    /** Go's `PC() uint64`: Pc. */
    PC(): bigint;
    /** Go's `SetPC(pc uint64)`: sets Pc. */
    SetPC(pc: bigint): void;
}
/** Go's `syscall.PtraceRegs` of the running architecture: PtraceRegsAmd64 or PtraceRegsArm64. */
export type PtraceRegs = PtraceRegsAmd64 | PtraceRegsArm64;
/** Go's `syscall.PtraceRegs` of the running architecture: `new PtraceRegs()`. */
export declare const PtraceRegs: typeof PtraceRegsAmd64 | typeof PtraceRegsArm64;
/**
 * Go's `PtraceGetRegs(pid int, regsout *PtraceRegs) (err error)`: the
 * stopped tracee's general registers, filled into regsout in place. On
 * arm64, where Go's PTRACE_GETREGS fails with EIO (the kernel has no such
 * request), this uses PTRACE_GETREGSET with NT_PRSTATUS, as
 * golang.org/x/sys/unix does.
 */
export declare function PtraceGetRegs(pid: number, regsout: PtraceRegs): Errno | null;
/** Go's `PtraceSetRegs(pid int, regs *PtraceRegs) (err error)`: sets the stopped tracee's general registers (PTRACE_SETREGSET on arm64, as PtraceGetRegs). */
export declare function PtraceSetRegs(pid: number, regs: PtraceRegs): Errno | null;
/**
 * Go's `Reboot(cmd int) (err error)`: reboot(2) with Linux's two magic
 * numbers and cmd (LINUX_REBOOT_CMD_RESTART, _HALT, _POWER_OFF, _CAD_ON,
 * ...). Needs CAP_SYS_BOOT (EPERM without). It does what it says: the
 * machine restarts or halts at once, without syncing disks. In a child PID
 * namespace it ends that namespace instead.
 */
export declare function Reboot(cmd: number): Errno | null;
/**
 * Go's `Ioperm(from int, num int, on int) (err error)` (linux/amd64):
 * ioperm(2), access to num I/O ports from `from` for the calling thread
 * (CAP_SYS_RAWIO). Go has it on amd64 only; on arm64 it is ENOSYS.
 */
export declare const Ioperm: import("../sysdef.js").Wrapper<readonly ["int", "int", "int"], "err">;
/**
 * Go's `Iopl(level int) (err error)` (linux/amd64): iopl(2), the I/O
 * privilege level 0..3 of the calling thread (CAP_SYS_RAWIO). On arm64 it
 * is ENOSYS.
 */
export declare const Iopl: import("../sysdef.js").Wrapper<readonly ["int"], "err">;
/**
 * Go's `Klogctl(typ int, buf []byte) (n int, err error)`: syslog(2), the
 * kernel log buffer. typ is the action: 3 (READ_ALL) copies the newest
 * messages into buf and 10 (SIZE_BUFFER) returns the buffer's size, both
 * unprivileged unless kernel.dmesg_restrict; 2 (READ) blocks until
 * messages arrive and consumes them, 4 and 5 clear the buffer, 6 to 8 change
 * what reaches the console (CAP_SYSLOG).
 */
export declare function Klogctl(typ: number, buf: Uint8Array): [n: number, err: Errno | null];
/**
 * Go's `Acct(path string) (err error)`: acct(2), process accounting into
 * the file at path, for the caller's PID namespace (CAP_SYS_PACCT). Go's
 * string cannot be NULL, so it cannot turn accounting off ("" is ENOENT).
 */
export declare const Acct: import("../sysdef.js").Wrapper<readonly ["path"], "err">;
