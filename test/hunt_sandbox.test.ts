/**
 * Bug hunt: ForkExec's sandbox fields (Mounts, PivotRoot, SeccompFilter,
 * Landlock, capability sets, Rlimits, NoNewPrivs, Umask, names) against
 * what test/sandbox.test.ts and test/hunt_forkexec.test.ts do not try: a
 * seccomp filter that kills the child before execve (the kernel dumped a
 * core of the whole Bun process), LandlockAddRule with an attr of the other
 * rule type (read in the other layout), Ptrace with a filter that traps
 * the child before execve (ForkExec hung), and probes of the kernel's limits,
 * hostile numbers, huge and sparse arrays and read-once getters. What could
 * write gigabytes runs in a child Bun (test/fixtures/hunt-sandbox-core.ts), and so does what hung
 * (test/fixtures/hunt-sandbox-ptrace.ts).
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import {
  ForkExec, Wait4, Pipe2, Close, Read, LastForkExecFailure, Errno, O_CLOEXEC, CLONE_NEWNS, CLONE_NEWUTS,
  LandlockCreateRuleset, LandlockAddRule, LandlockRulesetAttr, LandlockPathBeneathAttr, LandlockNetPortAttr,
  LANDLOCK_CREATE_RULESET_VERSION, LANDLOCK_RULE_PATH_BENEATH, LANDLOCK_RULE_NET_PORT, LANDLOCK_ACCESS_FS_READ_FILE,
  LANDLOCK_ACCESS_NET_BIND_TCP, EPERM, CLONE_NEWUSER, Getuid, Getgid, Syscall, SYS_PRCTL, PR_GET_DUMPABLE, Getrlimit, Rlimit, type SysProcAttr,
} from "../src/index.ts";
import { inChild, isRoot, noFdLeak, scratchDir, userNsUnavailable, zombieChildren } from "./helpers.ts";

const CORE = join(import.meta.dir, "fixtures", "hunt-sandbox-core.ts");
const BUILTINS = join(import.meta.dir, "fixtures", "hunt-sandbox-builtins.ts");
const PTRACE = join(import.meta.dir, "fixtures", "hunt-sandbox-ptrace.ts");
const landlockAbi = (() => {
  const [v, e] = LandlockCreateRuleset(null, LANDLOCK_CREATE_RULESET_VERSION);
  return e === null ? v : 0;
})();
const userNs = userNsUnavailable();
const capLast = Number(readFileSync("/proc/sys/kernel/cap_last_cap", "utf8"));

/** ForkExec /bin/true with sys: [started, errno, step] (a started child is reaped). */
function one(sys: SysProcAttr): [boolean, number | null, string | null] {
  const [pid, err] = ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: sys });
  if (pid > 0) Wait4(pid, null, 0, null);
  return [pid > 0, err instanceof Errno ? err.errno : null, pid > 0 ? null : LastForkExecFailure()?.Step ?? null];
}
/** Runs sh -c script with sys; its stdout. */
function run(script: string, sys: SysProcAttr): string {
  const p = [0, 0];
  Pipe2(p, O_CLOEXEC);
  const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", script], { Files: [0, p[1]!, 2], Sys: sys });
  Close(p[1]!);
  let got = "";
  const buf = new Uint8Array(4096);
  for (let n = 1; n > 0; ) {
    [n] = Read(p[0]!, buf);
    if (n > 0) got += new TextDecoder().decode(buf.subarray(0, n));
  }
  Close(p[0]!);
  if (pid > 0) Wait4(pid, null, 0, null);
  if (err) throw err;
  return got;
}
/** What a sandbox field could have changed in this process. */
function selfState(): string[] {
  const status = readFileSync("/proc/self/status", "utf8").split("\n").filter((l) => /^(SigBlk|SigIgn|Uid|Gid|Groups|Cap[A-Za-z]+|NoNewPrivs|Seccomp|Seccomp_filters):/.test(l));
  return [
    ...status, readFileSync("/proc/self/mountinfo", "utf8"), readFileSync("/proc/self/limits", "utf8"), process.cwd(),
    String(process.umask()), readFileSync("/proc/sys/kernel/hostname", "utf8"), String(Syscall(SYS_PRCTL, PR_GET_DUMPABLE, 0, 0)[0]),
  ];
}

describe("a seccomp filter that kills the child before execve", () => {
  test("SECCOMP_RET_TRAP, SECCOMP_RET_KILL_PROCESS, a refused exit_group, and TRAP in a child made each other way (CLONE_VM beside the parent, fork-like, clone3): no core of Bun is written (the old code dumped this process's whole memory, its heap's secrets, 6 GB of address space, into the child's cwd); this process stays dumpable; a program's own core still works", async () => {
    const scratch = scratchDir("hunt-sandbox-core-");
    let r: Record<string, unknown>;
    try {
      r = await inChild([CORE, scratch.dir], 30000);
    } finally {
      scratch.cleanup(); // a red run leaves cores of gigabytes (sparse) here
    }
    for (const name of ["trap", "kill"]) expect([name, r[name]]).toEqual([name, { started: true, err: null, step: null, signal: 31, core: false, files: [], dumpable: 1 }]);
    // The filter refuses execve (EPERM) and then the exit_group of the report: the child faults, and the start fails with execve's errno.
    expect(r.fault).toEqual({ started: false, err: "operation not permitted", step: "execve", signal: null, core: false, files: [], dumpable: 1 });
    expect([r.before, r.after]).toEqual([1, 1]);
    // Each other way of making the child: the same (as root all three run; unprivileged, where user namespaces exist, the first two).
    const modes = ["usernsClone", "usernsUnshare", "timens"].filter((m) => typeof r[m] !== "string");
    if (isRoot) expect(modes.length).toBe(3);
    for (const m of modes) expect([m, r[m]]).toEqual([m, { signal: 31, core: false, files: [], dumpable: 1 }]);
    // Where the kernel writes cores at all (core_pattern), the program's own does get written: execve made it dumpable again.
    if (r.corePattern !== "" && !String(r.corePattern).startsWith("|/bin/false")) expect(r.control).toEqual({ started: true, signal: 3, core: true });
  }, 35000);
});

describe("Ptrace with a seccomp filter that traps the child before execve (in a child Bun: the old ForkExec never returned)", () => {
  test("SECCOMP_RET_TRAP: ForkExec returns the pid and the caller, the tracer, sees the SIGSYS stop (the old one hung in vfork: the traced child had stopped for this very thread); a refused execve and exit_group: execve's EPERM, the stopped child killed and reaped; an allow-all filter still stops at exec with SIGTRAP; no fd left", async () => {
    const r = await inChild([PTRACE], 15000);
    expect(r).toEqual({
      allow: { started: true, stop: 5, exit: 0 },
      trap: { started: true, stop: 31, exit: null },
      fault: { started: false, err: "operation not permitted", step: "execve" },
      fdsLeft: 0,
    });
  }, 20000);
});

describe.skipIf(landlockAbi === 0)(`LandlockAddRule reads the attr in its rule type's layout${landlockAbi === 0 ? " (skipped: no Landlock in this kernel)" : ""}`, () => {
  test("a LandlockNetPortAttr for LANDLOCK_RULE_PATH_BENEATH is a TypeError (the old code gave its Port to the kernel as parent_fd: Port 1 made a rule for whatever fd 1 was)", () => noFdLeak(() => {
    const [rs] = LandlockCreateRuleset(new LandlockRulesetAttr({ HandledAccessFs: LANDLOCK_ACCESS_FS_READ_FILE }), 0);
    try {
      expect(() => LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, new LandlockNetPortAttr({ AllowedAccess: LANDLOCK_ACCESS_FS_READ_FILE, Port: 1 }), 0)).toThrow(TypeError);
      expect(() => LandlockAddRule(rs, LANDLOCK_RULE_PATH_BENEATH, { AllowedAccess: LANDLOCK_ACCESS_FS_READ_FILE } as LandlockPathBeneathAttr, 0)).toThrow(/ParentFd/);
    } finally {
      Close(rs);
    }
  }));
  test.skipIf(landlockAbi < 4)(`a LandlockPathBeneathAttr for LANDLOCK_RULE_NET_PORT is a TypeError (the old code gave its ParentFd to the kernel as the port: fd 80 allowed binding port 80)${landlockAbi < 4 ? " (skipped: Landlock ABI < 4 has no port rules)" : ""}`, () => noFdLeak(() => {
    const [rs] = LandlockCreateRuleset(new LandlockRulesetAttr({ HandledAccessNet: LANDLOCK_ACCESS_NET_BIND_TCP }), 0);
    try {
      expect(() => LandlockAddRule(rs, LANDLOCK_RULE_NET_PORT, new LandlockPathBeneathAttr({ AllowedAccess: LANDLOCK_ACCESS_NET_BIND_TCP, ParentFd: 80 }), 0)).toThrow(TypeError);
      // The right attr for each type still works.
      expect(LandlockAddRule(rs, LANDLOCK_RULE_NET_PORT, new LandlockNetPortAttr({ AllowedAccess: LANDLOCK_ACCESS_NET_BIND_TCP, Port: 80 }), 0)).toBeNull();
      // An unknown rule type is the kernel's EINVAL, whatever the attr.
      expect(LandlockAddRule(rs, 99, new LandlockNetPortAttr({ AllowedAccess: LANDLOCK_ACCESS_NET_BIND_TCP, Port: 80 }), 0)?.errno).toBe(22);
    } finally {
      Close(rs);
    }
  }));
});

describe("a filter whose SECCOMP_RET_ERRNO for execve has errno 0 (execve returns 0 and runs nothing)", () => {
  test("is EPERM at execve in every way a child is made (the old code called it success: the pid of a child that never exec'd and exited 253, or, through the report pipe, pid 0 with no error, which Wait4 would take for any child)", () => {
    const NR_EXECVE = process.arch === "arm64" ? 221 : 59;
    const filter = [{ Code: 0x20, Jt: 0, Jf: 0, K: 0 }, { Code: 0x15, Jt: 0, Jf: 1, K: NR_EXECVE }, { Code: 6, Jt: 0, Jf: 0, K: 0x00050000 }, { Code: 6, Jt: 0, Jf: 0, K: 0x7fff0000 }];
    const maps = { UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }], GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }] };
    const modes: [string, SysProcAttr][] = [["shared memory", {}], ["traced", { Ptrace: true }]];
    if (isRoot || userNs === null) modes.push(["new user namespace, report pipe", { Cloneflags: CLONE_NEWUSER, ...maps }]);
    if (isRoot) modes.push(["new time namespace", { Cloneflags: 0x80 }]);
    for (const [name, extra] of modes) {
      const [pid, err] = ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: { ...extra, NoNewPrivs: true, SeccompFilter: filter } });
      if (pid > 0) Wait4(pid, null, 0, null);
      expect([name, pid, err, LastForkExecFailure()?.Step]).toEqual([name, 0, EPERM, "execve"]);
    }
    expect(zombieChildren()).toEqual([]);
  });
});

describe("a mount program's symlink op without Source", () => {
  test("is EINVAL at symlink before any child: no op before it runs (the old code ran them, so a \"mkdir\" op made its directory on the host, then gave the kernel a NULL content: EFAULT)", () => {
    const scratch = scratchDir("hunt-sandbox-symlink-");
    try {
      const made = join(scratch.dir, "made");
      expect(one({ Cloneflags: CLONE_NEWNS, Mounts: [{ Op: "mkdir", Target: made }, { Op: "symlink", Target: join(scratch.dir, "l") }] })).toEqual([false, 22, "symlink"]);
      expect(existsSync(made)).toBe(false);
      expect(zombieChildren()).toEqual([]);
    } finally {
      scratch.cleanup();
    }
  });
});

describe("built-ins replaced before a mount program is read (in a child Bun)", () => {
  test("Buffer.byteLength answering 1: a Data past the page mount(2) copies is still EINVAL before any child (the old code ran the ops before it and gave the kernel options it cut at the page); Object.hasOwn answering true: an unknown Op is still a TypeError (the old code ran it as \"mount\")", async () => {
    const scratch = scratchDir("hunt-sandbox-builtins-");
    try {
      const r = await inChild([BUILTINS, scratch.dir], 15000);
      expect(r).toEqual({ longData: { started: false, err: "invalid argument", step: "mount", made: false }, bogusOp: { threw: "TypeError", made: false } });
    } finally {
      scratch.cleanup();
    }
  }, 20000);
});

describe("probes that found nothing (kept: they compare with the kernel's answers and limits)", () => {
  test("huge and sparse lists past the limits are the kernel's EINVAL before any element is read (100k seccomp instructions, 100k mounts, 65 rlimits, 65 Setns)", () => {
    let reads = 0;
    const counted = (n: number) => new Proxy(new Array(n), { get: (t, k) => (typeof k === "string" && /^\d+$/.test(k) ? (reads++, undefined) : Reflect.get(t, k)) });
    expect(one({ NoNewPrivs: true, SeccompFilter: counted(100000) })).toEqual([false, 22, "seccomp"]);
    expect(one({ Cloneflags: CLONE_NEWNS, Mounts: counted(100000) })).toEqual([false, 22, "mount"]);
    expect(one({ Rlimits: counted(65) })).toEqual([false, 22, "rlimit"]);
    expect(one({ Setns: counted(65) })).toEqual([false, 22, "setns"]);
    expect(reads).toBe(0);
    expect(() => one({ NoNewPrivs: true, SeccompFilter: [, { Code: 6, Jt: 0, Jf: 0, K: 0x7fff0000 }] as never })).toThrow(TypeError);
    expect(zombieChildren()).toEqual([]);
  });

  test("every sandbox field, and every field of each entry, is read at most once (a getter that answers otherwise later cannot pass a check and then be used)", () => {
    const reads = new Map<string, number>();
    const watch = <T extends object>(name: string, o: T): T => new Proxy(o, {
      get: (t, k, rcv) => {
        if (typeof k === "string") reads.set(`${name}.${k}`, (reads.get(`${name}.${k}`) ?? 0) + 1);
        return Reflect.get(t, k, rcv);
      },
    });
    const sys = watch("Sys", {
      // No CLONE_NEWNS: refused at "mount" after every field is read, before any child.
      Umask: 0o22, Hostname: "h", Domainname: "d", PivotRoot: "/p", NoNewPrivs: true, UseLandlock: false, LandlockFD: 3, LandlockFlags: 0,
      Mounts: [watch("Mount", { Op: "mount" as const, Source: "s", Target: "/t", Fstype: "tmpfs", Flags: 0, Data: "mode=0755", Create: "dir" as const, Try: false, Mode: 0o700 })],
      BoundingCaps: [0], EffectiveCaps: [0], PermittedCaps: [0], InheritableCaps: [0],
      SeccompFilter: [watch("Insn", { Code: 6, Jt: 0, Jf: 0, K: 0x7fff0000 })],
      Setns: [watch("Setns", { Fd: -1, Nstype: 0 })], Rlimits: [watch("Rlimit", { Resource: 7, Cur: 64n, Max: 64n })],
    } satisfies SysProcAttr);
    expect(one(sys)).toEqual([false, 22, "sethostname"]);
    const twice = [...reads].filter(([, n]) => n > 1);
    expect(twice).toEqual([]);
    expect(reads.get("Mount.Target")).toBe(1);
  });

  test("a mount flag word with the magic MS_MGC_VAL (which the kernel strips) and MS_REMOUNT without MS_BIND is still refused: nothing remounts the root's superblock read-only", () => {
    const before = selfState();
    expect(one({ Cloneflags: CLONE_NEWNS, Mounts: [{ Target: "/", Flags: (0xc0ed0000 | 32 | 1) >>> 0 }] })).toEqual([false, 22, "mount"]);
    expect(one({ Cloneflags: CLONE_NEWNS, Mounts: [{ Target: "/", Flags: 2 ** 32 - 1 - 4096 }] })).toEqual([false, 22, "mount"]);
    expect(selfState()).toEqual(before);
  });

  test("LandlockFD past int32 (2^31, 2^53, 1e300) is EBADF at landlock, never wrapped onto a real fd; LandlockFlags no kernel has is EINVAL; a negative one a RangeError", () => {
    for (const fd of [2 ** 31, 2 ** 32 + 1, 2 ** 53, 1e300]) expect([fd, ...one({ UseLandlock: true, NoNewPrivs: true, LandlockFD: fd })]).toEqual([fd, false, 9, "landlock"]);
    if (landlockAbi > 0) expect(one({ UseLandlock: true, NoNewPrivs: true, LandlockFD: -1, LandlockFlags: 2 ** 32 - 1 })).toEqual([false, 22, "landlock"]);
    expect(() => one({ UseLandlock: true, LandlockFlags: -1 })).toThrow(RangeError);
    expect(() => one({ UseLandlock: true, LandlockFD: NaN })).toThrow(TypeError);
  });

  test("Rlimits the kernel refuses return its Errno at rlimit: Cur above Max (EINVAL), RLIM_NLIMITS and 2^32-1 as Resource (EINVAL), NOFILE past fs.nr_open (EPERM, even for root); 2^53 as a number is a TypeError", () => {
    const before = new Rlimit(0n, 0n);
    Getrlimit(7, before);
    expect(one({ Rlimits: [{ Resource: 7, Cur: 10n, Max: 5n }] })).toEqual([false, 22, "rlimit"]);
    expect(one({ Rlimits: [{ Resource: 16, Cur: 1n, Max: 1n }] })).toEqual([false, 22, "rlimit"]);
    expect(one({ Rlimits: [{ Resource: 2 ** 32 - 1, Cur: 1n, Max: 1n }] })).toEqual([false, 22, "rlimit"]);
    const nrOpen = BigInt(readFileSync("/proc/sys/fs/nr_open", "utf8").trim());
    expect(one({ Rlimits: [{ Resource: 7, Cur: nrOpen + 1n, Max: nrOpen + 1n }] })).toEqual([false, 1, "rlimit"]);
    expect(() => one({ Rlimits: [{ Resource: 7, Cur: 2 ** 53, Max: 2 ** 53 }] })).toThrow(TypeError);
    expect(() => one({ Rlimits: [{ Resource: -1, Cur: 1n, Max: 1n }] })).toThrow(RangeError);
    const after = new Rlimit(0n, 0n);
    Getrlimit(7, after);
    expect([after.Cur, after.Max]).toEqual([before.Cur, before.Max]);
  });

  test(`capabilities past CAP_LAST_CAP (${capLast}): AmbientCaps is the kernel's EINVAL at ambient, 64 and more EINVAL before any child`, () => {
    expect(one({ AmbientCaps: [capLast + 1] })).toEqual([false, 22, "ambient"]);
    expect(one({ AmbientCaps: [63] })).toEqual([false, 22, "ambient"]);
    expect(one({ BoundingCaps: [64] })).toEqual([false, 22, "capbset"]);
    expect(one({ EffectiveCaps: [2 ** 53 - 1] })).toEqual([false, 22, "capsets"]);
    expect(() => one({ AmbientCaps: [-1] })).toThrow(RangeError);
  });

  // Once these sets dropped a cap past CAP_LAST_CAP without a word (as capset(2) does); now it is EINVAL, as AmbientCaps's (test/hunt_isa.test.ts).
  test.skipIf(!isRoot)(`as root: sets with caps past CAP_LAST_CAP are EINVAL before any child; the bounding set keeps only those named${isRoot ? "" : " (skipped: needs root to hold the caps it sets)"}`, () => {
    expect(one({ InheritableCaps: [0, capLast + 1, 63] })).toEqual([false, 22, "capsets"]);
    expect(one({ BoundingCaps: [0, 1, capLast + 1, 63] })).toEqual([false, 22, "capbset"]);
    const out = run("grep -E '^Cap(Inh|Bnd):' /proc/self/status", { InheritableCaps: [0], BoundingCaps: [0, 1] });
    expect(out).toBe("CapInh:\t0000000000000001\nCapBnd:\t0000000000000003\n");
  });

  test.skipIf(!isRoot)(`as root: names the kernel refuses by their bytes (64 two-byte characters, 128 bytes) are its EINVAL at sethostname; an empty name is set${isRoot ? "" : " (skipped: needs root for CLONE_NEWUTS)"}`, () => {
    expect(one({ Cloneflags: CLONE_NEWUTS, Hostname: "é".repeat(64) })).toEqual([false, 22, "sethostname"]);
    expect(one({ Cloneflags: CLONE_NEWUTS, Domainname: "é".repeat(33) })).toEqual([false, 22, "setdomainname"]);
    expect(one({ Cloneflags: CLONE_NEWUTS, Hostname: "a\ud800" })).toEqual([false, 22, "validate"]);
    expect(run("cat /proc/sys/kernel/hostname", { Cloneflags: CLONE_NEWUTS, Hostname: "" })).toBe("\n");
  });

  test("after all of the above, and a round of failed starts, this process's ids, caps, signal mask, mounts, limits, cwd, umask, hostname and dumpable flag are as they were; no fd and no zombie is left", async () => {
    const before = selfState();
    await noFdLeak(() => {
      for (let round = 0; round < 2; round++) {
        one({ Umask: 0o777, NoNewPrivs: true, SeccompFilter: [] });
        one({ BoundingCaps: [], Rlimits: [{ Resource: 7, Cur: 10n, Max: 5n }] });
        one({ PermittedCaps: [], AmbientCaps: [capLast + 1] });
        one({ UseLandlock: true, LandlockFD: 2 ** 31, NoNewPrivs: true });
        one({ Cloneflags: CLONE_NEWNS, Mounts: [{ Target: "/", Flags: 33 }] });
        one({ Cloneflags: CLONE_NEWNS, PivotRoot: "relative" });
      }
    });
    expect(zombieChildren()).toEqual([]);
    expect(selfState()).toEqual(before);
  });
});

describe("more probes that found nothing (kept: each compares with the kernel's answer; never red)", () => {
  test("a filter's action on execve is the kernel's: USER_NOTIF without a listener and TRACE without a tracer are ENOSYS at execve; ERRNO data past 4095 is clamped to 4095; LOG runs the program; no fd left", () => noFdLeak(() => {
    const ret = (k: number) => ({ NoNewPrivs: true, SeccompFilter: [{ Code: 0x06, Jt: 0, Jf: 0, K: k >>> 0 }] });
    expect(one(ret(0x7fc00000))).toEqual([false, 38, "execve"]);
    expect(one(ret(0x7ff00000))).toEqual([false, 38, "execve"]);
    expect(one(ret(0x00050fff))).toEqual([false, 4095, "execve"]);
    expect(one(ret(0x0005ffff))).toEqual([false, 4095, "execve"]);
    expect(one(ret(0x7ffc0000))).toEqual([true, null, null]);
    expect(zombieChildren()).toEqual([]);
  }));
  test("paths with NUL or a lone surrogate (Hostname, PivotRoot, a mkdir op's Target) are EINVAL before any child, as Open's are: nothing is made on the host", () => {
    const where = `/tmp/hunt-sandbox-lone-${process.pid}-\uD800`; // not path.join: Bun's makes a lone surrogate U+FFFD
    expect(one({ Unshareflags: CLONE_NEWNS, Mounts: [{ Op: "mkdir", Target: where }] })).toEqual([false, 22, "validate"]);
    expect(one({ Unshareflags: CLONE_NEWNS, PivotRoot: "/tmp\0x" })).toEqual([false, 22, "validate"]);
    expect(one({ Unshareflags: CLONE_NEWUTS, Hostname: "\uDC00" })).toEqual([false, 22, "validate"]);
    expect(existsSync(where.replace("\uD800", "\uFFFD"))).toBe(false);
  });
});
