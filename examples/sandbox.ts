// A small bubblewrap: a whole sandbox in one ForkExec, no helper binary and
// no re-exec. The flags it shares with bwrap mean what they mean there.
//
//   bun examples/sandbox.ts [OPTIONS] -- COMMAND [ARGS...]
//
//   --ro-bind SRC DEST   bind SRC at DEST, read-only (nosuid, nodev)
//   --bind SRC DEST      bind SRC at DEST (nosuid, nodev)
//   --symlink TARGET LINK
//   --dir DEST           a directory
//   --proc DEST          a new proc; as root, sysrq-trigger, irq and bus read-only
//   --dev DEST           a tmpfs with null, zero, full, random, urandom and tty from
//                        the host, the fd/stdin/stdout/stderr/core symlinks, pts
//                        (a new devpts, with ptmx), and shm
//   --tmpfs DEST         a new tmpfs
//   --hostname NAME      (needs --unshare-uts or --unshare-all)
//   --unshare-user --unshare-ipc --unshare-pid --unshare-net --unshare-uts
//   --unshare-cgroup --unshare-all
//   --die-with-parent    SIGKILL when this process dies
//   --new-session        setsid
//   --cap-drop ALL       no capabilities at all
//   --seccomp-deny NAME  make syscall NAME fail with EPERM (repeatable)
//   --chdir DIR          start in DIR (default "/")
//
// As bwrap: a new mount namespace always; rootless, a new user namespace with
// the caller's uid and gid mapped to themselves (as --unshare-user); the root
// is a tmpfs built under /tmp after a first pivot_root (the host stays at
// /oldroot while binds are made), then pivot_root into it; no_new_privs is set.
// As root without a user namespace, --cap-drop ALL empties the bounding set
// too, where bwrap keeps it (and relies on securebits).
// As root with --unshare-user, bwrap makes the user namespace after the
// mounts; here it comes first (from clone), so a new proc needs
// --unshare-pid, as it does rootless under both.
// COMMAND without a slash is looked up on this process's PATH (the same
// path must exist in the sandbox).
import { statSync } from "node:fs";
import {
  ForkExec, Wait4, WaitStatus, Environ, Getuid, Getgid, LastForkExecFailure, SIGKILL,
  CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWIPC, CLONE_NEWPID, CLONE_NEWNET, CLONE_NEWUTS, CLONE_NEWCGROUP,
  MS_BIND, MS_REC, MS_RDONLY, MS_NOSUID, MS_NODEV, MS_NOEXEC, EPERM,
  type SysProcAttr, type SysProcMount, type SeccompInsn, type Errno,
} from "../src/index.ts";

/** Syscall numbers by name, for --seccomp-deny: x86_64 and aarch64 (which has no mkdir or chmod). */
const SYSCALLS: Record<string, [x86_64: number, aarch64: number]> = {
  mkdir: [83, -1], mkdirat: [258, 34], chmod: [90, -1], fchmodat: [268, 53], mount: [165, 40], umount2: [166, 39],
  unshare: [272, 97], setns: [308, 268], ptrace: [101, 117], personality: [135, 92], uname: [63, 160],
  socket: [41, 198], keyctl: [250, 219], chroot: [161, 51], sethostname: [170, 161], getcwd: [79, 17],
};
const AUDIT_ARCH = process.arch === "arm64" ? 0xc00000b7 : 0xc000003e;

/**
 * A seccomp filter (classic BPF) that makes the named syscalls fail with
 * errno and allows the rest; a syscall of another architecture kills the
 * process (SECCOMP_RET_KILL_PROCESS). Names this architecture lacks are skipped.
 */
export function seccompDeny(names: readonly string[], errno: number): SeccompInsn[] {
  const col = process.arch === "arm64" ? 1 : 0;
  const nrs = names.map((n) => {
    const nr = SYSCALLS[n];
    if (nr === undefined) throw new Error(`--seccomp-deny: unknown syscall ${n} (known: ${Object.keys(SYSCALLS).join(", ")})`);
    return nr[col];
  }).filter((nr) => nr >= 0);
  const ins = (Code: number, Jt: number, Jf: number, K: number): SeccompInsn => ({ Code, Jt, Jf, K });
  return [
    ins(0x20, 0, 0, 4), // A = seccomp_data.arch
    ins(0x15, 1, 0, AUDIT_ARCH), // if (A == AUDIT_ARCH) skip the kill
    ins(0x06, 0, 0, 0x80000000), // SECCOMP_RET_KILL_PROCESS
    ins(0x20, 0, 0, 0), // A = seccomp_data.nr
    ...nrs.map((nr, i) => ins(0x15, nrs.length - i, 0, nr)), // if (A == nr) goto deny
    ins(0x06, 0, 0, 0x7fff0000), // SECCOMP_RET_ALLOW
    ins(0x06, 0, 0, 0x00050000 | (errno & 0xffff)), // SECCOMP_RET_ERRNO | errno
  ];
}

const NS: Record<string, number> = {
  "--unshare-user": CLONE_NEWUSER, "--unshare-ipc": CLONE_NEWIPC, "--unshare-pid": CLONE_NEWPID, "--unshare-net": CLONE_NEWNET,
  "--unshare-uts": CLONE_NEWUTS, "--unshare-cgroup": CLONE_NEWCGROUP,
};
const OLD = "/oldroot";
const NEW = "/newroot";

/** Turns bwrap-style arguments into the SysProcAttr and Dir of one ForkExec, and the command. */
export function parse(args: readonly string[]): { sys: SysProcAttr; dir: string; command: string[] } {
  const setup: SysProcMount[] = [];
  const deny: string[] = [];
  let flags = CLONE_NEWNS | (Getuid() !== 0 ? CLONE_NEWUSER : 0);
  let hostname: string | null = null, dir = "/", capDrop = false;
  const sys: SysProcAttr = { NoNewPrivs: true };
  const bind = (src: string, dest: string, extra: number) => {
    let isDir = true;
    try {
      isDir = statSync(src).isDirectory();
    } catch {
      // missing: the mount reports ENOENT
    }
    setup.push({ Source: OLD + src, Target: NEW + dest, Flags: MS_BIND | MS_REC, Create: isDir ? "dir" : "file" });
    // MS_REC: every mount below dest too, as bwrap remounts each submount.
    setup.push({ Op: "remount", Target: NEW + dest, Flags: MS_REC | MS_NOSUID | MS_NODEV | extra });
  };
  let i = 0;
  const next = (flag: string) => {
    const v = args[++i];
    if (v === undefined) throw new Error(`${flag} needs an argument`);
    return v;
  };
  for (; i < args.length && args[i] !== "--"; i++) {
    const a = args[i]!;
    if (a in NS) flags |= NS[a]!;
    else if (a === "--unshare-all") flags |= CLONE_NEWUSER | CLONE_NEWIPC | CLONE_NEWPID | CLONE_NEWNET | CLONE_NEWUTS | CLONE_NEWCGROUP;
    else if (a === "--ro-bind") bind(next(a), next(a), MS_RDONLY);
    else if (a === "--bind") bind(next(a), next(a), 0);
    else if (a === "--symlink") {
      const target = next(a);
      setup.push({ Op: "symlink", Source: target, Target: NEW + next(a) });
    } else if (a === "--dir") setup.push({ Op: "mkdir", Target: NEW + next(a) });
    else if (a === "--tmpfs") setup.push({ Target: NEW + next(a), Fstype: "tmpfs", Source: "tmpfs", Flags: MS_NOSUID | MS_NODEV, Data: "mode=0755", Create: "dir" });
    else if (a === "--proc") {
      const d = NEW + next(a);
      setup.push({ Target: d, Source: "proc", Fstype: "proc", Flags: MS_NOSUID | MS_NOEXEC | MS_NODEV, Create: "dir" });
      // bwrap covers those of sys, sysrq-trigger, irq and bus that it can
      // write (access W_OK): never sys (the sysctl root is r-x for all), and
      // the others only as root (rootless, their owner is not mapped).
      for (const sub of Getuid() === 0 ? ["sysrq-trigger", "irq", "bus"] : []) {
        setup.push({ Source: `${d}/${sub}`, Target: `${d}/${sub}`, Flags: MS_BIND | MS_REC, Try: true });
        setup.push({ Op: "remount", Target: `${d}/${sub}`, Flags: MS_NOSUID | MS_NODEV | MS_RDONLY, Try: true });
      }
    } else if (a === "--dev") {
      const d = NEW + next(a);
      setup.push({ Target: d, Source: "tmpfs", Fstype: "tmpfs", Flags: MS_NOSUID | MS_NODEV, Data: "mode=0755", Create: "dir" });
      for (const node of ["null", "zero", "full", "random", "urandom", "tty"]) {
        setup.push({ Source: `${OLD}/dev/${node}`, Target: `${d}/${node}`, Flags: MS_BIND | MS_REC, Create: "file" });
        setup.push({ Op: "remount", Target: `${d}/${node}`, Flags: MS_NOSUID });
      }
      for (const [link, to] of [["fd", "/proc/self/fd"], ["stdin", "/proc/self/fd/0"], ["stdout", "/proc/self/fd/1"], ["stderr", "/proc/self/fd/2"], ["core", "/proc/kcore"]]) {
        setup.push({ Op: "symlink", Source: to!, Target: `${d}/${link}` });
      }
      setup.push({ Op: "mkdir", Target: `${d}/shm` });
      setup.push({ Target: `${d}/pts`, Source: "devpts", Fstype: "devpts", Flags: MS_NOSUID | MS_NOEXEC, Data: "newinstance,ptmxmode=0666,mode=620", Create: "dir" });
      setup.push({ Op: "symlink", Source: "pts/ptmx", Target: `${d}/ptmx` });
    } else if (a === "--hostname") hostname = next(a);
    else if (a === "--die-with-parent") sys.Pdeathsig = SIGKILL;
    else if (a === "--new-session") sys.Setsid = true;
    else if (a === "--cap-drop") {
      if (next(a) !== "ALL") throw new Error("--cap-drop: only ALL is supported");
      capDrop = true;
    } else if (a === "--seccomp-deny") deny.push(next(a));
    else if (a === "--chdir") dir = next(a);
    else throw new Error(`unknown option ${a}`);
  }
  const command = args.slice(i + 1);
  if (command.length === 0) throw new Error("no command (put it after --)");
  // bwrap's base: a tmpfs on /tmp in the new mount namespace, holding the
  // new root (a mount point: bound onto itself) and, after the first
  // pivot_root, the host's root at /oldroot.
  const base: SysProcMount[] = [
    { Target: "/tmp", Source: "tmpfs", Fstype: "tmpfs", Flags: MS_NOSUID | MS_NODEV },
    { Op: "mkdir", Target: "/tmp/newroot" },
    { Source: "/tmp/newroot", Target: "/tmp/newroot", Flags: MS_BIND | MS_REC },
    { Op: "mkdir", Target: "/tmp/oldroot" },
    { Op: "pivot", Target: "/tmp", Source: "/tmp/oldroot" },
  ];
  sys.Cloneflags = flags;
  sys.Mounts = [...base, ...setup];
  sys.PivotRoot = NEW;
  if (hostname !== null) sys.Hostname = hostname;
  if (flags & CLONE_NEWUSER) {
    sys.UidMappings = [{ ContainerID: Getuid(), HostID: Getuid(), Size: 1 }];
    sys.GidMappings = [{ ContainerID: Getgid(), HostID: Getgid(), Size: 1 }];
  }
  if (capDrop) Object.assign(sys, { BoundingCaps: [], EffectiveCaps: [], PermittedCaps: [], InheritableCaps: [] });
  if (deny.length > 0) sys.SeccompFilter = seccompDeny(deny, EPERM.errno);
  return { sys, dir, command };
}

/** Runs the command in the sandbox and returns its wait status, or the Errno and step of a failed start. */
export function run(args: readonly string[], files: number[] = [0, 1, 2]): WaitStatus | { err: Errno | Error; step: string } {
  const { sys, dir, command } = parse(args);
  const path = command[0]!.includes("/") ? command[0]! : Bun.which(command[0]!) ?? command[0]!;
  const [pid, err] = ForkExec(path, command, { Env: Environ(), Files: files, Dir: dir, Sys: sys });
  if (err) return { err, step: LastForkExecFailure()?.Step ?? "?" };
  const ws = new WaitStatus();
  Wait4(pid, ws, 0, null);
  return ws;
}

if (import.meta.main) {
  const r = run(process.argv.slice(2));
  if (!(r instanceof WaitStatus)) {
    console.error(`sandbox: ${r.step}: ${r.err.message}`);
    process.exit(1);
  }
  process.exit(r.Exited() ? r.ExitStatus() : 128 + r.Signal().signo);
}
