/**
 * Hostile and careless input: nothing a caller passes may crash, hang or
 * change the Bun process. Each test here failed on the code before the
 * hardening (a crash, a hang, a wrong error kind, a leak); the ones that
 * could crash or hang Bun run in a child Bun process with a time limit
 * (test/fixtures/hostile.ts), so a regression fails its test instead of
 * killing the suite.
 */
import { describe, expect, test } from "bun:test";
import { existsSync } from "node:fs";
import { join } from "node:path";
import {
  CLONE_NEWPID, CLONE_NEWUSER, CLONE_PIDFD, Close, E2BIG, EBADF, EINVAL, Errno, ForkExec, Getgid, Getuid,
  LastForkExecFailure, NsecToTimespec, Pipe, Pipe2, Rusage, Signal, SIGKILL, Timespec, Timeval, Wait4,
  Wait4Async, WaitStatus, Rlimit, Kill,
} from "../src/index.ts";
import { REFUSED_CLONEFLAGS_MASK, childSource } from "../src/exec/forkexec.ts";
import * as C from "../src/clone.ts";
import { inChild, isRoot, noFdLeak, zombieChildren } from "./helpers.ts";

const BUN = process.execPath;
const FIX = join(import.meta.dir, "fixtures");

/** Why unprivileged-style user namespaces cannot be made here, or null (probed with unshare(1) when present). */
function userNsReason(): string | null {
  if (!existsSync("/proc/self/ns/user")) return "no user namespaces in this kernel";
  const r = Bun.spawnSync(["unshare", "--user", "--map-root-user", "true"], { stderr: "pipe" });
  if (r.exitCode !== 0 && r.exitCode !== null) return `unshare --user refused: ${r.stderr.toString().trim()}`;
  return null;
}
const named = (name: string, reason: string | null) => (reason === null ? name : `${name} [skipped: ${reason}]`);

interface CloneResult { name: string; pid: number; err: number | string | null; step: string | null }

describe("Cloneflags that would turn the spawn against Bun are refused (EINVAL, the step names the flag)", () => {
  for (const mode of ["", "classic"] as const) {
    test(`every refused bit, on the ${mode === "" ? "default (clone3 where available)" : "glibc clone (clone3 refused by seccomp)"} path; Bun survives unchanged`, async () => {
      const r = await inChild([join(FIX, "hostile.ts"), "cloneflags", ...(mode ? [mode] : [])]);
      const results = r.results as CloneResult[];
      expect(results.length).toBeGreaterThan(15);
      for (const x of results) {
        expect({ name: x.name, pid: x.pid, err: x.err }).toEqual({ name: x.name, pid: 0, err: 22 });
        expect(x.step ?? "").toStartWith("cloneflags: ");
      }
      const byName = Object.fromEntries(results.map((x) => [x.name, x.step]));
      expect(byName["CLONE_PARENT|CLONE_CHILD_CLEARTID"]).toBe("cloneflags: CLONE_PARENT|CLONE_CHILD_CLEARTID");
      expect(byName["exit signal 10"]).toBe("cloneflags: CSIGNAL");
      expect(byName["CLONE_PIDFD without PidFD"]).toBe("cloneflags: CLONE_PIDFD without Sys.PidFD");
      expect(byName["CLONE_SETTLS, missing program"]).toBe("cloneflags: CLONE_SETTLS");
      // Handlers, mask, cwd, root, fd 0 and ids: as they were. (Bun starts threads of its own at will, so their count is not compared.)
      expect(r.after).toEqual(r.before);
    });
  }

  test("child.c refuses the same bits itself: its BAD_CLONEFLAGS is generated from the same table", () => {
    const m = /#define BAD_CLONEFLAGS 0x([0-9a-f]+)UL/.exec(childSource());
    expect(m).not.toBeNull();
    expect(parseInt(m![1]!, 16)).toBe(REFUSED_CLONEFLAGS_MASK);
    expect(REFUSED_CLONEFLAGS_MASK).toBe(0x7f | C.CLONE_VM | C.CLONE_FS | C.CLONE_FILES | C.CLONE_SIGHAND | C.CLONE_VFORK | C.CLONE_PARENT |
      C.CLONE_THREAD | C.CLONE_SYSVSEM | C.CLONE_SETTLS | C.CLONE_PARENT_SETTID | C.CLONE_CHILD_SETTID | C.CLONE_CHILD_CLEARTID);
  });

  test("CLONE_PIDFD with Sys.PidFD works, and namespace flags pass", async () => {
    await noFdLeak(() => {
      const pidfd = { value: -5 };
      const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { Cloneflags: CLONE_PIDFD, PidFD: pidfd } });
      expect(err).toBeNull();
      expect(pidfd.value).toBeGreaterThan(2);
      Close(pidfd.value);
      Wait4(pid, null, 0, null);
    });
  });
});

describe("Pdeathsig in a new PID namespace with Ptrace returns, as Go's does", () => {
  test.skipIf(!isRoot)(named("CLONE_NEWPID + Pdeathsig + Ptrace (CLONE_VM path): stops at exec, continues, exits 0", isRoot ? null : "needs root for CLONE_NEWPID without a user namespace"), async () => {
    const r = await inChild([join(FIX, "hostile.ts"), "newpid-pdeathsig-ptrace"], 10000);
    expect(r).toEqual({ err: null, first: { stopped: true, stopSignal: 5 }, cont: null, exited: true, code: 0 });
  });
  const noUserns = userNsReason();
  test.skipIf(noUserns !== null)(named("with CLONE_NEWUSER and id maps (the pipe path): the same", noUserns), async () => {
    const r = await inChild([join(FIX, "hostile.ts"), "newpid-pdeathsig-ptrace", "userns"], 10000);
    expect(r).toEqual({ err: null, first: { stopped: true, stopSignal: 5 }, cont: null, exited: true, code: 0 });
  });
});

describe("inherited signal state", () => {
  test("a Bun started with SIGCHLD ignored still gets its children's status from Wait4 and Wait4Async", async () => {
    const r = await inChild([join(FIX, "signal-exec.ts"), "ign=17", "--", join(FIX, "hostile.ts"), "sigchld-ignored"]);
    expect(r).toEqual({
      startIgnoredChld: true, nowIgnoredChld: false,
      sync: { ok: true, err: null, code: 7 }, async: { ok: true, err: null, code: 9 },
    });
  });

  test("a child keeps only the ignored signals a Go child keeps (1, 2, 18, 20, 21, 22; 32 and 34)", async () => {
    const ignored = [1, 2, 10, 12, 13, 15, 17, 18, 20, 21, 22, 25, 28, 34];
    const r = await inChild([join(FIX, "signal-exec.ts"), `ign=${ignored.join(",")}`, "--", join(FIX, "hostile.ts"), "inherited-ignored"]);
    const bits = (hex: unknown) => {
      const v = BigInt("0x" + String(hex));
      return [...Array(64).keys()].map((i) => i + 1).filter((s) => (v >> BigInt(s - 1)) & 1n);
    };
    // The parent: what it was started with, plus SIGPIPE and SIGXFSZ (Bun's own), less SIGCHLD (put back).
    expect(bits(r.parent)).toEqual([1, 2, 10, 12, 13, 15, 18, 20, 21, 22, 25, 28, 34]);
    // Go's go1.19 child from the same parent (measured): 1 2 18 20 21 22 32 34.
    expect(bits(r.child)).toEqual([1, 2, 18, 20, 21, 22, 34]);
    // Exec gives the new program the same (sh itself ignores none of these by default).
    const e = await inChild([join(FIX, "signal-exec.ts"), `ign=${ignored.join(",")}`, "--", join(FIX, "hostile.ts"), "exec-ignored"]);
    expect(bits(e.child)).toEqual([1, 2, 18, 20, 21, 22, 34]);
  });
});

describe("a seccomp filter that lets Bun run but refuses epoll_wait (Bun's loop waits in epoll_pwait2)", () => {
  for (const [name, errno] of [["EPERM", 1], ["ENOSYS", 38]] as const) {
    test(`${name}: a Worker's Wait4Async and PollAsync, and the main thread's PollAsync and its waits past the direct ones, resolve; the waiter thread does not spin`, async () => {
      expect(await inChild([join(FIX, "env-epoll-wait-refused.ts"), String(errno)], 20000)).toEqual({ worker: { forkexec: null, wait: 7, poll: 1 }, mainPoll: 1, mainWaits: [3, 3, 3, 3, 3, 3, 3], spun: false });
    });
  }
});

describe("a seccomp filter that refuses preadv2 and pwritev2 (EPERM, as container profiles answer a call they do not list)", () => {
  for (const [name, errno] of [["EPERM", 1], ["ENOSYS", 38]] as const) {
    test(`${name}: ReadAsync, WriteAsync and the streams read and write a pipe, a pty and a file through read(2) and write(2); a closed fd is still EBADF`, async () => {
      expect(await inChild([join(FIX, "env-preadv2-refused.ts"), String(errno)])).toEqual({
        pipe: [3, null, "abc"], pipeWrite: [3, null], streams: "streamed", pty: [6, null, "ping\r\n"], file: [8, null, "filedata"], closed: [-1, EBADF.errno],
      });
    });
  }
});

describe("a seccomp filter that refuses pidfd_open and waitid", () => {
  for (const [name, errno] of [["EPERM", 1], ["ENOSYS", 38]] as const) {
    test(`${name}: a Worker's Wait4Async and the main thread's waits past its direct ones resolve, and nothing spins while they wait`, async () => {
      expect(await inChild([join(FIX, "env-waitid-refused.ts"), String(errno)], 20000)).toEqual({ worker: 7, main: [3, 3, 3, 3, 3, 3], spun: false });
    });
  }
});

describe("arrays are read once, element by element: holes, Proxies and lengths", () => {
  test("holes and non-integers in Groups and AmbientCaps are TypeErrors, never 0 (root) or CAP_CHOWN", () => {
    const cred = (Groups: unknown) => ({ Sys: { Credential: { Uid: 0, Gid: 0, Groups: Groups as number[] } } });
    // eslint-disable-next-line no-sparse-arrays
    expect(() => ForkExec("/bin/true", ["true"], cred([1000, , undefined, null]))).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], cred([1.5]))).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], cred(["1"]))).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { AmbientCaps: [undefined as unknown as number] } })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Files: [0, , 2] as number[] })).toThrow(TypeError);
    expect(zombieChildren()).toEqual([]);
  });

  test("huge lengths are refused by their length before any loop, holes or a Proxy alike", () => {
    const t0 = performance.now();
    expect(ForkExec("/bin/true", ["true"], { Sys: { AmbientCaps: new Array(2 ** 32 - 1) } })).toEqual([0, EINVAL]);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { AmbientCaps: new Array(64) } })).toThrow(TypeError);
    const endless = (len: number, v: unknown) => new Proxy([] as unknown[], { get: (t, k) => (k === "length" ? len : typeof k === "string" && /^\d+$/.test(k) ? v : Reflect.get(t, k)) });
    expect(ForkExec("/bin/true", ["true"], { Sys: { AmbientCaps: endless(2 ** 32 - 1, 1) as number[] } })).toEqual([0, EINVAL]);
    expect(ForkExec("/bin/true", ["true"], { Sys: { Credential: { Uid: 0, Gid: 0, Groups: endless(2 ** 32 - 1, 1) as number[] } } })).toEqual([0, EINVAL]);
    expect(ForkExec("/bin/true", endless(2 ** 31, "x") as string[])).toEqual([0, E2BIG]);
    expect(ForkExec("/bin/true", ["true"], { Env: endless(2 ** 31, "A=1") as string[] })).toEqual([0, E2BIG]);
    expect(ForkExec("/bin/true", ["true"], { Files: endless(2 ** 31, 1) as number[] })).toEqual([0, EBADF]);
    expect(performance.now() - t0).toBeLessThan(5000); // a hang guard (a loop over 2^32 elements takes minutes), not a speed figure
  });

  test("an argv Proxy that grows on each read cannot overrun the request: the child gets the first read", async () => {
    let reads = 0;
    const argv = new Proxy(["echo", "x"], {
      get(t, k, r) {
        if (k === "1") return "y".repeat(8 << reads++);
        return Reflect.get(t, k, r);
      },
    });
    const p = [0, 0];
    Pipe2(p, 0);
    const [pid, err] = ForkExec("/bin/echo", argv, { Files: [0, p[1]!, 2] });
    Close(p[1]!);
    expect(err).toBeNull();
    const text = await new Response(Bun.file(p[0]!).stream()).text();
    Wait4(pid, null, 0, null);
    expect(reads).toBe(1);
    expect(text).toBe("y".repeat(8) + "\n");
  });

  test("a path or name past the kernel's length is its error at its step (ForkExec refuses it before encoding it), a big request's block and a big Env block are not kept, and Exec's long path is ENAMETOOLONG, not E2BIG", async () => {
    const { CLONE_NEWNS, CLONE_NEWUTS, ENAMETOOLONG } = await import("../src/index.ts");
    const { arenaBytes, envBlockBytes } = await import("../src/exec/forkexec.ts");
    const long = "/" + "a".repeat(1 << 22); // 4 Mi characters: 12 MiB of arena if it were encoded
    const cases: [string, Parameters<typeof ForkExec>, string, Errno][] = [
      ["argv0", [long, ["x"], {}], "execve", ENAMETOOLONG],
      ["Dir", ["/bin/true", ["true"], { Dir: long }], "chdir", ENAMETOOLONG],
      ["Chroot", ["/bin/true", ["true"], { Sys: { Chroot: long } }], "chroot", ENAMETOOLONG],
      ["Hostname", ["/bin/true", ["true"], { Sys: { Cloneflags: CLONE_NEWUTS, Hostname: "h".repeat(65) } }], "sethostname", EINVAL],
      ["Domainname", ["/bin/true", ["true"], { Sys: { Cloneflags: CLONE_NEWUTS, Domainname: long } }], "setdomainname", EINVAL],
      ["PivotRoot", ["/bin/true", ["true"], { Sys: { Cloneflags: CLONE_NEWNS, PivotRoot: long } }], "pivot_root", ENAMETOOLONG],
      ["a mount target", ["/bin/true", ["true"], { Sys: { Cloneflags: CLONE_NEWNS, Mounts: [{ Source: "tmpfs", Target: long, Fstype: "tmpfs" }] } }], "mount", ENAMETOOLONG],
    ];
    for (const [what, args, step, err] of cases) {
      expect([what, ...ForkExec(...args)]).toEqual([what, 0, err]);
      expect([what, LastForkExecFailure()?.Step]).toEqual([what, step]);
      expect([what, arenaBytes() < 1 << 20]).toEqual([what, true]);
    }
    // Go's order with more argv elements than execve could take: the path's error first, E2BIG after.
    const many = Array<string>(800_000).fill("x");
    expect(ForkExec(long, many, {})).toEqual([0, ENAMETOOLONG]);
    expect(ForkExec("/bin/true", many, { Dir: long })).toEqual([0, ENAMETOOLONG]);
    expect(ForkExec("/bin/true", many, {})).toEqual([0, E2BIG]);
    // A request that needs a big block (argv near the kernel's limit with an 8 MiB stack: 15 arguments of 120 KiB) runs, then lets it go.
    const [pid, err] = ForkExec("/bin/true", ["true", ...Array<string>(15).fill("y".repeat(120 << 10))], {});
    expect(err).toBeNull();
    Wait4(pid, null, 0, null);
    expect(arenaBytes()).toBeLessThan(1 << 20);
    // And so is an Env block that had to grow past 4 MiB (the same 15 strings, as Env).
    const big = Array.from({ length: 15 }, (_, i) => `V${i}=${"y".repeat(120 << 10)}`);
    const [pid2, err2] = ForkExec("/bin/true", ["true"], { Env: big });
    expect(err2).toBeNull();
    Wait4(pid2, null, 0, null);
    expect(envBlockBytes()).toBeLessThan(1 << 20);
    // Exec (in a child Bun: a success would replace the process).
    const r = await inChild(["-e", `import { Exec, LastForkExecFailure } from ${JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"))};
      const many = Array(800000).fill("x");
      const e = Exec("/" + "a".repeat(5000), ["x"], []);
      const out = { err: e.errno, step: LastForkExecFailure().Step, many: Exec("/" + "a".repeat(5000), many, []).errno, nul: Exec("/bin/\\0x", many, []).errno };
      console.log(JSON.stringify(out));`]);
    expect(r).toEqual({ err: ENAMETOOLONG.errno, step: "execve", many: ENAMETOOLONG.errno, nul: EINVAL.errno });
  });

  test("an argv of sizes past the kernel's limit is E2BIG before any encoding", () => {
    const big = "x".repeat(1 << 20);
    const t0 = performance.now();
    expect(ForkExec("/bin/true", Array(8).fill(big))).toEqual([0, E2BIG]);
    expect(LastForkExecFailure()?.Step).toBe("validate");
    expect(performance.now() - t0).toBeLessThan(5000); // a hang guard (encoding 8 MiB per call, many times, would show), not a speed figure
  });
});

describe("objects that claim or re-enter (a fake Signal, getters and setters that call the same family)", () => {
  test("a fake Signal's signo is checked as a number is: 2^32+15 is EINVAL, never SIGTERM by truncation", () => {
    const [pid, err] = ForkExec("/bin/sleep", ["sleep", "5"], {});
    expect(err).toBeNull();
    try {
      const fake = Object.create(Signal.prototype, { signo: { value: 2 ** 32 + 15 } }) as Signal;
      expect(Kill(pid, fake)).toBe(EINVAL);
      // A Proxy that reads NaN for signo (over an object of Signal's that can be lied about: the interned ones are frozen).
      const nan = new Proxy(Object.create(Signal.prototype, { signo: { value: 9, writable: true, configurable: true } }) as Signal, { get: (t, k) => (k === "signo" ? NaN : Reflect.get(t, k)) });
      expect(Kill(pid, nan)).toBe(EINVAL);
      // Over the interned SIGKILL the engine refuses the lie itself: TypeError, nothing sent.
      const lying = new Proxy(SIGKILL, { get: (t, k) => (k === "signo" ? 0 : Reflect.get(t, k)) });
      expect(() => Kill(pid, lying)).toThrow(TypeError);
      expect(Wait4(pid, new WaitStatus(), 1 /* WNOHANG */, null)).toEqual([0, null]); // still running
    } finally {
      Kill(pid, SIGKILL);
      Wait4(pid, null, 0, null);
    }
  });
  test("Setrlimit reads both fields before its buffer (a getter calling Getrlimit), Getrlimit checks both before writing, Getrusage decodes a copy (a setter calling Getrusage) (in a child Bun: it changes a limit)", async () => {
    const src = JSON.stringify(join(import.meta.dir, "..", "src", "index.ts"));
    const r = await inChild(["-e", `import * as S from ${src};
      const now = new S.Rlimit(); S.Getrlimit(S.RLIMIT_NOFILE, now);
      const set = S.Setrlimit(S.RLIMIT_NOFILE, { Cur: 100n, get Max() { S.Getrlimit(S.RLIMIT_NOFILE, new S.Rlimit()); return now.Max; } });
      const after = new S.Rlimit(); S.Getrlimit(S.RLIMIT_NOFILE, after);
      const half = { Cur: 5n }; Object.defineProperty(half, "Max", { value: 7n, writable: false });
      let threw = ""; try { S.Getrlimit(S.RLIMIT_NOFILE, half); } catch (e) { threw = e.name; }
      const ru = new S.Rusage(); let calls = 0;
      const proxy = new Proxy(ru, { set(t, k, v) { if (k === "Maxrss" && calls++ === 0) S.Getrusage(S.RUSAGE_CHILDREN, new S.Rusage()); t[k] = v; return true; } });
      S.Getrusage(S.RUSAGE_SELF, proxy);
      console.log(JSON.stringify({ set, cur: String(after.Cur), threw, halfCur: String(half.Cur), minflt: ru.Minflt > 0 }));`], 15000);
    expect(r).toEqual({ set: null, cur: "100", threw: "TypeError", halfCur: "5", minflt: true });
  });
});

describe("Files naming an fd the caller has closed", () => {
  const noUserns = userNsReason();
  test.skipIf(noUserns !== null)(named("on the id-map path, whose pipes take free numbers: EBADF at dup, never ForkExec's own pipe (Go's child gets the pipe, and its ForkExec blocks until the program ends)", noUserns), async () => {
    const { readdirSync } = await import("node:fs");
    await noFdLeak(() => {
      const open = new Set(readdirSync("/proc/self/fd").map(Number));
      const free: number[] = [];
      for (let i = 3; free.length < 6; i++) if (!open.has(i)) free.push(i);
      const uid = Getuid(), gid = Getgid();
      for (const f of free) {
        const [pid, err] = ForkExec("/bin/sleep", ["sleep", "5"], {
          Files: [0, 1, 2, f],
          Sys: { Cloneflags: CLONE_NEWUSER, UidMappings: [{ ContainerID: 0, HostID: uid, Size: 1 }], GidMappings: [{ ContainerID: 0, HostID: gid, Size: 1 }] },
        });
        if (pid > 0) {
          Kill(pid, SIGKILL);
          Wait4(pid, null, 0, null);
        }
        expect([f, pid, err, LastForkExecFailure()?.Step]).toEqual([f, 0, EBADF, "dup"]);
      }
      expect(zombieChildren()).toEqual([]);
    });
  });
});

describe("Go's values that the kernel refuses return its Errno, not a RangeError", () => {
  test("Pgid: ignored without Setpgid (2^32), EINVAL with it (2^31, 2^32, -1)", () => {
    const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { Pgid: 2 ** 32 } });
    expect(err).toBeNull();
    Wait4(pid, null, 0, null);
    for (const Pgid of [2 ** 31, 2 ** 32, -1, 2 ** 53]) {
      expect(ForkExec("/bin/true", ["true"], { Sys: { Setpgid: true, Pgid } })).toEqual([0, EINVAL]);
      expect(LastForkExecFailure()?.Step).toBe("setpgid");
    }
  });

  test("Pdeathsig past any signal (2^31, 2^53, -1, 65): EINVAL from prctl, no child left", () => {
    for (const Pdeathsig of [2 ** 31, 2 ** 53, -1, 65]) {
      expect(ForkExec("/bin/true", ["true"], { Sys: { Pdeathsig } })).toEqual([0, EINVAL]);
      expect(LastForkExecFailure()?.Step).toBe("pdeathsig");
    }
    expect(zombieChildren()).toEqual([]);
  });

  test("Ctty and CgroupFD outside the C int range never wrap onto another fd: the kernel's EBADF and EINVAL", () => {
    expect(ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: { Foreground: true, Ctty: 2 ** 32 } })).toEqual([0, EBADF]);
    expect(LastForkExecFailure()?.Step).toBe("foreground");
    // clone3 refuses a cgroup fd past INT_MAX with EINVAL (2^32 + 1 must not become fd 1).
    expect(ForkExec("/bin/true", ["true"], { Sys: { UseCgroupFD: true, CgroupFD: 2 ** 32 + 1 } })).toEqual([0, EINVAL]);
    expect(LastForkExecFailure()?.Step).toBe("clone");
  });

  test("what Go's compiler refuses still throws: a negative Uid, a string Cloneflags", () => {
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Credential: { Uid: -1, Gid: 0 } } })).toThrow(RangeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Cloneflags: "1" as unknown as number } })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Pdeathsig: NaN } })).toThrow(TypeError);
  });
});

describe("PidFD: nothing throws once the child exists", () => {
  test("an accessor or a frozen PidFD object is refused before the child is made", async () => {
    await noFdLeak(() => {
      const withSetter = { set value(_v: number) { throw new Error("no"); }, get value() { return 0; } };
      expect(() => ForkExec("/bin/true", ["true"], { Sys: { PidFD: withSetter } })).toThrow();
      expect(() => ForkExec("/bin/true", ["true"], { Sys: { PidFD: Object.freeze({ value: -1 }) } })).toThrow(TypeError);
    });
    expect(zombieChildren()).toEqual([]);
  });

  test("a Proxy whose set trap throws after the child started: the pid is returned, the pidfd closed", async () => {
    await noFdLeak(() => {
      let sets = 0;
      const liar = new Proxy({ value: -1 }, { set(t, k, v) { if (sets++ > 0) throw new Error("later"); t.value = v; return true; } });
      const [pid, err] = ForkExec("/bin/sleep", ["sleep", "5"], { Sys: { PidFD: liar } });
      expect(err).toBeNull();
      expect(pid).toBeGreaterThan(0);
      Kill(pid, SIGKILL);
      const ws = new WaitStatus();
      expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
      expect(ws.Signal()).toBe(SIGKILL);
    });
  });
});

describe("out-parameters are checked before a call that cannot be undone", () => {
  test("Pipe2 and Pipe on a frozen array: TypeError and no fd created", async () => {
    await noFdLeak(() => {
      expect(() => Pipe2(Object.freeze([0, 0]) as number[], 0)).toThrow(TypeError);
      expect(() => Pipe(Object.freeze([0, 0]) as number[])).toThrow(TypeError);
      const ro = [0, 0];
      Object.defineProperty(ro, 1, { get: () => 0, set: () => { throw new Error("x"); } });
      expect(() => Pipe2(ro, 0)).toThrow(TypeError);
    });
  });

  test("Pipe2 on a Proxy whose set trap throws: the error, and both fds closed", async () => {
    await noFdLeak(() => {
      const p = new Proxy([0, 0], { set: () => { throw new RangeError("planted"); } });
      expect(() => Pipe2(p, 0)).toThrow("planted");
    });
  });

  test("Wait4 with a frozen WaitStatus or Rusage: TypeError before the child is reaped", () => {
    const [pid] = ForkExec("/bin/true", ["true"]);
    expect(() => Wait4(pid, Object.freeze(new WaitStatus()), 0, null)).toThrow(TypeError);
    expect(() => Wait4(pid, null, 0, Object.freeze(new Rusage()))).toThrow(TypeError);
    const ru = new Rusage();
    Object.freeze(ru.Utime);
    expect(() => Wait4(pid, null, 0, ru)).toThrow(TypeError);
    const ws = new WaitStatus();
    expect(Wait4(pid, ws, 0, new Rusage())).toEqual([pid, null]);
    expect(ws.Exited()).toBe(true);
  });

  test("Wait4Async with a frozen Rusage throws at the call; a liar's failure rejects its own Promise only", async () => {
    const [a] = ForkExec("/bin/true", ["true"]);
    expect(() => Wait4Async(a, new WaitStatus(), Object.freeze(new Rusage()))).toThrow(TypeError);
    // A WaitStatus Proxy that passes the check and refuses the write when the child exits.
    let armed = false;
    const liar = new Proxy(new WaitStatus(), { set: (t, k, v) => { if (armed) throw new Error("planted"); return Reflect.set(t, k, v); } });
    Object.setPrototypeOf(liar, WaitStatus.prototype);
    const [b] = ForkExec("/bin/sh", ["sh", "-c", "sleep 0.2"]);
    const [c] = ForkExec("/bin/sh", ["sh", "-c", "sleep 0.3; exit 4"]);
    const pb = Wait4Async(b, liar, null);
    armed = true;
    const wsc = new WaitStatus();
    const pc = Wait4Async(c, wsc, null);
    await expect(pb).rejects.toThrow("planted");
    expect(await pc).toEqual([c, null]);
    expect(wsc.ExitStatus()).toBe(4);
    // a, still unreaped after its refused call, is reaped here; b was reaped before the write failed.
    expect(Wait4(a, null, 0, null)).toEqual([a, null]);
    expect(zombieChildren()).toEqual([]);
  });
});

describe("constructors and conversions give TypeError or RangeError, fast", () => {
  test("Timespec, Timeval, WaitStatus and Rlimit validate their arguments; Nano validates fields", () => {
    expect(() => new Timespec("x" as unknown as number, 0)).toThrow(TypeError);
    expect(() => new Timespec(0, 2 ** 60)).toThrow(RangeError);
    expect(() => new Timeval(NaN, 0)).toThrow(TypeError);
    expect(() => new WaitStatus("1" as unknown as number)).toThrow(TypeError);
    expect(() => new Rlimit(1 as unknown as bigint, 2n)).toThrow(TypeError);
    const ts = new Timespec(1, 2);
    (ts as { Sec: unknown }).Sec = "x";
    expect(() => ts.Nano()).toThrow(TypeError);
    expect(() => NsecToTimespec("5" as unknown as bigint)).toThrow(TypeError);
    expect(new Timespec(1, 5).Nano()).toBe(1_000_000_005n);
  });

  test("Errno.of and Signal.of describe a bad value without stringifying it", () => {
    const huge = new Array(2 ** 32 - 1);
    const t0 = performance.now();
    expect(() => Errno.of(huge as unknown as number)).toThrow(TypeError);
    expect(() => Signal.of(huge as unknown as number)).toThrow(TypeError);
    const hostile = new Proxy({}, { get() { throw new Error("trap"); }, getPrototypeOf() { throw new Error("trap"); } });
    expect(() => Errno.of(hostile as unknown as number)).toThrow(TypeError);
    expect(performance.now() - t0).toBeLessThan(5000); // a hang guard (describing the array would take minutes), not a speed figure
  });
});

describe("a byteLength or buffer getter on Uint8Array.prototype, or an own one, cannot reach the kernel (in a child: a failure writes past a buffer or reads freed memory)", () => {
  test("Read, Write, Madvise, Mprotect, SendmsgN, Recvmsg and the control-message and netlink parsers use the engine's own lengths and buffers", async () => {
    const r = await inChild([join(FIX, "hostile-prototypes.ts")], 20000);
    expect(r).toEqual({
      // 64 MiB claimed for a 16-byte view of /dev/zero: 16 read; 1 MiB for a 16-byte write: 16 written.
      readWrite: { read: 16, guard: true, written: 16, inPipe: 16 },
      // Each 4 KiB mapping advised and protected alone: a keeps the bytes written after b's
      // MADV_DONTNEED and stays writable after b's PROT_READ (b reads back zero pages).
      mapping: { advise: [null, null], protect: null, a: 9, a1: 8, b: 0, none: 0 },
      // p's own buffer getter (which would free oob once oob's address was taken) never runs;
      // the peer gets the byte and the fd that were sent.
      sendRecv: { sent: 1, serr: null, n: 1, byte: 7, rerr: null, got: "/dev/null", fired: 0 },
      // UnixRights(7) with an own buffer, byteOffset or subarray still parses as [7]; a netlink message likewise.
      parsers: { buffer: [[7]], byteOffset: [[7]], subarray: [[7]], netlink: [1, 3, null] },
    });
  }, 30000);
});

describe("defects the fuzzer found", () => {
  test("a Uint8Array whose byteLength lies cannot send the kernel past its end, and a fake one is a TypeError", async () => {
    const { Read, Write, Pread, Getcwd, Readlink, Open, Close, O_RDONLY, O_CLOEXEC } = await import("../src/index.ts");
    class Liar extends Uint8Array {
      override get byteLength() {
        return 1 << 20;
      }
    }
    const [fd] = Open("/proc/self/status", O_RDONLY | O_CLOEXEC, 0);
    const guard = new Uint8Array(64).fill(0xaa);
    const small = new Liar(guard.buffer, 16, 16);
    const [n] = Read(fd, small);
    expect(n).toBe(16);
    expect([...guard.subarray(32)].every((b) => b === 0xaa)).toBe(true); // nothing past the view
    expect(Pread(fd, new Liar(8), 0)[0]).toBe(8);
    expect(Getcwd(new Liar(0))[1]?.errno).toBe(34); // ERANGE: the real length is 0
    expect(Readlink("/proc/self/cwd", new Liar(0))[1]).toBe(EINVAL); // the kernel sees the real length, 0
    Close(fd);
    const p = [0, 0];
    Pipe2(p, 0);
    expect(Write(p[1]!, new Liar(3))).toEqual([3, null]); // 3 bytes, not 1 MiB of the heap
    Close(p[0]!);
    Close(p[1]!);
    const fake = Object.setPrototypeOf({ byteLength: 0 }, Uint8Array.prototype) as Uint8Array;
    expect(() => Read(0, fake)).toThrow(TypeError);
  });

  test("Seek past 2^53 is EOVERFLOW, never a rounded number or a bigint", async () => {
    const { Seek, Close, MemfdCreate, SEEK_SET, SEEK_CUR, EOVERFLOW } = await import("../src/index.ts");
    // A memfd (tmpfs) takes offsets up to 2^63-1: one past 2^53 can be reached.
    const [fd, merr] = MemfdCreate("seek", 1);
    expect(merr).toBeNull();
    const top = Number.MAX_SAFE_INTEGER;
    expect(Seek(fd, top, SEEK_SET)).toEqual([top, null]);
    expect(Seek(fd, 10, SEEK_CUR)).toEqual([-1, EOVERFLOW]); // the kernel's offset is 2^53+9 now
    expect(Seek(fd, 0, SEEK_SET)).toEqual([0, null]);
    Close(fd);
  });

  test("Wait4Async with options.pidfd that is not a pidfd resolves EINVAL at once instead of never", async () => {
    const p = [0, 0];
    Pipe2(p, 0);
    const [pid] = ForkExec("/bin/sh", ["sh", "-c", "sleep 0.05"]);
    expect(await Wait4Async(pid, null, null, { pidfd: p[0]! })).toEqual([-1, EINVAL]);
    expect((await Wait4Async(pid, null, null))[0]).toBe(pid);
    Close(p[0]!);
    Close(p[1]!);
  });

  test("Errno's and Signal's constructors, reachable from JavaScript, check their argument", () => {
    const huge = new Array(2 ** 32 - 1);
    const E = Errno as unknown as new (n: unknown) => Errno;
    const G = Signal as unknown as new (n: unknown) => Signal;
    const t0 = performance.now();
    expect(() => new E(huge)).toThrow(TypeError);
    expect(() => new G(huge)).toThrow(TypeError);
    expect(performance.now() - t0).toBeLessThan(5000); // a hang guard (describing the array would take minutes), not a speed figure
  });

  test("Rlimit is uint64 and NsecToTimespec takes a bigint", () => {
    expect(() => new Rlimit(-1n, 0n)).toThrow(RangeError);
    expect(() => new Rlimit(0n, 1n << 64n)).toThrow(RangeError);
    expect(() => NsecToTimespec(5 as unknown as bigint)).toThrow(TypeError);
  });

  test("a lone surrogate in Setenv is EINVAL and changes neither environment", async () => {
    const { Setenv, Getenv } = await import("../src/index.ts");
    expect(Setenv("BSC_HARDEN_SURR", "\ud800")).toBe(EINVAL);
    expect(Setenv("BSC_HARDEN_\udc00", "x")).toBe(EINVAL);
    expect(Getenv("BSC_HARDEN_SURR")).toEqual(["", false]);
  });
});

describe("strings no C string can carry", () => {
  test("a lone surrogate in argv0, argv, Env, Dir, Chroot or a mount target is EINVAL at validate, never U+FFFD (another name)", () => {
    const { CLONE_NEWNS } = C;
    const cases: [string, () => [number, Error | null]][] = [
      ["argv0", () => ForkExec("/bin/\ud800", ["x"])],
      ["argv", () => ForkExec("/bin/true", ["true", "\udc00"])],
      ["Env", () => ForkExec("/bin/true", ["true"], { Env: ["A=\ud83d"] })],
      ["Dir", () => ForkExec("/bin/true", ["true"], { Dir: "/\ud800" })],
      ["Chroot", () => ForkExec("/bin/true", ["true"], { Sys: { Chroot: "/\ud800" } })],
      ["Mounts", () => ForkExec("/bin/true", ["true"], { Sys: { Cloneflags: CLONE_NEWNS, Mounts: [{ Op: "mount", Source: "none", Target: "/tmp/\ud800", Fstype: "tmpfs" }] } })],
    ];
    for (const [what, f] of cases) {
      expect({ what, r: f() }).toEqual({ what, r: [0, EINVAL] });
      expect(LastForkExecFailure()?.Step).toBe("validate");
    }
    expect(zombieChildren()).toEqual([]);
  });
});
