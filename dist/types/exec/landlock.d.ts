/**
 * Landlock (landlock(7)) rulesets for {@link SysProcAttr.UseLandlock}: make
 * one in the parent with LandlockCreateRuleset and LandlockAddRule, and
 * ForkExec's child calls landlock_restrict_self on it before execve (Go's
 * proposal 68595). Also re-exports the types of ForkExec's sandbox fields.
 * @module
 */
import { Errno } from "../errno.js";
export type { SysProcMount, SysProcRlimit, SysProcSetns, SeccompInsn, SysProcAttr } from "./forkexec.js";
/** landlock_create_ruleset flag: return the highest ABI version the kernel supports (attr null, size 0). */
export declare const LANDLOCK_CREATE_RULESET_VERSION = 1;
/** landlock_create_ruleset flag: return the errata bitmask (Linux 6.15). */
export declare const LANDLOCK_CREATE_RULESET_ERRATA = 2;
/** landlock_add_rule rule type: a LandlockPathBeneathAttr. */
export declare const LANDLOCK_RULE_PATH_BENEATH = 1;
/** landlock_add_rule rule type: a LandlockNetPortAttr (ABI 4). */
export declare const LANDLOCK_RULE_NET_PORT = 2;
/** Execute a file. */
export declare const LANDLOCK_ACCESS_FS_EXECUTE: number;
/** Open a file for writing. */
export declare const LANDLOCK_ACCESS_FS_WRITE_FILE: number;
/** Open a file for reading. */
export declare const LANDLOCK_ACCESS_FS_READ_FILE: number;
/** Open a directory or list its content. */
export declare const LANDLOCK_ACCESS_FS_READ_DIR: number;
/** Remove an empty directory or rename one. */
export declare const LANDLOCK_ACCESS_FS_REMOVE_DIR: number;
/** Unlink or rename a file. */
export declare const LANDLOCK_ACCESS_FS_REMOVE_FILE: number;
/** Create a character device. */
export declare const LANDLOCK_ACCESS_FS_MAKE_CHAR: number;
/** Create a directory. */
export declare const LANDLOCK_ACCESS_FS_MAKE_DIR: number;
/** Create a regular file. */
export declare const LANDLOCK_ACCESS_FS_MAKE_REG: number;
/** Create a UNIX socket. */
export declare const LANDLOCK_ACCESS_FS_MAKE_SOCK: number;
/** Create a named pipe. */
export declare const LANDLOCK_ACCESS_FS_MAKE_FIFO: number;
/** Create a block device. */
export declare const LANDLOCK_ACCESS_FS_MAKE_BLOCK: number;
/** Create a symbolic link. */
export declare const LANDLOCK_ACCESS_FS_MAKE_SYM: number;
/** Link or rename a file from or to another directory (ABI 2). */
export declare const LANDLOCK_ACCESS_FS_REFER: number;
/** Truncate a file (ABI 3). */
export declare const LANDLOCK_ACCESS_FS_TRUNCATE: number;
/** ioctl(2) on a device file (ABI 5). */
export declare const LANDLOCK_ACCESS_FS_IOCTL_DEV: number;
/** Bind a TCP socket to a port (ABI 4). */
export declare const LANDLOCK_ACCESS_NET_BIND_TCP: number;
/** Connect a TCP socket to a port (ABI 4). */
export declare const LANDLOCK_ACCESS_NET_CONNECT_TCP: number;
/** Scope: no connecting to abstract UNIX sockets outside the domain (ABI 6). */
export declare const LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET: number;
/** Scope: no signals to processes outside the domain (ABI 6). */
export declare const LANDLOCK_SCOPE_SIGNAL: number;
/** `struct landlock_ruleset_attr`: what the ruleset handles (denies unless a rule allows it). */
export declare class LandlockRulesetAttr {
    /** LANDLOCK_ACCESS_FS_* bits. */
    HandledAccessFs: number;
    /** LANDLOCK_ACCESS_NET_* bits (ABI 4). */
    HandledAccessNet: number;
    /** LANDLOCK_SCOPE_* bits (ABI 6). */
    Scoped: number;
    /** An attr with the fields init gives; the rest are 0. */
    constructor(init?: Partial<LandlockRulesetAttr>);
}
/** `struct landlock_path_beneath_attr`: allow AllowedAccess beneath the directory (or on the file) ParentFd refers to (an O_PATH fd is enough). */
export declare class LandlockPathBeneathAttr {
    /** LANDLOCK_ACCESS_FS_* bits. */
    AllowedAccess: number;
    /** An open fd of the directory or file. */
    ParentFd: number;
    /** An attr with the fields init gives. */
    constructor(init?: Partial<LandlockPathBeneathAttr>);
}
/** `struct landlock_net_port_attr`: allow AllowedAccess for TCP port Port (ABI 4). */
export declare class LandlockNetPortAttr {
    /** LANDLOCK_ACCESS_NET_* bits. */
    AllowedAccess: number;
    /** The port. */
    Port: number;
    /** An attr with the fields init gives. */
    constructor(init?: Partial<LandlockNetPortAttr>);
}
/**
 * landlock_create_ruleset(2): a new ruleset fd (close-on-exec) handling
 * attr's accesses; with attr null and flags LANDLOCK_CREATE_RULESET_VERSION,
 * the kernel's Landlock ABI version instead (ENOSYS: no Landlock syscalls;
 * EOPNOTSUPP: Landlock is built but not enabled).
 */
export declare function LandlockCreateRuleset(attr: LandlockRulesetAttr | null, flags: number): [fd: number, err: Errno | null];
/** landlock_add_rule(2): adds a rule (LANDLOCK_RULE_PATH_BENEATH with a LandlockPathBeneathAttr, or LANDLOCK_RULE_NET_PORT with a LandlockNetPortAttr) to the ruleset rulesetFd. */
export declare function LandlockAddRule(rulesetFd: number, ruleType: number, attr: LandlockPathBeneathAttr | LandlockNetPortAttr, flags: number): Errno | null;
