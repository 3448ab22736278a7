/**
 * Tests for src/process.ts: ids, process groups and sessions, Kill, Tgkill,
 * pidfds, Getpagesize, Getrlimit/Setrlimit, Getrusage and Exit. Real
 * processes on the real kernel; calls that would end or move the test
 * runner (Exit, Setsid, Setpgid on ourselves) run in test/fixtures/process-child.ts.
 */
import { afterAll, describe, expect, test } from "bun:test";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import {
  Close, EACCES, EBADF, EINVAL, ENOSYS, EPERM, ESRCH, Errno, Exit, Getegid, Geteuid, Getgid, Getgroups,
  Getpagesize, Getpgid, Getpid, Getppid, Getrlimit, Getrusage, Getuid, Kill, O_CLOEXEC, O_RDONLY, Open,
  PIDFD_NONBLOCK, PidfdOpen, PidfdSendSignal, RLIMIT_CORE, RLIMIT_NOFILE, RLIM_INFINITY, Rlimit, Rusage,
  RUSAGE_CHILDREN, RUSAGE_SELF, RUSAGE_THREAD, SIGKILL, SIGTERM, Setpgid, Setrlimit, Setsid, Signal, Tgkill,
  Syscall,
} from "../src/index.ts";
import { isRoot, noFdLeak, zombieChildren } from "./helpers.ts";

const FIXTURE = new URL("./fixtures/process-child.ts", import.meta.url).pathname;
const BUN = process.execPath;

/** Runs the fixture in a mode; returns its exit code, signal and output. */
async function runFixture(args: string[], prefix: string[] = []) {
  const p = Bun.spawn([...prefix, BUN, FIXTURE, ...args], { stdout: "pipe", stderr: "pipe", stdin: "ignore" });
  const [stdout, stderr, code] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text(), p.exited]);
  return { code, signal: p.signalCode, stdout, stderr };
}

/** A long-running child (sleep), reaped by Bun when it dies. */
function sleeper() {
  return Bun.spawn(["/usr/bin/sleep", "60"], { stdio: ["ignore", "ignore", "ignore"] });
}

/** The pid of a process that has exited and been reaped. */
async function deadPid(): Promise<number> {
  const p = Bun.spawn(["/usr/bin/true"], { stdio: ["ignore", "ignore", "ignore"] });
  expect(await p.exited).toBe(0);
  expect(existsSync(`/proc/${p.pid}`)).toBe(false);
  return p.pid;
}

/** Fields of /proc/PID/stat after the comm: [state, ppid, pgrp, session, ...]. */
function procStat(pid: number | "self"): string[] {
  const s = readFileSync(`/proc/${pid}/stat`, "utf8");
  return s.slice(s.lastIndexOf(")") + 2).split(" ");
}

/** A row of /proc/self/limits: [soft, hard] as printed ("unlimited" or a number). */
function procLimit(name: string): [string, string] {
  const line = readFileSync("/proc/self/limits", "utf8").split("\n").find((l) => l.startsWith(name));
  if (!line) throw new Error(`no ${name} in /proc/self/limits`);
  const f = line.slice(name.length).trim().split(/\s+/);
  return [f[0]!, f[1]!];
}
const limitText = (v: bigint) => (v === RLIM_INFINITY ? "unlimited" : v.toString());

const bad = (v: unknown) => v as number;

afterAll(() => {
  expect(zombieChildren()).toEqual([]);
});

describe("ids", () => {
  test("Getpid and Getppid", () => {
    expect(Getpid()).toBe(process.pid);
    expect(Getppid()).toBe(process.ppid);
    expect(Number(procStat("self")[1])).toBe(Getppid());
  });

  test("Getuid, Geteuid, Getgid, Getegid", () => {
    expect(Getuid()).toBe(process.getuid!());
    expect(Geteuid()).toBe(process.geteuid!());
    expect(Getgid()).toBe(process.getgid!());
    expect(Getegid()).toBe(process.getegid!());
    const status = readFileSync("/proc/self/status", "utf8");
    const uids = status.match(/^Uid:\s+(\d+)\s+(\d+)/m)!;
    const gids = status.match(/^Gid:\s+(\d+)\s+(\d+)/m)!;
    expect([Getuid(), Geteuid()]).toEqual([Number(uids[1]), Number(uids[2])]);
    expect([Getgid(), Getegid()]).toEqual([Number(gids[1]), Number(gids[2])]);
  });

  test("Getgroups matches process.getgroups()", () => {
    const [gids, err] = Getgroups();
    expect(err).toBeNull();
    expect(Array.isArray(gids)).toBe(true);
    // Node's getgroups may add the effective gid; compare as sets without it.
    const egid = Getegid();
    const norm = (a: number[]) => [...new Set(a)].filter((g) => g !== egid).sort((x, y) => x - y);
    expect(norm(gids)).toEqual(norm(process.getgroups!()));
    const line = readFileSync("/proc/self/status", "utf8").match(/^Groups:(.*)$/m)!;
    const proc = line[1]!.trim() === "" ? [] : line[1]!.trim().split(/\s+/).map(Number);
    expect([...gids].sort((x, y) => x - y)).toEqual(proc.sort((x, y) => x - y));
  });

  test.skipIf(!isRoot || !existsSync("/usr/bin/setpriv"))(
    `distinct real/effective ids and supplementary groups, in a child under setpriv${!isRoot || !existsSync("/usr/bin/setpriv") ? " [skipped: needs root and /usr/bin/setpriv]" : ""}`,
    async () => {
      const r = await runFixture(["ids"], ["/usr/bin/setpriv", "--ruid", "1000", "--euid", "1001", "--rgid", "1000", "--egid", "1002", "--groups", "4,24,1000", "--"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      const out = JSON.parse(r.stdout);
      expect(out.ours).toEqual({ uid: 1000, euid: 1001, gid: 1000, egid: 1002, groups: [4, 24, 1000], gerr: null });
      expect(out.ours.groups).toEqual(out.node.groups);
      expect(out.killInit).toBe(EPERM.errno); // Kill's EPERM path: an unprivileged process signalling init
    },
  );
});

describe("Getpgid / Setpgid", () => {
  test("Getpgid(0) is our process group", () => {
    const [pgid, err] = Getpgid(0);
    expect(err).toBeNull();
    expect(pgid).toBe(Number(procStat("self")[2]));
    expect(Getpgid(Getpid())).toEqual([pgid, null]);
  });

  test("Getpgid of a child is the child's group", async () => {
    const c = sleeper();
    try {
      expect(Getpgid(c.pid)).toEqual([Number(procStat(c.pid)[2]), null]);
    } finally {
      c.kill();
      await c.exited;
    }
  });

  test("Getpgid: ESRCH for a missing pid", async () => {
    const pid = await deadPid();
    const [pgid, err] = Getpgid(pid);
    expect(err).toBe(ESRCH);
    expect(pgid).toBe(-1);
    expect(Getpgid(-1)[1]).toBe(ESRCH);
  });

  test("Getpgid: wrong types throw", () => {
    expect(() => Getpgid(bad("0"))).toThrow(TypeError);
    expect(() => Getpgid(bad(0.5))).toThrow(TypeError);
    expect(() => Getpgid(bad(null))).toThrow(TypeError);
    expect(() => Getpgid(bad(0n))).toThrow(TypeError);
    expect(() => Getpgid(2 ** 40)).toThrow(RangeError);
  });

  test("Setpgid(0, 0) in a child makes it a group leader; the parent sees it", async () => {
    const p = Bun.spawn([BUN, FIXTURE, "setpgid"], { stdin: "pipe", stdout: "pipe", stderr: "inherit" });
    try {
      const reader = p.stdout.getReader();
      let text = "";
      while (!text.includes("\n")) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      reader.releaseLock();
      const out = JSON.parse(text);
      expect(out).toEqual({ pid: p.pid, err: null, pgid: p.pid });
      expect(Getpgid(p.pid)).toEqual([p.pid, null]);
      expect(Getpgid(p.pid)[0]).not.toBe(Getpgid(0)[0]);
    } finally {
      p.stdin.end();
      expect(await p.exited).toBe(0);
    }
  });

  test("Setpgid on a child that has exec'd: EACCES (the child's group is unchanged)", async () => {
    const c = sleeper();
    try {
      const [before] = Getpgid(c.pid);
      expect(Setpgid(c.pid, c.pid)).toBe(EACCES);
      expect(Getpgid(c.pid)).toEqual([before, null]);
    } finally {
      c.kill();
      await c.exited;
    }
  });

  test("Setpgid: ESRCH for a dead pid and for a process that is not our child", async () => {
    const pid = await deadPid();
    expect(Setpgid(pid, pid)).toBe(ESRCH);
    expect(Setpgid(1, 1)).toBe(ESRCH);
  });

  test("Setpgid: EINVAL for a negative pgid", () => {
    const [pgid] = Getpgid(0);
    expect(Setpgid(0, -1)).toBe(EINVAL);
    expect(Setpgid(Getpid(), -5)).toBe(EINVAL);
    expect(Getpgid(0)[0]).toBe(pgid);
  });

  test("Setpgid: wrong types throw, and nothing moves", () => {
    const [pgid] = Getpgid(0);
    expect(() => Setpgid(bad("0"), 0)).toThrow(TypeError);
    expect(() => Setpgid(0, bad("0"))).toThrow(TypeError);
    expect(() => Setpgid(0, bad(0.5))).toThrow(TypeError);
    expect(() => Setpgid(bad(undefined), 0)).toThrow(TypeError);
    expect(() => Setpgid(0, 2 ** 40)).toThrow(RangeError);
    expect(() => Setpgid(-(2 ** 40), 0)).toThrow(RangeError);
    expect(Getpgid(0)[0]).toBe(pgid);
  });
});

describe("Setsid", () => {
  test("in a child: a new session led by the child; a second call is EPERM", async () => {
    const r = await runFixture(["setsid"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.before.sid).not.toBe(out.pid);
    expect(out.first).toEqual([out.pid, null]);
    expect(out.after).toEqual({ pgid: out.pid, sid: out.pid });
    expect(out.second).toEqual([-1, EPERM.errno]);
  });

  // Only when the runner leads its process group is Setsid sure to fail; otherwise it would detach the runner.
  const leader = Getpgid(0)[0] === Getpid();
  test.skipIf(!leader)(`EPERM for the test runner, a process-group leader${leader ? "" : " [skipped: the test runner leads no process group here]"}`, () => {
    const sid = procStat("self")[3];
    expect(Setsid()).toEqual([-1, EPERM]);
    expect(procStat("self")[3]).toBe(sid);
  });
});

describe("Kill", () => {
  test("signal 0 to ourselves succeeds (number, Signal object)", () => {
    expect(Kill(Getpid(), 0)).toBeNull();
    expect(Kill(Getpid(), Signal.of(0))).toBeNull();
    expect(Kill(0, 0)).toBeNull(); // our process group
  });

  test("SIGTERM kills a child: it dies by SIGTERM", async () => {
    const c = sleeper();
    expect(Kill(c.pid, 0)).toBeNull();
    expect(Kill(c.pid, SIGTERM)).toBeNull();
    await c.exited;
    expect(c.signalCode).toBe("SIGTERM");
    expect(c.exitCode).toBeNull();
  });

  test("a plain signal number works: 9 kills a child by SIGKILL", async () => {
    const c = sleeper();
    expect(Kill(c.pid, 9)).toBeNull();
    await c.exited;
    expect(c.signalCode).toBe("SIGKILL");
  });

  test("ESRCH for a reaped pid", async () => {
    const pid = await deadPid();
    expect(Kill(pid, 0)).toBe(ESRCH);
    expect(Kill(pid, SIGTERM)).toBe(ESRCH);
  });

  test("EINVAL for an invalid signal", () => {
    expect(Kill(Getpid(), 99999)).toBe(EINVAL);
    expect(Kill(Getpid(), 65)).toBe(EINVAL);
    expect(Kill(Getpid(), -1)).toBe(EINVAL);
    expect(Kill(Getpid(), 2 ** 40)).toBe(EINVAL); // must not wrap onto a real signal
    expect(Kill(Getpid(), Signal.of(99999))).toBe(EINVAL);
  });

  test("wrong types throw; the target is untouched", async () => {
    const c = sleeper();
    try {
      expect(() => Kill(bad(String(c.pid)), 0)).toThrow(TypeError);
      expect(() => Kill(c.pid, bad("SIGTERM"))).toThrow(TypeError);
      expect(() => Kill(c.pid, bad(null))).toThrow(TypeError);
      expect(() => Kill(c.pid, bad(undefined))).toThrow(TypeError);
      expect(() => Kill(c.pid, bad(15.5))).toThrow(TypeError);
      expect(() => Kill(c.pid, bad(15n))).toThrow(TypeError);
      expect(() => Kill(c.pid, bad({ signo: 15 }))).toThrow(TypeError);
      expect(() => Kill(bad(c.pid + 0.5), 15)).toThrow(TypeError);
      expect(() => Kill(2 ** 40 + c.pid, 15)).toThrow(RangeError);
      expect(Kill(c.pid, 0)).toBeNull();
      expect(c.exitCode).toBeNull();
      expect(c.killed).toBe(false);
    } finally {
      c.kill();
      await c.exited;
    }
  });
});

describe("Tgkill", () => {
  test("signal 0 to our own main thread (tid = pid) and to another of our threads", () => {
    const pid = Getpid();
    expect(Tgkill(pid, pid, 0)).toBeNull();
    const other = readdirSync("/proc/self/task").map(Number).find((t) => t !== pid);
    if (other !== undefined) {
      expect(Tgkill(pid, other, 0)).toBeNull();
      expect(Tgkill(1, other, 0)).toBe(ESRCH); // that thread is not in init's group
    }
  });

  test("SIGKILL to a child's main thread kills it", async () => {
    const c = sleeper();
    expect(Tgkill(c.pid, c.pid, SIGKILL)).toBeNull();
    await c.exited;
    expect(c.signalCode).toBe("SIGKILL");
  });

  test("ESRCH for a missing thread", async () => {
    const pid = await deadPid();
    expect(Tgkill(Getpid(), pid, 0)).toBe(ESRCH);
    expect(Tgkill(pid, pid, 0)).toBe(ESRCH);
  });

  test("EINVAL for an invalid signal or a non-positive id", () => {
    const pid = Getpid();
    expect(Tgkill(pid, pid, 99999)).toBe(EINVAL);
    expect(Tgkill(pid, pid, 2 ** 40)).toBe(EINVAL);
    expect(Tgkill(0, pid, 0)).toBe(EINVAL);
    expect(Tgkill(pid, 0, 0)).toBe(EINVAL);
    expect(Tgkill(pid, -1, 0)).toBe(EINVAL);
  });

  test("wrong types throw", () => {
    const pid = Getpid();
    expect(() => Tgkill(bad(String(pid)), pid, 0)).toThrow(TypeError);
    expect(() => Tgkill(pid, bad(String(pid)), 0)).toThrow(TypeError);
    expect(() => Tgkill(pid, pid, bad("0"))).toThrow(TypeError);
    expect(() => Tgkill(pid, pid, bad(null))).toThrow(TypeError);
    expect(() => Tgkill(pid, 2 ** 40, 0)).toThrow(RangeError);
  });
});

// pidfd_open needs Linux 5.3: probed with the raw syscall (not the function under test).
const noPidfd = (() => {
  const [fd, , err] = Syscall(434, Getpid(), 0, 0);
  if (err === null) Close(Number(fd));
  return err === ENOSYS;
})();
describe(`PidfdOpen / PidfdSendSignal${noPidfd ? " [skipped: no pidfd_open(2) here: ENOSYS]" : ""}`, () => {
  const t = test.skipIf(noPidfd);

  /** The fdinfo lines of one of our fds. */
  const fdinfo = (fd: number) => readFileSync(`/proc/self/fdinfo/${fd}`, "utf8");

  t("a pidfd to a sleeping child; SIGKILL through it kills the child", async () => {
    await noFdLeak(async () => {
      const c = sleeper();
      const [fd, err] = PidfdOpen(c.pid, 0);
      try {
        expect(err).toBeNull();
        expect(fd).toBeGreaterThanOrEqual(0);
        const info = fdinfo(fd);
        expect(info).toMatch(new RegExp(`^Pid:\\s+${c.pid}$`, "m"));
        const flags = parseInt(info.match(/^flags:\s+([0-7]+)$/m)![1]!, 8);
        expect(flags & O_CLOEXEC).toBe(O_CLOEXEC); // pidfds are close-on-exec
        expect(flags & PIDFD_NONBLOCK).toBe(0);
        expect(PidfdSendSignal(fd, 0, null, 0)).toBeNull();
        expect(PidfdSendSignal(fd, SIGKILL, null, 0)).toBeNull();
        await c.exited;
        expect(c.signalCode).toBe("SIGKILL");
        // The process is gone (and reaped): the pidfd now reports ESRCH.
        expect(PidfdSendSignal(fd, 0, null, 0)).toBe(ESRCH);
        expect(PidfdSendSignal(fd, SIGKILL, null, 0)).toBe(ESRCH);
      } finally {
        if (fd >= 0) expect(Close(fd)).toBeNull();
        c.kill();
        await c.exited;
      }
    });
  });

  t("PIDFD_NONBLOCK gives a non-blocking pidfd; a plain number signal works", async () => {
    await noFdLeak(async () => {
      const c = sleeper();
      const [fd, err] = PidfdOpen(c.pid, PIDFD_NONBLOCK);
      try {
        expect(err).toBeNull();
        const flags = parseInt(fdinfo(fd).match(/^flags:\s+([0-7]+)$/m)![1]!, 8);
        expect(flags & PIDFD_NONBLOCK).toBe(PIDFD_NONBLOCK);
        expect(PidfdSendSignal(fd, 15, null, 0)).toBeNull();
        await c.exited;
        expect(c.signalCode).toBe("SIGTERM");
      } finally {
        if (fd >= 0) Close(fd);
        c.kill();
        await c.exited;
      }
    });
  });

  t("PidfdOpen: ESRCH for a reaped pid, EINVAL for bad flags or pid", async () => {
    await noFdLeak(async () => {
      const pid = await deadPid();
      expect(PidfdOpen(pid, 0)).toEqual([-1, ESRCH]);
      expect(PidfdOpen(Getpid(), 0xdead0)).toEqual([-1, EINVAL]);
      expect(PidfdOpen(-1, 0)).toEqual([-1, EINVAL]);
      expect(PidfdOpen(0, 0)).toEqual([-1, EINVAL]);
    });
  });

  t("PidfdSendSignal: EBADF for a closed fd, -1, a huge fd and a non-pidfd fd", async () => {
    await noFdLeak(() => {
      const [fd, err] = PidfdOpen(Getpid(), 0);
      expect(err).toBeNull();
      expect(Close(fd)).toBeNull();
      expect(PidfdSendSignal(fd, 0, null, 0)).toBe(EBADF);
      expect(PidfdSendSignal(-1, 0, null, 0)).toBe(EBADF);
      expect(PidfdSendSignal(2 ** 40, 0, null, 0)).toBe(EBADF); // must not wrap onto a real fd
      const [nf, oerr] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0);
      expect(oerr).toBeNull();
      try {
        expect(PidfdSendSignal(nf, 0, null, 0)).toBe(EBADF);
      } finally {
        Close(nf);
      }
    });
  });

  t("PidfdSendSignal: EINVAL for a bad signal or bad flags", async () => {
    await noFdLeak(() => {
      const [fd, err] = PidfdOpen(Getpid(), 0);
      expect(err).toBeNull();
      try {
        expect(PidfdSendSignal(fd, 99999, null, 0)).toBe(EINVAL);
        expect(PidfdSendSignal(fd, 2 ** 40, null, 0)).toBe(EINVAL);
        expect(PidfdSendSignal(fd, 0, null, 0x100)).toBe(EINVAL);
      } finally {
        Close(fd);
      }
    });
  });

  t("wrong types throw", async () => {
    await noFdLeak(() => {
      const [fd, err] = PidfdOpen(Getpid(), 0);
      expect(err).toBeNull();
      try {
        expect(() => PidfdOpen(bad(String(Getpid())), 0)).toThrow(TypeError);
        expect(() => PidfdOpen(Getpid(), bad("0"))).toThrow(TypeError);
        expect(() => PidfdOpen(Getpid(), bad(undefined))).toThrow(TypeError);
        expect(() => PidfdOpen(2 ** 40, 0)).toThrow(RangeError);
        expect(() => PidfdSendSignal(bad(String(fd)), 0, null, 0)).toThrow(TypeError);
        expect(() => PidfdSendSignal(fd, bad("SIGKILL"), null, 0)).toThrow(TypeError);
        expect(() => PidfdSendSignal(fd, 0, {} as unknown as null, 0)).toThrow(TypeError);
        expect(() => PidfdSendSignal(fd, 0, undefined as unknown as null, 0)).toThrow(TypeError);
        expect(() => PidfdSendSignal(fd, 0, null, bad("0"))).toThrow(TypeError);
      } finally {
        Close(fd);
      }
    });
  });
});

describe("Getpagesize", () => {
  test("a power of two that matches getconf PAGESIZE", () => {
    const n = Getpagesize();
    expect(Number.isInteger(n)).toBe(true);
    expect(n).toBeGreaterThanOrEqual(4096);
    expect(n & (n - 1)).toBe(0);
    const r = Bun.spawnSync(["getconf", "PAGESIZE"], { stderr: "ignore" });
    if (r.success) expect(n).toBe(Number(r.stdout.toString().trim()));
    else expect([4096, 16384, 65536]).toContain(n);
  });
});

describe("Getrlimit / Setrlimit", () => {
  test("Getrlimit(RLIMIT_NOFILE) matches /proc/self/limits", () => {
    const rl = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, rl)).toBeNull();
    expect(typeof rl.Cur).toBe("bigint");
    expect(typeof rl.Max).toBe("bigint");
    expect(rl.Cur).toBeGreaterThan(0n);
    expect(rl.Cur).toBeLessThanOrEqual(rl.Max);
    expect(procLimit("Max open files")).toEqual([limitText(rl.Cur), limitText(rl.Max)]);
  });

  test("RLIMIT_NOFILE round-trip: lower the soft limit, read it back, restore", () => {
    const orig = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, orig)).toBeNull();
    const lower = orig.Cur - 1n;
    try {
      expect(Setrlimit(RLIMIT_NOFILE, new Rlimit(lower, orig.Max))).toBeNull();
      const got = new Rlimit();
      expect(Getrlimit(RLIMIT_NOFILE, got)).toBeNull();
      expect(got.Cur).toBe(lower);
      expect(got.Max).toBe(orig.Max);
      expect(procLimit("Max open files")[0]).toBe(lower.toString());
      // A plain object literal works, and so does a safe-integer number.
      expect(Setrlimit(RLIMIT_NOFILE, { Cur: Number(lower) - 1, Max: orig.Max } as unknown as Rlimit)).toBeNull();
      expect(Getrlimit(RLIMIT_NOFILE, got)).toBeNull();
      expect(got.Cur).toBe(lower - 1n);
    } finally {
      expect(Setrlimit(RLIMIT_NOFILE, orig)).toBeNull();
    }
    const back = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, back)).toEqual(null);
    expect(back).toEqual(orig);
  });

  const core = new Rlimit();
  Getrlimit(RLIMIT_CORE, core);
  test.skipIf(!isRoot && core.Max !== RLIM_INFINITY)(`RLIM_INFINITY and values past 2^53 round-trip without loss (RLIMIT_CORE)${!isRoot && core.Max !== RLIM_INFINITY ? " [skipped: RLIMIT_CORE's hard limit is finite and this process is not root]" : ""}`, () => {
    const orig = new Rlimit();
    expect(Getrlimit(RLIMIT_CORE, orig)).toBeNull();
    try {
      expect(Setrlimit(RLIMIT_CORE, new Rlimit(RLIM_INFINITY, RLIM_INFINITY))).toBeNull();
      const got = new Rlimit(1n, 1n);
      expect(Getrlimit(RLIMIT_CORE, got)).toBeNull();
      expect(got.Cur).toBe(0xffffffffffffffffn);
      expect(got.Max).toBe(0xffffffffffffffffn);
      expect(procLimit("Max core file size")).toEqual(["unlimited", "unlimited"]);

      const big = 2n ** 53n + 1n; // not representable as a double
      expect(Setrlimit(RLIMIT_CORE, new Rlimit(big, RLIM_INFINITY))).toBeNull();
      expect(Getrlimit(RLIMIT_CORE, got)).toBeNull();
      expect(got.Cur).toBe(big);
      expect(got.Max).toBe(RLIM_INFINITY);
      expect(procLimit("Max core file size")[0]).toBe(big.toString());

      const top = RLIM_INFINITY - 1n;
      expect(Setrlimit(RLIMIT_CORE, new Rlimit(top, RLIM_INFINITY))).toBeNull();
      expect(Getrlimit(RLIMIT_CORE, got)).toBeNull();
      expect(got.Cur).toBe(top);
    } finally {
      expect(Setrlimit(RLIMIT_CORE, orig)).toBeNull();
    }
    const back = new Rlimit();
    expect(Getrlimit(RLIMIT_CORE, back)).toBeNull();
    expect(back).toEqual(orig);
  });

  test("EINVAL for Cur > Max; nothing changes", () => {
    const orig = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, orig)).toBeNull();
    expect(Setrlimit(RLIMIT_NOFILE, new Rlimit(100n, 50n))).toBe(EINVAL);
    const got = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, got)).toBeNull();
    expect(got).toEqual(orig);
  });

  test("EINVAL for an invalid resource; the Rlimit is left alone", () => {
    const rl = new Rlimit(7n, 9n);
    expect(Getrlimit(99, rl)).toBe(EINVAL);
    expect(rl).toEqual(new Rlimit(7n, 9n));
    expect(Getrlimit(-1, rl)).toBe(EINVAL);
    expect(Setrlimit(99, new Rlimit(1n, 1n))).toBe(EINVAL);
    expect(Setrlimit(-1, new Rlimit(1n, 1n))).toBe(EINVAL);
  });

  test("wrong types throw TypeError", () => {
    const rl = new Rlimit();
    expect(() => Getrlimit(bad("7"), rl)).toThrow(TypeError);
    expect(() => Getrlimit(bad(7.5), rl)).toThrow(TypeError);
    expect(() => Getrlimit(RLIMIT_NOFILE, null as unknown as Rlimit)).toThrow(TypeError);
    expect(() => Getrlimit(RLIMIT_NOFILE, undefined as unknown as Rlimit)).toThrow(TypeError);
    expect(() => Getrlimit(RLIMIT_NOFILE, 5 as unknown as Rlimit)).toThrow(TypeError);
    expect(() => Setrlimit(bad("7"), rl)).toThrow(TypeError);
    expect(() => Setrlimit(RLIMIT_NOFILE, null as unknown as Rlimit)).toThrow(TypeError);
    const orig = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, orig)).toBeNull();
    for (const v of ["1", 1.5, null, undefined, {}, 2 ** 60 /* not a safe integer */]) {
      expect(() => Setrlimit(RLIMIT_NOFILE, { Cur: v, Max: orig.Max } as unknown as Rlimit)).toThrow(TypeError);
      expect(() => Setrlimit(RLIMIT_NOFILE, { Cur: orig.Cur, Max: v } as unknown as Rlimit)).toThrow(TypeError);
    }
    const got = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, got)).toBeNull();
    expect(got).toEqual(orig);
  });

  test("values past 2^64-1 or below 0 throw RangeError; nothing changes", () => {
    const orig = new Rlimit();
    expect(Getrlimit(RLIMIT_CORE, orig)).toBeNull();
    expect(() => Setrlimit(RLIMIT_CORE, new Rlimit(2n ** 64n, 2n ** 64n))).toThrow(RangeError);
    expect(() => Setrlimit(RLIMIT_CORE, new Rlimit(0n, 2n ** 64n))).toThrow(RangeError);
    expect(() => Setrlimit(RLIMIT_CORE, new Rlimit(2n ** 64n, orig.Max))).toThrow(RangeError);
    expect(() => Setrlimit(RLIMIT_CORE, new Rlimit(-1n, orig.Max))).toThrow(RangeError);
    expect(() => Setrlimit(RLIMIT_CORE, { Cur: -1, Max: orig.Max } as unknown as Rlimit)).toThrow(RangeError);
    expect(() => Setrlimit(2 ** 40, orig)).toThrow(RangeError);
    const got = new Rlimit();
    expect(Getrlimit(RLIMIT_CORE, got)).toBeNull();
    expect(got).toEqual(orig);
  });
});

describe("Getrusage", () => {
  test("RUSAGE_SELF: Maxrss > 0, between Node's readings before and after, near VmHWM", () => {
    // process.resourceUsage() reads the same getrusage(2); Maxrss never shrinks.
    const before = process.resourceUsage().maxRSS;
    const ru = new Rusage();
    expect(Getrusage(RUSAGE_SELF, ru)).toBeNull();
    const after = process.resourceUsage().maxRSS;
    expect(ru.Maxrss).toBeGreaterThan(0);
    expect(ru.Maxrss).toBeGreaterThanOrEqual(before);
    expect(ru.Maxrss).toBeLessThanOrEqual(after);
    // /proc's VmHWM counts the same pages through batched counters: close, not equal. Both in KiB.
    const hwm = Number(readFileSync("/proc/self/status", "utf8").match(/^VmHWM:\s+(\d+) kB$/m)![1]);
    expect(ru.Maxrss).toBeGreaterThan(hwm / 2);
    expect(ru.Maxrss).toBeLessThan(hwm * 2);
    expect(ru.Minflt).toBeGreaterThan(0);
    for (const tv of [ru.Utime, ru.Stime]) {
      expect(Number.isInteger(tv.Sec) && Number.isInteger(tv.Usec)).toBe(true);
      expect(tv.Sec).toBeGreaterThanOrEqual(0);
      expect(tv.Usec).toBeGreaterThanOrEqual(0);
      expect(tv.Usec).toBeLessThan(1_000_000);
    }
    expect(ru.Utime.Sec + ru.Utime.Usec + ru.Stime.Sec + ru.Stime.Usec).toBeGreaterThan(0);
  });

  test("RUSAGE_THREAD and RUSAGE_CHILDREN", async () => {
    await deadPid(); // at least one waited-for child
    const th = new Rusage(), self = new Rusage();
    expect(Getrusage(RUSAGE_THREAD, th)).toBeNull();
    expect(Getrusage(RUSAGE_SELF, self)).toBeNull();
    // This thread has run (it is running this test) and faulted pages in; no more than the whole process.
    const us = (r: Rusage) => (r.Utime.Sec + r.Stime.Sec) * 1e6 + r.Utime.Usec + r.Stime.Usec;
    expect(us(th)).toBeGreaterThan(0);
    expect(th.Minflt).toBeGreaterThan(0);
    expect(us(th)).toBeLessThanOrEqual(us(self));
    expect(th.Minflt).toBeLessThanOrEqual(self.Minflt);
    expect(th.Utime.Usec).toBeLessThan(1_000_000);
    const ch = new Rusage();
    expect(Getrusage(RUSAGE_CHILDREN, ch)).toBeNull();
    expect(ch.Maxrss).toBeGreaterThan(0);
  });

  test("EINVAL for who=99; the Rusage is left alone", () => {
    const ru = new Rusage();
    ru.Maxrss = 12345;
    expect(Getrusage(99, ru)).toBe(EINVAL);
    expect(ru.Maxrss).toBe(12345);
    expect(Getrusage(-2, ru)).toBe(EINVAL);
  });

  test("wrong types throw TypeError", () => {
    expect(() => Getrusage(bad("0"), new Rusage())).toThrow(TypeError);
    expect(() => Getrusage(bad(0.5), new Rusage())).toThrow(TypeError);
    expect(() => Getrusage(RUSAGE_SELF, null as unknown as Rusage)).toThrow(TypeError);
    expect(() => Getrusage(RUSAGE_SELF, "ru" as unknown as Rusage)).toThrow(TypeError);
    expect(() => Getrusage(2 ** 40, new Rusage())).toThrow(RangeError);
  });
});

describe("Exit", () => {
  test("Exit(7): status 7; no exit handler, no finally; synchronous output survives", async () => {
    const r = await runFixture(["exit", "7"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(7);
    expect(r.signal).toBeNull();
    expect(r.stdout).toBe("before Exit\n");
  });

  test("Exit(0) is a clean exit, still without handlers", async () => {
    const r = await runFixture(["exit", "0"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("before Exit\n");
  });

  test("a code past 255 gives status & 0xff", async () => {
    for (const [code, want] of [[263, 7], [256, 0], [0xffffffff, 255], [-1, 255]] as const) {
      const r = await runFixture(["exit", String(code)]);
      expect(r.stdout).toBe("before Exit\n");
      expect([code, r.code]).toEqual([code, want]);
    }
  });

  test("wrong types throw TypeError and out-of-range codes RangeError, without exiting", async () => {
    const r = await runFixture(["exit-badinput"]);
    expect(r.stderr).toBe("");
    expect(r.stdout.trim().split("\n")).toEqual(["TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "TypeError", "RangeError"]);
    expect(r.code).toBe(3);
  });

  test("Errno values are interned (EINVAL is Errno.of(22))", () => {
    expect(Errno.of(22)).toBe(EINVAL);
    expect(Getrusage(99, new Rusage())).toBe(Errno.of(22));
  });
});
