/**
 * ForkExec, StartProcess and Exec: Go's process creation for Linux, with the
 * whole SysProcAttr. The work between clone and execve is C (child.c),
 * compiled by bun:ffi's cc on the first call; this module validates and
 * marshals the request into one flat block and reads the result back.
 * @module
 */
import type { Pointer } from "bun:ffi";
import { Errno } from "../errno.ts";
import { EINVAL, E2BIG, EBADF } from "../zconsts_linux.ts";
import { Signal } from "../signal.ts";
import { Rlimit } from "../types.ts";
import { C, arrayArg, describe, ffi, outArg, strElem } from "../libc.ts";
import {
  CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND, CLONE_VFORK, CLONE_PARENT, CLONE_THREAD, CLONE_SYSVSEM,
  CLONE_SETTLS, CLONE_PARENT_SETTID, CLONE_CHILD_SETTID, CLONE_CHILD_CLEARTID, CLONE_PIDFD, CLONE_INTO_CGROUP,
} from "../clone.ts";
import { rlimitHooks, RLIM_INFINITY } from "../process.ts";
import { ForkLock } from "./forklock.ts";
import { compile, getFailure, NativeUnavailable, preparers, setFailure, unavailableErr, type ForkExecFailure } from "../native.ts";
import childText from "./child.c" with { type: "text" };

export type { ForkExecFailure };

/** Go's `syscall.Credential`: the user and groups the child runs as. */
export interface Credential {
  /** User id (setuid). */
  Uid: number;
  /** Group id (setgid). */
  Gid: number;
  /** Supplementary group ids (setgroups); empty or absent clears them. */
  Groups?: number[];
  /** Leave the supplementary groups alone (no setgroups call). */
  NoSetGroups?: boolean;
}

/** Go's `syscall.SysProcIDMap`: one line of a user namespace's uid_map or gid_map. */
export interface SysProcIDMap {
  /** First id inside the namespace. */
  ContainerID: number;
  /** First id outside it. */
  HostID: number;
  /** Number of ids mapped. */
  Size: number;
}

/**
 * Go's Linux `syscall.SysProcAttr`. Every field is optional; a plain object
 * literal works. Fields take effect in the child in Go's order: keepcaps,
 * id maps, Setsid, Setpgid, Foreground, Unshareflags, Chroot, Credential,
 * AmbientCaps, Dir, Pdeathsig, Files, Noctty, Setctty, the NOFILE limit,
 * Ptrace, execve.
 */
export interface SysProcAttr {
  /** chroot(2) to this directory. */
  Chroot?: string;
  /** Run as this user and groups. */
  Credential?: Credential | null;
  /** The child calls ptrace(PTRACE_TRACEME) and stops with SIGTRAP at exec. The tracer is the calling thread. */
  Ptrace?: boolean;
  /** Start a new session (setsid). */
  Setsid?: boolean;
  /** Put the child in process group Pgid, or a new group of its own when Pgid is 0. */
  Setpgid?: boolean;
  /** Make Ctty (an fd number in the child: an index into Files) the controlling terminal. Needs Setsid. */
  Setctty?: boolean;
  /** Detach fd 0 from its controlling terminal (TIOCNOTTY). */
  Noctty?: boolean;
  /** The terminal fd for Setctty (child fd) or Foreground (parent fd). */
  Ctty?: number;
  /** Put the child's process group in the foreground of terminal Ctty (a parent fd). Implies Setpgid. */
  Foreground?: boolean;
  /** The process group for Setpgid (0: the child's pid). */
  Pgid?: number;
  /** The signal the child gets when the thread that spawned it dies (Linux's parent-death signal). */
  Pdeathsig?: Signal | number;
  /** Extra clone flags (CLONE_NEWPID, CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWTIME, ...). */
  Cloneflags?: number;
  /** Flags for an unshare(2) in the child. */
  Unshareflags?: number;
  /** The uid_map of a new user namespace. */
  UidMappings?: SysProcIDMap[] | null;
  /** The gid_map of a new user namespace. */
  GidMappings?: SysProcIDMap[] | null;
  /** Write "allow" rather than "deny" to /proc/PID/setgroups before gid_map. */
  GidMappingsEnableSetgroups?: boolean;
  /** Capabilities to raise in the ambient set (CAP_* numbers). */
  AmbientCaps?: number[];
  /** Start the child in the cgroup CgroupFD refers to (clone3 with CLONE_INTO_CGROUP, Linux 5.7). */
  UseCgroupFD?: boolean;
  /** An fd of a cgroup v2 directory, for UseCgroupFD. */
  CgroupFD?: number;
  /** If set, receives a pidfd of the child (CLONE_PIDFD, Linux 5.2) in `.value`; -1 on failure. Close it when done. */
  PidFD?: { value: number } | null;
}

/** Go's `syscall.ProcAttr`. */
export interface ProcAttr {
  /** The child's working directory; "" or absent keeps the parent's. */
  Dir?: string;
  /** The child's environment, as `key=value` strings. Absent or null: an empty environment, as in Go (pass Environ() to inherit). */
  Env?: string[] | null;
  /** Files[i] becomes fd i in the child; -1 closes it. Fds past len(Files) are not inherited. */
  Files?: number[];
  /** Linux attributes. */
  Sys?: SysProcAttr | null;
}

// Word indices of the request block, declared here only: child.c gets them
// as R_* defines prepended to its text (see childSource()).
const R = {
  // inputs
  PATH: 0, ARGV: 1, ENVP: 2, CHROOT: 3, DIR: 4, FILES: 5, NFILES: 6, FLAGS: 7, PGID: 8, CTTY: 9,
  PDEATHSIG: 10, CLONEFLAGS: 11, UNSHAREFLAGS: 12, UID: 13, GID: 14, GROUPS: 15, NGROUPS: 16,
  AMBIENT: 17, NAMBIENT: 18, UIDMAP: 19, UIDMAP_LEN: 20, GIDMAP: 21, GIDMAP_LEN: 22, CGROUPFD: 23,
  RLIM_CUR: 24, RLIM_MAX: 25, STACK: 26, STACK_SIZE: 27,
  /** "/proc/<pid>/" scratch, 64 bytes, for the parent's id-map writes */
  PROCPATH: 28,
  // outputs
  PID: 32, ERR: 33, STEP: 34, PIDFD: 35,
  // the C side's own scratch: map pipe, error pipe, parent pid, clone mode, whether the
  // kernel reset the handlers (CLONE_CLEAR_SIGHAND), ignored signals to reset (bit n-1: signal n)
  MAPPIPE_RD: 36, MAPPIPE_WR: 37, ERRPIPE_WR: 38, PPID: 39, MODE: 40, SIGCLEARED: 41, IGNRESET: 42,
  WORDS: 48,
} as const;
const F = {
  SETSID: 1 << 0, SETPGID: 1 << 1, SETCTTY: 1 << 2, NOCTTY: 1 << 3, FOREGROUND: 1 << 4, PTRACE: 1 << 5,
  CRED: 1 << 6, NOSETGROUPS: 1 << 7, CGROUP: 1 << 8, PIDFD: 1 << 9, GID_SETGROUPS: 1 << 10,
  UIDMAP: 1 << 11, GIDMAP: 1 << 12, RLIMIT: 1 << 13, CLOSEFDS: 1 << 14,
} as const;
/** child.c's step enum, by value. */
const STEPS = [
  "none", "pipe", "clone", "keepcaps", "idmap-wait", "setsid", "setpgid", "foreground", "unshare",
  "setgroups-file", "gid_map", "uid_map", "mount-private", "chroot", "setgroups", "setgid", "setuid",
  "capget", "capset", "ambient", "chdir", "pdeathsig", "dup", "fcntl", "noctty", "setctty", "rlimit",
  "close-fds", "ptrace", "execve", "idmap-write", "cloneflags",
] as const;

const HEADER_BYTES = R.WORDS * 8;
const PROCPATH_BYTES = 64;
const STACK_BYTES = 64 * 1024;

// ------------------------------------------------------------ the native half

interface Native {
  forkexec: (req: Pointer) => number;
  exec: (path: Pointer, argv: Pointer, envp: Pointer, nofileCur: number | bigint) => number;
}
let native: Native | null = null;

/** child.c's text with the shared declarations (R, F, STEPS, the refused Cloneflags) prepended as C. */
export function childSource(): string {
  const lines = ["/* Generated by forkexec.ts from its R, F, STEPS and REFUSED_CLONEFLAGS. */"];
  for (const [k, v] of Object.entries(R)) lines.push(`#define R_${k} ${v}`);
  for (const [k, v] of Object.entries(F)) lines.push(`#define F_${k} (${v})`);
  lines.push(`enum { ${STEPS.map((n) => `S_${n.toUpperCase().replace(/-/g, "_")}`).join(", ")} };`);
  lines.push(`#define BAD_CLONEFLAGS 0x${REFUSED_CLONEFLAGS_MASK.toString(16)}UL`);
  return `${lines.join("\n")}\n#line 1 "child.c"\n${childText}`;
}

/** Compiles child.c once per thread (Worker), on first use. Importing compiles nothing. Throws NativeUnavailable. */
export function loadNative(): Native {
  if (native !== null) return native;
  const lib = compile("child.c", childSource(), {
    bsc_forkexec: { args: ["ptr"], returns: "i32" },
    bsc_exec: { args: ["ptr", "ptr", "ptr", "i64"], returns: "i32" },
  });
  const s = lib.symbols;
  native = {
    forkexec: (req) => s.bsc_forkexec(req),
    exec: (p, a, e, n) => s.bsc_exec(p, a, e, n),
  };
  return native;
}

// ------------------------------------------------------------ the arena

/**
 * One growing buffer per thread holds a request: the header words, then
 * arrays and strings. Its address is stable (ptr() pins it), so the block
 * can hold absolute pointers into itself. ForkExec is synchronous, so one
 * arena per thread suffices.
 */
class Arena {
  buf = new Uint8Array(0);
  u32 = new Uint32Array(0);
  i32 = new Int32Array(0);
  base = 0;
  off = 0;
  private stack: Uint8Array | null = null;
  stackBase = 0;

  reset(minBytes: number): void {
    if (this.buf.byteLength < minBytes) {
      const size = (Math.max(minBytes, this.buf.byteLength * 2, 16384) + 7) & ~7;
      this.buf = new Uint8Array(size);
      this.u32 = new Uint32Array(this.buf.buffer);
      this.i32 = new Int32Array(this.buf.buffer);
      this.base = ffi().ptr(this.buf);
    } else {
      this.buf.fill(0, 0, HEADER_BYTES);
    }
    this.off = HEADER_BYTES;
  }

  ensureStack(): void {
    if (this.stack === null) {
      this.stack = new Uint8Array(STACK_BYTES);
      const lo = ffi().ptr(this.stack);
      this.stackBase = lo;
    }
  }

  /** Sets 64-bit word i to the integer v (which may be negative). */
  word(i: number, v: number): void {
    putWord(this.u32, i, v);
  }

  /** Sets the 64-bit word at byte offset o to a bigint. */
  wordBig(i: number, v: bigint): void {
    this.u32[i * 2] = Number(v & 0xffffffffn);
    this.u32[i * 2 + 1] = Number((v >> 32n) & 0xffffffffn);
  }

  /** Reads word i as a signed number (only the low 32 bits are used by the outputs). */
  read32(i: number): number {
    return this.i32[i * 2]!;
  }

  /** Reserves n bytes, 8-aligned, and returns their offset. */
  alloc(n: number): number {
    const o = this.off;
    this.off = (o + n + 7) & ~7;
    return o;
  }

  /** Writes s NUL-terminated at the cursor and returns its address. */
  str(s: string): number {
    const o = this.off;
    const { written } = encoder.encodeInto(s, this.buf.subarray(o));
    this.buf[o + written] = 0;
    this.off = o + written + 1;
    return this.base + o;
  }

  /** Writes a NULL-terminated array of C strings and returns its address. */
  strArray(items: readonly string[]): number {
    const at = this.alloc((items.length + 1) * 8);
    const w = at / 8;
    for (let i = 0; i < items.length; i++) this.word(w + i, this.str(items[i]!));
    this.word(w + items.length, 0);
    this.off = (this.off + 7) & ~7;
    return this.base + at;
  }
}
/** Writes the integer v (which may be negative) as the little-endian 64-bit word i of u32. */
function putWord(u32: Uint32Array, i: number, v: number): void {
  u32[i * 2] = v >>> 0;
  u32[i * 2 + 1] = v < 0 ? Math.floor(v / 4294967296) >>> 0 : (v / 4294967296) >>> 0;
}

const encoder = new TextEncoder();
const arena = new Arena();

/**
 * The last environment block, encoded once and kept at a stable address:
 * programs pass the same Env to many spawns, and re-encoding 1,000
 * variables would cost more than the kernel's copy of them. A hit needs
 * the same strings in the same order (compared by value, so a new array
 * with equal contents hits too).
 */
class EnvBlock {
  private strings: string[] = [];
  private buf = new Uint8Array(0);
  private u32 = new Uint32Array(0);
  private base = 0;
  /** Address of the NULL-terminated envp array; 0 before the first build. */
  envp = 0;

  /** Returns the envp address for env, or -1 if a string holds a NUL. Throws TypeError for a non-string. */
  get(env: readonly string[]): number {
    const prev = this.strings;
    if (this.envp !== 0 && prev.length === env.length) {
      let i = 0;
      while (i < env.length && env[i] === prev[i]) i++;
      if (i === env.length) return this.envp;
    }
    return this.build(env);
  }

  private build(env: readonly string[]): number {
    let chars = 0;
    for (const s of env) {
      if (typeof s !== "string") throw new TypeError(`attr.Env must hold strings, got ${describe(s)}`);
      if (s.includes("\0")) return -1;
      chars += s.length + 1;
    }
    const ptrBytes = (env.length + 1) * 8;
    const need = ptrBytes + chars * 3 + 8;
    if (this.buf.byteLength < need) {
      this.buf = new Uint8Array((Math.max(need, this.buf.byteLength * 2, 4096) + 7) & ~7);
      this.u32 = new Uint32Array(this.buf.buffer);
      this.base = ffi().ptr(this.buf);
    }
    // One encode for all the strings, NUL-separated; then one pointer each.
    const { written } = encoder.encodeInto(env.join("\0") + "\0", this.buf.subarray(ptrBytes));
    const ascii = written === chars || env.length === 0;
    let at = ptrBytes;
    for (let i = 0; i < env.length; i++) {
      putWord(this.u32, i, this.base + at);
      at = ascii ? at + env[i]!.length + 1 : this.buf.indexOf(0, at) + 1;
    }
    putWord(this.u32, env.length, 0);
    this.strings = env.slice();
    this.envp = this.base;
    return this.envp;
  }
}
const envBlock = new EnvBlock();

// ------------------------------------------------------------ validation
//
// Every input is read exactly once, into plain values, before anything is
// sized or cloned: a Proxy or a getter that answers differently on a later
// read cannot overrun the request block, and nothing can throw once a child
// exists. What Go's compiler would refuse (a string where a number belongs,
// a hole or a non-integer in an int slice, a negative uid) throws TypeError
// or RangeError; values that Go's types hold but the kernel refuses return
// the kernel's Errno.

/** An optional string field. */
function optStr(name: string, v: unknown): string {
  if (v === undefined || v === null) return "";
  if (typeof v !== "string") throw new TypeError(`${name} must be a string, got ${describe(v)}`);
  return v;
}
/** An optional integer field of Go type int: any integer number (absent: 0). */
function optInt(name: string, v: unknown): number {
  if (v === undefined || v === null) return 0;
  if (typeof v !== "number" || !Number.isInteger(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
  return v;
}
/** An integer of an unsigned Go type (uint32, uintptr): a RangeError outside [0, max], as Go's compiler refuses such a constant. */
function uintField(name: string, v: unknown, max: number): number {
  if (typeof v !== "number" || !Number.isInteger(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (v < 0 || v > max) throw new RangeError(`${name} out of range: ${v}`);
  return v;
}
const optUint = (name: string, v: unknown, max: number) => (v === undefined || v === null ? 0 : uintField(name, v, max));
function optBool(name: string, v: unknown): boolean {
  if (v === undefined || v === null) return false;
  if (typeof v !== "boolean") throw new TypeError(`${name} must be a boolean, got ${describe(v)}`);
  return v;
}
/** An optional object field. */
function optObj<T extends object>(name: string, v: unknown): T | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== "object") throw new TypeError(`${name} must be an object, got ${describe(v)}`);
  return v as T;
}
const U32 = 0xffffffff;
const uint32Elem = (x: unknown, name: string) => uintField(name, x, U32);
/** Go's int fd or terminal number, for the kernel: outside the C int range it cannot name a file, so -1 (EBADF) rather than a wrap. */
const cInt = (v: number) => (v >= -0x80000000 && v <= 0x7fffffff ? v : -1);

/** Limits checked before any loop, each the kernel's own: past them the kernel refuses with the Errno given. */
const LIMITS = {
  /** execve(2): argv and envp pointers and strings share 3/4 of the 8 MiB stack limit at most (E2BIG). */
  ARG_BYTES: 6 * 1024 * 1024,
  /** setgroups(2): NGROUPS_MAX (EINVAL). */
  GROUPS: 65536,
  /** user_namespaces(7): 340 lines per uid_map or gid_map (EINVAL). */
  IDMAP_LINES: 340,
  /** fs.nr_open's default: no fd can be this high, so Files past it cannot be honoured (EBADF). */
  FILES: 1 << 20,
  /** Capabilities are numbered below 64; more entries than this can only be repeats (EINVAL). */
  CAPS: 4096,
} as const;

function idMaps(name: string, v: unknown): string | null | typeof TOO_MANY {
  if (v === undefined || v === null) return null;
  const lines = arrayArg(name, v, LIMITS.IDMAP_LINES, (m, n) => {
    const o = optObj<SysProcIDMap>(n, m);
    if (o === null) throw new TypeError(`${n} must be a SysProcIDMap, got ${describe(m)}`);
    return `${uintField(`${n}.ContainerID`, o.ContainerID, U32)} ${uintField(`${n}.HostID`, o.HostID, U32)} ${uintField(`${n}.Size`, o.Size, U32)}\n`;
  });
  return lines === null ? TOO_MANY : lines.join("");
}
const TOO_MANY = Symbol("too many");
const hasNul = (s: string) => s.includes("\0");

/**
 * The Cloneflags bits ForkExec refuses with EINVAL, before anything is
 * cloned: each would share state with the Bun process or break the child
 * path, where Go passes them on and crashes or corrupts itself. The child is
 * always a new process with its own memory, files, filesystem context and
 * signal handlers, whose exit signal is SIGCHLD.
 */
const REFUSED_CLONEFLAGS: readonly (readonly [bit: number, name: string])[] = [
  [0x7f, "CSIGNAL"], // the exit-signal byte (less CLONE_NEWTIME, 0x80): ForkExec's children signal SIGCHLD
  [CLONE_VM, "CLONE_VM"], // the child would run on and write the parent's memory
  [CLONE_FS, "CLONE_FS"], // Dir, Chroot and umask would change the parent's
  [CLONE_FILES, "CLONE_FILES"], // the fd shuffle would close and replace the parent's fds
  [CLONE_SIGHAND, "CLONE_SIGHAND"], // resetting the child's handlers would reset the parent's
  [CLONE_VFORK, "CLONE_VFORK"], // ForkExec chooses it; with id maps it deadlocks
  [CLONE_PARENT, "CLONE_PARENT"], // the child would be Bun's sibling: Wait4 cannot reap it, Pdeathsig misfires
  [CLONE_THREAD, "CLONE_THREAD"], // the child would be a thread of Bun, and execve would replace Bun
  [CLONE_SYSVSEM, "CLONE_SYSVSEM"], // the parent's System V semaphore undo list would be shared past execve
  [CLONE_SETTLS, "CLONE_SETTLS"], // needs a TLS descriptor ForkExec has no field for
  [CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID"], // the kernel would write through a pointer ForkExec has no field for
  [CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID"], // likewise, in the child's (shared) memory
  [CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID"], // likewise, at the child's execve or exit
];
/** Every refused bit, for the C side's own guard (child.c: BAD_CLONEFLAGS). */
export const REFUSED_CLONEFLAGS_MASK: number = REFUSED_CLONEFLAGS.reduce((m, [bit]) => m | bit, 0) >>> 0;

/** The names of the refused bits set in flags, joined with "|", or "" when none is. */
function refusedCloneflags(flags: number, pidfd: boolean, cgroup: boolean): string {
  const lo = flags >>> 0;
  const names = REFUSED_CLONEFLAGS.filter(([bit]) => (lo & bit) !== 0).map(([, n]) => n);
  if ((lo & CLONE_PIDFD) !== 0 && !pidfd) names.push("CLONE_PIDFD without Sys.PidFD"); // the pidfd would leak
  if (Math.floor(flags / 2 ** 32) & (CLONE_INTO_CGROUP / 2 ** 32) && !cgroup) names.push("CLONE_INTO_CGROUP without Sys.UseCgroupFD");
  return names.join("|");
}

/** Go's error for Setctty with Foreground, by its message (exec_linux.go). */
export const errSetcttyForeground: Error = new Error("both Setctty and Foreground set in SysProcAttr");
/** Go's error for Setctty with a Ctty that is not an fd of the child (exec_linux.go). */
export const errSetcttyCtty: Error = new Error("Setctty set but Ctty not valid in child");

/** A ForkExec request read into plain values. */
interface Request {
  argv0: string; args: string[]; env: string[]; dir: string; files: number[];
  chroot: string; setsid: boolean; setpgid: boolean; setctty: boolean; noctty: boolean; foreground: boolean;
  ptrace: boolean; ctty: number; pgid: number; pdeathsig: number; cloneflags: number; unshareflags: number;
  uidmap: string | null; gidmap: string | null; gidSetgroups: boolean; useCgroup: boolean; cgroupFd: number;
  ambient: number[]; cred: { uid: number; gid: number; groups: number[]; noSetGroups: boolean } | null;
  pidfdOut: { value: number } | null;
}

/** Reads and checks a request: a Request, or the failure to return (Errno or Go's error) with its step. */
function readRequest(argv0: unknown, argv: unknown, attr: unknown): Request | [Errno | Error, string] {
  if (typeof argv0 !== "string") throw new TypeError(`argv0 must be a string, got ${describe(argv0)}`);
  const a = optObj<ProcAttr>("attr", attr) ?? {};
  // Proxies and getters are read here, once each.
  const argvV = argv, envV = a.Env, dirV = a.Dir, filesV = a.Files;
  const sys = optObj<SysProcAttr>("attr.Sys", a.Sys) ?? {};
  const args = arrayArg("argv", argvV, LIMITS.ARG_BYTES / 8, strElem);
  const env = arrayArg("attr.Env", envV, LIMITS.ARG_BYTES / 8, strElem);
  if (args === null || env === null) return [E2BIG, "validate"];
  const dir = optStr("attr.Dir", dirV);
  const files = arrayArg("attr.Files", filesV, LIMITS.FILES, (x, n) => optIntElem(n, x));
  const chroot = optStr("Sys.Chroot", sys.Chroot);
  const setsid = optBool("Sys.Setsid", sys.Setsid);
  const setpgid = optBool("Sys.Setpgid", sys.Setpgid);
  const setctty = optBool("Sys.Setctty", sys.Setctty);
  const noctty = optBool("Sys.Noctty", sys.Noctty);
  const foreground = optBool("Sys.Foreground", sys.Foreground);
  const ptrace = optBool("Sys.Ptrace", sys.Ptrace);
  const ctty = optInt("Sys.Ctty", sys.Ctty);
  const pgid = optInt("Sys.Pgid", sys.Pgid);
  const pdeathsigV = sys.Pdeathsig;
  // Go's Signal is an int: a value no signal has reaches prctl, which says EINVAL.
  const pdeathsig = pdeathsigV === undefined || pdeathsigV === null ? 0 : pdeathsigV instanceof Signal ? pdeathsigV.signo : optInt("Sys.Pdeathsig", pdeathsigV);
  const cloneflags = optUint("Sys.Cloneflags", sys.Cloneflags, Number.MAX_SAFE_INTEGER);
  const unshareflags = optUint("Sys.Unshareflags", sys.Unshareflags, Number.MAX_SAFE_INTEGER);
  const uidmap = idMaps("Sys.UidMappings", sys.UidMappings);
  const gidmap = idMaps("Sys.GidMappings", sys.GidMappings);
  const gidSetgroups = optBool("Sys.GidMappingsEnableSetgroups", sys.GidMappingsEnableSetgroups);
  const useCgroup = optBool("Sys.UseCgroupFD", sys.UseCgroupFD);
  const cgroupFd = cInt(optInt("Sys.CgroupFD", sys.CgroupFD));
  const ambient = arrayArg("Sys.AmbientCaps", sys.AmbientCaps, LIMITS.CAPS, (x, n) => uintField(n, x, Number.MAX_SAFE_INTEGER));
  const credV = optObj<Credential>("Sys.Credential", sys.Credential);
  let cred: Request["cred"] = null;
  let groups: number[] | null = [];
  if (credV !== null) {
    const uid = uintField("Credential.Uid", credV.Uid ?? 0, U32);
    const gid = uintField("Credential.Gid", credV.Gid ?? 0, U32);
    groups = arrayArg("Credential.Groups", credV.Groups, LIMITS.GROUPS, uint32Elem);
    cred = { uid, gid, groups: groups ?? [], noSetGroups: optBool("Credential.NoSetGroups", credV.NoSetGroups) };
  }
  const pidfdOut = optObj<{ value: number }>("Sys.PidFD", sys.PidFD);
  if (pidfdOut !== null) {
    // Go writes -1 on failure: so does this, now, and checks that the later write cannot fail.
    pidfdOut.value = -1;
    outArg("Sys.PidFD", pidfdOut, ["value"]);
  }

  // Refusals, in the order Go (or the kernel) would meet them.
  if (files === null) return [EBADF, "validate"];
  if (uidmap === TOO_MANY || gidmap === TOO_MANY) return [EINVAL, "validate"];
  if (ambient === null || groups === null) return [EINVAL, "validate"];
  const refused = refusedCloneflags(cloneflags, pidfdOut !== null, useCgroup);
  if (refused !== "") return [EINVAL, `cloneflags: ${refused}`];
  if (setctty && foreground) return [errSetcttyForeground, "validate"];
  if (setctty && ctty >= files.length) return [errSetcttyCtty, "validate"];
  let bytes = (args.length + env.length + 2) * 8;
  for (const s of args) bytes += s.length + 1;
  for (const s of env) bytes += s.length + 1;
  if (bytes > LIMITS.ARG_BYTES) return [E2BIG, "validate"];
  if (hasNul(argv0) || args.some(hasNul) || env.some(hasNul) || hasNul(dir) || hasNul(chroot)) return [EINVAL, "validate"];
  // setpgid(2) takes a pid_t: a Pgid no process group can have is EINVAL (Go would truncate it).
  if ((setpgid || foreground) && (pgid < 0 || pgid > 0x7fffffff)) return [EINVAL, "setpgid"];
  return {
    argv0, args, env, dir, files, chroot, setsid, setpgid, setctty, noctty, foreground, ptrace,
    ctty: cInt(ctty), pgid: setpgid || foreground ? pgid : 0,
    // prctl takes an unsigned long: anything outside (0, 2^31) gets its EINVAL.
    pdeathsig: pdeathsig > 0 && pdeathsig <= 0x7fffffff ? pdeathsig : pdeathsig === 0 ? 0 : -1,
    cloneflags, unshareflags, uidmap, gidmap, gidSetgroups, useCgroup, cgroupFd, ambient, cred, pidfdOut,
  };
}
function optIntElem(name: string, x: unknown): number {
  if (typeof x !== "number" || !Number.isInteger(x)) throw new TypeError(`${name} must be an integer fd, got ${describe(x)}`);
  return x;
}

// ------------------------------------------------------------ NOFILE

let childRlimitNofile: Rlimit | null = null;

/**
 * Sets the RLIMIT_NOFILE that ForkExec gives every child; null (the
 * default) lets children inherit the current limit.
 *
 * Go restores, in each child, the NOFILE soft limit its process started
 * with, because programs that use select(2) break above 1024. A Bun process
 * cannot know that limit: Bun raises its soft limit to the hard limit before
 * any JavaScript runs and keeps no record of the old value (a shell at
 * `ulimit -Sn 1024` runs Bun at the hard limit, and the children of Bun's spawn API
 * inherit that). So by default children inherit Bun's raised limit, as
 * those of Bun's spawn API do; call this with, for example, `new Rlimit(1024n, hard)` to
 * give children what Go would. As in Go, a successful
 * `Setrlimit(RLIMIT_NOFILE, ...)` clears this setting: the program has
 * chosen its own limit, and children inherit it.
 */
export function SetChildRlimitNofile(rlim: Rlimit | null): void {
  if (rlim !== null && (typeof rlim !== "object" || typeof rlim.Cur !== "bigint" || typeof rlim.Max !== "bigint")) {
    throw new TypeError("rlim must be an Rlimit with bigint Cur and Max, or null");
  }
  if (rlim !== null && (rlim.Cur < 0n || rlim.Max < 0n || rlim.Cur > RLIM_INFINITY || rlim.Max > RLIM_INFINITY)) {
    throw new RangeError("rlim.Cur and rlim.Max must be in [0, 2^64-1]");
  }
  childRlimitNofile = rlim === null ? null : new Rlimit(rlim.Cur, rlim.Max);
}

/** The RLIMIT_NOFILE that ForkExec gives children, or null when they inherit the current one. */
export function ChildRlimitNofile(): Rlimit | null {
  return childRlimitNofile === null ? null : new Rlimit(childRlimitNofile.Cur, childRlimitNofile.Max);
}

const RLIMIT_NOFILE = 7;
rlimitHooks.push((resource) => {
  if (resource === RLIMIT_NOFILE) childRlimitNofile = null;
});

// ------------------------------------------------------------ ForkExec

/**
 * Where this thread's last failed ForkExec, StartProcess or Exec failed:
 * the child's step and the Errno. null after a success. The Errno returned
 * is the interned one (`err === ENOENT` holds); this is the side channel
 * that says which call in the child returned it.
 */
export function LastForkExecFailure(): ForkExecFailure | null {
  return getFailure();
}

/**
 * Go's `ForkExec(argv0, argv, attr) (pid int, err error)`: starts argv0
 * with argv as its arguments. argv0 is a path; it is not searched in PATH.
 *
 * The child is made with clone(CLONE_VM|CLONE_VFORK) on its own stack, so
 * the cost does not grow with the size of the Bun process. A new user
 * namespace with id maps, CLONE_NEWTIME, flags past 32 bits, and
 * UseCgroupFD use a clone without CLONE_VM (clone3 for the last three), as
 * Go does, because the parent must act while the child waits or clone(2)
 * cannot express them.
 *
 * The child starts with an empty signal mask, every caught signal at
 * SIG_DFL, and the signal state a Go child has: an inherited SIG_IGN stays
 * only for SIGHUP, SIGINT, SIGCONT, SIGTSTP, SIGTTIN, SIGTTOU and signals 32
 * and 34, as Go's runtime leaves it (so Bun's own SIGPIPE and SIGXFSZ are at
 * SIG_DFL). Which signals are ignored is read on this thread's first
 * ForkExec; if the Bun process started with SIGCHLD ignored, that first
 * ForkExec sets it back to SIG_DFL, so that Wait4 can reap children (Go's
 * runtime catches SIGCHLD for the same effect). No fd is open past
 * len(Files).
 *
 * Bad input: a wrong type throws TypeError (RangeError for a number no
 * value of Go's type can hold, such as a negative Uid); every input is
 * read once, before anything is cloned, and nothing throws once a child
 * exists. Values Go's types hold but the kernel refuses return its Errno
 * (`Pgid: 2**32` with Setpgid is EINVAL, too long an argv is E2BIG). The
 * Cloneflags bits that would share state with Bun or break the child path
 * (the exit-signal bits 0x7f, CLONE_VM, CLONE_FS, CLONE_FILES,
 * CLONE_SIGHAND, CLONE_VFORK, CLONE_PARENT, CLONE_THREAD, CLONE_SYSVSEM,
 * CLONE_SETTLS, CLONE_PARENT_SETTID, CLONE_CHILD_SETTID,
 * CLONE_CHILD_CLEARTID, and CLONE_PIDFD without PidFD or CLONE_INTO_CGROUP
 * without UseCgroupFD) return EINVAL with the step `cloneflags: NAME`.
 * Setctty with Foreground, or with a Ctty that is not below len(Files),
 * returns Go's own errors (not Errnos), whose messages are `both Setctty
 * and Foreground set in SysProcAttr` and `Setctty set but Ctty not valid
 * in child`.
 *
 * On failure it returns the error, the child has been reaped, and
 * {@link LastForkExecFailure} names the step.
 *
 * Takes {@link ForkLock} for writing, as Go does.
 */
export function ForkExec(argv0: string, argv: string[] | null, attr?: ProcAttr | null): [pid: number, err: Errno | Error | null] {
  const [pid, , err] = start(argv0, argv, attr);
  return [pid, err];
}

/** Go's `StartProcess(argv0, argv, attr) (pid int, handle uintptr, err error)`: ForkExec; handle is always 0 on Linux. */
export function StartProcess(argv0: string, argv: string[] | null, attr?: ProcAttr | null): [pid: number, handle: number, err: Errno | Error | null] {
  return start(argv0, argv, attr);
}

function start(argv0: string, argv: string[] | null, attr: ProcAttr | null | undefined): [number, number, Errno | Error | null] {
  const q = readRequest(argv0, argv, attr);
  if (Array.isArray(q)) return fail(q[0], q[1]);
  const { args, env, dir, files, chroot, uidmap, gidmap, ambient, cred } = q;
  const groups = cred?.groups ?? [];
  const envp = envBlock.get(env);

  // Marshal: header, scratch, arrays, strings. Strings take at most 3 bytes per UTF-16 unit.
  let strBytes = q.argv0.length + dir.length + chroot.length + 3;
  for (const s of args) strBytes += s.length + 1;
  strBytes *= 3;
  const total = HEADER_BYTES + PROCPATH_BYTES + files.length * 4 + groups.length * 4 + ambient.length * 8 +
    (args.length + 1) * 8 + ((uidmap?.length ?? 0) + (gidmap?.length ?? 0)) * 3 + 64 + strBytes;
  const A = arena;
  A.reset(total);
  A.ensureStack();

  let flags = F.CLOSEFDS;
  if (q.setsid) flags |= F.SETSID;
  if (q.setpgid) flags |= F.SETPGID;
  if (q.setctty) flags |= F.SETCTTY;
  if (q.noctty) flags |= F.NOCTTY;
  if (q.foreground) flags |= F.FOREGROUND;
  if (q.ptrace) flags |= F.PTRACE;
  if (cred !== null) flags |= F.CRED;
  if (cred?.noSetGroups) flags |= F.NOSETGROUPS;
  if (q.useCgroup) flags |= F.CGROUP;
  if (q.pidfdOut !== null) flags |= F.PIDFD;
  if (q.gidSetgroups) flags |= F.GID_SETGROUPS;
  if (uidmap !== null) flags |= F.UIDMAP;
  if (gidmap !== null) flags |= F.GIDMAP;
  const rl = childRlimitNofile;
  if (rl !== null) flags |= F.RLIMIT;

  A.word(R.PROCPATH, A.base + A.alloc(PROCPATH_BYTES));
  const filesAt = A.alloc(files.length * 4);
  for (let i = 0; i < files.length; i++) {
    const f = files[i]!;
    // An fd no process can have (below -1, or past the kernel's 2^30 ceiling
    // on fds) would wrap onto a real fd or overflow the child's fd
    // arithmetic: -2 makes dup3 fail with EBADF, as the kernel would.
    A.i32[filesAt / 4 + i] = f >= -1 && f < 0x40000000 ? f : -2;
  }
  A.word(R.FILES, A.base + filesAt);
  A.word(R.NFILES, files.length);
  if (groups.length > 0) {
    const g = A.alloc(groups.length * 4);
    for (let i = 0; i < groups.length; i++) A.u32[g / 4 + i] = groups[i]!;
    A.word(R.GROUPS, A.base + g);
  }
  A.word(R.NGROUPS, groups.length);
  if (ambient.length > 0) {
    const c = A.alloc(ambient.length * 8);
    for (let i = 0; i < ambient.length; i++) A.word(c / 8 + i, ambient[i]!);
    A.word(R.AMBIENT, A.base + c);
  }
  A.word(R.NAMBIENT, ambient.length);
  A.word(R.ARGV, A.strArray(args));
  A.word(R.ENVP, envp);
  A.word(R.PATH, A.str(q.argv0));
  if (dir !== "") A.word(R.DIR, A.str(dir));
  if (chroot !== "") A.word(R.CHROOT, A.str(chroot));
  if (uidmap !== null) {
    const o = A.off;
    A.word(R.UIDMAP, A.str(uidmap));
    A.word(R.UIDMAP_LEN, A.off - o - 1);
  }
  if (gidmap !== null) {
    const o = A.off;
    A.word(R.GIDMAP, A.str(gidmap));
    A.word(R.GIDMAP_LEN, A.off - o - 1);
  }
  A.word(R.FLAGS, flags);
  A.word(R.PGID, q.pgid);
  A.word(R.CTTY, q.ctty);
  A.word(R.PDEATHSIG, q.pdeathsig);
  A.word(R.CLONEFLAGS, q.cloneflags);
  A.word(R.UNSHAREFLAGS, q.unshareflags);
  if (cred !== null) {
    A.word(R.UID, cred.uid);
    A.word(R.GID, cred.gid);
  }
  A.word(R.CGROUPFD, q.cgroupFd);
  if (rl !== null) {
    A.wordBig(R.RLIM_CUR, rl.Cur);
    A.wordBig(R.RLIM_MAX, rl.Max);
  }
  A.word(R.STACK, A.stackBase);
  A.word(R.STACK_SIZE, STACK_BYTES - 64);

  const N = native ?? loadOrFail();
  if (N === null) return [0, 0, getFailure()!.Err];
  ForkLock.Lock();
  let e: number;
  try {
    e = N.forkexec(A.base as Pointer);
  } finally {
    ForkLock.Unlock();
  }
  if (e !== 0) return fail(Errno.of(e), STEPS[A.read32(R.STEP)] ?? `step ${A.read32(R.STEP)}`);
  setFailure(null);
  const pid = A.read32(R.PID);
  if (q.pidfdOut !== null) {
    const pidfd = A.read32(R.PIDFD);
    try {
      q.pidfdOut.value = pidfd;
    } catch {
      // Checked writable above; an object that lied (a Proxy) loses the
      // pidfd, never the pid: nothing throws once the child exists.
      C.close(pidfd);
    }
  }
  return [pid, 0, null];
}

function fail(err: Errno | Error, step: string): [number, number, Errno | Error] {
  setFailure({ Step: step, Err: err });
  return [0, 0, err];
}

/** The native half, or null with the failure (ENOSYS, step "compile", its cause) recorded. */
function loadOrFail(): Native | null {
  try {
    return loadNative();
  } catch (e) {
    if (!(e instanceof NativeUnavailable)) throw e;
    unavailableErr(e);
    return null;
  }
}
preparers.push(() => void loadNative());

// ------------------------------------------------------------ Exec

/**
 * Go's `Exec(argv0, argv, envv) error`: replaces the Bun process with
 * argv0 (execve(2)). It returns only on failure, with the Errno, and the
 * process is as it was.
 *
 * The new program starts with an empty signal mask; caught signals go to
 * SIG_DFL as execve always does, and ignored ones as a Go program's Exec
 * leaves them: only SIGHUP, SIGINT, SIGCONT, SIGTSTP, SIGTTIN, SIGTTOU, 32
 * and 34 stay ignored (so Bun's own SIGPIPE and SIGXFSZ go to SIG_DFL). A
 * failed Exec puts every disposition back. No
 * JavaScript runs after a successful Exec: exit handlers do not run, and
 * output still queued in process.stdout is lost. Fds without FD_CLOEXEC are
 * inherited, as in Go. Unlike ForkExec it does not take ForkLock, as Go's
 * does not. The NOFILE soft limit chosen with {@link SetChildRlimitNofile}
 * applies to the new program too (capped at the hard limit, which Exec
 * leaves alone), as Go's Exec restores the original limit.
 */
export function Exec(argv0: string, argv: string[] | null, envv: string[] | null): Errno | null {
  if (typeof argv0 !== "string") throw new TypeError(`argv0 must be a string, got ${describe(argv0)}`);
  const args = arrayArg("argv", argv, LIMITS.ARG_BYTES / 8, strElem);
  const env = arrayArg("envv", envv, LIMITS.ARG_BYTES / 8, strElem);
  const refuse = (err: Errno) => {
    setFailure({ Step: "validate", Err: err });
    return err;
  };
  if (args === null || env === null) return refuse(E2BIG);
  let bytes = argv0.length + 1;
  for (const s of args) bytes += s.length + 1;
  for (const s of env) bytes += s.length + 1;
  if (bytes + (args.length + env.length + 2) * 8 > LIMITS.ARG_BYTES) return refuse(E2BIG);
  if (hasNul(argv0) || args.some(hasNul) || env.some(hasNul)) return refuse(EINVAL);
  const A = arena;
  A.reset(HEADER_BYTES + bytes * 3 + (args.length + env.length + 2) * 8 + 64);
  const argvP = A.strArray(args);
  const envP = A.strArray(env);
  const pathP = A.str(argv0);
  const N = native ?? loadOrFail();
  if (N === null) return getFailure()!.Err as Errno;
  // As Go's Exec gives the new program the NOFILE limit the process started
  // with, this gives it the soft limit SetChildRlimitNofile chose (in C,
  // with signals blocked; the hard limit stays, so a failed execve can put
  // the soft limit back).
  const rl = childRlimitNofile;
  const e = N.exec(pathP as Pointer, argvP as Pointer, envP as Pointer, rl === null ? -1 : rl.Cur > 0x7fffffffffffffffn ? 0x7fffffffffffffffn : rl.Cur);
  const err = Errno.of(e);
  setFailure({ Step: "execve", Err: err });
  return err;
}
