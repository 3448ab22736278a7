/**
 * ForkExec's sandbox fields (beyond Go, and Go's proposal 68595): each step
 * alone and together, as root and as an unprivileged user in a user
 * namespace; the errors of bad input with their Errno and step, leaving no
 * fd or zombie; examples/sandbox.ts; and a differential test against
 * bubblewrap. The runs that could crash a process run in a child Bun
 * process with a time limit (test/fixtures/sandbox-steps.ts, the example).
 */
import { describe, expect, test, beforeAll, afterAll } from "bun:test";
import { chmodSync, existsSync, mkdirSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  ForkExec, Wait4, Pipe2, Close, Getuid, Getgid, LastForkExecFailure, O_CLOEXEC, CLONE_NEWNS, CLONE_NEWUSER, CLONE_NEWUTS,
  EINVAL, ENOENT, ENODEV, EBUSY, EBADF, MS_BIND, LandlockCreateRuleset, LANDLOCK_CREATE_RULESET_VERSION, type SysProcAttr,
  LandlockAddRule, LandlockRulesetAttr, LandlockPathBeneathAttr, LANDLOCK_RULE_PATH_BENEATH, LANDLOCK_ACCESS_FS_READ_FILE,
  LANDLOCK_ACCESS_FS_READ_DIR, Open, O_PATH, O_DIRECTORY, O_RDONLY, Read, Syscall, Dup3, WaitStatus, Getpagesize, MS_REC,
} from "../src/index.ts";
import { noFdLeak, zombieChildren, scratchDir, isRoot, userNsUnavailable } from "./helpers.ts";

const root = join(import.meta.dir, "..");
const bun = process.execPath;
const steps = join(import.meta.dir, "fixtures", "sandbox-steps.ts");
const example = join(root, "examples", "sandbox.ts");
type Result = { out?: string; status?: number; err?: string; step?: string; skip?: string };

const scratch = scratchDir("bun-syscall-sandbox-");
chmodSync(scratch.dir, 0o777);
afterAll(() => scratch.cleanup());

/** Unprivileged here: this process when it is not root; as root, uid 65534 (nobody). */
const unprivUid = isRoot ? 65534 : Getuid();
const userNsReason = userNsUnavailable();
const landlockReason = (() => {
  const [, e] = LandlockCreateRuleset(null, LANDLOCK_CREATE_RULESET_VERSION);
  return e === null ? null : `no Landlock in this kernel: landlock_create_ruleset: ${e.message}`;
})();
function runSteps(mode: "root" | "user"): Record<string, Result> {
  const asNobody = mode === "user" && isRoot;
  const dir = join(scratch.dir, mode);
  mkdirSync(dir, { mode: 0o777 });
  chmodSync(dir, 0o777);
  const r = Bun.spawnSync([bun, steps, mode, dir], {
    cwd: "/", env: { ...process.env, HOME: "/tmp" }, timeout: 15000, stdout: "pipe", stderr: "pipe",
    ...(asNobody ? { uid: 65534, gid: 65534 } : {}),
  });
  const text = r.stdout.toString();
  if (r.exitCode !== 0 || !text.startsWith("{")) throw new Error(`${steps} ${mode} exited ${r.exitCode} (${r.signalCode}): ${text}${r.stderr}`);
  return JSON.parse(text);
}

const modes = [
  { mode: "root" as const, skip: isRoot ? null : `needs root; running as uid ${Getuid()}` },
  { mode: "user" as const, skip: userNsReason === null ? null : `needs an unprivileged user namespace: ${userNsReason}` },
];
for (const { mode, skip } of modes) {
  describe.skipIf(skip !== null)(`each step, ${mode === "root" ? "as root" : `as uid ${unprivUid} in a user namespace`}${skip ? ` (skip: ${skip})` : ""}`, () => {
    let R: Record<string, Result> = {};
    beforeAll(() => {
      R = runSteps(mode);
    });
    const ok = (name: string) => {
      const r = R[name]!;
      expect(r.err === undefined ? "" : `${r.step}: ${r.err}`).toBe("");
      return r.out!;
    };
    test("Umask: the child's umask", () => expect(ok("umask")).toBe("0027\n"));
    test("Hostname and Domainname in a new UTS namespace", () => expect(ok("hostname")).toBe("sbx-host\nsbx-dom\n"));
    test("Rlimits: any resource, seen in /proc/self/limits", () => {
      expect(ok("rlimits")).toMatch(/Max core file size\s+0\s+0\s/);
      expect(ok("rlimits")).toMatch(/Max open files\s+64\s+128\s/);
    });
    test("NoNewPrivs: no_new_privs is set", () => expect(ok("nonewprivs")).toBe("NoNewPrivs:\t1\n"));
    test("SeccompFilter: a denied syscall fails with the chosen errno and the program runs on", () => {
      const out = ok("seccomp");
      expect(out).toContain("Invalid cross-device link"); // EXDEV, the errno chosen
      expect(out).toContain("still running\nSeccomp:\t2\nabsent\n");
    });
    test("SeccompFilter without NoNewPrivs or CAP_SYS_ADMIN: EACCES, step seccomp", () => {
      expect(R.seccompEacces).toEqual({ err: "permission denied", step: "seccomp" });
    });
    test("a filter that denies execve (and exit_group): its errno, step execve, no hang", () => {
      expect(R.seccompDeniesExecve).toEqual({ err: "operation not permitted", step: "execve" });
    });
    test("the first steps together, with Setsid and Pdeathsig", () => {
      expect(ok("combined")).toMatch(/^0077\nboth\nuname-denied\nNoNewPrivs:\t1\nSeccomp:\t2\nMax open files\s+100\s+100\s/);
    });
    test("Mounts and PivotRoot: only the new root, the old one gone", () => {
      const out = ok("pivot");
      expect(out).toBe([".", "..", "bin", "lib", "lib64", "made", "proc", "tmp", "usr", "/", "/usr", "/proc", "/tmp", "made", "/", ""].join("\n"));
    });
    test("BoundingCaps and InheritableCaps: the sets seen", () => {
      const out = ok("caps");
      expect(out).toContain("CapInh:\t0000000000000020\n");
      expect(out).toContain("CapBnd:\t0000000000000021\n");
      expect(out).toContain("CapEff:\t0000000000000021\n");
    });
    test.skipIf(mode === "user")(`PermittedCaps, EffectiveCaps, InheritableCaps with a Credential and AmbientCaps${mode === "user" ? " (skip: a credential change needs a second mapped uid)" : ""}`, () => {
      const out = ok("capsAmbient");
      for (const set of ["Inh", "Prm", "Eff", "Amb"]) expect(out).toContain(`Cap${set}:\t0000000000000400\n`);
    });
    test("Setns: joins a namespace by fd (user namespaces first, whatever the order)", () => expect(ok("setns")).toBe("joined\n"));
    test("Setns with Nstype 0: each namespace is joined as its own type (the user namespace still first)", () => expect(ok("setnsAny")).toBe("joined\n"));
    test("Setns into a time namespace (Nstype 0): the child is alone in its memory, as the kernel requires", () => expect(ok("setnsTime")).toBe("joined\n"));
    test.skipIf(landlockReason !== null)(`UseLandlock: a read outside the allowed trees is denied${landlockReason ? ` (skip: ${landlockReason})` : ""}`, () => {
      expect(R.landlock!.skip).toBeUndefined();
      expect(ok("landlock")).toMatch(/^allowed\n.*Permission denied\ndenied\nabi=\d+\n$/);
    });
    test.skipIf(mode === "user")(`NoNewPrivs: a setuid-root program gives no euid 0 to uid 65534${mode === "user" ? " (skip: needs root to make a setuid-root copy of id)" : ""}`, () => expect(ok("setuid")).toBe("0 65534"));
  });
}

// ------------------------------------------------------------ errors

/** A new user namespace (this uid and gid as root there) where this process is not root, so that mounting is allowed. */
/** Reads fd to its end as text, then closes it. */
function drain(fd: number): string {
  const buf = new Uint8Array(256);
  let got = "";
  for (let n = 1; n > 0; ) {
    [n] = Read(fd, buf);
    if (n > 0) got += new TextDecoder().decode(buf.subarray(0, n));
  }
  Close(fd);
  return got;
}

const nsAttr = (flags: number): SysProcAttr => isRoot
  ? { Cloneflags: flags }
  : { Cloneflags: flags | CLONE_NEWUSER, UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }], GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }] };
const canNs = isRoot || userNsReason === null;

/** ForkExec /bin/true with sys: the Errno and step, or null; checks that no fd and no zombie is left. */
async function failure(sys: SysProcAttr): Promise<[number, string] | null> {
  return noFdLeak(() => {
    const p = [0, 0];
    Pipe2(p, O_CLOEXEC);
    const [pid, err] = ForkExec("/bin/true", ["true"], { Files: [0, p[1]!, 2], Sys: sys });
    Close(p[0]!);
    Close(p[1]!);
    if (!err) {
      Wait4(pid, null, 0, null);
      return null;
    }
    expect(zombieChildren()).toEqual([]);
    return [(err as { errno?: number }).errno ?? -1, LastForkExecFailure()!.Step];
  });
}

describe("bad input: the kernel's Errno and the step, nothing left behind", () => {
  test("refused before any child: a mount program or PivotRoot without CLONE_NEWNS, a relative target, a name without CLONE_NEWUTS, too long a filter", async () => {
    expect(await failure({ Mounts: [{ Target: "/mnt", Fstype: "tmpfs", Source: "tmpfs" }] })).toEqual([EINVAL.errno, "mount"]);
    expect(await failure({ PivotRoot: "/mnt" })).toEqual([EINVAL.errno, "pivot_root"]);
    expect(await failure({ Cloneflags: CLONE_NEWNS, Mounts: [{ Target: "mnt", Fstype: "tmpfs", Source: "tmpfs" }] })).toEqual([EINVAL.errno, "mount"]);
    expect(await failure({ Hostname: "x" })).toEqual([EINVAL.errno, "sethostname"]);
    expect(await failure({ Domainname: "x" })).toEqual([EINVAL.errno, "setdomainname"]);
    expect(await failure({ NoNewPrivs: true, SeccompFilter: Array.from({ length: 4097 }, () => ({ Code: 6, Jt: 0, Jf: 0, K: 0x7fff0000 })) })).toEqual([EINVAL.errno, "seccomp"]);
    expect(await failure({ BoundingCaps: [64] })).toEqual([EINVAL.errno, "capbset"]);
    expect(await failure({ Cloneflags: CLONE_NEWUTS, Hostname: "a\0b" })).toEqual([EINVAL.errno, "validate"]);
  });

  test("a Setns that joins a mount or UTS namespace (Bun's own, by /proc/self/ns or a pidfd) takes Cloneflags' CLONE_NEWNS or CLONE_NEWUTS back: mounts, PivotRoot and names are refused", async () => {
    const [mnt] = Open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC, 0);
    const [uts] = Open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC, 0);
    const pidfd = Number(Syscall(434, process.pid, 0, 0)[0]); // pidfd_open(2) of Bun itself
    try {
      const tmpfs = [{ Target: "/mnt", Fstype: "tmpfs", Source: "tmpfs" }];
      for (const Nstype of [0, CLONE_NEWNS]) {
        expect(await failure({ Cloneflags: CLONE_NEWNS, Setns: [{ Fd: mnt, Nstype }], Mounts: tmpfs })).toEqual([EINVAL.errno, "mount"]);
        expect(await failure({ Cloneflags: CLONE_NEWNS, Setns: [{ Fd: mnt, Nstype }], PivotRoot: "/mnt" })).toEqual([EINVAL.errno, "pivot_root"]);
      }
      expect(await failure({ Cloneflags: CLONE_NEWUTS, Setns: [{ Fd: uts }], Hostname: "x" })).toEqual([EINVAL.errno, "sethostname"]);
      expect(await failure({ Cloneflags: CLONE_NEWUTS, Setns: [{ Fd: uts }], Domainname: "x" })).toEqual([EINVAL.errno, "setdomainname"]);
      expect(await failure({ Cloneflags: CLONE_NEWNS | CLONE_NEWUTS, Setns: [{ Fd: pidfd, Nstype: CLONE_NEWNS | CLONE_NEWUTS }], Mounts: tmpfs })).toEqual([EINVAL.errno, "mount"]);
      expect(await failure({ Cloneflags: CLONE_NEWNS | CLONE_NEWUTS, Setns: [{ Fd: pidfd, Nstype: CLONE_NEWUTS }], Hostname: "x" })).toEqual([EINVAL.errno, "sethostname"]);
    } finally {
      for (const fd of [mnt, uts, pidfd]) Close(fd);
    }
  });

  test.skipIf(!isRoot)(`a Setns fd that becomes a namespace only after it was read (a getter's Dup3) is not joined: the child's setns refuses it, nothing is mounted in Bun's namespace${isRoot ? "" : " [skipped: needs root for CLONE_NEWNS]"}`, async () => {
    const [mnt] = Open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC, 0);
    const [slot] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0); // no namespace when the Setns entry is read
    const target = join(scratchDir("setns-toctou").dir, "m");
    mkdirSync(target, { recursive: true });
    const mounted = () => readFileSync("/proc/self/mountinfo", "utf8").split("\n").filter((l) => l.includes(` ${target} `)).length;
    try {
      const [pid, err] = ForkExec("/bin/true", ["true"], {
        Sys: {
          Cloneflags: CLONE_NEWNS,
          Setns: [{ Fd: slot, Nstype: 0 }],
          Rlimits: [{ get Resource() { Dup3(mnt, slot, O_CLOEXEC); return 7; }, Cur: 1024, Max: 1024 }],
          Mounts: [{ Target: target, Fstype: "tmpfs", Source: "tmpfs" }],
        },
      });
      if (pid > 0) Wait4(pid, null, 0, null);
      expect([pid, err, LastForkExecFailure()?.Step]).toEqual([0, EINVAL, "setns"]);
      expect(mounted()).toBe(0);
      expect(zombieChildren()).toEqual([]);
    } finally {
      Close(mnt);
      Close(slot);
    }
  });

  test.skipIf(!isRoot)(`after a Setns into Bun's mount and UTS namespaces, Unshareflags makes fresh ones: the mount and the name stay the child's${isRoot ? "" : " [skipped: needs root to join a mount namespace]"}`, () => {
    const scratch = scratchDir("setns-fresh");
    const target = join(scratch.dir, "m");
    mkdirSync(target, { recursive: true });
    const [mnt] = Open("/proc/self/ns/mnt", O_RDONLY | O_CLOEXEC, 0);
    const [uts] = Open("/proc/self/ns/uts", O_RDONLY | O_CLOEXEC, 0);
    const before = [readFileSync("/proc/self/mountinfo", "utf8"), readFileSync("/proc/sys/kernel/hostname", "utf8")];
    const p = [0, 0];
    Pipe2(p, O_CLOEXEC);
    const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", `grep -c ' ${target} ' /proc/self/mountinfo; cat /proc/sys/kernel/hostname`], {
      Files: [0, p[1]!, 2],
      Sys: {
        Cloneflags: CLONE_NEWNS | CLONE_NEWUTS, Setns: [{ Fd: mnt }, { Fd: uts }], Unshareflags: CLONE_NEWNS | CLONE_NEWUTS,
        Hostname: "fresh-uts", Mounts: [{ Target: target, Fstype: "tmpfs", Source: "tmpfs" }],
      },
    });
    Close(p[1]!);
    Close(mnt);
    Close(uts);
    expect(err).toBeNull();
    Wait4(pid, null, 0, null);
    const got = drain(p[0]!);
    expect(got).toBe("1\nfresh-uts\n");
    expect([readFileSync("/proc/self/mountinfo", "utf8"), readFileSync("/proc/sys/kernel/hostname", "utf8")]).toEqual(before);
    scratch.cleanup();
  });

  test("an empty seccomp filter: the kernel's EINVAL", async () => {
    expect(await failure({ NoNewPrivs: true, SeccompFilter: [] })).toEqual([EINVAL.errno, "seccomp"]);
  });

  test.skipIf(!canNs)("in the child: a missing source, an unknown fstype, a PivotRoot that is not a mount point", async () => {
    const ns = nsAttr(CLONE_NEWNS);
    expect(await failure({ ...ns, Mounts: [{ Source: "/nonexistent-src", Target: "/mnt", Flags: MS_BIND }] })).toEqual([ENOENT.errno, "mount"]);
    expect(await failure({ ...ns, Mounts: [{ Source: "x", Target: "/mnt", Fstype: "no-such-fs" }] })).toEqual([ENODEV.errno, "mount"]);
    expect(await failure({ ...ns, Mounts: [{ Op: "mkdir", Target: "/proc/no/such" }] })).toEqual([ENOENT.errno, "mount-create"]);
    // Not a mount point, on the current root's mount: the kernel's EBUSY (EINVAL in a user namespace, where it checks the mount first).
    const pivot = await failure({ ...ns, PivotRoot: "/usr/share" });
    expect(pivot?.[1]).toBe("pivot_root");
    expect([EBUSY.errno, EINVAL.errno]).toContain(pivot![0]);
    // Try skips what is missing.
    expect(await failure({ ...ns, Mounts: [{ Source: "/nonexistent-src", Target: "/mnt", Flags: MS_BIND, Try: true }] })).toBeNull();
  });

  test.skipIf(!canNs)(`a Try bind whose source is missing is skipped whole, as bwrap's --bind-try: its Create makes no target${canNs ? "" : ` (skip: needs root or a user namespace: ${userNsReason})`}`, async () => {
    const scratch = scratchDir();
    const p = [0, 0];
    Pipe2(p, O_CLOEXEC);
    const t = `${scratch.dir}/t`;
    const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", `for x in ${t}/missing/deep ${t}/file ${t}/kept; do test -e $x && echo made || echo absent; done`], {
      Files: [0, p[1]!, 2],
      Sys: {
        ...nsAttr(CLONE_NEWNS),
        Mounts: [
          { Target: t, Fstype: "tmpfs", Source: "tmpfs", Create: "dir" },
          { Source: "/proc/bun-syscall-no-such-src", Target: `${t}/missing/deep`, Flags: MS_BIND, Create: "dir", Try: true },
          { Source: "/proc/bun-syscall-no-such-file", Target: `${t}/file`, Flags: MS_BIND, Create: "file", Try: true },
          // A source that exists still gets its target made and bound.
          { Source: "/proc", Target: `${t}/kept`, Flags: MS_BIND | MS_REC, Create: "dir", Try: true },
        ],
      },
    });
    Close(p[1]!);
    expect(err).toBeNull();
    const ws = new WaitStatus();
    Wait4(pid, ws, 0, null);
    const got = drain(p[0]!);
    scratch.cleanup();
    expect(ws.ExitStatus()).toBe(0);
    expect(got).toBe("absent\nabsent\nmade\n");
  });

  test.skipIf(!canNs)(`a mount's Data longer than the page mount(2) copies is EINVAL, not cut short (a tmpfs's trailing mode=0700 read as 070)${canNs ? "" : ` (skip: needs root or a user namespace: ${userNsReason})`}`, async () => {
    const page = Getpagesize();
    const tail = "1m,mode=0700";
    const data = (n: number) => "size=" + "0".repeat(n - 5 - tail.length) + tail;
    const modeOf = (d: string) => {
      const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", "exit $(stat -c %a /mnt)"], {
        Files: [0, 1, 2], Sys: { ...nsAttr(CLONE_NEWNS), Mounts: [{ Target: "/mnt", Source: "tmpfs", Fstype: "tmpfs", Data: d }] },
      });
      if (err) return err;
      const ws = new WaitStatus();
      Wait4(pid, ws, 0, null);
      return ws.ExitStatus();
    };
    expect(data(page - 1).length).toBe(page - 1);
    expect(modeOf(data(page - 1))).toBe(700 % 256); // the whole string fits with its NUL
    expect(modeOf(data(page))).toBe(EINVAL);
    expect(LastForkExecFailure()?.Step).toBe("mount");
    expect(modeOf("mode=0700," + "é".repeat(page / 2))).toBe(EINVAL); // bytes, not UTF-16 units
    expect(await failure({ ...nsAttr(CLONE_NEWNS), Mounts: [{ Target: "/mnt", Source: "tmpfs", Fstype: "tmpfs", Data: data(page + 1) }] })).toEqual([EINVAL.errno, "mount"]);
  });

  const unshareReason = !isRoot ? "needs root for unshare -m" : Bun.which("unshare") === null ? "no unshare(1)" : null;
  test.skipIf(unshareReason !== null)(`a "mount" op with MS_REMOUNT but no MS_BIND is EINVAL: it would remount the superblock, read-only in Bun's namespace too${unshareReason ? ` (skip: ${unshareReason})` : ""}`, () => {
    // Bun runs in a mount namespace of its own (unshare -m) with a tmpfs of
    // its own: whatever the old code did, only that tmpfs could change.
    const dir = join(scratch.dir, "superblock");
    mkdirSync(join(dir, "m"), { recursive: true });
    const script = join(dir, "probe.ts");
    writeFileSync(script, `
      import { ForkExec, Wait4, LastForkExecFailure, CLONE_NEWNS, MS_REMOUNT, MS_RDONLY, MS_BIND } from ${JSON.stringify(join(root, "src", "index.ts"))};
      import { readFileSync } from "node:fs";
      const target = ${JSON.stringify(join(dir, "m"))};
      const superOpts = () => readFileSync("/proc/self/mountinfo", "utf8").split("\\n").find((l) => l.includes(" " + target + " "))!.split(" ").pop();
      const run = (Flags: number) => {
        const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { Cloneflags: CLONE_NEWNS, Mounts: [{ Target: target, Flags }] } });
        if (pid > 0) Wait4(pid, null, 0, null);
        return [err?.message ?? null, err ? LastForkExecFailure()!.Step : null, superOpts()];
      };
      console.log(JSON.stringify([run(MS_REMOUNT | MS_RDONLY), run(MS_REMOUNT | MS_BIND | MS_RDONLY)]));
    `);
    const r = Bun.spawnSync(["unshare", "-m", "--propagation", "private", "sh", "-c", 'mount -t tmpfs tmpfs "$1" && exec "$2" "$3"', "sh", join(dir, "m"), bun, script], {
      timeout: 15000, stdout: "pipe", stderr: "pipe",
    });
    expect(r.stderr.toString()).toBe("");
    expect(JSON.parse(r.stdout.toString())).toEqual([["invalid argument", "mount", "rw"], [null, null, "rw"]]);
  });

  test.skipIf(landlockReason !== null)(`a Landlock fd that is not a ruleset${landlockReason ? ` (skip: ${landlockReason})` : ""}`, async () => {
    const p = [0, 0];
    Pipe2(p, O_CLOEXEC);
    const r = await failure({ NoNewPrivs: true, UseLandlock: true, LandlockFD: p[0]! });
    Close(p[0]!);
    Close(p[1]!);
    expect(r).toEqual([77 /* EBADFD */, "landlock"]);
    expect(await failure({ NoNewPrivs: true, UseLandlock: true, LandlockFD: 1 << 20 })).toEqual([9 /* EBADF */, "landlock"]);
  });

  test.skipIf(landlockReason !== null)(`LandlockAddRule: a rule added; an fd beyond int32 is EBADF and 32-bit arguments beyond 32 bits a RangeError, never wrapped onto another fd or value${landlockReason ? ` (skip: ${landlockReason})` : ""}`, () => noFdLeak(() => {
    const access = LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
    const [rs, e] = LandlockCreateRuleset(new LandlockRulesetAttr({ HandledAccessFs: access }), 0);
    expect(e).toBeNull();
    const [dir, oe] = Open("/", O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
    expect(oe).toBeNull();
    try {
      const rule = (ParentFd: number) => new LandlockPathBeneathAttr({ AllowedAccess: access, ParentFd });
      expect(LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, rule(dir), 0)).toBeNull();
      expect(LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, rule(1 << 20), 0)).toBe(EBADF);
      expect(LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, rule(dir), 1)).toBe(EINVAL);
      // Each of these named dir or rs in its low 32 bits, and the kernel took it.
      for (const fd of [2 ** 32 + dir, -(2 ** 32) + dir, 2 ** 53 - 1]) expect(LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, rule(fd), 0)).toBe(EBADF);
      expect(LandlockAddRule(2 ** 32 + rs, LANDLOCK_RULE_PATH_BENEATH, rule(dir), 0)).toBe(EBADF);
      expect(() => LandlockAddRule(rs, 2 ** 32 + LANDLOCK_RULE_PATH_BENEATH, rule(dir), 0)).toThrow(RangeError);
      expect(() => LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, rule(dir), 2 ** 32)).toThrow(RangeError);
      expect(() => LandlockCreateRuleset(null, 2 ** 32 + LANDLOCK_CREATE_RULESET_VERSION)).toThrow(RangeError);
      expect(() => LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, rule(NaN), 0)).toThrow(TypeError);
      expect(() => LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, rule(1.5), 0)).toThrow(TypeError);
    } finally {
      Close(dir);
      Close(rs);
    }
  }));

  test("wrong JavaScript types throw TypeError or RangeError before any child", () => {
    const bad: unknown[] = [
      { Mounts: "x" }, { Mounts: [{ Target: 1 }] }, { Mounts: [{ Target: "/m", Op: "bogus" }] }, { Mounts: [{ Target: "/m", Create: "pipe" }] },
      { SeccompFilter: [{ Code: "6", Jt: 0, Jf: 0, K: 0 }] }, { SeccompFilter: [{ Code: 6, Jt: 256, Jf: 0, K: 0 }] }, { Umask: "022" }, { Umask: 0o10000 },
      { Rlimits: [{ Resource: 7, Cur: -1n, Max: 1n }] }, { Rlimits: [{ Resource: 7, Cur: "1", Max: 1n }] }, { Hostname: 5 }, { Setns: [{ Fd: "3" }] },
      { BoundingCaps: ["x"] }, { NoNewPrivs: 1 }, { LandlockFD: 1.5 }, { PivotRoot: {} },
    ];
    for (const sys of bad) {
      expect(() => ForkExec("/bin/true", ["true"], { Sys: sys as SysProcAttr })).toThrow(/must be|out of range/);
    }
    expect(zombieChildren()).toEqual([]);
  });
});

// ------------------------------------------------------------ the README's example

test.skipIf(userNsReason !== null)(`the README's sandbox example prints what it says${userNsReason ? ` (skip: ${userNsReason})` : ""}`, () => {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## A sandbox in one ForkExec"));
  const code = /```ts\n([\s\S]*?)```/.exec(section)![1]!.replaceAll('"bun-syscall"', JSON.stringify(join(root, "src", "index.ts")));
  const file = join(scratch.dir, "readme-sandbox.ts");
  writeFileSync(file, code);
  const r = Bun.spawnSync([bun, file], { cwd: "/", timeout: 10000, stdout: "pipe", stderr: "pipe" });
  expect(r.stderr.toString()).toBe("");
  expect(r.stdout.toString()).toBe("box\nbin\nlib\nlib64\nproc\nusr\n0077\n");
});

// ------------------------------------------------------------ the example, and bubblewrap

const SYSTEM = ["--ro-bind", "/usr", "/usr", "--symlink", "usr/bin", "/bin", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64"];
/** What the probe reports: the mount table (ids and devices dropped), namespaces relative to the test's, ids, caps, no_new_privs, seccomp, hostname, cwd, root. */
const PROBE = [
  "echo '== mounts'; cat /proc/self/mountinfo",
  "echo '== status'; grep -E '^(Uid|Gid|Groups|Cap[A-Za-z]+|NoNewPrivs|Seccomp):' /proc/self/status",
  "echo '== hostname'; cat /proc/sys/kernel/hostname",
  "echo '== cwd'; pwd",
  "echo '== root'; ls -a /",
  "echo '== ns'; for n in cgroup ipc mnt net pid user uts; do echo $n $(readlink /proc/self/ns/$n); done",
].join("; ");

function normalise(out: string): string {
  const selfNs = new Map(["cgroup", "ipc", "mnt", "net", "pid", "user", "uts"].map((n) => [n, readlinkSync(`/proc/self/ns/${n}`)]));
  let section = "";
  // The mounts a program can reach: of mounts stacked on one mount point,
  // the last listed (the top one). bwrap remounts only those; a hidden one
  // below (the host's own /dev/shm under a second, here) stays as it was,
  // where mount_setattr's AT_RECURSIVE makes it read-only too.
  const lines = out.split("\n");
  let inMounts = false;
  const lastAt = new Map<string, number>();
  lines.forEach((line, i) => {
    if (line.startsWith("== ")) inMounts = line === "== mounts";
    else if (inMounts && line !== "") lastAt.set(line.split(" ")[4]!, i);
  });
  return lines.map((line, i) => {
    if (line.startsWith("== ")) return (section = line);
    if (section === "== mounts" && line !== "") {
      // id parent major:minor root mountpoint options [optional...] - fstype source superoptions
      const f = line.split(" ");
      if (lastAt.get(f[4]!) !== i) return "(hidden)";
      const dash = f.indexOf("-");
      return [f[3], f[4], f[5], ...f.slice(dash + 1)].join(" ");
    }
    if (section === "== ns" && line !== "") {
      const [n, link] = line.split(" ");
      return `${n} ${selfNs.get(n!) === link ? "same" : "new"}`;
    }
    return line;
  }).join("\n");
}

function runExample(args: string[]): { out: string; code: number | null } {
  const r = Bun.spawnSync([bun, example, ...args], { cwd: "/", timeout: 10000, stdout: "pipe", stderr: "pipe" });
  return { out: r.stdout.toString() + r.stderr.toString(), code: r.exitCode };
}

describe.skipIf(!canNs)(`examples/sandbox.ts${canNs ? "" : ` (skip: needs root or a user namespace: ${userNsReason})`}`, () => {
  test("a whole bwrap-style sandbox: binds, proc, dev, tmpfs, hostname, every namespace, caps dropped, seccomp", () => {
    const { out, code } = runExample([...SYSTEM, "--ro-bind", "/etc", "/etc", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--hostname", "box",
      "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL", "--seccomp-deny", "mkdir", "--seccomp-deny", "mkdirat", "--",
      "/bin/sh", "-c", "cat /proc/sys/kernel/hostname; echo pid=$$; ls /dev | tr '\\n' ' '; echo; grep -E 'CapEff|NoNewPrivs|Seccomp:' /proc/self/status; mkdir /tmp/d 2>/dev/null || echo mkdir-denied; test -w /usr || echo usr-ro"]);
    expect(code).toBe(0);
    expect(out).toBe([
      "box", "pid=1", "core fd full null ptmx pts random shm stderr stdin stdout tty urandom zero ",
      "CapEff:\t0000000000000000", "NoNewPrivs:\t1", "Seccomp:\t2", "mkdir-denied", "usr-ro", "",
    ].join("\n"));
  });

  test("--ro-bind / /: every mount below is read-only, nosuid and nodev too (MS_REC), through mount_setattr and through the mountinfo walk of kernels before 5.12", () => {
    for (const how of ["mount_setattr", "no-mount_setattr"]) {
      const r = Bun.spawnSync([bun, join(import.meta.dir, "fixtures", "sandbox-rorec.ts"), how], { cwd: "/", timeout: 10000, stdout: "pipe", stderr: "pipe" });
      const out = r.stdout.toString();
      // touch's own complaint, and nothing else.
      expect(r.stderr.toString()).toMatch(/^touch: cannot touch '\/dev\/shm\/bun-syscall-rorec-\d+': Read-only file system\n$/);
      expect(r.exitCode).toBe(0);
      const [table, write] = out.split("==\n") as [string, string];
      // The mounts the program can reach: the last listed at each mount point.
      const top = new Map(table.trim().split("\n").map((l) => l.split(" ") as [string, string]));
      expect(top.size).toBeGreaterThan(3); // / and the host's submounts (/proc, /sys, /dev, ...)
      const weak = [...top].filter(([, o]) => !["ro", "nosuid", "nodev"].every((f) => o.split(",").includes(f)));
      expect({ how, weak }).toEqual({ how, weak: [] });
      expect(write).toBe("denied\n");
    }
  });

  test("a failed start names the step", () => {
    const { out, code } = runExample(["--bind", "/nonexistent-src", "/x", "--", "/bin/true"]);
    expect(code).toBe(1);
    expect(out).toBe("sandbox: mount: no such file or directory\n");
  });
});

const bwrap = ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"].find((p) => existsSync(p));
const bwrapReason = (() => {
  if (!canNs) return `needs root or a user namespace: ${userNsReason}`;
  if (bwrap === undefined) return "bubblewrap is not installed (apt-get install bubblewrap)";
  const r = Bun.spawnSync([bwrap, "--ro-bind", "/", "/", "--unshare-user", "/bin/true"], { stdout: "pipe", stderr: "pipe" });
  return r.exitCode === 0 ? null : `bwrap cannot run here: ${r.stderr.toString().trim()}`;
})();

describe.skipIf(bwrapReason !== null)(`the same sandbox as bubblewrap's${bwrapReason ? ` (skip: ${bwrapReason})` : ""}`, () => {
  const configs: Record<string, string[]> = {
    "ro /usr and /etc, proc, dev, tmpfs /tmp, hostname, all namespaces, caps dropped, new session, die-with-parent": [
      ...SYSTEM, "--ro-bind", "/etc", "/etc", "--proc", "/proc", "--dev", "/dev", "--tmpfs", "/tmp", "--hostname", "sbx",
      "--unshare-all", "--die-with-parent", "--new-session", "--cap-drop", "ALL",
    ],
    "a read-write bind, a dir and a symlink, pid and uts namespaces only": [
      ...SYSTEM, "--proc", "/proc", "--bind", scratch.dir, "/work", "--dir", "/a/b", "--symlink", "/work", "/w", "--unshare-user", "--unshare-pid", "--unshare-uts", "--hostname", "h2", "--cap-drop", "ALL",
    ],
    "proc and dev only, user, pid, net and ipc namespaces": [...SYSTEM, "--proc", "/proc", "--dev", "/dev", "--unshare-user", "--unshare-pid", "--unshare-net", "--unshare-ipc", "--cap-drop", "ALL"],
    // The host's whole tree: every submount (/proc, /sys, /dev/shm, ...) read-only, nosuid and nodev too, as bwrap remounts each.
    "the whole root read-only, with its submounts": ["--ro-bind", "/", "/", "--unshare-user", "--unshare-pid", "--cap-drop", "ALL"],
  };
  for (const [name, args] of Object.entries(configs)) {
    test(name, () => {
      const b = Bun.spawnSync([bwrap!, ...args, "--", "/bin/sh", "-c", PROBE], { cwd: "/", timeout: 10000, stdout: "pipe", stderr: "pipe" });
      const ours = runExample([...args, "--", "/bin/sh", "-c", PROBE]);
      expect(b.exitCode).toBe(0);
      expect(ours.code).toBe(0);
      expect(normalise(ours.out)).toBe(normalise(b.stdout.toString() + b.stderr.toString()));
    });
  }
});

