/**
 * ForkExec with namespaces, credentials, capabilities, cgroups, pidfds and
 * the parent-death signal: Go's exec_linux_test.go (and the newer
 * TestUseCgroupFD, TestCloneTimeNamespace, TestPidFD, TestAmbientCaps,
 * TestDeathSignalSetuid) against the real kernel. Each child is
 * `/bin/sh -c ...` (or a plain program) whose stdout and stderr go to a pipe
 * this file reads with the package's own Read; what the child saw of
 * /proc/self is the evidence.
 *
 * A test that needs something the kernel or machine refuses is skipped with
 * the reason in its name (and printed once), never passed unchecked.
 */
import { describe, expect, test } from "bun:test";
import {
  existsSync, mkdirSync, readFileSync, readlinkSync, rmdirSync, copyFileSync, writeFileSync, statSync,
} from "node:fs";
import { dirname, join } from "node:path";
import {
  CLONE_NEWNET, CLONE_NEWNS, CLONE_NEWTIME, CLONE_NEWUSER, Close, EACCES, EBADF, EBUSY, EINTR, ENOENT, ENOSYS,
  EOPNOTSUPP, EPERM, ForkExec, Getgid, Getuid, Kill, LastForkExecFailure, O_CLOEXEC, O_DIRECTORY, O_PATH,
  O_RDONLY, Open, PidfdSendSignal, Pipe2, Read, SIGKILL, Stdin, Wait4, WaitStatus,
  type Errno, type ProcAttr, type SysProcAttr,
} from "../src/index.ts";
import {
  isRoot, needCaps, needRoot, noFdLeak, openFds, scratchDir, userNsUnavailable, zombieChildren,
} from "./helpers.ts";

// ------------------------------------------------------------ helpers

const PATH_ENV = ["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"];
const NOBODY = 65534;
const FIXTURES = join(import.meta.dir, "fixtures");
const BUN = process.execPath;

interface Run {
  pid: number;
  err: Errno | Error | null;
  step: string | null;
  out: string;
  ws: WaitStatus;
}

/**
 * ForkExec argv with fd 1 and 2 on a pipe, read the pipe to EOF, reap the
 * child. Uses only the package: Pipe2, ForkExec, Close, Read, Wait4.
 */
function run(argv: string[], sys: SysProcAttr = {}, attr: Omit<ProcAttr, "Files" | "Sys"> = {}): Run {
  const p = [-1, -1];
  const perr = Pipe2(p, O_CLOEXEC);
  if (perr !== null) throw perr;
  const [r, w] = p as [number, number];
  const [pid, err] = ForkExec(argv[0]!, argv, { Env: PATH_ENV, ...attr, Files: [Stdin, w, w], Sys: sys });
  const step = err === null ? null : (LastForkExecFailure()?.Step ?? "?");
  expect(Close(w)).toBeNull();
  let out = "";
  const buf = new Uint8Array(16384);
  const dec = new TextDecoder();
  for (;;) {
    const [n, rerr] = Read(r, buf);
    if (rerr === EINTR) continue;
    if (rerr !== null) {
      Close(r);
      throw rerr;
    }
    if (n === 0) break;
    out += dec.decode(buf.subarray(0, n), { stream: true });
  }
  expect(Close(r)).toBeNull();
  const ws = new WaitStatus();
  if (err === null) reap(pid, ws);
  return { pid, err, step, out, ws };
}

/** Wait4 for pid, retrying EINTR. */
function reap(pid: number, ws: WaitStatus): void {
  for (;;) {
    const [wpid, werr] = Wait4(pid, ws, 0, null);
    if (werr === EINTR) continue;
    expect(werr).toBeNull();
    expect(wpid).toBe(pid);
    return;
  }
}

/** `sh -c script`. */
function sh(script: string, sys: SysProcAttr = {}, attr: Omit<ProcAttr, "Files" | "Sys"> = {}): Run {
  return run(["/bin/sh", "-c", script], sys, attr);
}

function describeRun(r: Run): string {
  const st = r.err !== null ? `ForkExec failed: ${r.err.message} (errno ${(r.err as Errno).errno}) at step ${r.step}`
    : r.ws.Exited() ? `exit ${r.ws.ExitStatus()}` : r.ws.Signaled() ? `signal ${r.ws.Signal().signo}` : `status ${r.ws.status}`;
  return `${st}; output:\n${r.out}`;
}

/** Fails, with the child's output, unless ForkExec succeeded and the child exited 0. */
function expectOk(r: Run): string {
  if (r.err !== null || !r.ws.Exited() || r.ws.ExitStatus() !== 0) throw new Error(`child did not succeed: ${describeRun(r)}`);
  return r.out;
}

/** The id_map lines of /proc/PID/{uid,gid}_map as [inside, outside, count] triples. */
function parseMap(text: string): number[][] {
  return text.trim().split("\n").filter((l) => l.trim() !== "").map((l) => l.trim().split(/\s+/).map(Number));
}

/** Sections of `echo @name; cmd` output, by name. */
function sections(out: string): Map<string, string> {
  const m = new Map<string, string>();
  let name = "";
  for (const line of out.split("\n")) {
    if (line.startsWith("@")) {
      name = line.slice(1);
      m.set(name, "");
    } else if (name !== "") m.set(name, m.get(name)! + line + "\n");
  }
  for (const [k, v] of m) m.set(k, v.trim());
  return m;
}

/** A /proc status field ("CapAmb", "Groups", ...) from status text. */
function statusField(status: string, field: string): string | undefined {
  return new RegExp(`^${field}:[ \\t]*(.*)$`, "m").exec(status)?.[1]?.trim();
}

/** Mount points in this process's mount namespace. */
function mountPoints(): string[] {
  return readFileSync("/proc/self/mountinfo", "utf8").trim().split("\n")
    .map((l) => (l.split(" ")[4] ?? "").replace(/\\(\d{3})/g, (_, o: string) => String.fromCharCode(parseInt(o, 8))));
}

/** Runs a harness command (not under test); returns exit code and output. */
function harness(cmd: string[]): { code: number; out: string } {
  const r = Bun.spawnSync(cmd, { stdout: "pipe", stderr: "pipe" });
  return { code: r.exitCode ?? -1, out: r.stdout.toString() + r.stderr.toString() };
}

/**
 * Runs a fixture with Bun.spawnSync (the harness, not the code under test)
 * and waits until the socketpairs Bun used for its stdio are closed: Bun
 * closes them a tick or two later, and noFdLeak would count them.
 */
async function fixture(cmd: string[], opts: { uid?: number; gid?: number; cwd?: string; env?: Record<string, string> } = {}): Promise<{ code: number; out: string; err: string }> {
  const socketsBefore = new Set([...openFds()].filter(([, t]) => t.startsWith("socket:")).map(([, t]) => t));
  const r = Bun.spawnSync(cmd, { ...opts, stdout: "pipe", stderr: "pipe" });
  for (let i = 0; i < 100; i++) {
    if (![...openFds()].some(([, t]) => t.startsWith("socket:") && !socketsBefore.has(t))) break;
    await Bun.sleep(5);
  }
  return { code: r.exitCode ?? -1, out: r.stdout.toString(), err: r.stderr.toString() };
}

const which = (name: string): string | null => {
  for (const d of ["/usr/local/sbin", "/usr/local/bin", "/usr/sbin", "/usr/bin", "/sbin", "/bin"]) {
    if (existsSync(join(d, name))) return join(d, name);
  }
  return null;
};

/**
 * Every test: no fd leaked, no zombie left. The body runs inside noFdLeak;
 * afterwards no child of this process may be an unreaped zombie.
 */
function checked(fn: () => void | Promise<void>): () => Promise<void> {
  return async () => {
    await noFdLeak(fn);
    const zombies = zombieChildren();
    // Reap them so that one failure does not spill into the next tests.
    for (const z of zombies) Wait4(z, null, 0, null);
    expect(zombies).toEqual([]);
  };
}

/** Reason-carrying skips, printed once so the run log says why. */
function skipReason(what: string, reason: string | null): string | null {
  if (reason !== null) console.warn(`[exec_ns] skipping ${what}: ${reason}`);
  return reason;
}
const named = (name: string, reason: string | null) => (reason === null ? name : `${name} [skipped: ${reason}]`);

// ------------------------------------------------------------ probes

// Root, and the capabilities these tests use in CapEff: a root that lacks
// some (a container that dropped them) skips too, saying which.
const notRoot = needRoot("CAP_SYS_ADMIN", "CAP_SETUID", "CAP_SETGID");

// A user namespace that maps this process's own uid and gid needs no
// privilege where the kernel allows unprivileged user namespaces: these tests
// run as any user, with the maps built from Getuid() and Getgid().
const noUserNs = skipReason("user-namespace tests", userNsUnavailable());

// Any other id map (several extents, or gid_map with setgroups allowed) takes
// CAP_SETUID / CAP_SETGID in the parent namespace (user_namespaces(7)).
const noMultiMap = noUserNs ?? skipReason("multi-line id maps", needCaps("CAP_SETUID", "CAP_SETGID"));
const noSetgroupsMap = noUserNs ?? skipReason("gid_map with setgroups allowed", needCaps("CAP_SETGID"));

/** unshare(1) with args, or null when it ran, or cannot say (no unshare, or it lacks an option). */
function unshareRefuses(args: string[]): string | null {
  const unshare = which("unshare");
  if (unshare === null) return null;
  const r = harness([unshare, ...args, "true"]);
  if (r.code === 0 || /unrecognized option|invalid option/.test(r.out)) return null;
  return `unshare ${args.join(" ")} is refused here: ${r.out.trim()}`;
}

/** Why CLONE_NEWTIME cannot be tested here, or null: it takes CAP_SYS_ADMIN (time_namespaces(7)). */
function probeTimeNs(): string | null {
  if (!existsSync("/proc/self/ns/time")) return "kernel has no time namespaces (/proc/self/ns/time missing)";
  return needCaps("CAP_SYS_ADMIN") ?? unshareRefuses(["--time"]);
}
const noTimeNs = skipReason("time-namespace tests", probeTimeNs());
// In a new user namespace the child holds CAP_SYS_ADMIN there: CLONE_NEWUSER|CLONE_NEWTIME needs no privilege.
const noTimeInUserNs = skipReason("time-namespace tests in a user namespace", noUserNs ??
  (existsSync("/proc/self/ns/time") ? unshareRefuses(["--user", "--map-root-user", "--time"]) : "kernel has no time namespaces (/proc/self/ns/time missing)"));

// Unshare(CLONE_NEWNET) takes CAP_SYS_ADMIN, not uid 0.
const noNetNs = skipReason("net-namespace tests", needCaps("CAP_SYS_ADMIN") ?? (existsSync("/proc/self/ns/net") && existsSync("/proc/net/dev") ? null : "no /proc/self/ns/net or /proc/net/dev"));

/** The cgroup2 mount point and this process's path in it. */
function cgroup2(): { mount: string; self: string } | null {
  let mount: string | null = null;
  for (const l of readFileSync("/proc/self/mountinfo", "utf8").split("\n")) {
    const sep = l.indexOf(" - ");
    if (sep < 0) continue;
    if (l.slice(sep + 3).split(" ")[0] === "cgroup2") {
      mount = l.split(" ")[4] ?? null;
      break;
    }
  }
  if (mount === null) return null;
  const line = readFileSync("/proc/self/cgroup", "utf8").split("\n").find((l) => l.startsWith("0::"));
  if (line === undefined) return null;
  return { mount, self: line.slice(3) };
}

const CG = cgroup2();
let cgSeq = 0;
function makeCgroup(): { path: string; rel: string; remove: () => void } {
  const base = CG!.self === "/" ? "" : CG!.self;
  const rel = `${base}/bun-syscall-ns-${process.pid}-${cgSeq++}`;
  const path = CG!.mount + rel;
  mkdirSync(path);
  return { path, rel, remove: () => rmdirSync(path) };
}

function probeCgroup(): string | null {
  if (CG === null) return "no cgroup2 mount in /proc/self/mountinfo or no 0:: line in /proc/self/cgroup";
  let cg;
  try {
    cg = makeCgroup();
  } catch (e) {
    return `cannot create a cgroup under ${CG.mount}${CG.self}: ${(e as Error).message}`;
  }
  try {
    // Only the kernel's refusals of clone3/CLONE_INTO_CGROUP skip; any other result runs the test.
    const [fd, oerr] = Open(cg.path, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
    if (oerr !== null) return `open ${cg.path}: ${oerr.message}`;
    const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { UseCgroupFD: true, CgroupFD: fd } });
    Close(fd);
    if (err === null) reap(pid, new WaitStatus());
    if (err === ENOSYS) return "clone3 is ENOSYS (kernel < 5.3 or seccomp)";
    if (err === EBUSY || err === EOPNOTSUPP) return `clone3(CLONE_INTO_CGROUP) refused: ${err.message} (controllers/threaded cgroup)`;
    // Moving into a cgroup takes write access to cgroup.procs of the common ancestor: only a non-root may lack it.
    if (!isRoot && (err === EPERM || err === EACCES)) return `clone3(CLONE_INTO_CGROUP) refused for uid ${Getuid()}: ${err.message}`;
    return null;
  } finally {
    cg.remove();
  }
}
const noCgroup = skipReason("cgroup tests", probeCgroup());

// ------------------------------------------------------------ user namespaces

describe("CLONE_NEWUSER", () => {
  const uid = Getuid();
  const gid = Getgid();
  const maps = { UidMappings: [{ ContainerID: 0, HostID: uid, Size: 1 }], GidMappings: [{ ContainerID: 0, HostID: gid, Size: 1 }] };
  const probe = "echo @uid; cat /proc/self/uid_map; echo @gid; cat /proc/self/gid_map; echo @setgroups; cat /proc/self/setgroups; " +
    "echo @id; id -u; id -g; echo @ns; readlink /proc/self/ns/user";

  for (const setgroups of [false, true]) {
    const skip = setgroups ? noSetgroupsMap : noUserNs;
    test.skipIf(skip !== null)(named(`TestCloneNEWUSERAndRemap (GidMappingsEnableSetgroups=${setgroups})`, skip), checked(() => {
      const r = sh(probe, { Cloneflags: CLONE_NEWUSER, ...maps, GidMappingsEnableSetgroups: setgroups });
      const s = sections(expectOk(r));
      expect(parseMap(s.get("uid")!)).toEqual([[0, uid, 1]]);
      expect(parseMap(s.get("gid")!)).toEqual([[0, gid, 1]]);
      expect(s.get("setgroups")).toBe(setgroups ? "allow" : "deny");
      expect(s.get("id")).toBe("0\n0");
      // A new namespace, not this one.
      expect(s.get("ns")).not.toBe(readlinkSync("/proc/self/ns/user"));
    }));
  }

  // The other side of the two skips above, run where they skip: without
  // CAP_SETGID / CAP_SETUID the kernel takes only "0 <own id> 1" with
  // setgroups denied, and ForkExec reports its refusal.
  const holdsMapCaps = (reason: string | null, caps: string) =>
    noUserNs ?? (reason === null ? skipReason(`the refusal without ${caps}`, `this process holds ${caps}: the kernel accepts the map from it`) : null);
  const noSetgroupsRefusal = holdsMapCaps(noSetgroupsMap, "CAP_SETGID");
  test.skipIf(noSetgroupsRefusal !== null)(named("TestCloneNEWUSERAndRemapNoRootSetgroupsEnableSetgroups: without CAP_SETGID, EPERM at idmap-write", noSetgroupsRefusal), checked(() => {
    const r = sh("echo should-not-run", { Cloneflags: CLONE_NEWUSER, ...maps, GidMappingsEnableSetgroups: true });
    expect(r.err).toBe(EPERM);
    expect(r.step).toBe("idmap-write");
    expect(r.out).toBe("");
  }));
  const noMultiRefusal = holdsMapCaps(noMultiMap, "CAP_SETUID and CAP_SETGID");
  test.skipIf(noMultiRefusal !== null)(named("multi-line id maps without CAP_SETUID/CAP_SETGID: EPERM at idmap-write", noMultiRefusal), checked(() => {
    const r = sh("echo should-not-run", {
      Cloneflags: CLONE_NEWUSER,
      UidMappings: [{ ContainerID: 0, HostID: uid, Size: 1 }, { ContainerID: 1, HostID: 200000, Size: 1000 }],
      GidMappings: maps.GidMappings,
    });
    expect(r.err).toBe(EPERM);
    expect(r.step).toBe("idmap-write");
    expect(r.out).toBe("");
  }));

  test.skipIf(noMultiMap !== null)(named("multi-line id maps reach the kernel intact", noMultiMap), checked(() => {
    const r = sh(probe, {
      Cloneflags: CLONE_NEWUSER,
      UidMappings: [{ ContainerID: 0, HostID: uid, Size: 1 }, { ContainerID: 1, HostID: 200000, Size: 1000 }],
      GidMappings: [{ ContainerID: 0, HostID: gid, Size: 1 }, { ContainerID: 1000, HostID: 300000, Size: 5 }],
    });
    const s = sections(expectOk(r));
    expect(parseMap(s.get("uid")!)).toEqual([[0, uid, 1], [1, 200000, 1000]]);
    expect(parseMap(s.get("gid")!)).toEqual([[0, gid, 1], [1000, 300000, 5]]);
  }));

  test.skipIf(noUserNs !== null)(named("a refused id map fails ForkExec at idmap-write and leaves nothing behind", noUserNs), checked(() => {
    // Two overlapping extents: the kernel rejects the uid_map write with EINVAL.
    const r = sh("echo should-not-run", {
      Cloneflags: CLONE_NEWUSER,
      UidMappings: [{ ContainerID: 0, HostID: uid, Size: 10 }, { ContainerID: 5, HostID: 100000, Size: 10 }],
      GidMappings: maps.GidMappings,
    });
    expect(r.err).not.toBeNull();
    expect((r.err as Errno).errno).toBe(22);
    expect(r.step).toBe("idmap-write");
    expect(r.out).toBe("");
  }));

  test.skipIf(noUserNs !== null)(named("TestEmptyCredGroupsDisableSetgroups", noUserNs), checked(() => {
    const r = sh("echo @id; id -u; id -g; echo @setgroups; cat /proc/self/setgroups", {
      Cloneflags: CLONE_NEWUSER, ...maps, GidMappingsEnableSetgroups: false, Credential: { Uid: 0, Gid: 0 },
    });
    const s = sections(expectOk(r));
    expect(s.get("id")).toBe("0\n0");
    expect(s.get("setgroups")).toBe("deny");
  }));

  test.skipIf(noUserNs !== null)(named("Groups with setgroups denied: EPERM at setgroups", noUserNs), checked(() => {
    // The kernel refuses setgroups(2) once /proc/PID/setgroups is "deny": a
    // non-empty Groups is not silently dropped.
    const r = sh("echo should-not-run", {
      Cloneflags: CLONE_NEWUSER, ...maps, GidMappingsEnableSetgroups: false, Credential: { Uid: 0, Gid: 0, Groups: [0] },
    });
    expect(r.err).toBe(EPERM);
    expect(r.step).toBe("setgroups");
    expect(r.out).toBe("");
  }));

  test.skipIf(noUserNs !== null)(named("TestGroupCleanupUserNamespace", noUserNs), checked(() => {
    // Credential ids are the namespace's own: 0 is the one mapped (to
    // Getuid()/Getgid()). Go passes os.Getuid(), which is 0 where it runs this.
    const r = run(["/usr/bin/id"], { Cloneflags: CLONE_NEWUSER, ...maps, Credential: { Uid: 0, Gid: 0 } });
    const out = expectOk(r).trim();
    // Go accepts a trailing SELinux context: compare the prefix.
    expect(out.startsWith("uid=0(root) gid=0(root) groups=0(root)")).toBe(true);
  }));

  test.skipIf(noUserNs !== null)(named("TestUnshareUidGidMapping (CLONE_NEWUSER|CLONE_NEWNS by unshare, maps written by the child)", noUserNs), checked(() => {
    const r = sh(`${probe}; echo @mnt; readlink /proc/self/ns/mnt`, {
      Unshareflags: CLONE_NEWUSER | CLONE_NEWNS, ...maps, GidMappingsEnableSetgroups: false,
    });
    const s = sections(expectOk(r));
    expect(s.get("id")).toBe("0\n0");
    expect(parseMap(s.get("uid")!)).toEqual([[0, uid, 1]]);
    expect(parseMap(s.get("gid")!)).toEqual([[0, gid, 1]]);
    expect(s.get("setgroups")).toBe("deny");
    expect(s.get("ns")).not.toBe(readlinkSync("/proc/self/ns/user"));
    expect(s.get("mnt")).not.toBe(readlinkSync("/proc/self/ns/mnt"));
  }));

  test.skipIf(noUserNs !== null)(named("unshare(CLONE_NEWUSER) with setgroups allowed: the child cannot write gid_map (EPERM at gid_map)", noUserNs), checked(() => {
    // After unshare the child has no capability in the parent namespace, so
    // the kernel only accepts its own single gid with setgroups denied (as in Go).
    const r = sh("echo should-not-run", { Unshareflags: CLONE_NEWUSER, ...maps, GidMappingsEnableSetgroups: true });
    expect(r.err).toBe(EPERM);
    expect(r.step).toBe("gid_map");
    expect(r.out).toBe("");
  }));
});

// ------------------------------------------------------------ credentials

describe("Credential", () => {
  test.skipIf(notRoot !== null)(named("TestGroupCleanup", notRoot), checked(() => {
    const r = sh("id; echo @status; cat /proc/self/status", { Credential: { Uid: 0, Gid: 0 } });
    const out = expectOk(r);
    const id = out.split("\n")[0]!.trim();
    expect(id.startsWith("uid=0(root) gid=0(root)")).toBe(true);
    // groups= lists only the primary group (Alpine prints no groups at all).
    expect(/ groups=/.test(id) ? id.startsWith("uid=0(root) gid=0(root) groups=0(root)") : true).toBe(true);
    // setgroups(0, NULL) ran: no supplementary groups at all.
    expect(statusField(sections(out).get("status")!, "Groups")).toBe("");
  }));

  test.skipIf(notRoot !== null)(named("TestGroupCleanup with Groups [1, 2]", notRoot), checked(() => {
    const r = sh("id; echo @status; cat /proc/self/status", { Credential: { Uid: 0, Gid: 0, Groups: [1, 2] } });
    const out = expectOk(r);
    const id = out.split("\n")[0]!.trim();
    expect(id).toMatch(/^uid=0\(root\) gid=0\(root\) groups=0\(root\),1(\([^)]*\))?,2(\([^)]*\))?/);
    expect(statusField(sections(out).get("status")!, "Groups")).toBe("1 2");
  }));

  test.skipIf(notRoot !== null)(named("uid and gid other than root, with groups", notRoot), checked(() => {
    const r = sh("cat /proc/self/status", { Credential: { Uid: 1234, Gid: 5678, Groups: [42] } });
    const st = expectOk(r);
    expect(statusField(st, "Uid")).toBe("1234\t1234\t1234\t1234");
    expect(statusField(st, "Gid")).toBe("5678\t5678\t5678\t5678");
    expect(statusField(st, "Groups")).toBe("42");
  }));

  // The test process has no supplementary groups here, so clearing them is
  // only visible from a parent that has some: a fixture run under setpriv.
  const setpriv = which("setpriv");
  const noSetpriv = notRoot ?? (setpriv === null ? "no setpriv(1) to give the parent supplementary groups" : null);
  test.skipIf(noSetpriv !== null)(named("Credential clears inherited supplementary groups; NoSetGroups keeps them", noSetpriv), checked(async () => {
    const go = async (sys: SysProcAttr) => {
      const r = await fixture([setpriv!, "--groups", "7,8", BUN, join(FIXTURES, "ns-forkexec.ts"),
        JSON.stringify({ argv: ["/bin/cat", "/proc/self/status"], sys })]);
      if (r.code !== 0) throw new Error(`fixture failed (${r.code}): ${r.out}${r.err}`);
      return JSON.parse(r.out) as { groups: string; errno: number | null; step: string | null; out: string; status: number };
    };
    const cleared = await go({ Credential: { Uid: 0, Gid: 0 } });
    expect(cleared.groups).toBe("7 8"); // the parent really had them
    expect(cleared.errno).toBeNull();
    expect(cleared.status).toBe(0);
    expect(statusField(cleared.out, "Groups")).toBe("");
    const kept = await go({ Credential: { Uid: 0, Gid: 0, NoSetGroups: true } });
    expect(kept.errno).toBeNull();
    expect(statusField(kept.out, "Groups")).toBe("7 8");
  }));

  // An unprivileged parent asks for root: the kernel refuses. Needs a parent
  // running as nobody that can read the repository.
  const repoReadable = (() => {
    try {
      for (let d = import.meta.dir; d !== "/"; d = dirname(d)) if ((statSync(d).mode & 0o005) !== 0o005) return false;
      return (statSync(BUN).mode & 0o005) === 0o005 && (statSync(join(import.meta.dir, "../src/index.ts")).mode & 0o004) !== 0;
    } catch {
      return false;
    }
  })();
  const noNobody = notRoot ?? (repoReadable ? null : "the repository or bun is not readable by nobody");
  for (const noSetGroups of [false, true]) {
    const want = noSetGroups ? "setgid" : "setgroups";
    test.skipIf(noNobody !== null)(named(`Credential{Uid:0,Gid:0} from a nobody parent: EPERM at ${want}`, noNobody), checked(async () => {
      const p = await fixture([BUN, join(FIXTURES, "ns-forkexec.ts"),
        JSON.stringify({ argv: ["/bin/true"], sys: { Credential: { Uid: 0, Gid: 0, NoSetGroups: noSetGroups } } })], {
        uid: NOBODY, gid: NOBODY, cwd: "/tmp", env: { HOME: "/tmp", TMPDIR: "/tmp", PATH: "/usr/bin:/bin" },
      });
      const out = p.out;
      if (p.code !== 0) throw new Error(`fixture failed (${p.code}): ${out}${p.err}`);
      const res = JSON.parse(out) as { uid: number; errno: number | null; step: string | null; status: number | null };
      expect(res.uid).toBe(NOBODY);
      expect(res.errno).toBe(EPERM.errno);
      expect(res.step).toBe(want);
      expect(res.status).toBeNull();
    }));
  }
});

// ------------------------------------------------------------ unshare

describe("Unshareflags", () => {
  test.skipIf(noNetNs !== null)(named("TestUnshare (CLONE_NEWNET)", noNetNs), checked(() => {
    const orig = readFileSync("/proc/net/dev", "utf8").trim().split("\n");
    const r = sh("cat /proc/net/dev; echo @ns; readlink /proc/self/ns/net", { Unshareflags: CLONE_NEWNET });
    const out = expectOk(r);
    const dev = out.slice(0, out.indexOf("@ns")).trim().split("\n");
    const ifaces = dev.slice(2).map((l) => l.trim().split(":")[0]);
    expect(ifaces).toEqual(["lo"]);
    expect(sections(out).get("ns")).not.toBe(readlinkSync("/proc/self/ns/net"));
    // Go's check; only meaningful when this namespace has more than lo.
    if (orig.length > 3) expect(dev.length).toBeLessThan(orig.length);
  }));

  test.skipIf(notRoot !== null)(named("TestUnshareMountNameSpace", notRoot), checked(() => {
    const { dir, cleanup } = scratchDir("bun-syscall-ns-");
    try {
      const r = sh(`mount -t tmpfs none ${dir} && grep -c ' ${dir} ' /proc/self/mountinfo && readlink /proc/self/ns/mnt`, { Unshareflags: CLONE_NEWNS });
      const out = expectOk(r).trim().split("\n");
      expect(out[0]).toBe("1"); // the child did mount it
      expect(out[1]).not.toBe(readlinkSync("/proc/self/ns/mnt"));
      expect(mountPoints()).not.toContain(dir);
      rmdirSync(dir); // Go's check: EBUSY if it were mounted here
    } finally {
      if (mountPoints().includes(dir)) harness(["umount", "-l", dir]);
      cleanup();
    }
  }));

  // Issue 38471: where / is a shared mount (systemd), a new mount namespace
  // would propagate mounts back unless the child makes / private. Make a
  // shared mount to stand for it.
  test.skipIf(notRoot !== null)(named("CLONE_NEWNS does not propagate back through a shared mount (Go issue 38471)", notRoot), checked(() => {
    const { dir, cleanup } = scratchDir("bun-syscall-ns-");
    const sub = join(dir, "sub");
    let bound = false;
    try {
      const b = harness(["mount", "--bind", dir, dir]);
      if (b.code !== 0) throw new Error(`mount --bind: ${b.out}`);
      bound = true;
      const s = harness(["mount", "--make-shared", dir]);
      if (s.code !== 0) throw new Error(`mount --make-shared: ${s.out}`);
      mkdirSync(sub);
      const r = sh(`mount -t tmpfs none ${sub} && grep -c ' ${sub} ' /proc/self/mountinfo`, { Unshareflags: CLONE_NEWNS });
      expect(expectOk(r).trim()).toBe("1");
      expect(mountPoints()).not.toContain(sub);
    } finally {
      if (mountPoints().includes(sub)) harness(["umount", "-l", sub]);
      if (bound) harness(["umount", "-l", dir]);
      cleanup();
    }
  }));

  // Go builds a static test binary into the chroot; here the chroot gets
  // dash, mount and cat with the libraries ldd names.
  const ldd = which("ldd");
  const mountBin = which("mount");
  const noChroot = notRoot ?? needCaps("CAP_SYS_CHROOT") ?? (ldd === null ? "no ldd(1) to build a chroot" : mountBin === null ? "no mount(8) to copy into a chroot" : null);
  test.skipIf(noChroot !== null)(named("TestUnshareMountNameSpaceChroot", noChroot), checked(() => {
    const { dir, cleanup } = scratchDir("bun-syscall-ns-chroot-");
    const mnt = join(dir, "mnt");
    try {
      const bins: [string, string][] = [["/bin/sh", "/bin/sh"], [mountBin!, "/bin/mount"], [which("cat")!, "/bin/cat"]];
      mkdirSync(join(dir, "bin"));
      mkdirSync(mnt);
      for (const [from, to] of bins) copyFileSync(from, join(dir, to));
      const l = harness([ldd!, ...bins.map(([f]) => f)]);
      for (const lib of new Set(l.out.match(/\/[^\s:]+\.so[^\s:]*/g) ?? [])) {
        mkdirSync(join(dir, dirname(lib)), { recursive: true });
        copyFileSync(lib, join(dir, lib));
      }
      writeFileSync(join(dir, "marker"), "inside-the-chroot\n");
      const r = sh("cat /marker && mount -t tmpfs none /mnt && echo mounted", {
        Chroot: dir, Unshareflags: CLONE_NEWNS,
      });
      const out = expectOk(r);
      expect(out).toContain("inside-the-chroot");
      expect(out).toContain("mounted");
      expect(mountPoints()).not.toContain(mnt);
      rmdirSync(mnt); // EBUSY if the mount had reached this namespace
    } finally {
      if (mountPoints().includes(mnt)) harness(["umount", "-l", mnt]);
      cleanup();
    }
  }));
});

// ------------------------------------------------------------ cgroups

describe("UseCgroupFD", () => {
  test.skipIf(noCgroup !== null)(named("TestUseCgroupFD", noCgroup), checked(() => {
    const cg = makeCgroup();
    try {
      const [fd, oerr] = Open(cg.path, O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
      expect(oerr).toBeNull();
      let r: Run;
      try {
        r = sh("cat /proc/self/cgroup", { UseCgroupFD: true, CgroupFD: fd });
      } finally {
        Close(fd);
      }
      const line = expectOk(r).split("\n").find((l) => l.startsWith("0::"));
      expect(line).toBe(`0::${cg.rel}`);
      // And this process stayed where it was.
      expect(readFileSync("/proc/self/cgroup", "utf8")).toContain(`0::${CG!.self}\n`);
    } finally {
      cg.remove(); // EBUSY if the child were still in it: it has been reaped
    }
  }));

  test.skipIf(noCgroup !== null)(named("UseCgroupFD with a bad fd fails at clone with EBADF, nothing left behind", noCgroup), checked(() => {
    const p = [-1, -1];
    expect(Pipe2(p, O_CLOEXEC)).toBeNull();
    Close(p[0]!);
    Close(p[1]!);
    const r = sh("echo should-not-run", { UseCgroupFD: true, CgroupFD: p[0]! });
    expect(r.err).toBe(EBADF);
    expect(r.step).toBe("clone");
  }));

  test.skipIf(noCgroup !== null)(named("UseCgroupFD with a non-cgroup directory is refused", noCgroup), checked(() => {
    const [fd, oerr] = Open("/tmp", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    expect(oerr).toBeNull();
    try {
      const r = sh("echo should-not-run", { UseCgroupFD: true, CgroupFD: fd });
      expect(r.err).not.toBeNull();
      expect(r.step).toBe("clone");
      expect(r.out).toBe("");
    } finally {
      Close(fd);
    }
  }));
});

// ------------------------------------------------------------ time namespace

describe("CLONE_NEWTIME", () => {
  const timeNs = (sys: SysProcAttr) => {
    const r = sh("echo @time; readlink /proc/self/ns/time; echo @children; readlink /proc/self/ns/time_for_children; echo @offsets; cat /proc/self/timens_offsets", sys);
    const s = sections(expectOk(r));
    const parent = readlinkSync("/proc/self/ns/time");
    expect(s.get("time")).toMatch(/^time:\[\d+\]$/);
    expect(s.get("time")).not.toBe(parent);
    expect(s.get("children")).toBe(s.get("time")!);
    // The offsets of a fresh time namespace are zero.
    expect(s.get("offsets")!.split("\n").map((l) => l.trim().split(/\s+/).slice(1).join(" "))).toEqual(["0 0", "0 0"]);
  };

  test.skipIf(noTimeNs !== null)(named("TestCloneTimeNamespace", noTimeNs), checked(() => {
    timeNs({ Cloneflags: CLONE_NEWTIME });
  }));

  // clone3 with id maps written by the parent; needs no privilege.
  test.skipIf(noTimeInUserNs !== null)(named("TestCloneTimeNamespace in a new user namespace (CLONE_NEWUSER|CLONE_NEWTIME with id maps)", noTimeInUserNs), checked(() => {
    timeNs({
      Cloneflags: CLONE_NEWUSER | CLONE_NEWTIME,
      UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }],
      GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
    });
  }));
});

// ------------------------------------------------------------ pidfd

describe("PidFD", () => {
  const modes: [string, SysProcAttr, string | null][] = [
    ["clone(CLONE_VM|CLONE_VFORK)", {}, null],
    ["clone without CLONE_VM (CLONE_NEWUSER with id maps)", {
      Cloneflags: CLONE_NEWUSER,
      UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }],
      GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
    }, noUserNs],
    ["clone3 (CLONE_NEWTIME)", { Cloneflags: CLONE_NEWTIME }, noTimeNs],
    ["clone3 with id maps (CLONE_NEWUSER|CLONE_NEWTIME)", {
      Cloneflags: CLONE_NEWUSER | CLONE_NEWTIME,
      UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }],
      GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
    }, noTimeInUserNs],
  ];

  for (const [mode, extra, skip] of modes) {
    test.skipIf(skip !== null)(named(`TestPidFD: ${mode}`, skip), checked(() => {
      const pidfd = { value: -7 };
      const [pid, err] = ForkExec("/bin/sleep", ["sleep", "30"], { Files: [], Sys: { ...extra, PidFD: pidfd } });
      expect(err).toBeNull();
      expect(pidfd.value).toBeGreaterThanOrEqual(0);
      try {
        const info = readFileSync(`/proc/self/fdinfo/${pidfd.value}`, "utf8");
        expect(statusField(info, "Pid")).toBe(String(pid));
        expect(readlinkSync(`/proc/self/fd/${pidfd.value}`)).toBe("anon_inode:[pidfd]");
        // FD_CLOEXEC, as every fd the package makes.
        expect((parseInt(statusField(info, "flags") ?? "0", 8) & 0o2000000) !== 0).toBe(true);
        expect(PidfdSendSignal(pidfd.value, SIGKILL, null, 0)).toBeNull();
        const ws = new WaitStatus();
        reap(pid, ws);
        expect(ws.Signaled()).toBe(true);
        expect(ws.Signal()).toBe(SIGKILL);
      } finally {
        expect(Close(pidfd.value)).toBeNull();
      }
    }));

    test.skipIf(skip !== null)(named(`a failed ForkExec leaves no pidfd: ${mode}`, skip), checked(() => {
      const pidfd = { value: 99 };
      const [pid, err] = ForkExec("/nonexistent/bun-syscall-ns", ["x"], { Files: [], Sys: { ...extra, PidFD: pidfd } });
      expect(err).toBe(ENOENT);
      expect(LastForkExecFailure()?.Step).toBe("execve");
      expect(pid).toBe(0);
      expect(pidfd.value).toBe(-1);
    }));
  }
});

// ------------------------------------------------------------ ambient capabilities

describe("AmbientCaps", () => {
  const CAP_SYS_RESOURCE = 24;
  const CAP_SYS_TIME = 25;
  const CAP_SYSLOG = 34;
  const cases: [string, number[], bigint][] = [
    ["CAP_SYS_TIME, CAP_SYS_RESOURCE", [CAP_SYS_TIME, CAP_SYS_RESOURCE], 0x3000000n],
    ["CAP_SYS_TIME, CAP_SYSLOG (second capability word)", [CAP_SYS_TIME, CAP_SYSLOG], (1n << 25n) | (1n << 34n)],
  ];
  const capsOf = (st: string, f: string) => BigInt("0x" + (statusField(st, f) ?? "x"));

  // The kernel only raises a capability the process holds: this process's
  // permitted set bounds the non-userns cases (a sandbox may drop some).
  const ownPrm = capsOf(readFileSync("/proc/self/status", "utf8"), "CapPrm");
  const missing = (caps: number[]) => caps.filter((c) => ((ownPrm >> BigInt(c)) & 1n) === 0n);
  const capReason = (caps: number[]) => {
    const m = missing(caps);
    return m.length === 0 ? null
      : skipReason(`ambient caps ${caps}`, `this process lacks capability ${m.join(", ")} (CapPrm ${ownPrm.toString(16)}); capset(2) refuses it with EPERM`);
  };

  for (const userns of [false, true]) {
    for (const [what, caps, bits] of cases) {
      const skip = userns ? noUserNs : (notRoot ?? capReason(caps));
      test.skipIf(skip !== null)(named(`TestAmbientCaps${userns ? "Userns" : ""} as nobody: ${what}`, skip), checked(() => {
        const sys: SysProcAttr = { Credential: { Uid: NOBODY, Gid: NOBODY }, AmbientCaps: caps };
        if (userns) {
          sys.Cloneflags = CLONE_NEWUSER;
          sys.UidMappings = [{ ContainerID: NOBODY, HostID: Getuid(), Size: 1 }];
          sys.GidMappings = [{ ContainerID: NOBODY, HostID: Getgid(), Size: 1 }];
        }
        const st = expectOk(run(["/bin/cat", "/proc/self/status"], sys));
        expect(statusField(st, "Uid")).toBe(`${NOBODY}\t${NOBODY}\t${NOBODY}\t${NOBODY}`);
        expect(statusField(st, "Gid")).toBe(`${NOBODY}\t${NOBODY}\t${NOBODY}\t${NOBODY}`);
        expect(capsOf(st, "CapAmb")).toBe(bits);
        expect(capsOf(st, "CapInh")).toBe(bits);
        // Ambient caps become permitted and effective across execve of a plain binary.
        expect(capsOf(st, "CapPrm")).toBe(bits);
        expect(capsOf(st, "CapEff")).toBe(bits);
      }));
    }
  }

  // The other side of the skip above: a capability outside the permitted set fails at capset.
  const lacking = Array.from({ length: 41 }, (_, i) => i).filter((c) => missing([c]).length > 0);
  const noLacking = notRoot ?? (lacking.length === 0 ? "this process holds every capability: none to be refused" : null);
  test.skipIf(noLacking !== null)(named(`an ambient cap this process lacks (${lacking[0]}): EPERM at capset`, noLacking), checked(() => {
    const r = run(["/bin/true"], { Credential: { Uid: NOBODY, Gid: NOBODY }, AmbientCaps: [CAP_SYS_TIME, lacking[0]!] });
    expect(r.err).toBe(EPERM);
    expect(r.step).toBe("capset");
  }));

  test.skipIf(notRoot !== null)(named("without AmbientCaps a nobody child has no capabilities", notRoot), checked(() => {
    const st = expectOk(run(["/bin/cat", "/proc/self/status"], { Credential: { Uid: NOBODY, Gid: NOBODY } }));
    expect(capsOf(st, "CapAmb")).toBe(0n);
    expect(capsOf(st, "CapEff")).toBe(0n);
    expect(capsOf(st, "CapPrm")).toBe(0n);
  }));
});

// ------------------------------------------------------------ parent-death signal

describe("Pdeathsig", () => {
  /** Runs the fixture parent; returns the orphan's pid once the parent has exited. */
  async function orphan(mode: "pdeathsig" | "none"): Promise<number> {
    // Synchronous: the fixture has exited when this returns.
    const r = await fixture([BUN, join(FIXTURES, "ns-deathsig-parent.ts"), mode]);
    if (r.code !== 0) throw new Error(`fixture failed (${r.code}): ${r.out}${r.err}`);
    const pid = Number(r.out.trim());
    expect(Number.isInteger(pid) && pid > 0).toBe(true);
    return pid;
  }
  /** "gone", "zombie", or the process's state letter, polled up to ms. */
  async function waitGone(pid: number, ms: number): Promise<string> {
    const end = Date.now() + ms;
    let state = "?";
    for (;;) {
      try {
        state = statusField(readFileSync(`/proc/${pid}/status`, "utf8"), "State")?.[0] ?? "?";
      } catch {
        return "gone";
      }
      if (state === "Z" || state === "X") return "zombie";
      if (Date.now() > end) return state;
      await Bun.sleep(20);
    }
  }

  test.skipIf(notRoot !== null)(named("TestDeathSignalSetuid: the orphan (setuid nobody) dies with its parent", notRoot), checked(async () => {
    const pid = await orphan("pdeathsig");
    const fate = await waitGone(pid, 3000);
    if (fate !== "gone" && fate !== "zombie") Kill(pid, SIGKILL);
    expect(fate === "gone" || fate === "zombie").toBe(true);
  }));

  test.skipIf(notRoot !== null)(named("control: without Pdeathsig the orphan outlives its parent", notRoot), checked(async () => {
    const pid = await orphan("none");
    try {
      const st = readFileSync(`/proc/${pid}/status`, "utf8");
      expect(statusField(st, "Name")).toBe("sleep");
      expect(statusField(st, "Uid")).toBe(`${NOBODY}\t${NOBODY}\t${NOBODY}\t${NOBODY}`);
      expect(await waitGone(pid, 300)).toMatch(/^[SR]$/);
    } finally {
      Kill(pid, SIGKILL);
    }
    const fate = await waitGone(pid, 3000);
    expect(fate === "gone" || fate === "zombie").toBe(true);
  }));
});
