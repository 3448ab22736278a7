import { describe, expect, test, afterAll } from "bun:test";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dlopen } from "bun:ffi";
import { join } from "node:path";
import {
  ForkExec, StartProcess, Wait4, WaitStatus, Pipe2, Close, Read, O_CLOEXEC, ENOENT, EACCES, EINVAL, EBADF, E2BIG, ENOSYS, EPERM,
  LastForkExecFailure, SetChildRlimitNofile, ChildRlimitNofile, Getrlimit, Setrlimit, Rlimit, RLIMIT_NOFILE,
  ForkLock, RWMutex, Environ, CLONE_NEWPID, CLONE_NEWUSER, Getuid, Getgid, Kill, SIGKILL, Open, Dup3, Getpid, O_RDONLY, Signal,
} from "../src/index.ts";
import { noFdLeak, zombieChildren, hasCap, userNsUnavailable, inChild } from "./helpers.ts";
import { C, errno } from "../src/libc.ts";

/** Runs argv0 with stdout and stderr captured through a pipe; returns the output and the wait status. */
function run(argv0: string, argv: string[], attr: Parameters<typeof ForkExec>[2] = {}): { out: string; ws: WaitStatus; pid: number } {
  const p = [0, 0];
  expect(Pipe2(p, O_CLOEXEC)).toBeNull();
  const [r, w] = p as [number, number];
  const [pid, err] = ForkExec(argv0, argv, { ...attr, Files: attr?.Files ?? [0, w, w] });
  Close(w);
  if (err !== null) {
    Close(r);
    throw err;
  }
  const out = readAll(r);
  const ws = new WaitStatus();
  expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
  return { out, ws, pid };
}

/** Reads fd to its end and closes it. */
function readAll(fd: number): string {
  const chunks: Uint8Array[] = [];
  const buf = new Uint8Array(65536);
  for (;;) {
    const [n, e] = Read(fd, buf);
    expect(e).toBeNull();
    if (n === 0) break;
    chunks.push(buf.slice(0, n));
  }
  Close(fd);
  return Buffer.concat(chunks).toString();
}

describe("ForkExec", () => {
  test("runs a program with argv, Env and Dir", async () => {
    await noFdLeak(() => {
      const { out, ws } = run("/bin/sh", ["sh", "-c", 'echo "$0|$1|$FOO|$(pwd)"', "sh", "arg1"], { Env: ["FOO=bar baz"], Dir: "/tmp" });
      expect(out).toBe("sh|arg1|bar baz|/tmp\n");
      expect(ws.ExitStatus()).toBe(0);
    });
  });

  test("Env absent gives an empty environment, as Go; Environ() passes ours", () => {
    expect(run("/usr/bin/env", ["env"]).out).toBe("");
    process.env.BUN_SYSCALL_EXEC_TEST = "1";
    const out = run("/usr/bin/env", ["env"], { Env: Environ() }).out;
    delete process.env.BUN_SYSCALL_EXEC_TEST;
    expect(out).toContain("BUN_SYSCALL_EXEC_TEST=1\n");
  });

  test("StartProcess returns [pid, 0, null]", () => {
    const [pid, handle, err] = StartProcess("/bin/true", ["true"], {});
    expect(err).toBeNull();
    expect(handle).toBe(0);
    expect(pid).toBeGreaterThan(0);
    const ws = new WaitStatus();
    expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
    expect(ws.ExitStatus()).toBe(0);
  });

  test("a pipeline of two processes joined by Pipe2 and Files", async () => {
    await noFdLeak(() => {
      const mid = [0, 0];
      const out = [0, 0];
      expect(Pipe2(mid, O_CLOEXEC)).toBeNull();
      expect(Pipe2(out, O_CLOEXEC)).toBeNull();
      const [a, errA] = ForkExec("/bin/sh", ["sh", "-c", "printf 'b\\na\\nc\\n'"], { Files: [0, mid[1]!, 2] });
      const [b, errB] = ForkExec("/usr/bin/sort", ["sort"], { Files: [mid[0]!, out[1]!, 2] });
      expect(errA).toBeNull();
      expect(errB).toBeNull();
      Close(mid[0]!);
      Close(mid[1]!);
      Close(out[1]!);
      const buf = new Uint8Array(100);
      let text = "";
      for (;;) {
        const [n] = Read(out[0]!, buf);
        if (n <= 0) break;
        text += Buffer.from(buf.subarray(0, n)).toString();
      }
      Close(out[0]!);
      expect(text).toBe("a\nb\nc\n");
      const ws = new WaitStatus();
      expect(Wait4(a, ws, 0, null)[0]).toBe(a);
      expect(ws.ExitStatus()).toBe(0);
      expect(Wait4(b, ws, 0, null)[0]).toBe(b);
      expect(ws.ExitStatus()).toBe(0);
    });
  });

  // Needs no privilege where unprivileged user namespaces work: the maps are this process's own uid and gid.
  const noUserNs = userNsUnavailable();
  test.skipIf(noUserNs !== null)(`a child in new PID and user namespaces is pid 1 and uid 0 inside${noUserNs === null ? "" : ` [skipped: ${noUserNs}]`}`, () => {
    const { out, ws } = run("/bin/sh", ["sh", "-c", "echo $$; id -u; id -g"], {
      Sys: {
        Cloneflags: CLONE_NEWPID | CLONE_NEWUSER,
        UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }],
        GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
      },
    });
    expect(out).toBe("1\n0\n0\n");
    expect(ws.ExitStatus()).toBe(0);
  });

  test("LastForkExecFailure names the failing step and is null after a success", async () => {
    await noFdLeak(() => {
      const [pid, err] = ForkExec("/does/not/exist", ["x"], {});
      expect(pid).toBe(0);
      expect(err).toBe(ENOENT);
      expect(LastForkExecFailure()).toEqual({ Step: "execve", Err: ENOENT });
      expect(ForkExec("/bin/true", ["true"], { Dir: "/does/not/exist" })[1]).toBe(ENOENT);
      expect(LastForkExecFailure()?.Step).toBe("chdir");
      expect(ForkExec("/etc/passwd", ["x"], {})[1]).toBe(EACCES);
      expect(LastForkExecFailure()?.Step).toBe("execve");
      expect(ForkExec("/bin/true", ["true"], { Files: [0, 999999] })[1]).toBe(EBADF);
      expect(LastForkExecFailure()?.Step).toBe("dup");
      expect(ForkExec("/bin/tr\0ue", ["true"], {})[1]).toBe(EINVAL);
      expect(LastForkExecFailure()?.Step).toBe("validate");
      const [ok, e2] = ForkExec("/bin/true", ["true"], {});
      expect(e2).toBeNull();
      expect(LastForkExecFailure()).toBeNull();
      expect(Wait4(ok, null, 0, null)[0]).toBe(ok);
      expect(zombieChildren()).toEqual([]);
    });
  });

  test("a repeated argv is checked again when an element changes: NUL or a lone surrogate put into the same array, or a new array, is EINVAL", () => {
    const argv = ["true", "x"];
    const spawnOk = (a: string[], argv0 = "/bin/true") => {
      const [pid, err] = ForkExec(argv0, a, {});
      expect(err).toBeNull();
      expect(Wait4(pid, null, 0, null)[0]).toBe(pid);
    };
    spawnOk(argv);
    spawnOk(argv); // the checked copy is handed back
    argv[1] = "x\0y";
    expect(ForkExec("/bin/true", argv, {})).toEqual([0, EINVAL]);
    argv[1] = "x";
    spawnOk(argv);
    argv[1] = "\ud800";
    expect(ForkExec("/bin/true", argv, {})).toEqual([0, EINVAL]);
    spawnOk(["true", "x"]);
    expect(ForkExec("/bin/true", ["true", "x", "\0"], {})).toEqual([0, EINVAL]);
    // The same argv with another argv0: argv0 is checked for itself.
    spawnOk(["true", "x"]);
    expect(ForkExec("/bin/tr\0ue", ["true", "x"], {})).toEqual([0, EINVAL]);
    // E2BIG still counts a changed element's bytes.
    spawnOk(["true", "x"]);
    expect(ForkExec("/bin/true", ["true", "x".repeat(3 << 20)], {})).toEqual([0, E2BIG]);
    expect(zombieChildren()).toEqual([]);
  });

  test("arguments of the wrong type throw TypeError", () => {
    expect(() => ForkExec(5 as unknown as string, [], {})).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", "true" as unknown as string[], {})).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", [1 as unknown as string], {})).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", [], { Env: [3 as unknown as string] })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", [], { Files: ["0" as unknown as number] })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", [], { Sys: { Setsid: 1 as unknown as boolean } })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", [], { Sys: { Cloneflags: -1 } })).toThrow(RangeError);
    expect(() => ForkExec("/bin/true", [], { Sys: { Credential: { Uid: "0" as unknown as number, Gid: 0 } } })).toThrow(TypeError);
    expect(zombieChildren()).toEqual([]);
  });

  test("a fake Signal as Pdeathsig (it only inherits Signal.prototype) whose signo is no integer is EINVAL, as Kill says, not a truncated signal", async () => {
    await noFdLeak(() => {
      // Before: 1.5 reached prctl as 1 (SIGHUP), 9.5 and "9" as SIGKILL.
      for (const signo of [1.5, 9.5, "9", NaN, 2 ** 31, 9n]) {
        const fake = Object.create(Signal.prototype, { signo: { value: signo } }) as Signal;
        expect(Kill(Getpid(), fake)).toBe(EINVAL); // Kill's answer for the same object (nothing is sent)
        const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { Pdeathsig: fake } });
        expect([pid, err]).toEqual([0, EINVAL]);
        expect(LastForkExecFailure()?.Step).toBe("pdeathsig");
      }
      // A real Signal, and a fake one with an integer signo, are taken.
      for (const sig of [SIGKILL, Object.create(Signal.prototype, { signo: { value: 9 } }) as Signal]) {
        const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { Pdeathsig: sig } });
        expect(err).toBeNull();
        expect(Wait4(pid, null, 0, null)[0]).toBe(pid);
      }
      expect(zombieChildren()).toEqual([]);
    });
  });
});

describe("RLIMIT_NOFILE in children (Go's TestRlimitRestored, adapted)", () => {
  const limitOf = (text: string) => Number(/^Max open files\s+(\d+)/m.exec(text)![1]);

  test("Bun raises its own soft limit at startup, so the original cannot be known", () => {
    // A shell at `ulimit -Sn 256` starts Bun; Bun reports a higher soft limit.
    const r = Bun.spawnSync(["/bin/sh", "-c", `ulimit -Sn 256 && exec "${process.execPath}" -e 'process.stdout.write(require("fs").readFileSync("/proc/self/limits","utf8"))'`]);
    expect(r.exitCode).toBe(0);
    expect(limitOf(r.stdout.toString())).toBeGreaterThan(256);
  });

  test("SetChildRlimitNofile reads Cur and Max once each: what it checks is what it keeps", () => {
    const reads = { Cur: 0, Max: 0 };
    const lim = { get Cur() { reads.Cur++; return 100n; }, get Max() { reads.Max++; return 200n; } } as unknown as Rlimit;
    SetChildRlimitNofile(lim);
    try {
      expect(reads).toEqual({ Cur: 1, Max: 1 });
      expect(ChildRlimitNofile()).toEqual(new Rlimit(100n, 200n));
      // A getter that answers a bigint once and then something else cannot pass a later read.
      let n = 0;
      const shifty = { get Cur() { return n++ === 0 ? 5n : -1n; }, Max: 10n } as unknown as Rlimit;
      SetChildRlimitNofile(shifty);
      expect(ChildRlimitNofile()).toEqual(new Rlimit(5n, 10n));
    } finally {
      SetChildRlimitNofile(null);
    }
  });

  test("by default a child inherits the current limit; SetChildRlimitNofile gives it the chosen one", () => {
    const now = new Rlimit();
    expect(Getrlimit(RLIMIT_NOFILE, now)).toBeNull();
    const cat = ["cat", "/proc/self/limits"];
    expect(ChildRlimitNofile()).toBeNull();
    expect(limitOf(run("/bin/cat", cat).out)).toBe(Number(now.Cur));
    const want = now.Cur > 1024n ? 1024n : now.Cur - 1n;
    SetChildRlimitNofile(new Rlimit(want, now.Max));
    try {
      expect(ChildRlimitNofile()?.Cur).toBe(want);
      expect(limitOf(run("/bin/cat", cat).out)).toBe(Number(want));
      // The parent's own limit is untouched.
      const after = new Rlimit();
      Getrlimit(RLIMIT_NOFILE, after);
      expect(after).toEqual(now);
      // As Go: a Setrlimit(RLIMIT_NOFILE) by the program clears the setting.
      expect(Setrlimit(RLIMIT_NOFILE, now)).toBeNull();
      expect(ChildRlimitNofile()).toBeNull();
      expect(limitOf(run("/bin/cat", cat).out)).toBe(Number(now.Cur));
    } finally {
      SetChildRlimitNofile(null);
    }
    expect(() => SetChildRlimitNofile({ Cur: 1, Max: 2 } as unknown as Rlimit)).toThrow(TypeError);
    expect(() => SetChildRlimitNofile(new Rlimit(-1n, 5n))).toThrow(RangeError);
    expect(() => SetChildRlimitNofile(new Rlimit(1n, 1n << 64n))).toThrow(RangeError);
    expect(ChildRlimitNofile()).toBeNull();
  });

  test("Exec gives the new program the chosen limit; a failed Exec keeps the process's own", () => {
    const r = Bun.spawnSync([process.execPath, `${import.meta.dir}/fixtures/exec-rlimit.ts`], { stdout: "pipe", stderr: "pipe" });
    expect(r.stderr.toString()).toBe("");
    expect(r.stdout.toString()).toBe("failed:true kept:true\nchild:1000\n");
    expect(r.exitCode).toBe(0);
  });

  // Past the hard limit only CAP_SYS_RESOURCE may go. A process that holds
  // it makes its child nobody (which drops it before the rlimit step), and
  // that takes CAP_SETUID and CAP_SETGID; a process without it needs no
  // Credential: its child lacks CAP_SYS_RESOURCE as it does.
  const mayRaise = hasCap("CAP_SYS_RESOURCE");
  const noDrop = mayRaise && !(hasCap("CAP_SETUID") && hasCap("CAP_SETGID"))
    ? "this process holds CAP_SYS_RESOURCE but lacks CAP_SETUID/CAP_SETGID to make the child nobody, without it" : null;
  const how = mayRaise ? "child made nobody" : "child without CAP_SYS_RESOURCE, as this process";
  test.skipIf(noDrop !== null)(`a limit the child may not take fails at step rlimit, leaving no zombie (${noDrop === null ? how : `skipped: ${noDrop}`})`, () => {
    const now = new Rlimit();
    Getrlimit(RLIMIT_NOFILE, now);
    SetChildRlimitNofile(new Rlimit(now.Max + 1n, now.Max + 1n));
    try {
      const sys = mayRaise ? { Credential: { Uid: 65534, Gid: 65534 } } : {};
      const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: sys });
      expect(pid).toBe(0);
      expect(err).not.toBeNull();
      expect(LastForkExecFailure()?.Step).toBe("rlimit");
      expect(zombieChildren()).toEqual([]);
    } finally {
      SetChildRlimitNofile(null);
    }
  });
});

describe("ForkLock", () => {
  test("is an RWMutex that ForkExec takes for writing", () => {
    expect(ForkLock).toBeInstanceOf(RWMutex);
    ForkLock.RLock();
    ForkLock.RLock();
    expect(ForkLock.TryLock()).toBe(false);
    // ForkExec would wait forever in Go; on one thread it throws instead.
    expect(() => ForkExec("/bin/true", ["true"], {})).toThrow(/deadlock/);
    ForkLock.RUnlock();
    ForkLock.RUnlock();
    expect(() => ForkLock.RUnlock()).toThrow();
    ForkLock.Lock();
    expect(ForkLock.TryRLock()).toBe(false);
    expect(() => ForkLock.RLock()).toThrow(/deadlock/);
    ForkLock.Unlock();
    expect(() => ForkLock.Unlock()).toThrow();
    const [pid, err] = ForkExec("/bin/true", ["true"], {});
    expect(err).toBeNull();
    expect(Wait4(pid, null, 0, null)[0]).toBe(pid);
  });
});

describe("what the child gets", () => {
  test("a long-running child can be killed and reaped; no fd of the parent reaches it", async () => {
    await noFdLeak(() => {
      const p = [0, 0];
      Pipe2(p, 0); // deliberately not close-on-exec
      const { out } = run("/bin/sh", ["sh", "-c", "exec ls /proc/self/fd"]);
      expect(out.split("\n").filter(Boolean).map(Number).sort()).toEqual([0, 1, 2, 3]); // 3 is ls's own directory
      Close(p[0]!);
      Close(p[1]!);
      const [pid] = ForkExec("/bin/sleep", ["sleep", "30"], {});
      expect(Kill(pid, SIGKILL)).toBeNull();
      const ws = new WaitStatus();
      Wait4(pid, ws, 0, null);
      expect(ws.Signal()).toBe(SIGKILL);
    });
  });

  test("1,000 environment variables reach the child intact", () => {
    const env = Array.from({ length: 1000 }, (_, i) => `V${i}=${"x".repeat(i % 50)}é${i}`);
    const out = run("/usr/bin/env", ["env"], { Env: env }).out;
    expect(out).toBe(env.join("\n") + "\n");
  });

  test("the encoded Env is reused only while its strings are the same", () => {
    const env = ["A=1", "B=2", "C=é"];
    expect(run("/usr/bin/env", ["env"], { Env: env }).out).toBe("A=1\nB=2\nC=é\n");
    expect(run("/usr/bin/env", ["env"], { Env: env }).out).toBe("A=1\nB=2\nC=é\n");
    env[1] = "B=changed in place";
    expect(run("/usr/bin/env", ["env"], { Env: env }).out).toBe("A=1\nB=changed in place\nC=é\n");
    env.push("D=4");
    expect(run("/usr/bin/env", ["env"], { Env: env }).out).toBe("A=1\nB=changed in place\nC=é\nD=4\n");
    expect(run("/usr/bin/env", ["env"], { Env: ["A=1", "B=changed in place", "C=é", "D=4"] }).out).toBe("A=1\nB=changed in place\nC=é\nD=4\n");
    env[0] = "A=\0";
    expect(ForkExec("/usr/bin/env", ["env"], { Env: env })).toEqual([0, EINVAL]);
    expect(run("/usr/bin/env", ["env"], { Env: [] }).out).toBe("");
  });

  test("a request repeated exactly (its block is reused) still follows Env, Files and Dir as they change", () => {
    const p = [0, 0];
    expect(Pipe2(p, O_CLOEXEC)).toBeNull();
    const [r, w] = p as [number, number];
    const files = [0, w, w];
    const big = Array.from({ length: 1000 }, (_, i) => `V${i}=${"z".repeat(20)}`);
    const envs = [["A=1"], ["A=1"], ["A=2"], big, big, ["A=3"], ["A=3"]];
    let want = "";
    for (const env of envs) {
      const [pid, err] = ForkExec("/usr/bin/env", ["env"], { Env: env, Files: files });
      expect(err).toBeNull();
      expect(Wait4(pid, null, 0, null)[1]).toBeNull();
      want += env.join("\n") + "\n";
    }
    // The same argv again with a Dir, then without: each child is where it was asked to be.
    for (const dir of ["/", "/tmp", "/tmp", ""]) {
      const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", "pwd"], { Env: [], Files: files, Dir: dir });
      expect(err).toBeNull();
      expect(Wait4(pid, null, 0, null)[1]).toBeNull();
      want += `${dir === "" ? process.cwd() : dir}\n`;
    }
    Close(w);
    expect(readAll(r)).toBe(want);
  });

  test("re-entry: a getter of argv, Env, Dir, Files or Sys that runs another ForkExec (repeated, plain or not) leaves the outer child exactly its own request", async () => {
    await noFdLeak(() => {
      // The child's $0, $1, V, directory, and whether it leads its own session.
      const script = 'echo "$0|$1|$V|$(pwd)|$([ "$(cut -d" " -f6 /proc/$$/stat)" = $$ ] && echo leader || echo -)"';
      const argv = (arg: string) => ["sh", "-c", script, "sh0", arg];
      // The inner request: the outer's argv0 and argv length, another Env, Dir and Files; run
      // twice first, so that it is the block's repeated request and a leftover would show.
      const inner = () => run("/bin/sh", argv("inner"), { Env: ["V=inner-env-value-longer-than-the-outer"], Dir: "/tmp" }).out;
      const innerOut = "sh0|inner|inner-env-value-longer-than-the-outer|/tmp|-\n";
      expect(inner()).toBe(innerOut);
      expect(inner()).toBe(innerOut);
      /** o with key a getter that runs inner() on its first read (logging its output) and gives value. */
      const hook = <T extends object>(o: T, key: PropertyKey, value: unknown, log: string[]): T => {
        let calls = 0;
        Object.defineProperty(o, key, { get: () => (calls++ === 0 && log.push(inner()), value), enumerable: true, configurable: true });
        return o;
      };
      type Attr = NonNullable<Parameters<typeof ForkExec>[2]>;
      const cases: [string, string, (log: string[], w: number) => [string[], Attr]][] = [
        ["argv[4]", "-", (log, w) => [hook(argv(""), 4, "outer", log), { Env: ["V=o"], Dir: "/", Files: [0, w, w] }]],
        ["Env[0]", "-", (log, w) => [argv("outer"), { Env: hook([""], 0, "V=o", log), Dir: "/", Files: [0, w, w] }]],
        ["Dir", "-", (log, w) => [argv("outer"), hook({ Env: ["V=o"], Files: [0, w, w] }, "Dir", "/", log)]],
        ["Files[2]", "-", (log, w) => [argv("outer"), { Env: ["V=o"], Dir: "/", Files: hook([0, w, 0], 2, w, log) }]],
        ["Sys.Setsid", "leader", (log, w) => [argv("outer"), { Env: ["V=o"], Dir: "/", Files: [0, w, w], Sys: hook({}, "Setsid", true, log) }]],
        ["Sys.Rlimits", "leader", (log, w) => [argv("outer"), { Env: ["V=o"], Dir: "/", Files: [0, w, w], Sys: hook({ Setsid: true }, "Rlimits", [], log) }]],
      ];
      for (const [where, leader, make] of cases) {
        const p = [0, 0];
        expect(Pipe2(p, O_CLOEXEC)).toBeNull();
        const log: string[] = [];
        const [args, attr] = make(log, p[1]!);
        const [pid, err] = ForkExec("/bin/sh", args, attr);
        Close(p[1]!);
        expect({ where, err }).toEqual({ where, err: null });
        expect(Wait4(pid, null, 0, null)[0]).toBe(pid);
        expect({ where, inner: log, outer: readAll(p[0]!) }).toEqual({ where, inner: [innerOut], outer: `sh0|outer|o|/|${leader}\n` });
      }
      // A getter that throws midway leaves nothing behind: the next repeated request is exact.
      const throwing = hook({ Setpgid: true }, "Setsid", true, []);
      Object.defineProperty(throwing, "Noctty", { get: () => { throw new Error("planted"); } });
      expect(() => ForkExec("/bin/sh", argv("x"), { Env: ["V=x"], Sys: throwing })).toThrow("planted");
      expect(inner()).toBe(innerOut);
      expect(zombieChildren()).toEqual([]);
    });
  });

  test("re-entry: each call answers its own error: a failing ForkExec or StartProcess in a getter of a call that succeeds, and one that succeeds in a getter of a call that fails", () => {
    const good = ["true"];
    for (const start of ["ForkExec", "StartProcess"] as const) {
      const call = (path: string, attr: object): [number, unknown] => {
        if (start === "ForkExec") return ForkExec(path, good, attr);
        const [pid, handle, err] = StartProcess(path, good, attr);
        expect(handle).toBe(0);
        return [pid, err];
      };
      // Inside: a call that fails (ENOENT at execve) and one refused before any child (EINVAL: a NUL).
      for (const innerPath of ["/nonexistent/bsc-reentry", "/bin/tr\0ue"]) {
        const inner: [number, unknown][] = [];
        const attr = { get Env() { inner.push(call(innerPath, {})); return ["A=1"]; } };
        const [pid, err] = call("/bin/true", attr);
        expect({ start, innerPath, err }).toEqual({ start, innerPath, err: null });
        expect(pid).toBeGreaterThan(0);
        expect(Wait4(pid, null, 0, null)[0]).toBe(pid);
        expect(inner).toEqual([[0, innerPath.includes("\0") ? EINVAL : ENOENT]]);
      }
      // Outside fails, inside succeeds: the outer call's own error, not the inner's null.
      const innerPids: number[] = [];
      const attr = { get Env() { const [p, e] = call("/bin/true", {}); expect(e).toBeNull(); innerPids.push(p); return ["A=1"]; } };
      expect(call("/nonexistent/bsc-reentry", attr)).toEqual([0, ENOENT]);
      expect(innerPids.length).toBe(1);
      expect(Wait4(innerPids[0]!, null, 0, null)[0]).toBe(innerPids[0]!);
      // And the next plain call is clean of both.
      const [pid, err] = call("/bin/true", {});
      expect(err).toBeNull();
      expect(Wait4(pid, null, 0, null)[0]).toBe(pid);
    }
    expect(zombieChildren()).toEqual([]);
  });

  test("a repeated request whose Env outgrows the Env block (which moves) gives the child the new Env", () => {
    const r = Bun.spawnSync([process.execPath, join(import.meta.dir, "fixtures", "env-block-move.ts")], { stdout: "pipe", stderr: "pipe" });
    expect(r.stderr.toString()).toBe("");
    expect(JSON.parse(r.stdout.toString())).toEqual(["1 0", "1 0", "big 0", "2 0", "big 0"]);
  });

  test("seeded: any sequence of requests, repeated or not, gives each child exactly its own argv, Env, Dir and Files", async () => {
    const fc = (await import("fast-check")).default;
    const p = [0, 0];
    expect(Pipe2(p, O_CLOEXEC)).toBeNull();
    const [r, w] = p as [number, number];
    const [nul] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0);
    // What the child reports: its argument, V, its directory and whether fd 3 is open.
    const script = 'echo "$1|$V|$(pwd)|$([ -e /proc/self/fd/3 ] && echo fd3 || echo -)"; echo err >&2';
    const req = fc.record({
      arg: fc.constantFrom("a", "b", "é"),
      // The last is larger than any Env before it in this file: the Env block moves once.
      env: fc.constantFrom<string[]>([], ["V=1"], ["V=2"], ["V=1", "W=x"], Array.from({ length: 6000 }, (_, i) => (i === 0 ? "V=big" : `X${i}=${"y".repeat(20)}`))),
      dir: fc.constantFrom("", "/", "/tmp"),
      fd3: fc.boolean(),
      // stderr to the pipe or to /dev/null: Files of one length, other values.
      errNull: fc.boolean(),
    });
    let want = "";
    fc.assert(fc.property(fc.array(req, { minLength: 1, maxLength: 6 }), (reqs) => {
      for (const q of reqs) {
        const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", script, "sh", q.arg], { Env: q.env, Dir: q.dir, Files: [0, w, q.errNull ? nul : w, ...(q.fd3 ? [nul] : [])] });
        expect(err).toBeNull();
        expect(Wait4(pid, null, 0, null)[1]).toBeNull();
        const v = q.env.find((e) => e.startsWith("V="))?.slice(2) ?? "";
        want += `${q.arg}|${v}|${q.dir === "" ? process.cwd() : q.dir}|${q.fd3 ? "fd3" : "-"}\n${q.errNull ? "" : "err\n"}`;
      }
    }), { seed: 20261201, numRuns: 25 });
    Close(w);
    Close(nul);
    expect(readAll(r)).toBe(want);
  });

  test("large argv and strings past the arena's first size", () => {
    const big = "y".repeat(120_000); // one argument may hold up to 128 KiB (MAX_ARG_STRLEN)
    const { out } = run("/bin/sh", ["sh", "-c", 'printf %s "$1" | wc -c', "sh", big]);
    expect(out.trim()).toBe("120000");
  });
});

describe("the fd shuffle of Files {11,12,6,7,9,3} onto 0..5", () => {
  // kcmp(2) says whether two fds of two processes are one open file description.
  const KCMP_FILE = 0;
  const SYS_kcmp = process.arch === "x64" ? 312 : 272;
  const libc = dlopen("libc.so.6", { syscall: { args: ["i64", "i64", "i64", "i64", "i64", "i64"], returns: "i64" } });
  const kcmp = (pid1: number, pid2: number, fd1: number, fd2: number) => Number(libc.symbols.syscall(SYS_kcmp, pid1, pid2, KCMP_FILE, fd1, fd2));

  // kcmp(2) needs CONFIG_KCMP (and no seccomp filter refusing it), not root:
  // on a child of the same uid it takes only ptrace read access, which Yama
  // does not restrict. Probed on this process itself.
  const noKcmp = (() => {
    if (kcmp(Getpid(), Getpid(), 0, 0) >= 0) return null;
    const e = errno(); // EBADF (no fd 0) would still say kcmp exists
    return e === ENOSYS.errno || e === EPERM.errno || e === EACCES.errno ? `kcmp(2) is refused here: errno ${e}` : null;
  })();
  test.skipIf(noKcmp !== null)(`each child fd i is the parent's Files[i], and nothing else is open${noKcmp === null ? "" : ` [skipped: ${noKcmp}]`}`, async () => {
    await noFdLeak(() => {
      const files = [11, 12, 6, 7, 9, 3];
      const mine: number[] = [];
      // 3 and 6 belong to Bun's event loop here; they are passed as they are.
      // The others are ours: distinct open files placed at those numbers.
      for (const want of files) {
        if (existsSync(`/proc/self/fd/${want}`)) continue;
        const [fd, err] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0);
        expect(err).toBeNull();
        if (fd !== want) {
          expect(Dup3(fd, want, O_CLOEXEC)).toBeNull();
          Close(fd);
        }
        mine.push(want);
      }
      try {
        // Twice, the same request: the second reuses the request block, whose
        // Files the first child rewrote as it moved 3 (below its index 5) aside.
        for (let round = 0; round < 2; round++) {
          const [pid, err] = ForkExec("/bin/sleep", ["sleep", "10"], { Files: files });
          expect(err).toBeNull();
          try {
            // Wait until the child has exec'd sleep (its fds are final then).
            for (let i = 0; i < 200 && !readFileSync(`/proc/${pid}/cmdline`, "utf8").startsWith("sleep"); i++) Bun.sleepSync(5);
            for (let i = 0; i < files.length; i++) expect(kcmp(Getpid(), pid, files[i]!, i)).toBe(0);
            // A wrong pairing is told apart (the check can fail).
            expect(kcmp(Getpid(), pid, files[0]!, 1)).not.toBe(0);
            // sleep's dynamic loader opens its libraries at the lowest free fd (6) for a moment
            // after the exec: wait for that to pass (an fd the child was given stays, and fails).
            const fdsOf = () => readdirSync(`/proc/${pid}/fd`).map(Number).sort((a, b) => a - b);
            for (let i = 0; i < 400 && fdsOf().length !== 6; i++) Bun.sleepSync(5);
            expect(fdsOf()).toEqual([0, 1, 2, 3, 4, 5]);
          } finally {
            Kill(pid, SIGKILL);
            Wait4(pid, null, 0, null);
          }
        }
      } finally {
        for (const fd of mine) Close(fd);
      }
    });
  });
});

describe("the parent's errno", () => {
  test("is as it was after a ForkExec, successful or not (the child shares the parent's errno in CLONE_VM mode)", () => {
    for (const [argv0, attr] of [["/bin/true", {}], ["/does/not/exist", {}], ["/bin/true", { Dir: "/does/not/exist" }], ["/bin/true", { Sys: { Credential: { Uid: 65534, Gid: 65534 } } }]] as const) {
      expect(C.close(-1)).toBe(-1); // errno = EBADF
      expect(errno()).toBe(9);
      const [pid] = ForkExec(argv0, [argv0], attr);
      expect(errno()).toBe(9);
      if (pid > 0) Wait4(pid, null, 0, null);
    }
  });
});

describe("without clone3", () => {
  // The fixture sets no_new_privs itself, so the filter needs no privilege;
  // one of its children is in a new user namespace with its own ids mapped.
  const noUserNs = userNsUnavailable();
  test.skipIf(noUserNs !== null)(`under a seccomp filter that says ENOSYS to clone3, ForkExec uses clone(CLONE_VM|CLONE_VFORK) and the child is still clean${noUserNs === null ? "" : ` [skipped: ${noUserNs}]`}`, () => {
    const r = Bun.spawnSync([process.execPath, `${import.meta.dir}/fixtures/exec-noclone3.ts`], { stdout: "pipe", stderr: "pipe" });
    expect(r.stderr.toString()).toBe("");
    expect(r.exitCode).toBe(0);
    expect(JSON.parse(r.stdout.toString())).toEqual({
      // SigIgn 0: SIGPIPE and SIGXFSZ, which Bun ignores, were reset by the loop; SigBlk 0: the mask was emptied.
      state: { out: "SigBlk:\t0000000000000000\nSigIgn:\t0000000000000000\nSigCgt:\t0000000000000000\n4\n", status: 0 },
      missing: { err: ENOENT.errno, step: "execve" },
      userns: { out: "0\n", status: 0 },
      pidfd: true,
      withPidfd: { out: "", status: 0 },
      // CLONE_NEWTIME exists only through clone3: refused, and said so.
      timens: { err: 38, step: "clone" },
    });
  });
});

describe("a process that closed its own stdio (a daemon), so that ForkExec's error pipe takes fd 1 or 2", () => {
  // Files shorter than 3 closes the rest of 0-2 in the child: the error
  // pipe must not be there, or a failed execve reads as a started child.
  const want = { err: ENOENT.errno, step: "execve", status: null, ok: 5 };
  const noTimens = !existsSync("/proc/self/ns/time") ? "no time namespaces (/proc/self/ns/time missing)" : !hasCap("CAP_SYS_ADMIN") ? "joining a time namespace needs CAP_SYS_ADMIN" : null;
  test.skipIf(noTimens !== null)(`a Setns into a time namespace (the fork-like clone): a missing program is ENOENT at execve, for Files of length 0, 1 and 2${noTimens === null ? "" : ` [skipped: ${noTimens}]`}`, async () => {
    expect(await inChild([join(import.meta.dir, "fixtures", "env-stdio-closed.ts"), "timens"])).toEqual({ files0: want, files1: want, files2: want });
  });
  const noUserNs = userNsUnavailable();
  test.skipIf(noUserNs !== null)(`CLONE_NEWUSER where clone3 is missing (seccomp ENOSYS): the same${noUserNs === null ? "" : ` [skipped: ${noUserNs}]`}`, async () => {
    expect(await inChild([join(import.meta.dir, "fixtures", "env-stdio-closed.ts"), "userns"])).toEqual({ files0: want, files1: want, files2: want });
  });
});

afterAll(() => {
  expect(zombieChildren()).toEqual([]);
});
