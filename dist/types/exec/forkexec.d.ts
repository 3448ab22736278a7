/**
 * ForkExec, StartProcess and Exec: Go's process creation for Linux, with the
 * whole SysProcAttr. The work between clone and execve is C (child.c),
 * compiled by bun:ffi's cc on the first call; this module validates and
 * marshals the request into one flat block and reads the result back.
 * @module
 */
import type { Pointer } from "bun:ffi";
import { Errno } from "../errno.js";
import { Signal } from "../signal.js";
import { Rlimit } from "../types.js";
import { type ForkExecFailure } from "../native.js";
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
    PidFD?: {
        value: number;
    } | null;
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
interface Native {
    forkexec: (req: Pointer) => number;
    exec: (path: Pointer, argv: Pointer, envp: Pointer, nofileCur: number | bigint) => number;
}
/** child.c's text with the shared declarations (R, F, STEPS, the refused Cloneflags) prepended as C. */
export declare function childSource(): string;
/** Compiles child.c once per thread (Worker), on first use. Importing compiles nothing. Throws NativeUnavailable. */
export declare function loadNative(): Native;
/** The request block's size now (for tests: what a thread keeps between spawns). @internal */
export declare function arenaBytes(): number;
/** The Env block's size now (for tests: what a thread keeps between spawns). @internal */
export declare function envBlockBytes(): number;
/** Every refused bit, for the C side's own guard (child.c: BAD_CLONEFLAGS). */
export declare const REFUSED_CLONEFLAGS_MASK: number;
/** Go's error for Setctty with Foreground, by its message (exec_linux.go). */
export declare const errSetcttyForeground: Error;
/** Go's error for Setctty with a Ctty that is not an fd of the child (exec_linux.go). */
export declare const errSetcttyCtty: Error;
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
export declare function SetChildRlimitNofile(rlim: Rlimit | null): void;
/** The RLIMIT_NOFILE that ForkExec gives children, or null when they inherit the current one. */
export declare function ChildRlimitNofile(): Rlimit | null;
/**
 * Where this thread's last failed ForkExec, StartProcess or Exec failed:
 * the child's step and the Errno. null after a success. The Errno returned
 * is the interned one (`err === ENOENT` holds); this is the side channel
 * that says which call in the child returned it.
 */
export declare function LastForkExecFailure(): ForkExecFailure | null;
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
export declare function ForkExec(argv0: string, argv: string[] | null, attr?: ProcAttr | null): [pid: number, err: Errno | Error | null];
/** Go's `StartProcess(argv0, argv, attr) (pid int, handle uintptr, err error)`: ForkExec; handle is always 0 on Linux. */
export declare function StartProcess(argv0: string, argv: string[] | null, attr?: ProcAttr | null): [pid: number, handle: number, err: Errno | Error | null];
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
export declare function Exec(argv0: string, argv: string[] | null, envv: string[] | null): Errno | null;
