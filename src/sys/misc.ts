/**
 * Process and system calls without a family of their own, after Go's
 * syscall_linux.go and syscall_linux_{amd64,arm64}.go: scheduling
 * priority (Getpriority, Setpriority), Getpgrp, Gettid, Pause, the ptrace
 * memory and register calls (PtracePeekText, PtracePeekData,
 * PtracePokeText, PtracePokeData, PtraceGetRegs, PtraceSetRegs and
 * PtraceRegs), Reboot, Ioperm, Iopl, Klogctl and Acct.
 *
 * Pause blocks the calling JavaScript thread until a signal handler runs,
 * as Go's blocks its thread: in Bun that is a signal with a
 * `process.on(signal)` listener, delivered to this thread.
 *
 * The plain calls are one `sysCall` line each; what is hand-written here is
 * the word-at-a-time ptrace loops (Go's ptracePeek and ptracePoke) and the
 * PtraceRegs encoding.
 * @module
 */
import { sysCall, addressOf } from "../sysdef.ts";
import { ARCH } from "../layout.ts";
import { C, byteLengthOf, bytesArg, describe, elementCountOf, int64Arg, intArg, outArg, setOf, subview, typedArrayTag, u64Arg } from "../libc.ts";
import { Errno, lastErr } from "../errno.ts";
import { Getpgid } from "../process.ts";
import {
  LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, PTRACE_GETREGS, PTRACE_GETREGSET, PTRACE_PEEKDATA, PTRACE_PEEKTEXT,
  PTRACE_POKEDATA, PTRACE_POKETEXT, PTRACE_SETREGS, PTRACE_SETREGSET, SYS_GETPRIORITY, SYS_GETTID, SYS_IOPERM,
  SYS_IOPL, SYS_PTRACE, SYS_REBOOT, SYS_SYSLOG,
} from "../zconsts_linux.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, BigInt64Array, BigUint64Array, DataView } = globalThis;


/** A raw syscall target from Go's per-architecture number (zconsts already holds this architecture's). */

// ---------------------------------------------------------------- priority, ids, pause

/**
 * Go's `Getpriority(which int, who int) (prio int, err error)`:
 * getpriority(2) as the raw syscall returns it, as Go's does: 20 - nice,
 * 1 (nice 19) to 40 (nice -20), never the nice value glibc returns. which
 * is PRIO_PROCESS, PRIO_PGRP or PRIO_USER; who 0 is the caller.
 */
export const Getpriority = sysCall("Getpriority", SYS_GETPRIORITY, ["int", "int"], "int");

/**
 * Go's `Setpriority(which int, who int, prio int) (err error)`:
 * setpriority(2). prio is the nice value, -20..19 (clamped by the kernel);
 * lowering it needs CAP_SYS_NICE (EACCES without).
 */
export const Setpriority = sysCall("Setpriority", "setpriority", ["int", "int", "int"], "err");

/** Go's `Getpgrp() (pid int)`: the caller's process group, Getpgid(0). */
export function Getpgrp(): number {
  return Getpgid(0)[0];
}

const gettid = sysCall("Gettid", SYS_GETTID, [], "long");

/** Go's `Gettid() (tid int)`: gettid(2), the calling thread's id (the pid, on Bun's main thread). */
export function Gettid(): number {
  return gettid()[0];
}

/**
 * Go's `Pause() (err error)`: pause(2). Waits until a signal handler runs,
 * then returns EINTR. It BLOCKS the JavaScript thread until then, as Go's
 * blocks its thread; a signal Bun has no handler for either ends the
 * process (its default action) or is never seen, and a signal delivered to
 * another of Bun's threads does not wake it.
 */
export const Pause = sysCall("Pause", "pause", [], "err");

// ---------------------------------------------------------------- ptrace

/** ptrace(2) with a pointer as data: PEEK* (the raw call stores the word at data), GETREGS, GETREGSET. */
const ptrace = sysCall("Ptrace", SYS_PTRACE, ["int", "int", "uintptr", "buf"], "long");
/** Go's sizeofPtr: ptrace moves memory one machine word at a time. */
const WORD = 8;
const word = new Uint8Array(WORD);
/** The word as the POKE's data argument, read by index: DataView.prototype.getBigInt64 can be replaced (a lying one wrote its own word to the tracee). */
const wordI64 = new BigInt64Array(word.buffer);
/** The smaller of a and b, by comparison: Math.min can be replaced (one answering 0 made PtracePeekData loop forever). */
const min = (a: number, b: number) => (a < b ? a : b);

function pidArg(pid: unknown): number {
  return intArg("pid", pid, -0x80000000, 0x7fffffff);
}
function addrArg(addr: unknown): number {
  const a = int64Arg("addr", addr);
  if (a < 0) throw new RangeError(`addr out of range: ${a}`);
  return a;
}

/** One PEEK of the word at addr into `word`. */
function peekWord(req: number, pid: number, addr: number): Errno | null {
  return ptrace(req, pid, addr, word)[1];
}

/** One POKE of the word in `word` to addr: the word is the data argument itself, a full 64 bits. */
function pokeWord(req: number, pid: number, addr: number): Errno | null {
  return C.syscall(SYS_PTRACE, req, pid, addr, wordI64[0]!, 0, 0) === -1 ? lastErr() : null;
}

/** Copies count bytes from src[from..] to dst[to..] through the engine's set and views (no set, subarray or length of the prototype's, which can be shadowed). */
function copyBytes(dst: Uint8Array, to: number, src: Uint8Array, from: number, count: number): void {
  if (count > 0) setOf(subview(dst, to, to + count), subview(src, from, from + count));
}

/** Go's ptracePeek: out from addr, reading aligned words so as not to straddle into an unmapped page. */
function ptracePeek(req: number, pid: unknown, addr: unknown, out: Uint8Array): [count: number, err: Errno | null] {
  const p = pidArg(pid), a = addrArg(addr);
  const o = bytesArg("out", out);
  const len = byteLengthOf(o);
  const view = len === 0 ? o : subview(o, 0, len); // a plain view of out's bytes, written by index (none when empty or detached)
  let n = 0;
  const lead = a % WORD;
  if (lead !== 0) {
    const err = peekWord(req, p, a - lead);
    if (err !== null) return [0, err];
    n = min(len, WORD - lead);
    copyBytes(view, 0, word, lead, n);
  }
  while (n < len) {
    const err = peekWord(req, p, a + n);
    if (err !== null) return [n, err];
    const c = min(len - n, WORD);
    copyBytes(view, n, word, 0, c);
    n += c;
  }
  return [n, null];
}

/** Go's ptracePoke: data to addr; a partial word at either edge is read first and merged. */
function ptracePoke(pokeReq: number, peekReq: number, pid: unknown, addr: unknown, data: Uint8Array): [count: number, err: Errno | null] {
  const p = pidArg(pid), a = addrArg(addr);
  const src = bytesArg("data", data);
  // A plain copy, read once; a detached buffer is Go's empty slice (the constructor would throw on it).
  const d = byteLengthOf(src) === 0 ? new Uint8Array(0) : new Uint8Array(src);
  let left = byteLengthOf(d), at = 0; // the bytes of d not yet written, from d[at]
  let n = 0;
  const lead = a % WORD;
  if (lead !== 0) {
    let err = peekWord(peekReq, p, a - lead);
    if (err !== null) return [0, err];
    n = min(left, WORD - lead);
    copyBytes(word, lead, d, 0, n);
    err = pokeWord(pokeReq, p, a - lead);
    if (err !== null) return [0, err];
    at = n;
    left -= n;
  }
  while (left > WORD) {
    copyBytes(word, 0, d, at, WORD);
    const err = pokeWord(pokeReq, p, a + n);
    if (err !== null) return [n, err];
    n += WORD;
    at += WORD;
    left -= WORD;
  }
  if (left > 0) {
    let err = peekWord(peekReq, p, a + n);
    if (err !== null) return [n, err];
    copyBytes(word, 0, d, at, left);
    err = pokeWord(pokeReq, p, a + n);
    if (err !== null) return [n, err];
    n += left;
  }
  return [n, null];
}

/**
 * Go's `PtracePeekText(pid int, addr uintptr, out []byte) (count int, err error)`:
 * PTRACE_PEEKTEXT, word by word, of len(out) bytes of the stopped tracee's
 * memory at addr into out. count is how many bytes were copied before an
 * error (EIO or EFAULT past the mapped memory, ESRCH for a pid that is not
 * a stopped tracee).
 */
export function PtracePeekText(pid: number, addr: number, out: Uint8Array): [count: number, err: Errno | null] {
  return ptracePeek(PTRACE_PEEKTEXT, pid, addr, out);
}

/** Go's `PtracePeekData(pid int, addr uintptr, out []byte) (count int, err error)`: as PtracePeekText, with PTRACE_PEEKDATA. */
export function PtracePeekData(pid: number, addr: number, out: Uint8Array): [count: number, err: Errno | null] {
  return ptracePeek(PTRACE_PEEKDATA, pid, addr, out);
}

/**
 * Go's `PtracePokeText(pid int, addr uintptr, data []byte) (count int, err error)`:
 * PTRACE_POKETEXT of data into the stopped tracee's memory at addr (the
 * kernel writes even read-only text, as a debugger's breakpoints need).
 * count is how many bytes were written before an error.
 */
export function PtracePokeText(pid: number, addr: number, data: Uint8Array): [count: number, err: Errno | null] {
  return ptracePoke(PTRACE_POKETEXT, PTRACE_PEEKTEXT, pid, addr, data);
}

/** Go's `PtracePokeData(pid int, addr uintptr, data []byte) (count int, err error)`: as PtracePokeText, with PTRACE_POKEDATA. */
export function PtracePokeData(pid: number, addr: number, data: Uint8Array): [count: number, err: Errno | null] {
  return ptracePoke(PTRACE_POKEDATA, PTRACE_PEEKDATA, pid, addr, data);
}


/**
 * Go's linux/amd64 `syscall.PtraceRegs`: the kernel's `user_regs_struct`,
 * every field a uint64 (bigint). `PtraceRegs` is this class on amd64.
 */
export class PtraceRegsAmd64 {
  R15 = 0n; R14 = 0n; R13 = 0n; R12 = 0n; Rbp = 0n; Rbx = 0n; R11 = 0n; R10 = 0n; R9 = 0n;
  R8 = 0n; Rax = 0n; Rcx = 0n; Rdx = 0n; Rsi = 0n; Rdi = 0n; Orig_rax = 0n; Rip = 0n; Cs = 0n;
  Eflags = 0n; Rsp = 0n; Ss = 0n; Fs_base = 0n; Gs_base = 0n; Ds = 0n; Es = 0n; Fs = 0n; Gs = 0n;
  /** Go's `PC() uint64`: Rip. */
  PC(): bigint {
    return this.Rip;
  }
  /** Go's `SetPC(pc uint64)`: sets Rip. */
  SetPC(pc: bigint): void {
    this.Rip = u64Arg("pc", pc);
  }
}

/**
 * Go's linux/arm64 `syscall.PtraceRegs`: the kernel's `user_pt_regs`, X0 to
 * X30 in Regs, then Sp, Pc and Pstate, each a uint64 (bigint).
 * `PtraceRegs` is this class on arm64.
 */
export class PtraceRegsArm64 {
  /** X0..X30. */
  Regs: BigUint64Array = new BigUint64Array(31);
  Sp = 0n;
  Pc = 0n;
  Pstate = 0n;
  /** Go's `PC() uint64`: Pc. */
  PC(): bigint {
    return this.Pc;
  }
  /** Go's `SetPC(pc uint64)`: sets Pc. */
  SetPC(pc: bigint): void {
    this.Pc = u64Arg("pc", pc);
  }
}

/** Go's `syscall.PtraceRegs` of the running architecture: PtraceRegsAmd64 or PtraceRegsArm64. */
export type PtraceRegs = PtraceRegsAmd64 | PtraceRegsArm64;
/** Go's `syscall.PtraceRegs` of the running architecture: `new PtraceRegs()`. */
export const PtraceRegs: typeof PtraceRegsAmd64 | typeof PtraceRegsArm64 = ARCH === "amd64" ? PtraceRegsAmd64 : PtraceRegsArm64;

/** The scalar register fields in the kernel's order (arm64's Regs come first, apart). */
const REG_FIELDS: readonly string[] = ARCH === "amd64" ? Object.keys(new PtraceRegsAmd64()) : ["Sp", "Pc", "Pstate"];
const X_REGS = ARCH === "amd64" ? 0 : 31;
const regWords = new BigUint64Array(X_REGS + REG_FIELDS.length);
const regBytes = new Uint8Array(regWords.buffer);
/** arm64's GETREGSET/SETREGSET iovec over regBytes, and its NT_PRSTATUS regset. */
const iov = new BigUint64Array(2);
const iovBytes = new Uint8Array(iov.buffer);
const NT_PRSTATUS = 1;

/** Checks regs (arm64's Regs a BigUint64Array of 31) and either copies it into regWords (`load`) or checks that its fields can be written; returns regs and its checked Regs (null on amd64). */
function regsArg(name: string, regs: unknown, load: boolean): [regs: Record<string, unknown>, x: BigUint64Array | null] {
  if (typeof regs !== "object" || regs === null) throw new TypeError(`${name} must be a PtraceRegs, got ${describe(regs)}`);
  const r = regs as Record<string, unknown>;
  let x: BigUint64Array | null = null;
  if (X_REGS !== 0) {
    const v = r.Regs;
    if (typedArrayTag(v) !== "BigUint64Array" || elementCountOf(v as BigUint64Array) !== X_REGS) throw new TypeError(`${name}.Regs must be a BigUint64Array of ${X_REGS}`);
    x = v as BigUint64Array;
  }
  if (!load) return [outArg(name, r, REG_FIELDS), x];
  // Every field read before regWords is written: a getter may call PtraceGetRegs or PtraceSetRegs, which write it too.
  // Index loops, not map and forEach: with a replaced map, PtraceSetRegs sent other registers.
  const fields: bigint[] = [];
  for (let i = 0; i < REG_FIELDS.length; i++) fields[i] = u64Arg(`${name}.${REG_FIELDS[i]}`, r[REG_FIELDS[i]!]);
  if (x !== null) for (let i = 0; i < X_REGS; i++) regWords[i] = x[i]!; // by index: the prototype's set can be shadowed
  for (let i = 0; i < fields.length; i++) regWords[X_REGS + i] = fields[i]!;
  return [r, x];
}

/** The register request of this architecture: GETREGS on amd64, GETREGSET of NT_PRSTATUS on arm64 (which has no GETREGS). */
function regsCall(pid: number, get: boolean): Errno | null {
  if (ARCH === "amd64") return ptrace(get ? PTRACE_GETREGS : PTRACE_SETREGS, pid, 0, regBytes)[1];
  iov[0] = BigInt(addressOf(regBytes));
  iov[1] = BigInt(8 * (X_REGS + REG_FIELDS.length));
  return ptrace(get ? PTRACE_GETREGSET : PTRACE_SETREGSET, pid, NT_PRSTATUS, iovBytes)[1];
}

/**
 * Go's `PtraceGetRegs(pid int, regsout *PtraceRegs) (err error)`: the
 * stopped tracee's general registers, filled into regsout in place. On
 * arm64, where Go's PTRACE_GETREGS fails with EIO (the kernel has no such
 * request), this uses PTRACE_GETREGSET with NT_PRSTATUS, as
 * golang.org/x/sys/unix does.
 */
export function PtraceGetRegs(pid: number, regsout: PtraceRegs): Errno | null {
  const p = pidArg(pid);
  const [r, x] = regsArg("regsout", regsout, false);
  const err = regsCall(p, true);
  if (err !== null) return err;
  // Read out before anything is written back (a Proxy's set trap may call PtraceGetRegs, which rewrites regWords).
  const got = new BigUint64Array(regWords); // the constructor's copy: BigUint64Array.prototype's slice can be shadowed
  if (x !== null) for (let i = 0; i < X_REGS; i++) x[i] = got[i]!; // the array checked before the call, not a second read of Regs
  for (let i = 0; i < REG_FIELDS.length; i++) r[REG_FIELDS[i]!] = got[X_REGS + i]!;
  return null;
}

/** Go's `PtraceSetRegs(pid int, regs *PtraceRegs) (err error)`: sets the stopped tracee's general registers (PTRACE_SETREGSET on arm64, as PtraceGetRegs). */
export function PtraceSetRegs(pid: number, regs: PtraceRegs): Errno | null {
  const p = pidArg(pid);
  regsArg("regs", regs, true);
  return regsCall(p, false);
}

// ---------------------------------------------------------------- system

const reboot = sysCall("Reboot", SYS_REBOOT, ["uint", "uint", "int", "path"], "err");

/**
 * Go's `Reboot(cmd int) (err error)`: reboot(2) with Linux's two magic
 * numbers and cmd (LINUX_REBOOT_CMD_RESTART, _HALT, _POWER_OFF, _CAD_ON,
 * ...). Needs CAP_SYS_BOOT (EPERM without). It does what it says: the
 * machine restarts or halts at once, without syncing disks. In a child PID
 * namespace it ends that namespace instead.
 */
export function Reboot(cmd: number): Errno | null {
  return reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, cmd, "");
}

/**
 * Go's `Ioperm(from int, num int, on int) (err error)` (linux/amd64):
 * ioperm(2), access to num I/O ports from `from` for the calling thread
 * (CAP_SYS_RAWIO). Go has it on amd64 only; on arm64 it is ENOSYS.
 */
export const Ioperm = sysCall("Ioperm", SYS_IOPERM, ["int", "int", "int"], "err");

/**
 * Go's `Iopl(level int) (err error)` (linux/amd64): iopl(2), the I/O
 * privilege level 0..3 of the calling thread (CAP_SYS_RAWIO). On arm64 it
 * is ENOSYS.
 */
export const Iopl = sysCall("Iopl", SYS_IOPL, ["int"], "err");

const klogctl = sysCall("Klogctl", SYS_SYSLOG, ["int", "bytes"], "int");

/**
 * Go's `Klogctl(typ int, buf []byte) (n int, err error)`: syslog(2), the
 * kernel log buffer. typ is the action: 3 (READ_ALL) copies the newest
 * messages into buf and 10 (SIZE_BUFFER) returns the buffer's size, both
 * unprivileged unless kernel.dmesg_restrict; 2 (READ) blocks until
 * messages arrive and consumes them, 4 and 5 clear the buffer, 6 to 8 change
 * what reaches the console (CAP_SYSLOG).
 */
export function Klogctl(typ: number, buf: Uint8Array): [n: number, err: Errno | null] {
  // The kernel writes into a buffer of the true length, copied out after: a subclass's byteLength may lie.
  const b = bytesArg("buf", buf);
  const len = byteLengthOf(b);
  const tmp = new Uint8Array(len);
  const r = klogctl(typ, tmp);
  if (r[0] > 0 && (typ === 2 || typ === 3 || typ === 4)) copyBytes(subview(b, 0, len), 0, tmp, 0, min(r[0], len)); // the READ actions
  return r;
}

/**
 * Go's `Acct(path string) (err error)`: acct(2), process accounting into
 * the file at path, for the caller's PID namespace (CAP_SYS_PACCT). Go's
 * string cannot be NULL, so it cannot turn accounting off ("" is ENOENT).
 */
export const Acct = sysCall("Acct", "acct", ["path"], "err");
