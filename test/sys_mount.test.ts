/**
 * Tests for src/sys/mount.ts. Uname and Sysinfo run here, against
 * uname(1), /proc and Go's own syscall package (scripts/oracle/mount).
 * Mount, Unmount, PivotRoot, Sethostname and Setdomainname run in a Bun
 * process that the package's ForkExec starts in new mount and UTS
 * namespaces (test/fixtures/sys-mount-ns.ts), as root, and in a new user
 * namespace as well where the kernel allows one, so nothing reaches this
 * machine's namespaces. Unshare runs in throwaway Bun processes
 * (test/fixtures/sys-mount-unshare.ts), one per flag.
 */
import { describe, expect, test } from "bun:test";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CLONE_FILES, CLONE_FS, CLONE_NEWCGROUP, CLONE_NEWIPC, CLONE_NEWNET, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWTIME, CLONE_NEWUSER,
  CLONE_NEWUTS, CLONE_PTRACE, CLONE_SIGHAND, CLONE_THREAD, CLONE_VM, Close, EBUSY, EINVAL, ENODEV, ENOENT, ENOSYS, EPERM, EROFS,
  ForkExec, Getgid, Getuid, Kill, LastForkExecFailure, MS_BIND, Mount, O_CLOEXEC, PivotRoot, Pipe2, SIGKILL, Setdomainname,
  Sethostname, Stdin, Sysinfo, Sysinfo_t, Uname, Unmount, Unshare, Utsname, Wait4, WaitStatus, WNOHANG, EINTR, type SysProcAttr,
} from "../src/index.ts";
import { isRoot, needCaps, noFdLeak, scratchDir, userNsUnavailable } from "./helpers.ts";

const BUN = process.execPath;
const FIXTURES = join(import.meta.dir, "fixtures");
const str = (f: Int8Array) => new TextDecoder().decode(new Uint8Array(f.buffer, f.byteOffset, f.indexOf(0)));
const proc = (name: string) => readFileSync(`/proc/sys/kernel/${name}`, "utf8").trim();
const sh = (cmd: string) => Bun.spawnSync(["/bin/sh", "-c", cmd], { stdout: "pipe", stderr: "pipe" }).stdout.toString().trim();

describe("Uname", () => {
  test("matches uname(1) and /proc/sys/kernel, field by field", () => {
    const u = new Utsname();
    expect(Uname(u)).toBeNull();
    expect(str(u.Sysname)).toBe(sh("uname -s"));
    expect(str(u.Sysname)).toBe(proc("ostype"));
    expect(str(u.Nodename)).toBe(sh("uname -n"));
    expect(str(u.Nodename)).toBe(proc("hostname"));
    expect(str(u.Release)).toBe(sh("uname -r"));
    expect(str(u.Release)).toBe(proc("osrelease"));
    expect(str(u.Version)).toBe(sh("uname -v"));
    expect(str(u.Version)).toBe(proc("version"));
    expect(str(u.Machine)).toBe(sh("uname -m"));
    expect(str(u.Machine)).toBe(process.arch === "x64" ? "x86_64" : "aarch64");
    expect(str(u.Domainname)).toBe(proc("domainname"));
  });

  test("fills each Int8Array(65) in place, replaces any other field value, and throws TypeError for what cannot be filled", () => {
    const u = new Utsname();
    const release = u.Release;
    (u as { Machine: unknown }).Machine = null;
    (u as { Version: unknown }).Version = new Int8Array(3);
    expect(Uname(u)).toBeNull();
    expect(u.Release).toBe(release);
    expect(str(release)).toBe(proc("osrelease"));
    expect(u.Machine).toBeInstanceOf(Int8Array);
    expect(u.Machine.length).toBe(65);
    expect(u.Version.length).toBe(65);
    expect(str(u.Version)).toBe(proc("version"));
    // A plain object works too: every field is new.
    const plain = {} as Utsname;
    expect(Uname(plain)).toBeNull();
    expect(Object.keys(plain)).toEqual(["Sysname", "Nodename", "Release", "Version", "Machine", "Domainname"]);
    expect(() => Uname(Object.freeze(new Utsname()))).toThrow(TypeError);
    expect(() => Uname(null as unknown as Utsname)).toThrow(TypeError);
    expect(() => Uname("u" as unknown as Utsname)).toThrow(TypeError);
  });

  test("a field whose length or set lies (an own length of 65 on an Int8Array(1), a subclass's set) is replaced or filled, never a RangeError after the call", () => {
    const u = new Utsname();
    const short = new Int8Array(1);
    Object.defineProperty(short, "length", { value: 65 });
    (u as { Release: unknown }).Release = short;
    class Odd extends Int8Array {
      override set(): void {
        throw new Error("the caller's set ran");
      }
    }
    const odd = new Odd(65);
    (u as { Version: unknown }).Version = odd;
    expect(Uname(u)).toBeNull();
    expect(u.Release).not.toBe(short);
    expect(str(u.Release)).toBe(proc("osrelease"));
    expect(u.Version).toBe(odd);
    expect(str(odd)).toBe(proc("version"));
  });
});

describe("Sysinfo", () => {
  const meminfo = () => {
    const m = new Map<string, bigint>();
    for (const line of readFileSync("/proc/meminfo", "utf8").split("\n")) {
      const r = /^(\w+):\s+(\d+) kB$/.exec(line);
      if (r) m.set(r[1]!, BigInt(r[2]!) * 1024n);
    }
    return m;
  };

  test("agrees with /proc/meminfo, /proc/uptime and /proc/loadavg", () => {
    const si = new Sysinfo_t();
    expect(Sysinfo(si)).toBeNull();
    const m = meminfo();
    const uptime = Number(readFileSync("/proc/uptime", "utf8").split(" ")[0]);
    const loadavg = readFileSync("/proc/loadavg", "utf8").split(" ");
    const unit = BigInt(si.Unit);
    expect(si.Unit).toBeGreaterThanOrEqual(1);
    expect(si.Totalram * unit).toBe(m.get("MemTotal")!);
    expect(si.Totalswap * unit).toBe(m.get("SwapTotal")!);
    expect(si.Freeram).toBeLessThanOrEqual(si.Totalram);
    expect(si.Freeswap).toBeLessThanOrEqual(si.Totalswap);
    // These move between the two reads: within 10% of memory.
    const slack = m.get("MemTotal")! / 10n;
    const near = (a: bigint, b: bigint) => (a > b ? a - b : b - a) <= slack;
    expect(near(si.Freeram * unit, m.get("MemFree")!)).toBe(true);
    expect(near(si.Bufferram * unit, m.get("Buffers")!)).toBe(true);
    expect(near(si.Sharedram * unit, m.get("Shmem")!)).toBe(true);
    expect(Math.abs(si.Uptime - uptime)).toBeLessThan(3);
    expect(Math.abs(Number(si.Loads[0]!) / 65536 - Number(loadavg[0]))).toBeLessThan(2);
    expect(si.Loads).toHaveLength(3);
    for (const l of si.Loads) expect(typeof l).toBe("bigint");
    expect(Math.abs(si.Procs - Number(loadavg[3]!.split("/")[1]))).toBeLessThan(100);
    expect(si.Totalhigh).toBe(0n); // no high memory on 64-bit
    expect(si.Freehigh).toBe(0n);
  });

  test("fills in place (Loads too), and throws TypeError for what cannot be filled, before the call", () => {
    const si = new Sysinfo_t();
    const loads = si.Loads;
    expect(Sysinfo(si)).toBeNull();
    expect(si.Loads).toBe(loads);
    expect(si.Totalram).toBeGreaterThan(0n);
    const plain = {} as Sysinfo_t;
    expect(Sysinfo(plain)).toBeNull();
    expect(Object.keys(plain).sort()).toEqual(Object.keys(new Sysinfo_t()).sort());
    expect(() => Sysinfo(Object.freeze(new Sysinfo_t()))).toThrow(TypeError);
    const frozenLoads = new Sysinfo_t();
    frozenLoads.Loads = Object.freeze([1n, 2n, 3n]) as bigint[];
    expect(() => Sysinfo(frozenLoads)).toThrow(TypeError);
    expect(frozenLoads.Totalram).toBe(0n);
    expect(() => Sysinfo(undefined as unknown as Sysinfo_t)).toThrow(TypeError);
  });
});

interface GoOracle {
  goarch: string;
  uname: Record<string, string>;
  utsnameFields: { name: string; offset: number; size: number }[];
  sysinfo: Record<string, number | string | string[]>;
  sysinfoFields: { name: string; offset: number; size: number }[];
}

const goBin = Bun.which("go");
const goArch = process.arch === "x64" ? "amd64" : process.arch;
describe.skipIf(goBin === null)(`Go's syscall package agrees (scripts/oracle/mount)${goBin === null ? " [skipped: `go` is not on PATH]" : ""}`, () => {
  test("Uname's strings, Sysinfo's values, and both structs' field names", () => {
    const r = Bun.spawnSync([goBin!, "run", "./mount"], {
      cwd: join(import.meta.dir, "..", "scripts", "oracle"), stdout: "pipe", stderr: "pipe",
      env: { ...process.env, GOTOOLCHAIN: "local", GOFLAGS: "-mod=mod", GOCACHE: process.env.GOCACHE ?? join(process.env.TMPDIR ?? "/tmp", `go-cache-${Getuid()}`) },
    });
    if (r.exitCode !== 0) throw new Error(`go run failed (${r.exitCode}): ${r.stderr.toString()}`);
    const go = JSON.parse(r.stdout.toString()) as GoOracle;
    expect(go.goarch).toBe(goArch);

    const u = new Utsname();
    expect(Uname(u)).toBeNull();
    const mine = Object.fromEntries(Object.entries(u).map(([k, v]) => [k, str(v as Int8Array)]));
    expect(mine).toEqual(go.uname);
    expect(go.utsnameFields.map((f) => f.name)).toEqual(Object.keys(u));
    expect(go.utsnameFields.map((f) => [f.offset, f.size])).toEqual([0, 1, 2, 3, 4, 5].map((i) => [65 * i, 65]));

    const si = new Sysinfo_t();
    expect(Sysinfo(si)).toBeNull();
    // Go's field names, less its padding (Pad_cgo_0, X_f, Pad_cgo_1), in Go's order.
    expect(go.sysinfoFields.map((f) => f.name).filter((n) => !/^(Pad_cgo_\d|X_f)$/.test(n))).toEqual(Object.keys(si));
    expect(go.sysinfoFields.at(-1)!.offset + go.sysinfoFields.at(-1)!.size).toBe(112);
    for (const k of ["Totalram", "Totalswap", "Totalhigh", "Freehigh"] as const) expect(String(si[k])).toBe(go.sysinfo[k] as string);
    expect(si.Unit).toBe(go.sysinfo.Unit as number);
    expect(si.Pad).toBe(go.sysinfo.Pad as number);
    expect(Math.abs(si.Uptime - (go.sysinfo.Uptime as number))).toBeLessThan(5);
    expect(Math.abs(si.Procs - (go.sysinfo.Procs as number))).toBeLessThan(100);
  }, 120_000);
});

// ------------------------------------------------ Mount, PivotRoot, names in new namespaces

interface NsResult {
  [step: string]: unknown;
}

/** Starts argv (a Bun fixture) with the package's ForkExec, reads its stdout, reaps it; killed after 20 s. */
async function forkExecBun(argv: string[], sys: SysProcAttr): Promise<{ out: string; ws: WaitStatus }> {
  const p = [-1, -1];
  const perr = Pipe2(p, O_CLOEXEC);
  if (perr !== null) throw perr;
  const [r, w] = p as [number, number];
  const env = Object.entries(process.env).map(([k, v]) => `${k}=${v}`);
  const [pid, err] = ForkExec(argv[0]!, argv, { Env: env, Files: [Stdin, w, w], Sys: sys });
  Close(w);
  if (err !== null) {
    Close(r);
    throw new Error(`ForkExec: ${err.message} at ${LastForkExecFailure()?.Step}`);
  }
  const timer = setTimeout(() => Kill(pid, SIGKILL), 20_000);
  try {
    const out = await new Response(Bun.file(r).stream()).text();
    // Wait4 with WNOHANG, not Wait4Async, whose waiter keeps an epoll fd for
    // a second after the last wait (noFdLeak would see it).
    const ws = new WaitStatus();
    for (;;) {
      const [wpid, werr] = Wait4(pid, ws, WNOHANG, null);
      if (werr === EINTR) continue;
      if (werr !== null) throw werr;
      if (wpid === pid) return { out, ws };
      await Bun.sleep(5);
    }
  } finally {
    clearTimeout(timer);
    Close(r);
  }
}

/** The scratch layout the fixture expects: src/hello and the empty tmp, bind, newroot. */
function nsScratch() {
  const s = scratchDir("bun-syscall-mount-");
  mkdirSync(join(s.dir, "src"));
  writeFileSync(join(s.dir, "src", "hello"), "hello\n");
  for (const d of ["tmp", "bind", "newroot"]) mkdirSync(join(s.dir, d));
  return s;
}

async function nsRun(sys: SysProcAttr): Promise<NsResult> {
  const s = nsScratch();
  try {
    const { out, ws } = await forkExecBun([BUN, join(FIXTURES, "sys-mount-ns.ts"), s.dir], sys);
    if (!ws.Exited() || ws.ExitStatus() !== 0) throw new Error(`fixture ended with status ${ws.status}: ${out}`);
    const res = JSON.parse(out) as NsResult;
    if (res.exception !== undefined) throw new Error(`fixture threw: ${res.exception}`);
    return res;
  } finally {
    s.cleanup();
  }
}

/**
 * Bad input (run first, in the namespaces): TypeError for a wrong type,
 * RangeError for a number Go's type cannot hold, EINVAL for a NUL in a
 * string (with the flags checked all the same) and for the bits unshare(2)
 * does not take (CLONE_PTRACE; 2^31, CLONE_IO as a C int).
 */
const BAD: Record<string, string | number> = {
  "Mount(1,..)": "TypeError", "Mount(target null)": "TypeError", "Mount(fstype undefined)": "TypeError",
  "Mount(data null)": "TypeError", "Mount(flags '0')": "TypeError", "Mount(flags NaN)": "TypeError",
  "Mount(flags -1)": "RangeError", "Mount(flags 2^53)": "RangeError", "Mount(NUL, flags '0')": "TypeError",
  "Mount(source NUL)": EINVAL.errno, "Mount(target NUL)": EINVAL.errno, "Mount(fstype NUL)": EINVAL.errno, "Mount(data NUL)": EINVAL.errno,
  "Unmount(1)": "TypeError", "Unmount(flags 2^32)": "RangeError", "Unmount(flags 1.5)": "TypeError", "Unmount(NUL)": EINVAL.errno,
  "PivotRoot(null)": "TypeError", "PivotRoot(putold 2)": "TypeError", "PivotRoot(NUL)": EINVAL.errno, "PivotRoot(putold NUL)": EINVAL.errno,
  "Sethostname(string)": "TypeError", "Sethostname(array)": "TypeError", "Setdomainname(null)": "TypeError",
  "Unshare('0')": "TypeError", "Unshare(NaN)": "TypeError", "Unshare(2^32)": "RangeError", "Unshare(2^53)": "RangeError",
  "Unshare(CLONE_PTRACE)": EINVAL.errno, "Unshare(2^31)": EINVAL.errno,
};

/** What both variants must show, step by step. */
function expectNsSteps(res: NsResult, userns: boolean) {
  expect(res.bad).toEqual(BAD);
  expect(res.badLeftNoMount).toBe(true);
  expect(res.private).toBeNull();
  expect(res.tmpfs).toBeNull();
  expect(res.tmpfsLine).toMatch(/ - tmpfs none rw,.*size=1024k.*mode=711/);
  expect(res.tmpfsFile).toBe(true);
  expect(res.umountTmpfs).toBeNull();
  expect(res.tmpfsGone).toBe(true);
  expect(res.umountAgain).toBe(EINVAL.errno);
  expect(res.bind).toBeNull();
  expect(res.bindRead).toBe("hello\n");
  expect(res.bindRdonly).toBeNull();
  expect(res.bindWrite).toBe(EROFS.errno);
  expect(res.umountBind).toBeNull();
  expect(res.bindGone).toBe(true);

  expect(res.mountMissing).toBe(ENOENT.errno);
  expect(res.mountNoFs).toBe(ENODEV.errno);
  expect(res.mountBadData).toBe(EINVAL.errno);
  expect(res.umountNotMount).toBe(EINVAL.errno);
  expect(res.umountMissing).toBe(ENOENT.errno);
  // new_root is on the current root mount: EBUSY; in a user namespace that
  // mount is locked (it came from a more privileged one), checked first: EINVAL.
  expect(res.pivotOnRootMount).toBe(userns ? EINVAL.errno : EBUSY.errno);
  expect(res.pivotMissing).toBe(ENOENT.errno);

  expect(res.sethostname).toBeNull();
  expect(res.setdomainname).toBeNull();
  expect(res.uname).toBeNull();
  expect(res.nodename).toBe("bun-syscall-ns");
  expect(res.domainname).toBe("bun.test");
  expect(res.procHostname).toBe("bun-syscall-ns");
  expect(res.procDomainname).toBe("bun.test");
  expect(res.hostname64).toBeNull();
  expect(res.nodename64).toBe(64);
  expect(res.hostname65).toBe(EINVAL.errno);
  expect(res.hostnameEmpty).toBeNull();
  expect(res.nodenameEmpty).toBe("");

  expect(res.newrootTmpfs).toBeNull();
  expect(res.pivotNotMount).toBe(EINVAL.errno); // new_root is not a mount point
  expect(res.pivot).toBeNull();
  expect(res.chdir).toBeNull();
  expect(res.cwd).toBe("/");
  expect(res.rootEntries).toEqual(["old"]);
  expect(res.oldRootHasScratch).toBe("hello\n");
  // PivotRoot marks the root changed: ForkExec, never compiled here, refuses to compile now.
  expect(res.forkExecAfterPivot).toBe(ENOSYS.errno);
}

const adminReason = needCaps("CAP_SYS_ADMIN");
const userNsReason = userNsUnavailable();

describe("Mount, Unmount, PivotRoot, Sethostname, Setdomainname in a Bun process of new namespaces (ForkExec)", () => {
  test.skipIf(adminReason !== null)(
    `as root: Cloneflags CLONE_NEWNS|CLONE_NEWUTS${adminReason ? ` [skipped: ${adminReason}]` : ""}`,
    async () => {
      const machineHost = proc("hostname");
      const res = await noFdLeak(() => nsRun({ Cloneflags: CLONE_NEWNS | CLONE_NEWUTS }));
      expectNsSteps(res, false);
      expect(res.umountOld).toBeNull();
      expect(res.oldEntries).toEqual([]);
      // Nothing reached this machine's namespaces.
      expect(proc("hostname")).toBe(machineHost);
    },
    30_000,
  );

  test.skipIf(userNsReason !== null)(
    `in a new user namespace (this uid as root there): CLONE_NEWUSER|CLONE_NEWNS|CLONE_NEWUTS${userNsReason ? ` [skipped: ${userNsReason}]` : ""}`,
    async () => {
      const res = await noFdLeak(() =>
        nsRun({
          Cloneflags: CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWUTS,
          UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }],
          GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
        }),
      );
      expectNsSteps(res, true);
      // The old root's mounts came from a more privileged namespace and are
      // locked together: detached together, they may go.
      expect(res.umountOld).toBeNull();
      expect(res.oldEntries).toEqual([]);
    },
    30_000,
  );
});

describe.skipIf(isRoot || adminReason === null)(`without CAP_SYS_ADMIN, in this process${isRoot || adminReason === null ? " [skipped: this process has CAP_SYS_ADMIN, where these calls would succeed]" : ""}`, () => {
  test("Mount, Unmount, PivotRoot, Sethostname, Setdomainname and Unshare(CLONE_NEWUTS) are EPERM", () => {
    const s = scratchDir();
    try {
      expect(Mount("none", s.dir, "tmpfs", 0, "")).toBe(EPERM);
      expect(Mount(s.dir, s.dir, "", MS_BIND, "")).toBe(EPERM);
      expect(Unmount(s.dir, 0)).toBe(EPERM);
      expect(PivotRoot(s.dir, s.dir)).toBe(EPERM);
      expect(Sethostname(new TextEncoder().encode("x"))).toBe(EPERM);
      expect(Setdomainname(new TextEncoder().encode("x"))).toBe(EPERM);
      expect(Unshare(CLONE_NEWUTS)).toBe(EPERM);
      expect(Unshare(CLONE_NEWNS)).toBe(EPERM);
    } finally {
      s.cleanup();
    }
  });
});

// ------------------------------------------------ Unshare from a multi-threaded Bun

interface UnshareResult {
  err: number | null;
  before: { threads: number; mine: string | null; others: (string | null)[] };
  after: { threads: number; mine: string | null; others: (string | null)[] };
  spawned: string | null;
}

async function unshareIn(flags: number, kind: string, spawn = false): Promise<UnshareResult> {
  const p = Bun.spawn([BUN, join(FIXTURES, "sys-mount-unshare.ts"), String(flags), kind, spawn ? "spawn" : "-"], {
    stdin: "ignore", stdout: "pipe", stderr: "pipe", timeout: 20_000, killSignal: "SIGKILL",
  });
  const [out, err, code] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text(), p.exited]);
  if (code !== 0) throw new Error(`unshare fixture exited ${code}: ${err}${out}`);
  return JSON.parse(out) as UnshareResult;
}

describe.skipIf(adminReason !== null)(`Unshare from a Bun process with its usual threads, one throwaway process per flag${adminReason ? ` [skipped: ${adminReason}]` : ""}`, () => {
  test("CLONE_NEWNS, NEWUTS, NEWIPC, NEWNET, NEWCGROUP succeed and move the calling thread only", async () => {
    const cases = [[CLONE_NEWNS, "mnt"], [CLONE_NEWUTS, "uts"], [CLONE_NEWIPC, "ipc"], [CLONE_NEWNET, "net"], [CLONE_NEWCGROUP, "cgroup"]] as const;
    const results = await Promise.all(cases.map(([f, k]) => unshareIn(f, k)));
    results.forEach((r, i) => {
      const kind = cases[i]![1];
      expect({ kind, err: r.err }).toEqual({ kind, err: null });
      expect(r.before.threads).toBeGreaterThan(2);
      expect(r.before.others).toEqual([r.before.mine]);
      expect(r.after.mine).not.toBe(r.before.mine);
      expect(r.after.others).toEqual([r.before.mine]); // every other thread stayed
    });
  }, 30_000);

  test("CLONE_NEWUSER is EINVAL (alone or with CLONE_NEWNS): the process has threads", async () => {
    for (const r of await Promise.all([unshareIn(CLONE_NEWUSER, "user"), unshareIn(CLONE_NEWUSER | CLONE_NEWNS, "mnt")])) {
      expect(r.err).toBe(EINVAL.errno);
      expect(r.before.threads).toBeGreaterThan(2);
      expect(r.after.mine).toBe(r.before.mine);
    }
  }, 30_000);

  test("CLONE_NEWPID and CLONE_NEWTIME succeed for the children started next (the first is pid 1 of the new pid namespace)", async () => {
    const [pid, time] = await Promise.all([unshareIn(CLONE_NEWPID, "pid_for_children", true), unshareIn(CLONE_NEWTIME, "time_for_children", true)]);
    expect(pid.err).toBeNull();
    expect(pid.spawned).toBe("1");
    expect(time.err).toBeNull();
    expect(time.after.mine).not.toBe(time.before.mine);
    expect(time.after.others).toEqual([time.before.mine]);
  }, 30_000);

  test("CLONE_FS and CLONE_FILES succeed; CLONE_VM, CLONE_SIGHAND and CLONE_THREAD are EINVAL", async () => {
    const flags = [CLONE_FS, CLONE_FILES, CLONE_VM, CLONE_SIGHAND, CLONE_THREAD];
    const rs = await Promise.all(flags.map((f) => unshareIn(f, "-")));
    expect(rs.map((r) => r.err)).toEqual([null, null, EINVAL.errno, EINVAL.errno, EINVAL.errno]);
  }, 30_000);
});
