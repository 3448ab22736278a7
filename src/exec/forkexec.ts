/**
 * ForkExec, StartProcess and Exec: Go's process creation for Linux, with the
 * whole SysProcAttr. The work between clone and execve is C (child.c),
 * compiled by bun:ffi's cc on the first call; this module validates and
 * marshals the request into one flat block and reads the result back.
 * @module
 */
import type { Pointer } from "bun:ffi";
import { Errno } from "../errno.ts";
import { EINVAL, E2BIG, EBADF, ENAMETOOLONG, MS_BIND, MS_REMOUNT, PR_CAPBSET_READ, SYS_FSTATFS, SYS_IOCTL } from "../zconsts_linux.ts";
import { Prctl } from "../sys/unix.ts";
import { Signal } from "../signal.ts";
import { Rlimit } from "../types.ts";
import { arrayArg, bufferOf, byteLengthOf, C, describe, elemCheck, ffi, fillOf, intArg, invoke, isA, notCString, outArg, strElem, subview, utf8, utf8Into } from "../libc.ts";
import {
  CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND, CLONE_VFORK, CLONE_PARENT, CLONE_THREAD, CLONE_SYSVSEM,
  CLONE_SETTLS, CLONE_PARENT_SETTID, CLONE_CHILD_SETTID, CLONE_CHILD_CLEARTID, CLONE_PIDFD, CLONE_INTO_CGROUP,
  CLONE_NEWNS, CLONE_NEWUTS,
} from "../clone.ts";
import { rlimitHooks, RLIM_INFINITY, Getpagesize } from "../process.ts";
import { ForkLock } from "./forklock.ts";
import { compile, getFailure, NativeUnavailable, preparers, setFailure, unavailableErr, type ForkExecFailure } from "../native.ts";
import childText from "./child.c" with { type: "text" };

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint32Array, Int32Array, BigInt64Array, BigUint64Array } = globalThis;


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
 * One op of a mount program ({@link SysProcAttr.Mounts}), run in the
 * child's own mount namespace. `Op` is:
 * - `"mount"` (the default): mount(2) of Source on Target with Fstype,
 *   Flags (MS_*) and Data, as given: a bind (`MS_BIND`, `MS_BIND|MS_REC`),
 *   `proc`, `tmpfs` with Data `"mode=0755,size=..."`, `devpts`, `mqueue`,
 *   `sysfs`, or a propagation change (no Source, Flags `MS_PRIVATE`,
 *   `MS_SLAVE` or `MS_SHARED`, with `MS_REC`); `MS_REMOUNT` without
 *   `MS_BIND` is refused (EINVAL): it would change the filesystem's own
 *   options (its superblock), which every namespace sees, Bun's too;
 * - `"remount"`: Target, a bind, remounted with `MS_REMOUNT|MS_BIND|Flags`
 *   plus the flags it has (statfs), as bwrap does (`Flags: MS_RDONLY` makes
 *   a read-only bind; a user namespace's locked nosuid/nodev stay). With
 *   `MS_REC` in Flags, every mount below Target as well, each keeping its
 *   own flags, as bwrap's binds do: mount_setattr(2) with AT_RECURSIVE, or,
 *   on a kernel before 5.12, each mount point below Target that
 *   /proc/self/mountinfo lists (read through the /proc the child starts
 *   with; a submount that answers EACCES, which the program cannot reach,
 *   is skipped as bwrap skips it);
 * - `"mkdir"`: Target and its missing parents, as directories;
 * - `"file"`: an empty file at Target (parents made), unless one exists;
 * - `"symlink"`: a symlink at Target whose content is Source (required:
 *   without it, EINVAL before any child);
 * - `"pivot"`: pivot_root(Target, Source) (Source: where the old root
 *   goes, under Target), then chdir("/"): bwrap's first pivot into a tmpfs
 *   base, from which the host stays reachable (at Source) as a bind source
 *   while the new root is built; {@link SysProcAttr.PivotRoot} ends it.
 *
 * Mounts stay in the child's namespace, but "mkdir", "file", "symlink" and
 * Create act on whatever filesystem holds the path: the host's, unless a
 * tmpfs was mounted there first (as bwrap's base on /tmp is).
 */
export interface SysProcMount {
  /** What to do; absent: "mount". */
  Op?: "mount" | "remount" | "mkdir" | "file" | "symlink" | "pivot";
  /** mount(2)'s source, or a symlink's content; absent: NULL. */
  Source?: string;
  /** The path acted on: absolute, in the child's view (before PivotRoot). */
  Target: string;
  /** mount(2)'s filesystem type; absent: NULL. */
  Fstype?: string;
  /** MS_* flags. */
  Flags?: number;
  /** mount(2)'s data: the filesystem's options; absent: NULL. */
  Data?: string;
  /** For "mount": make Target first, a directory ("dir", with parents) or an empty file ("file", for binding a file or device node). */
  Create?: "dir" | "file";
  /** As bwrap's `--*-try`: skip this op (for "mount" and "remount") when its source or target does not exist (ENOENT). */
  Try?: boolean;
  /** The mode of what "mkdir", "file" or Create makes (less the umask the child inherited): default 0o755 (a directory) or 0o644 (a file). */
  Mode?: number;
}

/** A resource limit the child gets (prlimit64(2)): Resource is an RLIMIT_* number, Cur and Max as Rlimit's. */
export interface SysProcRlimit {
  /** RLIMIT_NOFILE, RLIMIT_NPROC, ... */
  Resource: number;
  /** The soft limit (RLIM_INFINITY: none). */
  Cur: bigint | number;
  /** The hard limit. */
  Max: bigint | number;
}

/** A namespace the child joins (setns(2)): Fd refers to it (/proc/PID/ns/..., or a pidfd), Nstype is a CLONE_NEW* flag or 0 (any). */
export interface SysProcSetns {
  /** An fd of the parent. */
  Fd: number;
  /** CLONE_NEWUSER, CLONE_NEWNS, CLONE_NEWNET, ..., or 0: the namespace's own type, which ForkExec reads from the fd (NS_GET_NSTYPE). */
  Nstype?: number;
}

/** One classic BPF instruction, Go's `SockFilter` (`struct sock_filter`): this package's SockFilter fits. */
export interface SeccompInsn {
  /** The opcode (u16). */
  Code: number;
  /** Jump if true (u8). */
  Jt: number;
  /** Jump if false (u8). */
  Jf: number;
  /** The constant (u32). */
  K: number;
}

/**
 * The CLONE_NEW* type of a namespace fd (/proc/PID/ns/...), or 0 for any
 * other fd (a pidfd, or not a namespace: setns(2) then says what is wrong).
 * A Setns entry with Nstype 0 ("any") is joined as its own type: so a user
 * namespace is joined first, and a time namespace, which the kernel joins
 * only for a child alone in its memory, gets a child that is.
 * NS_GET_NSTYPE is asked only of an nsfs file (fstatfs), so that no other
 * driver ever sees the request.
 */
function nsTypeOf(fd: number): number {
  if (fd < 0) return 0;
  nsStatfs ??= new BigInt64Array(16); // struct statfs: 120 bytes on both ABIs
  if (Number(C.syscall(SYS_FSTATFS, fd, ffi().ptr(nsStatfs) as unknown as number, 0, 0, 0, 0)) !== 0 || nsStatfs[0] !== NSFS_MAGIC) return 0;
  const t = Number(C.syscall(SYS_IOCTL, fd, NS_GET_NSTYPE, 0, 0, 0, 0));
  return t > 0 ? t : 0;
}
let nsStatfs: BigInt64Array | null = null;
/** The Nstype of a Setns entry whose fd was no namespace when read: setns(2) refuses it whatever the fd is by then. */
const NOT_A_NAMESPACE = -1;
const NSFS_MAGIC = 0x6e736673n, NS_GET_NSTYPE = 0xb703;

/**
 * Go's Linux `syscall.SysProcAttr`, and, beyond Go, what a sandbox needs
 * (as bubblewrap builds one, in one ForkExec). Every field is optional; a
 * plain object literal works; an absent field costs the child one flag test.
 *
 * The child's steps, in order, with the reason for each place:
 * 1. keepcaps (for AmbientCaps and the chosen cap sets), then wait for the
 *    id maps of a new user namespace: every step below runs with them.
 * 2. Setns: user namespaces first (joining one gives the capabilities that
 *    joining its other namespaces needs), then the rest; before Unshareflags,
 *    so that new namespaces are made under the joined ones. A PID or time
 *    namespace joined holds the program's children, not the program.
 * 3. Setsid, Setpgid, Foreground (Go's order).
 * 4. Unshareflags (+ id maps, and Go's MS_REC|MS_PRIVATE on / for CLONE_NEWNS).
 * 5. Hostname, Domainname: the new UTS namespace exists now (a name without
 *    CLONE_NEWUTS in Cloneflags or Unshareflags is refused: EINVAL, as is
 *    one with CLONE_NEWUTS in Cloneflags only and a Setns that joins a UTS
 *    namespace, which the name would then change).
 * 6. Mounts: every mount made a slave of the host's (MS_REC|MS_SLAVE on /,
 *    as bwrap), then the ops in order; after the namespaces and id maps that
 *    allow them, before PivotRoot and Chroot, which they prepare. Without
 *    CLONE_NEWNS they are refused (EINVAL, step "mount"), and so are they
 *    with CLONE_NEWNS in Cloneflags only and a Setns that joins a mount
 *    namespace (Unshareflags' CLONE_NEWNS, after the Setns, makes a fresh
 *    one): nothing is ever mounted outside a namespace the child made.
 * 7. PivotRoot: pivot_root into it, the old root detached, cwd "/".
 * 8. Chroot (Go's).
 * 9. BoundingCaps: while the child still has CAP_SETPCAP (a setuid away
 *    from root would take it).
 * 10. Credential (setgroups, setgid, setuid).
 * 11. EffectiveCaps, PermittedCaps, InheritableCaps (capset): after the
 *     credential change, before AmbientCaps, which needs its caps permitted
 *     and inheritable.
 * 12. AmbientCaps (Go's), Dir, Umask (after the mounts: it is the program's),
 *     Pdeathsig (after the credential change, which clears it).
 * 13. NoNewPrivs, then Landlock (which needs no_new_privs or CAP_SYS_ADMIN):
 *     after every mount (a Landlock domain cannot mount), before the fd
 *     shuffle, which may reuse the ruleset fd's number.
 * 14. Files, Noctty, Setctty (Go's), Rlimits (late, so that a low NOFILE or
 *     NPROC cannot fail a step above), Ptrace.
 * 15. SeccompFilter last, so it cannot refuse the setup's own syscalls;
 *     then execve.
 *
 * Each failure returns the kernel's Errno, and {@link LastForkExecFailure}
 * names the step.
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
  /**
   * Capabilities to raise in the ambient set (CAP_* numbers). One past the
   * running kernel's CAP_LAST_CAP is EINVAL (step "ambient"), as
   * prctl(PR_CAP_AMBIENT_RAISE) says, before any child is started.
   */
  AmbientCaps?: number[];
  /** Start the child in the cgroup CgroupFD refers to (clone3 with CLONE_INTO_CGROUP, Linux 5.7). */
  UseCgroupFD?: boolean;
  /** An fd of a cgroup v2 directory, for UseCgroupFD. */
  CgroupFD?: number;
  /** If set, receives a pidfd of the child (CLONE_PIDFD, Linux 5.2) in `.value`; -1 on failure. Close it when done. */
  PidFD?: { value: number } | null;
  /** Go (proposal 68595): call prctl(PR_SET_NO_NEW_PRIVS) before exec: no setuid bit or file capability raises privileges past it. */
  NoNewPrivs?: boolean;
  /** Go (proposal 68595): landlock_restrict_self(LandlockFD, LandlockFlags) before exec. Combine with NoNewPrivs (or have CAP_SYS_ADMIN). */
  UseLandlock?: boolean;
  /** Go: the fd of a Landlock ruleset (see LandlockCreateRuleset), for UseLandlock. */
  LandlockFD?: number;
  /** Go: flags to landlock_restrict_self. */
  LandlockFlags?: number;
  /** Beyond Go: namespaces to join, by fd (setns(2)). */
  Setns?: SysProcSetns[] | null;
  /** Beyond Go: the hostname of the child's new UTS namespace (sethostname(2)). Needs CLONE_NEWUTS. */
  Hostname?: string | null;
  /** Beyond Go: the NIS domain name of the child's new UTS namespace (setdomainname(2)). Needs CLONE_NEWUTS. */
  Domainname?: string | null;
  /** Beyond Go: a mount program, run in the child's new mount namespace (needs CLONE_NEWNS). */
  Mounts?: SysProcMount[] | null;
  /** Beyond Go: pivot_root(2) into this directory (a mount point, absolute) after Mounts; the old root is detached and the child starts at "/". Needs CLONE_NEWNS. */
  PivotRoot?: string | null;
  /** Beyond Go: the bounding set becomes these capabilities (every other is dropped, PR_CAPBSET_DROP); [] drops all. One past the kernel's CAP_LAST_CAP is EINVAL (step "capbset"), before any child is started. */
  BoundingCaps?: number[] | null;
  /**
   * Beyond Go: the child's effective capability set (capset(2)) before
   * execve; absent: as the credential change left it. execve recomputes
   * the effective and permitted sets: a program run as root (without
   * SECBIT_NOROOT) gets the bounding set's whole again, and one run as
   * another uid gets its file caps and AmbientCaps. To keep a program's
   * caps down, drop them from BoundingCaps (and use a non-root
   * Credential); these two sets bind only the steps before execve.
   * A number past the running kernel's CAP_LAST_CAP is EINVAL (step
   * "capsets") in this set and the next two, before any child is started:
   * capset(2) would drop it without a word, where AmbientCaps gets EINVAL.
   */
  EffectiveCaps?: number[] | null;
  /** Beyond Go: the child's permitted capability set before execve (see EffectiveCaps: execve recomputes it). */
  PermittedCaps?: number[] | null;
  /** Beyond Go: the child's inheritable capability set. */
  InheritableCaps?: number[] | null;
  /** Beyond Go: resource limits the child gets (with SetChildRlimitNofile's, which one for RLIMIT_NOFILE here replaces). */
  Rlimits?: SysProcRlimit[] | null;
  /** Beyond Go: the child's umask; absent or null: the parent's. */
  Umask?: number | null;
  /**
   * Beyond Go: a seccomp filter (classic BPF, at most 4096 instructions:
   * more is EINVAL) installed (prctl PR_SET_SECCOMP) as the last step before
   * execve. Needs NoNewPrivs or CAP_SYS_ADMIN (else EACCES). Only
   * rt_sigprocmask and execve run under it; should it deny execve, the
   * start fails with that errno and step "execve", except where the child
   * reports through a pipe (a new user namespace with id maps) and the
   * filter also denies write(2): then the child exits with status 253.
   * Should it kill or trap them (SECCOMP_RET_KILL_*, SECCOMP_RET_TRAP), the
   * child dies of SIGSYS before execve: ForkExec returns its pid and Wait4
   * sees the signal (with Ptrace, a stop the caller, its tracer, sees), and
   * no core is dumped (the child's memory was Bun's, or a copy of it).
   * SECCOMP_RET_ERRNO with errno 0 for execve (it "succeeds" without
   * running anything) is EPERM, step execve.
   */
  SeccompFilter?: readonly SeccompInsn[] | null;
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
  RLIMITS: 24, NRLIMITS: 25, STACK: 26, STACK_SIZE: 27,
  /** "/proc/<pid>/" scratch, 64 bytes, for the parent's id-map writes */
  PROCPATH: 28,
  // outputs
  PID: 32, ERR: 33, STEP: 34, PIDFD: 35,
  // the C side's own scratch: map pipe, error pipe, parent pid, clone mode, whether the
  // kernel reset the handlers (CLONE_CLEAR_SIGHAND), ignored signals to reset (bit n-1: signal n)
  MAPPIPE_RD: 36, MAPPIPE_WR: 37, ERRPIPE_WR: 38, PPID: 39, MODE: 40, SIGCLEARED: 41, IGNRESET: 42,
  // inputs of the sandbox fields
  UMASK: 48, HOSTNAME: 49, HOSTNAME_LEN: 50, DOMAINNAME: 51, DOMAINNAME_LEN: 52, MOUNTS: 53, NMOUNTS: 54,
  PIVOT: 55, CAPBSET: 56, CAPEFF: 57, CAPPRM: 58, CAPINH: 59, CAPWHICH: 60, LANDLOCK_FD: 61, LANDLOCK_FLAGS: 62,
  /** a struct sock_fprog */
  SECCOMP: 63, SETNS: 64, NSETNS: 65,
  WORDS: 72,
} as const;
const F = {
  SETSID: 1 << 0, SETPGID: 1 << 1, SETCTTY: 1 << 2, NOCTTY: 1 << 3, FOREGROUND: 1 << 4, PTRACE: 1 << 5,
  CRED: 1 << 6, NOSETGROUPS: 1 << 7, CGROUP: 1 << 8, PIDFD: 1 << 9, GID_SETGROUPS: 1 << 10,
  UIDMAP: 1 << 11, GIDMAP: 1 << 12, RLIMIT: 1 << 13, CLOSEFDS: 1 << 14,
  UMASK: 1 << 15, HOSTNAME: 1 << 16, DOMAINNAME: 1 << 17, MOUNTS: 1 << 18, PIVOT: 1 << 19, CAPBSET: 1 << 20,
  CAPSETS: 1 << 21, NONEWPRIVS: 1 << 22, LANDLOCK: 1 << 23, SECCOMP: 1 << 24, SETNS: 1 << 25,
} as const;
/** A mount program op's kind (child.c: M_*) and what it makes first (MC_*); each op is MOP_WORDS words. */
const MOUNT_OPS = { mount: 0, remount: 1, mkdir: 2, file: 3, symlink: 4, pivot: 5 } as const;
const MOUNT_CREATE = { NONE: 0, DIR: 1, FILE: 2 } as const;
const MOP_WORDS = 6;
/** An op's first word: kind | create << 8 | mode << 16 | MOP_TRY. */
const MOP_TRY = 1 << 28;
/** child.c's step enum, by value. */
const STEPS = [
  "none", "pipe", "clone", "keepcaps", "idmap-wait", "setsid", "setpgid", "foreground", "unshare",
  "setgroups-file", "gid_map", "uid_map", "mount-private", "chroot", "setgroups", "setgid", "setuid",
  "capget", "capset", "ambient", "chdir", "pdeathsig", "dup", "fcntl", "noctty", "setctty", "rlimit",
  "close-fds", "ptrace", "execve", "idmap-write", "cloneflags",
  "setns", "sethostname", "setdomainname", "mount-slave", "mount-create", "mount", "remount", "symlink",
  "pivot_root", "umount-oldroot", "capbset", "capsets", "no_new_privs", "landlock", "seccomp",
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
  const lines = ["/* Generated by forkexec.ts from its R, F, STEPS, REFUSED_CLONEFLAGS and MOUNT_OPS. */"];
  for (const [k, v] of Object.entries(R)) lines.push(`#define R_${k} ${v}`);
  for (const [k, v] of Object.entries(F)) lines.push(`#define F_${k} (${v})`);
  lines.push(`enum { ${STEPS.map((n) => `S_${n.toUpperCase().replace(/-/g, "_")}`).join(", ")} };`);
  lines.push(`#define BAD_CLONEFLAGS 0x${REFUSED_CLONEFLAGS_MASK.toString(16)}UL`);
  for (const [k, v] of Object.entries(MOUNT_OPS)) lines.push(`#define M_${k.toUpperCase()} ${v}`);
  for (const [k, v] of Object.entries(MOUNT_CREATE)) lines.push(`#define MC_${k} ${v}`);
  lines.push(`#define MOP_WORDS ${MOP_WORDS}`, `#define MOP_TRY ${MOP_TRY}`);
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
  u64 = new BigUint64Array(0);
  base = 0;
  off = 0;
  private stack: Uint8Array | null = null;
  stackBase = 0;

  /** Byte offset of the Files array in the block. */
  filesAt = 0;
  /** The plain request (no Sys) the block holds, or null: any reset forgets it. */
  private plain: { argv0: string; args: string[]; dir: string; nfiles: number } | null = null;

  /** Remembers that the block now holds this plain request (with nfiles Files). */
  notePlain(argv0: string, args: string[], dir: string, nfiles: number): void {
    this.plain = { argv0, args, dir, nfiles };
  }

  /**
   * Whether the block holds a plain request with these strings (compared by
   * value) and as many Files: their values are written again on a hit.
   */
  samePlain(argv0: string, args: readonly string[], dir: string, nfiles: number): boolean {
    const p = this.plain;
    if (p === null || p.argv0 !== argv0 || p.dir !== dir || p.args.length !== args.length || p.nfiles !== nfiles) return false;
    for (let i = 0; i < args.length; i++) if (p.args[i] !== args[i]) return false;
    return true;
  }

  /** Writes Files at filesAt. */
  writeFiles(files: readonly number[]): void {
    const at = this.filesAt / 4;
    for (let i = 0; i < files.length; i++) {
      const f = files[i]!;
      // An fd no process can have (below -1, or past the kernel's 2^30 ceiling
      // on fds) would wrap onto a real fd or overflow the child's fd
      // arithmetic: -2 makes dup3 fail with EBADF, as the kernel would.
      this.i32[at + i] = f >= -1 && f < 0x40000000 ? f : -2;
    }
  }

  /**
   * Lets go of a block grown past ARENA_KEEP (argv near the kernel's 6 MiB,
   * tens of thousands of mounts): the next request starts a small one, so
   * that one huge spawn does not hold its memory for the life of the thread.
   */
  trim(): void {
    if (byteLengthOf(this.buf) <= ARENA_KEEP) return;
    this.plain = null;
    this.buf = new Uint8Array(0);
    this.u32 = new Uint32Array(0);
    this.i32 = new Int32Array(0);
    this.u64 = new BigUint64Array(0);
    this.base = 0;
  }

  reset(minBytes: number): void {
    this.plain = null;
    if (byteLengthOf(this.buf) < minBytes) {
      // Comparisons, not Math.max: a replaced one made a block smaller than
      // the request, and the native half wrote its outputs past its end.
      let size = byteLengthOf(this.buf) * 2;
      if (size < minBytes) size = minBytes;
      if (size < 16384) size = 16384;
      this.buf = new Uint8Array((size + 7) & ~7);
      // The engine's getter: a shadowed `buffer` getter would have the block written into another buffer.
      this.u32 = new Uint32Array(bufferOf(this.buf) as ArrayBuffer);
      this.i32 = new Int32Array(bufferOf(this.buf) as ArrayBuffer);
      this.u64 = new BigUint64Array(bufferOf(this.buf) as ArrayBuffer);
      this.base = ffi().ptr(this.buf);
    } else {
      // The engine's fill: with a replaced one, the last request's pointers (its Dir, Chroot, mounts) would stay in the header.
      fillOf(this.buf, 0, 0, HEADER_BYTES);
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

  /** Sets 64-bit word i to a bigint in [0, 2^64) (through a BigUint64Array view, not the global Number, which a caller may replace). */
  wordBig(i: number, v: bigint): void {
    this.u64[i] = v;
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
    const o = this.off, buf = this.buf, n = s.length;
    // Short ASCII (most paths and arguments) is copied as it is, with no
    // view to allocate; anything else goes through the encoder.
    let i = 0;
    if (n <= 256) for (; i < n; i++) {
      const c = s.charCodeAt(i);
      if (c >= 0x80) break;
      buf[o + i] = c;
    }
    const written = i === n ? n : utf8Into(s, subview(buf, o, byteLengthOf(buf)));
    buf[o + written] = 0;
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

/**
 * The engine's join, taken at load, and its encodeInto (libc.ts's utf8Into):
 * a replaced TextEncoder.prototype.encodeInto says what it wrote (the
 * cursor, and every pointer after it, then lies past the block, and the
 * child reads Bun's memory there), and a replaced Array.prototype.join
 * hands the child other strings than the ones checked.
 */
const arrayJoin = Array.prototype.join;
/** The largest request block kept for the next spawn (a plain one needs a few KiB). */
const ARENA_KEEP = 1 << 22;
const arena = new Arena();
/** The request block's size now (for tests: what a thread keeps between spawns). @internal */
export function arenaBytes(): number {
  return byteLengthOf(arena.buf);
}

/**
 * The last environment block, encoded once and kept at a stable address:
 * programs pass the same Env to many spawns, and re-encoding 1,000
 * variables would cost more than the kernel's copy of them. A hit needs
 * the same strings in the same order (compared by value, so a new array
 * with equal contents hits too).
 */
class EnvBlock {
  /** The strings of the block (checked: each a C string), or [] before the first build. */
  strings: string[] = [];
  /** Their bytes as execve counts them (each string and its NUL). */
  bytes = 0;
  private buf = new Uint8Array(0);
  private u32 = new Uint32Array(0);
  private base = 0;
  /** Address of the NULL-terminated envp array; 0 before the first build. */
  envp = 0;

  /**
   * Returns the envp address for env, strings readRequest has checked.
   * readRequest hands back the block's own array when the values are the
   * same (arrayArg's prev), so a hit is that array itself.
   */
  get(env: readonly string[]): number {
    return this.envp !== 0 && env === this.strings ? this.envp : this.build(env);
  }

  private build(env: readonly string[]): number {
    let chars = 0;
    // Index loops, here and wherever a request is sized or written: a
    // replaced Array.prototype[Symbol.iterator] or forEach would have the
    // block sized short (pointers past its end) or written with other values.
    for (let i = 0; i < env.length; i++) chars += env[i]!.length + 1;
    const ptrBytes = (env.length + 1) * 8;
    const need = ptrBytes + chars * 3 + 8;
    if (byteLengthOf(this.buf) < need) {
      // Comparisons, not Math.max (see Arena.reset): the pointers must fit.
      let size = byteLengthOf(this.buf) * 2;
      if (size < need) size = need;
      if (size < 4096) size = 4096;
      this.buf = new Uint8Array((size + 7) & ~7);
      this.u32 = new Uint32Array(bufferOf(this.buf) as ArrayBuffer);
      this.base = ffi().ptr(this.buf);
    }
    // One encode for all the strings, NUL-separated; then one pointer each.
    const written = utf8Into(invoke(arrayJoin, env, "\0") + "\0", subview(this.buf, ptrBytes, byteLengthOf(this.buf)));
    const ascii = written === chars || env.length === 0;
    let at = ptrBytes;
    for (let i = 0; i < env.length; i++) {
      putWord(this.u32, i, this.base + at);
      if (ascii) at += env[i]!.length + 1;
      else {
        // Past the next NUL, found here: a replaced indexOf could point anywhere.
        const end = byteLengthOf(this.buf);
        while (at < end && this.buf[at] !== 0) at++;
        at++;
      }
    }
    putWord(this.u32, env.length, 0);
    this.strings = env.slice();
    this.bytes = chars;
    this.envp = this.base;
    return this.envp;
  }

  /** The block's size in bytes. */
  size(): number {
    return byteLengthOf(this.buf);
  }

  /** As the request block's trim: a block grown past ARENA_KEEP (an Env of megabytes) is let go after its spawn, and the next request builds a small one. */
  trim(): void {
    if (byteLengthOf(this.buf) <= ARENA_KEEP) return;
    this.buf = new Uint8Array(0);
    this.u32 = new Uint32Array(0);
    this.base = 0;
    this.envp = 0;
    this.strings = [];
    this.bytes = 0;
  }
}
const envBlock = new EnvBlock();
/** The Env block's size now (for tests: what a thread keeps between spawns). @internal */
export function envBlockBytes(): number {
  return envBlock.size();
}

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
const optUint = (name: string, v: unknown, max: number) => (v === undefined || v === null ? 0 : intArg(name, v, 0, max));
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
const uint32Elem = elemCheck((x) => typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= U32, (x, name) => intArg(name, x, 0, U32));
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
    return `${intArg(`${n}.ContainerID`, o.ContainerID, 0, U32)} ${intArg(`${n}.HostID`, o.HostID, 0, U32)} ${intArg(`${n}.Size`, o.Size, 0, U32)}\n`;
  });
  return lines === null ? TOO_MANY : invoke(arrayJoin, lines, "");
}
const TOO_MANY = Symbol("too many");
/**
 * An index loop for Array's some (and notCString, by the engine's own
 * String methods): what ForkExec refuses (a NUL, a relative mount target, a
 * remount of a superblock) must not be decided by a method the caller replaced.
 */
function anyOf<T>(list: readonly T[], pred: (x: T) => boolean): boolean {
  for (let i = 0; i < list.length; i++) if (pred(list[i]!)) return true;
  return false;
}

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
export const REFUSED_CLONEFLAGS_MASK: number = orOf(REFUSED_CLONEFLAGS);
/** The bits of a table's rows, or'd (a loop, not reduce: a builtin's first call costs tens of microseconds at import). */
function orOf(rows: readonly (readonly [number, string])[]): number {
  let m = 0;
  for (let i = 0; i < rows.length; i++) m |= rows[i]![0];
  return m >>> 0;
}

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
  sb: Sandbox | null;
  /** Set when attr had no Sys: every field past files is its default. */
  plain?: true;
}

/**
 * A request whose attr had no Sys: only the fields read, every other one
 * NO_SYS's default. The spawn of a repeated one (start's first branch)
 * reads nothing more, so nothing more is made for it.
 */
interface PlainRequest {
  plain: true; argv0: string; args: string[]; env: string[]; dir: string; files: number[];
}

/** The sandbox fields of a request, read into plain values (null in Request when all are absent). */
interface Sandbox {
  /** The F_* bits of the fields present. */
  flags: number;
  umask: number; hostname: string; domainname: string; pivot: string;
  mounts: { word0: number; flags: number; source: string | null; target: string; fstype: string | null; data: string | null }[];
  capbset: bigint; caps: [bigint, bigint, bigint]; capWhich: number;
  landlockFd: number; landlockFlags: number;
  /** Each instruction as two u32: code | jt << 16 | jf << 24, and k. */
  seccomp: number[] | null;
  setns: [fd: number, nstype: number][];
  rlimits: [resource: number, cur: bigint, max: bigint][];
  /** An upper bound on the bytes these take in the request block. */
  bytes: number;
}

const BPF_MAXINSNS = 4096;
const isAbs = (p: string) => p[0] === "/";
/**
 * 1n << c for each capability number, made on the first capability list
 * (not at import, where 64 BigInts cost 0.1 ms), by shifts alone: no
 * global a caller may have replaced (BigInt, Array.from) is involved.
 */
let capBits: bigint[] | null = null;
function capBit(c: number): bigint {
  if (capBits === null) {
    const t: bigint[] = [];
    let b = 1n;
    for (let i = 0; i < 64; i++, b <<= 1n) t[i] = b;
    capBits = t;
  }
  return capBits[c]!;
}
/** The running kernel's CAP_LAST_CAP, once found (-1: not yet). */
let capLast = -1;
/** Whether the kernel has capability c: PR_CAPBSET_READ says EINVAL past CAP_LAST_CAP (any other failure, a seccomp filter's, says nothing: yes). */
const capValid = (c: number) => Prctl(PR_CAPBSET_READ, c, 0, 0, 0) !== EINVAL;
/** The running kernel's CAP_LAST_CAP (at most 63), found once by prctl, which needs no /proc (a chrooted Bun may have none). */
function lastCap(): number {
  if (capLast < 0) {
    let lo = 0, hi = 63;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (capValid(mid)) lo = mid;
      else hi = mid - 1;
    }
    capLast = lo;
  }
  return capLast;
}
/** Whether a capability list names one past the kernel's CAP_LAST_CAP (EINVAL). */
function capsPast(list: readonly number[]): boolean {
  const last = lastCap();
  for (let i = 0; i < list.length; i++) if (list[i]! > last) return true;
  return false;
}
/** A capability list as a 64-bit mask, or -1n when a number is past the kernel's CAP_LAST_CAP (EINVAL). */
function capMask(name: string, v: unknown): bigint {
  const list = arrayArg(name, v, LIMITS.CAPS, (x, n) => intArg(n, x, 0, Number.MAX_SAFE_INTEGER));
  if (list === null || capsPast(list)) return -1n;
  let m = 0n;
  // An index loop: a replaced Array iterator would choose the capabilities.
  for (let i = 0; i < list.length; i++) m |= capBit(list[i]!);
  return m;
}
function limitValue(name: string, v: unknown): bigint {
  if (typeof v === "number" && Number.isSafeInteger(v)) v = BigInt(v);
  if (typeof v !== "bigint") throw new TypeError(`${name} must be a bigint, got ${describe(v)}`);
  if (v < 0n || v > RLIM_INFINITY) throw new RangeError(`${name} out of range: ${v}`);
  return v;
}
let pageBytes = 0;
/** Whether mount(2) would cut data short: its bytes and NUL take more than the one page the kernel copies. */
function tooLongData(data: string): boolean {
  if (data.length * 3 + 1 <= 4096) return false;
  pageBytes ||= Getpagesize();
  // Every UTF-16 unit is at least one byte: a long string is too long without encoding it.
  if (data.length + 1 > pageBytes) return true;
  // The engine's encoder and byteLength getter (libc.ts), not Buffer.byteLength: a replaced one said 1, and the kernel cut the options at a page.
  return byteLengthOf(utf8(data)) + 1 > pageBytes;
}
/** Object.hasOwn as this module found it: a replaced one made any Op string a kind (every unknown one ran as "mount"). */
const hasOwn = Object.hasOwn;
const optNullStr = (name: string, v: unknown) => (v === undefined || v === null ? null : optStr(name, v));

/**
 * Reads the sandbox fields of sys: null when none is present (the common
 * path), else the values and the first refusal, if any, which readRequest
 * returns after Go's own (read everything first: a TypeError wins).
 */
function readSandbox(sys: SysProcAttr, cloneflags: number, unshareflags: number): { sb: Sandbox; refusal: [Errno, string] | null } | null {
  const umaskV = sys.Umask, hostV = sys.Hostname, domV = sys.Domainname, mountsV = sys.Mounts, pivotV = sys.PivotRoot;
  const bsetV = sys.BoundingCaps, effV = sys.EffectiveCaps, prmV = sys.PermittedCaps, inhV = sys.InheritableCaps;
  const nnpV = sys.NoNewPrivs, llV = sys.UseLandlock, llFdV = sys.LandlockFD, llFlagsV = sys.LandlockFlags;
  const seccompV = sys.SeccompFilter, setnsV = sys.Setns, rlimitsV = sys.Rlimits;
  if (umaskV == null && hostV == null && domV == null && mountsV == null && pivotV == null && bsetV == null && effV == null &&
      prmV == null && inhV == null && nnpV == null && llV == null && llFdV == null && llFlagsV == null && seccompV == null &&
      setnsV == null && rlimitsV == null) return null;
  let flags = 0, bytes = 64;
  let refusal: [Errno, string] | null = null;
  const refuse = (step: string, err: Errno = EINVAL) => void (refusal ??= [err, step]);
  const umask = umaskV == null ? 0 : intArg("Sys.Umask", umaskV, 0, 0o7777);
  if (umaskV != null) flags |= F.UMASK;
  const hostname = optNullStr("Sys.Hostname", hostV);
  const domainname = optNullStr("Sys.Domainname", domV);
  const pivot = optNullStr("Sys.PivotRoot", pivotV);
  const mountList = arrayArg("Sys.Mounts", mountsV, 1 << 16, (m, n) => {
    const o = optObj<SysProcMount>(n, m);
    if (o === null) throw new TypeError(`${n} must be a SysProcMount, got ${describe(m)}`);
    const opV = o.Op ?? "mount", createV = o.Create;
    if (typeof opV !== "string" || !hasOwn(MOUNT_OPS, opV)) throw new TypeError(`${n}.Op must be one of ${Object.keys(MOUNT_OPS).join(", ")}, got ${describe(opV)}`);
    if (createV != null && createV !== "dir" && createV !== "file") throw new TypeError(`${n}.Create must be "dir" or "file", got ${describe(createV)}`);
    const kind = MOUNT_OPS[opV as keyof typeof MOUNT_OPS];
    const create = createV === "dir" ? MOUNT_CREATE.DIR : createV === "file" ? MOUNT_CREATE.FILE : MOUNT_CREATE.NONE;
    const isDir = kind === MOUNT_OPS.mkdir || create === MOUNT_CREATE.DIR;
    const modeV = o.Mode;
    const mode = modeV == null ? (isDir ? 0o755 : 0o644) : intArg(`${n}.Mode`, modeV, 0, 0o7777);
    const target = optStr(`${n}.Target`, o.Target);
    const op = {
      word0: kind | (create << 8) | (mode << 16) | (optBool(`${n}.Try`, o.Try) ? MOP_TRY : 0), flags: optUint(`${n}.Flags`, o.Flags, U32),
      source: optNullStr(`${n}.Source`, o.Source), target,
      fstype: optNullStr(`${n}.Fstype`, o.Fstype), data: optNullStr(`${n}.Data`, o.Data),
    };
    // Summed one by one (a replaced Array iterator must not size the block short).
    if (op.source !== null) bytes += op.source.length * 3 + 8;
    bytes += op.target.length * 3 + 8;
    if (op.fstype !== null) bytes += op.fstype.length * 3 + 8;
    if (op.data !== null) bytes += op.data.length * 3 + 8;
    return op;
  });
  const mounts = mountList ?? [];
  if (hostname !== null) {
    flags |= F.HOSTNAME;
    bytes += hostname.length * 3 + 8;
  }
  if (domainname !== null) {
    flags |= F.DOMAINNAME;
    bytes += domainname.length * 3 + 8;
  }
  if (pivot !== null) {
    flags |= F.PIVOT;
    bytes += pivot.length * 3 + 8;
  }
  if (mounts.length > 0) flags |= F.MOUNTS;
  bytes += mounts.length * MOP_WORDS * 8;
  const capbset = bsetV == null ? 0n : capMask("Sys.BoundingCaps", bsetV);
  if (bsetV != null) flags |= F.CAPBSET;
  const sets = [effV == null ? 0n : capMask("Sys.EffectiveCaps", effV), prmV == null ? 0n : capMask("Sys.PermittedCaps", prmV), inhV == null ? 0n : capMask("Sys.InheritableCaps", inhV)];
  const capWhich = (effV != null ? 1 : 0) | (prmV != null ? 2 : 0) | (inhV != null ? 4 : 0);
  if (capWhich !== 0) flags |= F.CAPSETS;
  if (optBool("Sys.NoNewPrivs", nnpV)) flags |= F.NONEWPRIVS;
  if (optBool("Sys.UseLandlock", llV)) flags |= F.LANDLOCK;
  const landlockFd = cInt(optInt("Sys.LandlockFD", llFdV));
  const landlockFlags = optUint("Sys.LandlockFlags", llFlagsV, U32);
  let seccomp: number[] | null = null;
  const insns = arrayArg("Sys.SeccompFilter", seccompV, BPF_MAXINSNS, (x, n) => {
    const o = optObj<SeccompInsn>(n, x);
    if (o === null) throw new TypeError(`${n} must be a SockFilter, got ${describe(x)}`);
    const code = intArg(`${n}.Code`, o.Code, 0, 0xffff), jt = intArg(`${n}.Jt`, o.Jt, 0, 0xff);
    const jf = intArg(`${n}.Jf`, o.Jf, 0, 0xff), k = intArg(`${n}.K`, o.K, 0, U32);
    return [(code | (jt << 16) | (jf << 24)) >>> 0, k] as const;
  });
  if (seccompV != null) {
    flags |= F.SECCOMP;
    // An index loop, not flat(): a replaced Array.prototype.flat would choose the filter.
    seccomp = [];
    for (let i = 0; insns !== null && i < insns.length; i++) {
      seccomp[2 * i] = insns[i]![0];
      seccomp[2 * i + 1] = insns[i]![1];
    }
    bytes += seccomp.length * 4 + 16;
  }
  const setns = arrayArg("Sys.Setns", setnsV, 64, (x, n) => {
    const o = optObj<SysProcSetns>(n, x);
    if (o === null) throw new TypeError(`${n} must be a SysProcSetns, got ${describe(x)}`);
    const fd = cInt(optInt(`${n}.Fd`, o.Fd)), nstype = optUint(`${n}.Nstype`, o.Nstype, U32);
    // Nstype 0 is joined as the type the fd has now; an fd that is no
    // namespace now is given a type none has, so that setns(2) refuses it
    // (EINVAL) even if a getter of the caller's makes it one before the
    // child runs: only the type read here can be joined.
    return [fd, nstype === 0 ? nsTypeOf(fd) || NOT_A_NAMESPACE : nstype] as [number, number];
  });
  if (setns !== null && setns.length > 0) flags |= F.SETNS;
  bytes += (setns?.length ?? 0) * 16;
  const rlimits = arrayArg("Sys.Rlimits", rlimitsV, 64, (x, n) => {
    const o = optObj<SysProcRlimit>(n, x);
    if (o === null) throw new TypeError(`${n} must be a SysProcRlimit, got ${describe(x)}`);
    return [intArg(`${n}.Resource`, o.Resource, 0, U32), limitValue(`${n}.Cur`, o.Cur), limitValue(`${n}.Max`, o.Max)] as [number, bigint, bigint];
  });

  // Refusals: each what the kernel would say, with the step that would say it.
  if (setns === null) refuse("setns");
  // The namespaces the child's own: those Unshareflags makes (after every
  // Setns), and those Cloneflags makes unless a Setns then joins another of
  // that type (Bun's own, through /proc/self/ns or a pidfd of Bun). Mounts,
  // PivotRoot, Hostname and Domainname act only in a namespace the child made.
  let joined = 0;
  // An index loop: with a replaced Array iterator the old one saw no Setns,
  // and a mount program ran in the mount namespace joined: Bun's own.
  for (let i = 0; setns !== null && i < setns.length; i++) if (setns[i]![1] !== NOT_A_NAMESPACE) joined |= setns[i]![1];
  const lo = ((cloneflags & ~joined) | unshareflags) >>> 0;
  const strs: (string | null)[] = [hostname, domainname, pivot];
  for (let i = 0; i < mounts.length; i++) {
    const m = mounts[i]!;
    strs[3 + 4 * i] = m.source;
    strs[4 + 4 * i] = m.target;
    strs[5 + 4 * i] = m.fstype;
    strs[6 + 4 * i] = m.data;
  }
  if (anyOf(strs, (x) => x !== null && notCString(x))) refuse("validate");
  if ((hostname !== null || domainname !== null) && !(lo & CLONE_NEWUTS)) refuse(hostname !== null ? "sethostname" : "setdomainname");
  if (mountList === null || (mounts.length > 0 && !(lo & CLONE_NEWNS)) || anyOf(mounts, (m) => !isAbs(m.target))) refuse("mount");
  if (anyOf(mounts, (m) => (m.word0 & 0xff) === MOUNT_OPS.pivot && (m.source === null || !isAbs(m.source)))) refuse("pivot_root");
  // A symlink needs its content: without Source the kernel got a NULL pointer (EFAULT, after every op before it had run).
  if (anyOf(mounts, (m) => (m.word0 & 0xff) === MOUNT_OPS.symlink && m.source === null)) refuse("symlink");
  if (pivot !== null && (!(lo & CLONE_NEWNS) || !isAbs(pivot))) refuse("pivot_root");
  // What the kernel refuses by length alone, refused before anything is
  // encoded (a string of 2^29 characters would take seconds and a GiB).
  if ((hostname?.length ?? 0) > HOST_NAME_MAX) refuse("sethostname");
  if ((domainname?.length ?? 0) > HOST_NAME_MAX) refuse("setdomainname");
  if (anyOf(mounts, (m) => (m.target?.length ?? 0) >= PATH_MAX)) refuse("mount", ENAMETOOLONG);
  // Source and Fstype likewise (they were encoded, a GiB for 2^28 characters,
  // for the kernel to refuse): a symlink's content and a pivot's old root are
  // paths (ENAMETOOLONG); mount(2) copies a source or type of at most
  // PATH_MAX bytes (EINVAL past it), and an op that uses neither gets that too.
  const long = (x: string | null) => x !== null && x.length >= PATH_MAX;
  if (anyOf(mounts, (m) => (m.word0 & 0xff) === MOUNT_OPS.symlink && long(m.source))) refuse("symlink", ENAMETOOLONG);
  if (anyOf(mounts, (m) => (m.word0 & 0xff) === MOUNT_OPS.pivot && long(m.source))) refuse("pivot_root", ENAMETOOLONG);
  if (anyOf(mounts, (m) => long(m.source) || long(m.fstype))) refuse("mount");
  if ((pivot?.length ?? 0) >= PATH_MAX) refuse("pivot_root", ENAMETOOLONG);
  // mount(2) copies one page of Data and cuts it there without an error: a
  // longer option string would lose its last options (a tmpfs its mode=).
  if (anyOf(mounts, (m) => m.data !== null && tooLongData(m.data))) refuse("mount");
  // A remount without MS_BIND changes the superblock, shared with every
  // namespace that has the filesystem (MS_RDONLY on "/" would make the
  // host's root read-only): only a bind's own flags are the child's.
  if (anyOf(mounts, (m) => (m.word0 & 0xff) === MOUNT_OPS.mount && (m.flags & MS_REMOUNT) !== 0 && (m.flags & MS_BIND) === 0)) refuse("mount");
  if (capbset < 0n) refuse("capbset");
  if (anyOf(sets, (m) => m < 0n)) refuse("capsets");
  if (seccompV != null && insns === null) refuse("seccomp");
  if (rlimits === null) refuse("rlimit");
  const sb: Sandbox = {
    flags, umask, hostname: hostname ?? "", domainname: domainname ?? "", pivot: pivot ?? "", mounts,
    capbset, caps: [sets[0]!, sets[1]!, sets[2]!], capWhich, landlockFd, landlockFlags, seccomp,
    setns: setns ?? [], rlimits: rlimits ?? [], bytes: bytes + (rlimits?.length ?? 0) * 24 + 24,
  };
  return { sb, refusal };
}

/** Reads and checks a request: a Request, or the failure to return (Errno or Go's error) with its step. */
function readRequest(argv0: unknown, argv: unknown, attr: unknown): Request | PlainRequest | [Errno | Error, string] {
  if (typeof argv0 !== "string") throw new TypeError(`argv0 must be a string, got ${describe(argv0)}`);
  const a = optObj<ProcAttr>("attr", attr) ?? NO_ATTR;
  // Proxies and getters are read here, once each.
  const argvV = argv, envV = a.Env, dirV = a.Dir, filesV = a.Files, sysV = a.Sys;
  const sysObj = optObj<SysProcAttr>("attr.Sys", sysV);
  const argsRead = arrayArg("argv", argvV, LIMITS.ARG_BYTES / 8, strElem, checked.args);
  // The last Env block's own strings when the values are the same: checked already.
  const envRead = arrayArg("attr.Env", envV, LIMITS.ARG_BYTES / 8, strElem, envBlock.strings);
  // More elements than execve could ever take: E2BIG, in execve's place
  // (after every earlier refusal, as Go meets it), with the elements unread.
  const tooMany: [Errno, string] | null = argsRead === null || envRead === null ? [E2BIG, "validate"] : null;
  const args = argsRead ?? [], env = envRead ?? [];
  const dir = optStr("attr.Dir", dirV);
  const files = arrayArg("attr.Files", filesV, LIMITS.FILES, fdElem);
  if (sysObj === null) {
    // No Sys: nothing more to read, and only these refusals can apply.
    const bad = argsRefusal(argv0, args, env, dir, "");
    if (bad !== null) return bad;
    if (files === null) return [EBADF, "validate"];
    const big = lengthRefusal(argv0, dir, "") ?? tooMany ?? sizeRefusal(args, env);
    if (big !== null) return big;
    if (args !== checked.args || argv0 !== checked.argv0) { checked.args = args; checked.argv0 = argv0; checked.argsBytes = argBytes(args); }
    const plain: PlainRequest = { plain: true, argv0, args, env, dir, files };
    return plain;
  }
  const sys = sysObj;
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
  // A Signal's number is checked as Kill checks it: an object that only
  // inherits from Signal.prototype may claim any signo (1.5 became SIGHUP).
  const pdeathsig = pdeathsigV === undefined || pdeathsigV === null ? 0 : isA(Signal, pdeathsigV) ? signoOf((pdeathsigV as Signal).signo) : optInt("Sys.Pdeathsig", pdeathsigV);
  const cloneflags = optUint("Sys.Cloneflags", sys.Cloneflags, Number.MAX_SAFE_INTEGER);
  const unshareflags = optUint("Sys.Unshareflags", sys.Unshareflags, Number.MAX_SAFE_INTEGER);
  const uidmap = idMaps("Sys.UidMappings", sys.UidMappings);
  const gidmap = idMaps("Sys.GidMappings", sys.GidMappings);
  const gidSetgroups = optBool("Sys.GidMappingsEnableSetgroups", sys.GidMappingsEnableSetgroups);
  const useCgroup = optBool("Sys.UseCgroupFD", sys.UseCgroupFD);
  const cgroupFd = cInt(optInt("Sys.CgroupFD", sys.CgroupFD));
  const ambient = arrayArg("Sys.AmbientCaps", sys.AmbientCaps, LIMITS.CAPS, (x, n) => intArg(n, x, 0, Number.MAX_SAFE_INTEGER));
  const credV = optObj<Credential>("Sys.Credential", sys.Credential);
  let cred: Request["cred"] = null;
  let groups: number[] | null = [];
  if (credV !== null) {
    const uid = intArg("Credential.Uid", credV.Uid ?? 0, 0, U32);
    const gid = intArg("Credential.Gid", credV.Gid ?? 0, 0, U32);
    groups = arrayArg("Credential.Groups", credV.Groups, LIMITS.GROUPS, uint32Elem);
    cred = { uid, gid, groups: groups ?? [], noSetGroups: optBool("Credential.NoSetGroups", credV.NoSetGroups) };
  }
  const sbr = readSandbox(sys, cloneflags, unshareflags);
  const pidfdOut = optObj<{ value: number }>("Sys.PidFD", sys.PidFD);
  if (pidfdOut !== null) {
    // Go writes -1 on failure: so does this, now, and checks that the later write cannot fail.
    pidfdOut.value = -1;
    outArg("Sys.PidFD", pidfdOut, ["value"]);
  }

  // Refusals, in the order Go (or the kernel) would meet them: the strings
  // as Go converts them, its two Setctty checks, then what the child (or
  // the kernel) would refuse.
  const bad = argsRefusal(argv0, args, env, dir, chroot);
  if (bad !== null) return bad;
  if (setctty && foreground) return [errSetcttyForeground, "validate"];
  if (setctty && ctty >= (files?.length ?? LIMITS.FILES + 1)) return [errSetcttyCtty, "validate"];
  if (files === null) return [EBADF, "validate"];
  if (uidmap === TOO_MANY || gidmap === TOO_MANY) return [EINVAL, "validate"];
  if (ambient === null || groups === null) return [EINVAL, "validate"];
  const refused = refusedCloneflags(cloneflags, pidfdOut !== null, useCgroup);
  if (refused !== "") return [EINVAL, `cloneflags: ${refused}`];
  // setpgid(2) takes a pid_t: a Pgid no process group can have is EINVAL (Go would truncate it).
  if ((setpgid || foreground) && (pgid < 0 || pgid > 0x7fffffff)) return [EINVAL, "setpgid"];
  if (sbr?.refusal) return sbr.refusal;
  // prctl(PR_CAP_AMBIENT_RAISE)'s EINVAL, known without a child.
  if (ambient.length > 0 && capsPast(ambient)) return [EINVAL, "ambient"];
  // The child's chroot, chdir and execve, in its order: a path's length, then argv's size.
  const big = lengthRefusal(argv0, dir, chroot) ?? tooMany ?? sizeRefusal(args, env);
  if (big !== null) return big;
  return {
    argv0, args, env, dir, files, chroot, setsid, setpgid, setctty, noctty, foreground, ptrace,
    ctty: cInt(ctty), pgid: setpgid || foreground ? pgid : 0,
    // prctl takes an unsigned long: anything outside (0, 2^31) gets its EINVAL.
    pdeathsig: pdeathsig > 0 && pdeathsig <= 0x7fffffff ? pdeathsig : pdeathsig === 0 ? 0 : -1,
    cloneflags, unshareflags, uidmap, gidmap, gidSetgroups, useCgroup, cgroupFd, ambient, cred, pidfdOut,
    sb: sbr?.sb ?? null,
  };
}

/** A Signal's signo as Pdeathsig takes it: an integer as it is, anything else -1 (EINVAL from prctl), as Kill's signalArg. */
const signoOf = (n: unknown): number => (typeof n === "number" && Number.isInteger(n) ? n : -1);

/** The groups of a request without Credential. */
const NO_GROUPS: readonly number[] = Object.freeze([]);
/** What readRequest takes for an absent attr. */
const NO_ATTR: ProcAttr = Object.freeze({});
/** The Request fields an absent Sys gives (shared: nothing writes a Request). */
const NO_SYS = Object.freeze({
  chroot: "", setsid: false, setpgid: false, setctty: false, noctty: false, foreground: false, ptrace: false,
  ctty: 0, pgid: 0, pdeathsig: 0, cloneflags: 0, unshareflags: 0, uidmap: null, gidmap: null, gidSetgroups: false,
  useCgroup: false, cgroupFd: 0, ambient: Object.freeze([]) as unknown as number[], cred: null, pidfdOut: null, sb: null,
});
/** Go's first refusal, met as it converts the strings to C (exec_unix.go, before anything else): EINVAL for one no C string can carry. */
function argsRefusal(argv0: string, args: string[], env: string[], dir: string, chroot: string): [Errno, string] | null {
  // The Env block's own strings were checked when it was built.
  const known = env === envBlock.strings && env.length > 0;
  const same = args === checked.args && argv0 === checked.argv0;
  if ((!same && (notCString(argv0) || anyOf(args, notCString))) || (!known && anyOf(env, notCString)) || notCString(dir) || notCString(chroot)) return [EINVAL, "validate"];
  return null;
}
/** PATH_MAX: a path of this many bytes or more is ENAMETOOLONG (a string of this many UTF-16 units has at least as many bytes). */
const PATH_MAX = 4096;
/** The kernel's __NEW_UTS_LEN: a longer hostname or domain name is EINVAL. */
const HOST_NAME_MAX = 64;
/**
 * The kernel's ENAMETOOLONG for a path no shorter than PATH_MAX, with the
 * step that would meet it, before anything is encoded; shorter ones (whose
 * UTF-8 may still be too long) are left to the kernel.
 */
function lengthRefusal(argv0: string, dir: string, chroot: string): [Errno, string] | null {
  if (chroot.length >= PATH_MAX) return [ENAMETOOLONG, "chroot"];
  if (dir.length >= PATH_MAX) return [ENAMETOOLONG, "chdir"];
  if (argv0.length >= PATH_MAX) return [ENAMETOOLONG, "execve"];
  return null;
}
/** execve's E2BIG, past the kernel's size for argv and the environment: Go meets it in the child, after its own checks. */
function sizeRefusal(args: string[], env: string[]): [Errno, string] | null {
  const known = env === envBlock.strings && env.length > 0;
  let bytes = (args.length + env.length + 2) * 8 + (known ? envBlock.bytes : 0) + (args === checked.args ? checked.argsBytes : argBytes(args));
  if (!known) for (let i = 0; i < env.length; i++) bytes += env[i]!.length + 1;
  return bytes > LIMITS.ARG_BYTES ? [E2BIG, "validate"] : null;
}
/** The bytes of args as execve counts them (each string and its NUL). */
function argBytes(args: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < args.length; i++) n += args[i]!.length + 1;
  return n;
}
/**
 * The last plain request's argv0 and argv copy, checked as C strings (with
 * argv's bytes): arrayArg hands back this copy when argv's elements are
 * the same, and the checks are not repeated for it.
 */
const checked: { argv0: string; args: string[]; argsBytes: number } = { argv0: "", args: [], argsBytes: 0 };
/** An element of Files: an integer (what it names is the child's business: -1 closes, others give EBADF there). */
const fdElem = elemCheck((x) => typeof x === "number" && Number.isInteger(x), (x, name) => {
  if (typeof x !== "number" || !Number.isInteger(x)) throw new TypeError(`${name} must be an integer fd, got ${describe(x)}`);
  return x;
});

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
  if (rlim === null) {
    childRlimitNofile = null;
    return;
  }
  if (typeof rlim !== "object") throw new TypeError("rlim must be an Rlimit with bigint Cur and Max, or null");
  // Each field read once: what is checked is what is kept.
  const cur: unknown = rlim.Cur, max: unknown = rlim.Max;
  if (typeof cur !== "bigint" || typeof max !== "bigint") throw new TypeError("rlim must be an Rlimit with bigint Cur and Max, or null");
  if (cur < 0n || max < 0n || cur > RLIM_INFINITY || max > RLIM_INFINITY) throw new RangeError("rlim.Cur and rlim.Max must be in [0, 2^64-1]");
  childRlimitNofile = new Rlimit(cur, max);
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
 * The child is made with clone3(CLONE_VM|CLONE_VFORK|CLONE_CLEAR_SIGHAND)
 * on its own stack on x86_64 (glibc's clone(CLONE_VM|CLONE_VFORK) on
 * aarch64 or where clone3 is refused), so the cost does not grow with the
 * size of the Bun process. With id maps to write (a new user namespace from
 * Cloneflags), the parent must act while the child waits: on x86_64 the
 * child still shares its memory (CLONE_VM without CLONE_VFORK) and the
 * parent returns only once the child has exec'd or died, so this too stays
 * flat; elsewhere it is a fork-like clone, as Go's. Without the fast path,
 * CLONE_NEWTIME, flags past 32 bits and UseCgroupFD take a clone3 without
 * CLONE_VM, which glibc's clone cannot express.
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
 * Takes {@link ForkLock} for writing, as Go does. Called on the same thread
 * while another ForkExec or Exec writes its request (only a built-in method
 * the caller replaced runs then: a getter of the caller's is read before),
 * it throws an Error, as ForkLock does for a lock that would deadlock.
 */
export function ForkExec(argv0: string, argv: string[] | null, attr?: ProcAttr | null): [pid: number, err: Errno | Error | null] {
  const pid = start(argv0, argv, attr);
  return [pid, takeStartErr()];
}

/** Go's `StartProcess(argv0, argv, attr) (pid int, handle uintptr, err error)`: ForkExec; handle is always 0 on Linux. */
export function StartProcess(argv0: string, argv: string[] | null, attr?: ProcAttr | null): [pid: number, handle: number, err: Errno | Error | null] {
  const pid = start(argv0, argv, attr);
  return [pid, 0, takeStartErr()];
}

/**
 * The error of the start() that last returned 0 (null after a success):
 * start() and what it calls return the pid alone, so that a call allocates
 * only the array ForkExec returns, not a second one on the way.
 */
let startErr: Errno | Error | null = null;
/** startErr, cleared: the caller's answer, not kept past it. */
function takeStartErr(): Errno | Error | null {
  const err = startErr;
  startErr = null;
  return err;
}

/**
 * Set while this thread's request block (and Env block) is written and
 * spawned. A ForkExec or Exec called then, from a built-in the caller
 * replaced (Array.prototype.forEach, an iterator, encodeInto, ...), would
 * reset the block under the request being written: the child got the inner
 * request's Env or argv, and an inner request big enough to be trimmed left
 * a NULL block, on which the native half crashed Bun. Refused instead, as
 * ForkLock refuses what would deadlock. (A getter read by readRequest runs
 * before any block is touched, and may spawn.)
 */
let marshalling = false;
function refuseReentry(): void {
  if (marshalling) throw new Error("ForkExec: called from inside another ForkExec or Exec on this thread while it writes its request (a replaced built-in method)");
}

/** The child's pid, or 0 with the error in startErr. */
function start(argv0: string, argv: string[] | null, attr: ProcAttr | null | undefined): number {
  startErr = null;
  refuseReentry();
  const p = readRequest(argv0, argv, attr);
  if (Array.isArray(p)) return fail(p[0], p[1]);
  marshalling = true;
  try {
    return marshalAndSpawn(p);
  } finally {
    marshalling = false;
  }
}

function marshalAndSpawn(p: Request | PlainRequest): number {
  const A = arena;
  if (p.plain === true && childRlimitNofile === null && A.samePlain(p.argv0, p.args, p.dir, p.files.length)) {
    // The block holds this very request already: only Files, which the
    // child rewrites in place as it moves fds, is written again.
    A.writeFiles(p.files);
    // The Env block may have moved (a longer Env), or changed in place.
    A.word(R.ENVP, envBlock.get(p.env));
    const r = spawn(A, null);
    // As after a full request: an Env block grown past ARENA_KEEP here (the
    // same argv with a new, huge Env) is let go, not kept for the thread's life.
    envBlock.trim();
    return r;
  }
  const q: Request = p.plain === true ? { ...NO_SYS, ...p } : p;
  const { args, env, dir, files, chroot, uidmap, gidmap, ambient, cred } = q;
  const groups = cred?.groups ?? NO_GROUPS;
  const envp = envBlock.get(env);
  const rl = childRlimitNofile;

  // Marshal: header, scratch, arrays, strings. Strings take at most 3 bytes per UTF-16 unit.
  let strBytes = q.argv0.length + dir.length + chroot.length + 3;
  for (let i = 0; i < args.length; i++) strBytes += args[i]!.length + 1;
  strBytes *= 3;
  const total = HEADER_BYTES + PROCPATH_BYTES + files.length * 4 + groups.length * 4 + ambient.length * 8 +
    (args.length + 1) * 8 + ((uidmap?.length ?? 0) + (gidmap?.length ?? 0)) * 3 + 64 + strBytes + (q.sb?.bytes ?? 0);
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
  if (rl !== null) flags |= F.RLIMIT;
  const sb = q.sb;

  A.word(R.PROCPATH, A.base + A.alloc(PROCPATH_BYTES));
  A.filesAt = A.alloc(files.length * 4);
  A.writeFiles(files);
  A.word(R.FILES, A.base + A.filesAt);
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
  if (sb !== null) flags |= marshalSandbox(A, sb, rl);
  else if (rl !== null) marshalRlimits(A, [[RLIMIT_NOFILE, rl.Cur, rl.Max]]);
  A.word(R.FLAGS, flags);
  A.word(R.STACK, A.stackBase);
  A.word(R.STACK_SIZE, STACK_BYTES - 64);
  if (q.plain === true && rl === null) A.notePlain(q.argv0, args, dir, files.length);
  const r = spawn(A, q.pidfdOut);
  A.trim();
  envBlock.trim();
  return r;
}

/** Runs the request in A's block: the native half, then its outputs. */
function spawn(A: Arena, pidfdOut: { value: number } | null): number {
  const N = native ?? loadOrFail();
  if (N === null) {
    startErr = getFailure()!.Err;
    return 0;
  }
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
  const pidfd = A.read32(R.PIDFD);
  // The block is read: the caller's PidFD setter may spawn.
  marshalling = false;
  if (pidfdOut !== null) {
    try {
      pidfdOut.value = pidfd;
    } catch {
      // Checked writable above; an object that lied (a Proxy) loses the
      // pidfd, never the pid: nothing throws once the child exists.
      C.close(pidfd);
    }
  }
  return pid;
}

/** Reserves n bytes at the next 8-aligned offset (strings leave the cursor unaligned) and returns their word index. */
function allocWords(A: Arena, n: number): number {
  A.off = (A.off + 7) & ~7;
  return A.alloc(n) / 8;
}

/** Writes the rlimits array ({ resource, cur, max } words) and its length. */
function marshalRlimits(A: Arena, list: readonly (readonly [number, bigint, bigint])[]): void {
  const at = allocWords(A, list.length * 24);
  for (let i = 0; i < list.length; i++) {
    const l = list[i]!;
    A.word(at + 3 * i, l[0]);
    A.wordBig(at + 3 * i + 1, l[1]);
    A.wordBig(at + 3 * i + 2, l[2]);
  }
  A.word(R.RLIMITS, A.base + at * 8);
  A.word(R.NRLIMITS, list.length);
}

/** Writes the sandbox fields into the request block; returns their F_* bits (F.RLIMIT when there are limits). */
function marshalSandbox(A: Arena, sb: Sandbox, nofile: Rlimit | null): number {
  let flags = sb.flags;
  const opt = (s: string | null) => (s === null ? 0 : A.str(s));
  A.word(R.UMASK, sb.umask);
  const named = (at: number, len: number, s: string) => {
    const o = A.off;
    A.word(at, A.str(s));
    A.word(len, A.off - o - 1);
  };
  if (flags & F.HOSTNAME) named(R.HOSTNAME, R.HOSTNAME_LEN, sb.hostname);
  if (flags & F.DOMAINNAME) named(R.DOMAINNAME, R.DOMAINNAME_LEN, sb.domainname);
  if (flags & F.PIVOT) A.word(R.PIVOT, A.str(sb.pivot));
  if (flags & F.MOUNTS) {
    const at = allocWords(A, sb.mounts.length * MOP_WORDS * 8);
    for (let i = 0; i < sb.mounts.length; i++) {
      const m = sb.mounts[i]!, w = at + i * MOP_WORDS;
      A.word(w, m.word0);
      A.word(w + 1, m.flags);
      A.word(w + 2, opt(m.source));
      A.word(w + 3, A.str(m.target));
      A.word(w + 4, opt(m.fstype));
      A.word(w + 5, opt(m.data));
    }
    A.word(R.MOUNTS, A.base + at * 8);
    A.word(R.NMOUNTS, sb.mounts.length);
  }
  A.wordBig(R.CAPBSET, sb.capbset);
  for (let i = 0; i < 3; i++) A.wordBig(R.CAPEFF + i, sb.caps[i]!);
  A.word(R.CAPWHICH, sb.capWhich);
  A.word(R.LANDLOCK_FD, sb.landlockFd);
  A.word(R.LANDLOCK_FLAGS, sb.landlockFlags);
  if (sb.seccomp !== null) {
    const ins = allocWords(A, sb.seccomp.length * 4);
    for (let i = 0; i < sb.seccomp.length; i++) A.u32[ins * 2 + i] = sb.seccomp[i]!;
    const prog = allocWords(A, 16);
    A.word(prog, sb.seccomp.length / 2);
    A.word(prog + 1, A.base + ins * 8);
    A.word(R.SECCOMP, A.base + prog * 8);
  }
  if (flags & F.SETNS) {
    const at = allocWords(A, sb.setns.length * 16);
    for (let i = 0; i < sb.setns.length; i++) {
      A.word(at + 2 * i, sb.setns[i]![0]);
      A.word(at + 2 * i + 1, sb.setns[i]![1]);
    }
    A.word(R.SETNS, A.base + at * 8);
    A.word(R.NSETNS, sb.setns.length);
  }
  // Index loops, not some() and a spread (see EnvBlock.build): SetChildRlimitNofile's NOFILE unless Rlimits has one.
  let hasNofile = false;
  for (let i = 0; i < sb.rlimits.length; i++) if (sb.rlimits[i]![0] === RLIMIT_NOFILE) hasNofile = true;
  const limits: (readonly [number, bigint, bigint])[] = [];
  for (let i = 0; i < sb.rlimits.length; i++) limits[i] = sb.rlimits[i]!;
  if (nofile !== null && !hasNofile) limits[sb.rlimits.length] = [RLIMIT_NOFILE, nofile.Cur, nofile.Max];
  if (limits.length > 0) {
    flags |= F.RLIMIT;
    marshalRlimits(A, limits);
  }
  return flags;
}

/** Records the failure, and returns start()'s 0 with err in startErr. */
function fail(err: Errno | Error, step: string): number {
  setFailure({ Step: step, Err: err });
  startErr = err;
  return 0;
}

/** The native half, or null with the failure (ENOSYS, step "compile", its cause; or EMFILE) recorded. */
function loadOrFail(): Native | null {
  try {
    return loadNative();
  } catch (e) {
    if (isA(Errno, e)) {
      setFailure({ Step: "compile", Err: e as Errno }); // no fd left to compile with (EMFILE): the call's Errno, and a later call compiles
      return null;
    }
    if (!isA(NativeUnavailable, e)) throw e;
    unavailableErr(e as NativeUnavailable);
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
  // Go's order: the strings as it converts them (EINVAL), then execve(2),
  // which reads the path (ENAMETOOLONG) before argv and envv (E2BIG; too
  // many elements to read are E2BIG there too).
  if (notCString(argv0) || anyOf(args ?? [], notCString) || anyOf(env ?? [], notCString)) return refuse(EINVAL);
  if (argv0.length >= PATH_MAX) {
    setFailure({ Step: "execve", Err: ENAMETOOLONG }); // what execve(2) would say, before anything is encoded
    return ENAMETOOLONG;
  }
  if (args === null || env === null) return refuse(E2BIG);
  let bytes = 0;
  for (let i = 0; i < args.length; i++) bytes += args[i]!.length + 1;
  for (let i = 0; i < env.length; i++) bytes += env[i]!.length + 1;
  if (bytes + (args.length + env.length + 2) * 8 > LIMITS.ARG_BYTES) return refuse(E2BIG);
  const A = arena;
  refuseReentry();
  marshalling = true;
  let N: Native | null, argvP: number, envP: number, pathP: number;
  try {
    A.reset(HEADER_BYTES + (bytes + argv0.length + 1) * 3 + (args.length + env.length + 2) * 8 + 64);
    argvP = A.strArray(args);
    envP = A.strArray(env);
    pathP = A.str(argv0);
    N = native ?? loadOrFail();
  } finally {
    marshalling = false;
  }
  if (N === null) return getFailure()!.Err as Errno;
  // As Go's Exec gives the new program the NOFILE limit the process started
  // with, this gives it the soft limit SetChildRlimitNofile chose (in C,
  // with signals blocked; the hard limit stays, so a failed execve can put
  // the soft limit back).
  const rl = childRlimitNofile;
  const e = N.exec(pathP as Pointer, argvP as Pointer, envP as Pointer, rl === null ? -1 : rl.Cur > 0x7fffffffffffffffn ? 0x7fffffffffffffffn : rl.Cur);
  A.trim();
  envBlock.trim();
  const err = Errno.of(e);
  setFailure({ Step: "execve", Err: err });
  return err;
}
