/**
 * Landlock (landlock(7)) rulesets for {@link SysProcAttr.UseLandlock}: make
 * one in the parent with LandlockCreateRuleset and LandlockAddRule, and
 * ForkExec's child calls landlock_restrict_self on it before execve (Go's
 * proposal 68595). Also re-exports the types of ForkExec's sandbox fields.
 * @module
 */
import { Errno } from "../errno.ts";
import { C, dataViewOf, describe, errno, fdArg, ffi, intArg } from "../libc.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, BigUint64Array } = globalThis;


export type { SysProcMount, SysProcRlimit, SysProcSetns, SeccompInsn, SysProcAttr } from "./forkexec.ts";

/** Numbered alike on every architecture (Linux 5.13). */
const SYS_landlock_create_ruleset = 444;
const SYS_landlock_add_rule = 445;

/** landlock_create_ruleset flag: return the highest ABI version the kernel supports (attr null, size 0). */
export const LANDLOCK_CREATE_RULESET_VERSION = 1;
/** landlock_create_ruleset flag: return the errata bitmask (Linux 6.15). */
export const LANDLOCK_CREATE_RULESET_ERRATA = 2;
/** landlock_add_rule rule type: a LandlockPathBeneathAttr. */
export const LANDLOCK_RULE_PATH_BENEATH = 1;
/** landlock_add_rule rule type: a LandlockNetPortAttr (ABI 4). */
export const LANDLOCK_RULE_NET_PORT = 2;
/** Execute a file. */
export const LANDLOCK_ACCESS_FS_EXECUTE = 1 << 0;
/** Open a file for writing. */
export const LANDLOCK_ACCESS_FS_WRITE_FILE = 1 << 1;
/** Open a file for reading. */
export const LANDLOCK_ACCESS_FS_READ_FILE = 1 << 2;
/** Open a directory or list its content. */
export const LANDLOCK_ACCESS_FS_READ_DIR = 1 << 3;
/** Remove an empty directory or rename one. */
export const LANDLOCK_ACCESS_FS_REMOVE_DIR = 1 << 4;
/** Unlink or rename a file. */
export const LANDLOCK_ACCESS_FS_REMOVE_FILE = 1 << 5;
/** Create a character device. */
export const LANDLOCK_ACCESS_FS_MAKE_CHAR = 1 << 6;
/** Create a directory. */
export const LANDLOCK_ACCESS_FS_MAKE_DIR = 1 << 7;
/** Create a regular file. */
export const LANDLOCK_ACCESS_FS_MAKE_REG = 1 << 8;
/** Create a UNIX socket. */
export const LANDLOCK_ACCESS_FS_MAKE_SOCK = 1 << 9;
/** Create a named pipe. */
export const LANDLOCK_ACCESS_FS_MAKE_FIFO = 1 << 10;
/** Create a block device. */
export const LANDLOCK_ACCESS_FS_MAKE_BLOCK = 1 << 11;
/** Create a symbolic link. */
export const LANDLOCK_ACCESS_FS_MAKE_SYM = 1 << 12;
/** Link or rename a file from or to another directory (ABI 2). */
export const LANDLOCK_ACCESS_FS_REFER = 1 << 13;
/** Truncate a file (ABI 3). */
export const LANDLOCK_ACCESS_FS_TRUNCATE = 1 << 14;
/** ioctl(2) on a device file (ABI 5). */
export const LANDLOCK_ACCESS_FS_IOCTL_DEV = 1 << 15;
/** Bind a TCP socket to a port (ABI 4). */
export const LANDLOCK_ACCESS_NET_BIND_TCP = 1 << 0;
/** Connect a TCP socket to a port (ABI 4). */
export const LANDLOCK_ACCESS_NET_CONNECT_TCP = 1 << 1;
/** Scope: no connecting to abstract UNIX sockets outside the domain (ABI 6). */
export const LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET = 1 << 0;
/** Scope: no signals to processes outside the domain (ABI 6). */
export const LANDLOCK_SCOPE_SIGNAL = 1 << 1;

/** `struct landlock_ruleset_attr`: what the ruleset handles (denies unless a rule allows it). */
export class LandlockRulesetAttr {
  /** LANDLOCK_ACCESS_FS_* bits. */
  HandledAccessFs = 0;
  /** LANDLOCK_ACCESS_NET_* bits (ABI 4). */
  HandledAccessNet = 0;
  /** LANDLOCK_SCOPE_* bits (ABI 6). */
  Scoped = 0;
  /** An attr with the fields init gives; the rest are 0. */
  constructor(init?: Partial<LandlockRulesetAttr>) {
    Object.assign(this, init);
  }
}

/** `struct landlock_path_beneath_attr`: allow AllowedAccess beneath the directory (or on the file) ParentFd refers to (an O_PATH fd is enough). */
export class LandlockPathBeneathAttr {
  /** LANDLOCK_ACCESS_FS_* bits. */
  AllowedAccess = 0;
  /** An open fd of the directory or file. */
  ParentFd = -1;
  /** An attr with the fields init gives. */
  constructor(init?: Partial<LandlockPathBeneathAttr>) {
    Object.assign(this, init);
  }
}

/** `struct landlock_net_port_attr`: allow AllowedAccess for TCP port Port (ABI 4). */
export class LandlockNetPortAttr {
  /** LANDLOCK_ACCESS_NET_* bits. */
  AllowedAccess = 0;
  /** The port. */
  Port = 0;
  /** An attr with the fields init gives. */
  constructor(init?: Partial<LandlockNetPortAttr>) {
    Object.assign(this, init);
  }
}

function u64(name: string, v: unknown): bigint {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0) throw new TypeError(`${name} must be a non-negative integer, got ${describe(v)}`);
  return BigInt(v);
}
/** A syscall result: the value, or -1 with the Errno. */
function result(r: number): [number, Errno | null] {
  return r === -1 ? [-1, Errno.of(errno())] : [r, null];
}

/**
 * landlock_create_ruleset(2): a new ruleset fd (close-on-exec) handling
 * attr's accesses; with attr null and flags LANDLOCK_CREATE_RULESET_VERSION,
 * the kernel's Landlock ABI version instead (ENOSYS: no Landlock syscalls;
 * EOPNOTSUPP: Landlock is built but not enabled).
 */
export function LandlockCreateRuleset(attr: LandlockRulesetAttr | null, flags: number): [fd: number, err: Errno | null] {
  const f = intArg("flags", flags);
  if (attr === null) return result(Number(C.syscall(SYS_landlock_create_ruleset, 0, 0, f, 0, 0, 0)));
  if (typeof attr !== "object") throw new TypeError(`attr must be a LandlockRulesetAttr, got ${describe(attr)}`);
  const buf = new BigUint64Array([u64("attr.HandledAccessFs", attr.HandledAccessFs), u64("attr.HandledAccessNet", attr.HandledAccessNet ?? 0), u64("attr.Scoped", attr.Scoped ?? 0)]);
  // A kernel older than a field takes the longer struct when the fields it lacks are 0.
  return result(Number(C.syscall(SYS_landlock_create_ruleset, ffi().ptr(buf), 24, f, 0, 0, 0)));
}

/** landlock_add_rule(2): adds a rule (LANDLOCK_RULE_PATH_BENEATH with a LandlockPathBeneathAttr, or LANDLOCK_RULE_NET_PORT with a LandlockNetPortAttr) to the ruleset rulesetFd. */
export function LandlockAddRule(rulesetFd: number, ruleType: number, attr: LandlockPathBeneathAttr | LandlockNetPortAttr, flags: number): Errno | null {
  // An fd outside int32 is EBADF (never wrapped onto another fd); ruleType and flags, the kernel's 32 bits or RangeError.
  const fd = fdArg(rulesetFd), type = intArg("ruleType", ruleType), f = intArg("flags", flags);
  if (typeof attr !== "object" || attr === null) throw new TypeError(`attr must be a Landlock rule attr, got ${describe(attr)}`);
  const buf = new Uint8Array(16);
  const dv = dataViewOf(buf); // not buf.buffer, a getter the caller can shadow (the kernel would read zeros)
  dv.setBigUint64(0, u64("attr.AllowedAccess", attr.AllowedAccess), true);
  // struct landlock_path_beneath_attr is packed: { u64 allowed_access; s32 parent_fd } (12 bytes).
  // The layout is ruleType's, not the attr's shape: a LandlockNetPortAttr
  // given for a path rule had its Port read by the kernel as parent_fd (Port
  // 1 allowed the file on fd 1), and a path attr for a port rule its fd as
  // the port. An attr without the field its rule type needs is a TypeError.
  const path = type === LANDLOCK_RULE_PATH_BENEATH || (type !== LANDLOCK_RULE_NET_PORT && "ParentFd" in attr);
  if (path) {
    const fdV: unknown = (attr as LandlockPathBeneathAttr).ParentFd;
    if (typeof fdV !== "number") throw new TypeError(`attr.ParentFd must be an fd for LANDLOCK_RULE_PATH_BENEATH, got ${describe(fdV)}`);
    dv.setInt32(8, fdArg(fdV), true);
  } else dv.setBigUint64(8, u64("attr.Port", (attr as LandlockNetPortAttr).Port), true);
  return result(Number(C.syscall(SYS_landlock_add_rule, fd, type, ffi().ptr(buf), f, 0, 0)))[1];
}
