/**
 * Bug hunt: ForkExec, StartProcess and Exec against what the other exec
 * tests do not try: built-in methods a caller replaced (they ran while the
 * request block was written, and could call ForkExec again there: a NULL
 * block crashed Bun, a freed one was read by execve, the child got another
 * request's Env, argv past the block, other rlimits, caps, id maps or a
 * seccomp filter, and a mount program ran in Bun's own mount namespace); the
 * mount program's trailing slashes, a read-only recursive remount over a
 * submount past PATH_MAX, a Source or Fstype of 2^28 characters; the Env
 * block kept after a repeated request; and probes of sizes and error paths.
 * What could crash or hold much memory runs in a child Bun
 * (test/fixtures/hunt-forkexec-*.ts).
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { inChild, noFdLeak, userNsUnavailable, zombieChildren } from "./helpers.ts";
import { readFileSync } from "node:fs";
import { ForkExec, Wait4, WaitStatus, Pipe2, Close, Read, Getuid, Getgid, LastForkExecFailure, O_CLOEXEC, CLONE_NEWNS, CLONE_NEWUSER, Errno } from "../src/index.ts";
import { envBlockBytes } from "../src/exec/forkexec.ts";

const HOOKS = join(import.meta.dir, "fixtures", "hunt-forkexec-hooks.ts");
const isRoot = process.getuid?.() === 0;
const unshare = Bun.which("unshare");
const hook = (name: string) => inChild([HOOKS, name], 20000);

describe("a replaced built-in cannot change the request block while it is written (each case in a child Bun: some crashed the old code)", () => {
  test("Array.prototype.forEach that calls ForkExec (whose big argv trims the block): no NULL block, the outer child gets its own Env", async () => {
    expect((await hook("forEach-reenter")).result).toEqual({ out: "OUTER=1\n", exit: 0 });
  }, 25000);

  test("Math.floor that calls ForkExec once the block is half written: the inner call is refused (an Error its caller can catch), the outer child is its own", async () => {
    const r = await hook("floor-reenter");
    expect(r.result).toEqual({ out: "OUTER=1\n", exit: 0 });
    expect(r.inner).toStartWith("refused: ForkExec: called from inside");
  }, 25000);

  test("Math.max that calls ForkExec with another Env after the Env block was chosen: the outer child gets OUTER=1, never INNER=1 (the block is sized without Math.max now)", async () => {
    const r = await hook("max-env");
    expect(r.result).toEqual({ out: "OUTER=1\n", exit: 0 });
    expect(String(r.inner).startsWith("ran")).toBe(false);
  }, 25000);

  test("an Array iterator that yields nothing: argv (3,000 strings) is still sized and reaches the child whole", async () => {
    expect((await hook("iter")).result).toEqual({ out: `2997 ${"a".repeat(200)}`, exit: 0 });
  }, 25000);

  test("the same iterator and Exec: the new program gets its 3,000 arguments", async () => {
    expect(await hook("exec")).toEqual({ exec: { argc: 2997, last: "bbbbb" } });
  }, 25000);

  test("Array.prototype.push that calls ForkExec while Exec compiles its native half: the inner call is refused, and Exec runs its own argv (the old Exec read its path from the freed block: ENOENT or ENAMETOOLONG)", () => {
    const p = Bun.spawnSync([process.execPath, HOOKS, "exec-reenter"], { timeout: 20000, stdout: "pipe", stderr: "pipe" });
    expect([p.exitCode, p.signalCode ?? null]).toEqual([0, null]);
    const lines = p.stdout.toString().trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(String(lines[0]?.inner)).toStartWith("refused: ForkExec: called from inside");
    expect(lines[1]).toEqual({ exec: "own argv" });
  }, 25000);

  test("Uint8Array.prototype.indexOf lying: a non-ASCII Env reaches the child whole", async () => {
    expect((await hook("indexOf")).result).toEqual({ out: "A=é\nB=ü\nC=ß\n", exit: 0 });
  }, 25000);

  test("TextEncoder.prototype.encodeInto over-reporting what it wrote: the path and argv after a non-ASCII argument are intact", async () => {
    expect((await hook("encodeInto")).result).toEqual({ out: "é second\n", exit: 0 });
  }, 25000);

  test("Array.prototype.forEach doing nothing: Rlimits are still written (NOFILE 100, not RLIMIT_CPU 0)", async () => {
    expect((await hook("forEach-noop")).result).toEqual({ out: "100\nunlimited\n", exit: 0 });
  }, 25000);

  test("Math.max answering 8 for the block's size: the block still holds the request (the old native half wrote its outputs past an 8-byte block)", async () => {
    expect((await hook("max-small")).result).toEqual({ out: "A=1\nB=2\n", exit: 0 });
  }, 25000);

  test("the global Number replaced: the rlimit words are the ones passed (NOFILE 100, not 0)", async () => {
    expect((await hook("number")).result).toEqual({ out: "100\n", exit: 0 });
  }, 25000);

  test("Array.prototype.some answering false: a NUL in argv is still EINVAL at validate, a relative mount target EINVAL at mount, before any child", async () => {
    expect((await hook("some")).result).toEqual({ nul: { err: 22, step: "validate" }, rel: { err: 22, step: "mount" } });
  }, 25000);

  test("String.prototype.includes answering false: a NUL in argv is still EINVAL", async () => {
    expect((await hook("includes")).result).toEqual({ err: 22, step: "validate" });
  }, 25000);

  test.skipIf(!isRoot)(`Array.prototype.join replaced: the uid_map written is the UidMappings passed, not all ids${isRoot ? "" : " (skipped: needs root to map uid 0)"}`, async () => {
    const r = (await hook("join")).result as { out: string; exit: number };
    expect(r.out.trim().split(/\s+/)).toEqual(["0", "0", "1"]);
  }, 25000);

  test.skipIf(!isRoot)(`an Array iterator that adds capabilities: BoundingCaps [0] keeps CAP_CHOWN only${isRoot ? "" : " (skipped: needs CAP_SETPCAP)"}`, async () => {
    expect((await hook("iter-caps")).result).toEqual({ out: "CapBnd:\t0000000000000001\n", exit: 0 });
  }, 25000);

  test.skipIf(!isRoot || unshare === null)(`an Array iterator that hides Setns from the check: a mount program with Cloneflags' CLONE_NEWNS and a Setns into Bun's mount namespace is still refused, nothing mounted in Bun's${isRoot && unshare !== null ? "" : " (skipped: needs root and unshare(1))"}`, () => {
    // In a private mount namespace of its own (unshare -m): the old code mounted there.
    const p = Bun.spawnSync([unshare!, "-m", "--propagation", "private", process.execPath, HOOKS, "iter-setns"], { timeout: 20000, stdout: "pipe", stderr: "pipe" });
    expect([p.exitCode, p.signalCode ?? null]).toEqual([0, null]);
    const r = JSON.parse(p.stdout.toString().trim().split("\n").pop()!) as { result: unknown };
    expect(r.result).toEqual({ err: 22, step: "mount", mountedInBun: false });
  }, 25000);

  test("Array.prototype.flat replaced: the seccomp filter installed is the one passed", async () => {
    expect((await hook("flat")).result).toEqual({ out: "filtered\n", exit: 0 });
  }, 25000);
});

describe("what may still spawn from inside a ForkExec", () => {
  test("a PidFD Proxy whose set trap runs ForkExec (the block is read by then): both children start, the outer pidfd is delivered", () => {
    let inner = 0;
    const target = { value: -1 };
    const pidfd = new Proxy(target, {
      set(t, k, v) {
        if (k === "value" && v !== -1 && inner === 0) {
          const [pid] = ForkExec("/bin/true", ["true"], { Files: [0, 1, 2] });
          inner = pid;
        }
        return Reflect.set(t, k, v);
      },
    });
    const [pid, err] = ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: { PidFD: pidfd } });
    expect(err).toBeNull();
    expect([pid > 0, inner > 0, target.value >= 0]).toEqual([true, true, true]);
    Close(target.value);
    Wait4(pid, null, 0, null);
    Wait4(inner, null, 0, null);
  });
});

describe("memory a thread keeps between spawns", () => {
  test("a repeated plain request (same argv, Dir and Files count: its block is reused) with a huge Env lets the Env block go, as a new request does", () => {
    const go = (env: string[]) => {
      const [pid, err] = ForkExec("/bin/true", ["true", "hunt-env-trim"], { Env: env, Files: [0, 1, 2] });
      if (pid > 0) Wait4(pid, null, 0, null);
      return err;
    };
    expect(go(["A=1"])).toBeNull();
    // 2 MB of Env: a block of 6 MB (3 bytes per character, at most), past the 4 MiB kept.
    const big = Array.from({ length: 20 }, (_, i) => `V${i}=${"x".repeat(100_000)}`);
    expect(go(big)).toBeNull();
    expect(envBlockBytes()).toBeLessThan(1 << 20);
    expect(go(["A=1"])).toBeNull();
    expect(envBlockBytes()).toBeLessThan(1 << 20);
  });
});

/** Runs argv under sys with stdout on a pipe: its output, or the error's errno and step. */
function capture(argv: string[], sys: Record<string, unknown>): string {
  const p = [0, 0];
  Pipe2(p, O_CLOEXEC);
  const [pid, err] = ForkExec(argv[0]!, argv, { Files: [0, p[1]!, 2], Sys: sys });
  Close(p[1]!);
  let s = "";
  const b = new Uint8Array(4096);
  for (;;) {
    const [n] = Read(p[0]!, b);
    if (n <= 0) break;
    s += Buffer.from(b.subarray(0, n)).toString();
  }
  Close(p[0]!);
  if (pid <= 0) return `${err instanceof Errno ? err.errno : err?.message} ${LastForkExecFailure()?.Step}`;
  Wait4(pid, new WaitStatus(), 0, null);
  return s;
}

const userNs = userNsUnavailable();
describe.skipIf(userNs !== null)(`the mount program's "mkdir" and "file" with a trailing slash${userNs === null ? "" : ` (skipped: ${userNs})`}`, () => {
  const sys = (ops: Record<string, unknown>[]) => ({
    Cloneflags: CLONE_NEWNS | CLONE_NEWUSER, Umask: 0,
    UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }], GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }],
    Mounts: [{ Source: "none", Target: "/tmp", Fstype: "tmpfs", Data: "mode=0755" }, ...ops],
  });
  test("\"/tmp/d/e/\" and \"/tmp/d/g//\" are the directories e and g, made with Mode (the old ones got 0755)", () => {
    const out = capture(["/bin/sh", "-c", "stat -c '%n %a %F' /tmp/d/e /tmp/d/g /tmp/d"], sys([
      { Op: "mkdir", Target: "/tmp/d/e/", Mode: 0o700 },
      { Op: "mkdir", Target: "/tmp/d/g//", Mode: 0o710 },
      { Target: "/tmp/d/e/", Create: "dir", Mode: 0o700, Source: "none", Fstype: "tmpfs", Data: "mode=0700" },
    ]));
    expect(out).toBe("/tmp/d/e 700 directory\n/tmp/d/g 710 directory\n/tmp/d 755 directory\n");
  });
  test("\"file\" at \"/tmp/d/f/\" is the kernel's ENOENT (no regular file has a trailing slash), not a directory", () => {
    expect(capture(["/bin/true"], sys([{ Op: "file", Target: "/tmp/d/f/" }]))).toBe("2 mount-create");
    expect(capture(["/bin/sh", "-c", "stat -c '%a %F' /tmp/d/f"], sys([{ Op: "file", Target: "/tmp/d/f", Mode: 0o600 }]))).toBe("600 regular empty file\n");
  });
});

describe("a mount op's Source or Fstype past PATH_MAX is refused by its length, as Target is, before it is encoded (in a child: it holds 256 MiB)", () => {
  const LONG = join(import.meta.dir, "fixtures", "hunt-forkexec-longstr.ts");
  for (const [name, err, step] of [["source", 22, "mount"], ["fstype", 22, "mount"], ["symlink", 36, "symlink"], ["pivot", 36, "pivot_root"]] as const) {
    test(`${name}: the kernel's errno (${err}) at ${step}, and no request block of 768 MiB (the peak RSS grows by under 64 MiB)`, async () => {
      const r = await inChild([LONG, name], 20000);
      expect([r.pid, r.err, r.step]).toEqual([0, err, step]);
      expect(r.grewMiB as number).toBeLessThan(64);
    }, 25000);
  }
});

describe("a recursive read-only remount through the mountinfo walk (kernels before 5.12)", () => {
  test.skipIf(!isRoot || unshare === null)(`a submount below the target whose path is past PATH_MAX fails the start (ENAMETOOLONG at remount) instead of staying writable${isRoot && unshare !== null ? "" : " (skipped: needs root and unshare(1))"}`, () => {
    const fixture = join(import.meta.dir, "fixtures", "hunt-forkexec-rorec-long.ts");
    const p = Bun.spawnSync([unshare!, "-m", "--propagation", "private", process.execPath, fixture], { timeout: 20000, stdout: "pipe", stderr: "pipe" });
    const line = p.stdout.toString().trim().split("\n").pop()!;
    const r = (line.startsWith("{") ? JSON.parse(line) : {}) as Record<string, unknown>;
    // The tree (its mounts died with the namespace) is removed by rm(1), which walks paths past PATH_MAX.
    if (typeof r.base === "string" && r.base.startsWith("/tmp/hunt-forkexec-long-")) Bun.spawnSync(["rm", "-rf", r.base]);
    expect([p.exitCode, p.signalCode ?? null]).toEqual([0, null]);
    expect([r.started, r.status, r.err, r.step]).toEqual([false, null, 36, "remount"]);
  }, 25000);
});

describe("probes that found nothing (kept: they compare with the kernel's limits and answers)", () => {
  const allow = { Code: 0x06, Jt: 0, Jf: 0, K: 0x7fff0000 };
  const one = (sys: Record<string, unknown>, files: number[] = [0, 1, 2]): [boolean, number | null, string | null] => {
    const [pid, err] = ForkExec("/bin/true", ["true"], { Files: files, Sys: sys });
    if (pid > 0) Wait4(pid, null, 0, null);
    return [pid > 0, err instanceof Errno ? err.errno : null, pid > 0 ? null : LastForkExecFailure()?.Step ?? null];
  };
  test("each list at the kernel's limit runs; one past it is the kernel's EINVAL at its step, before any child", () => {
    const seccomp = (n: number) => ({ NoNewPrivs: true, SeccompFilter: Array.from({ length: n }, () => allow) });
    expect(one(seccomp(4096))).toEqual([true, null, null]); // BPF_MAXINSNS
    expect(one(seccomp(4097))).toEqual([false, 22, "seccomp"]);
    expect(one({ NoNewPrivs: true, SeccompFilter: [] })).toEqual([false, 22, "seccomp"]);
    const lines = (n: number) => Array.from({ length: n }, (_, i) => ({ ContainerID: i, HostID: i, Size: 1 }));
    expect(one({ Cloneflags: CLONE_NEWUSER, UidMappings: lines(341) })).toEqual([false, 22, "validate"]); // 340 lines per map
  });
  test("Files entries no fd can be (2^32+1, 2^31, -2) are EBADF in the child, never a wrap onto fd 1", () => {
    for (const f of [2 ** 32 + 1, 2 ** 31, -2, 2 ** 53]) expect([f, ...one({}, [0, f, 2])]).toEqual([f, false, 9, "dup"]);
  });
  test("failed starts at every step leave no fd, no zombie, and this process's signal mask, umask, cwd, limits and ids as they were", async () => {
    const status = () => readFileSync("/proc/self/status", "utf8").split("\n").filter((l) => /^(SigBlk|SigIgn|Uid|Gid|Groups|CapEff|NoNewPrivs|Seccomp):/.test(l)).join("\n");
    const before = [status(), readFileSync("/proc/self/limits", "utf8"), process.cwd(), process.umask()];
    const maps = { UidMappings: [{ ContainerID: 0, HostID: Getuid(), Size: 1 }], GidMappings: [{ ContainerID: 0, HostID: Getgid(), Size: 1 }] };
    const tries: [Record<string, unknown>, number, string][] = [
      [{ Setns: [{ Fd: 0 }] }, 22, "setns"],
      [{ Rlimits: [{ Resource: 7, Cur: 10n, Max: 5n }] }, 22, "rlimit"],
      [{ UseLandlock: true, LandlockFD: 99999, NoNewPrivs: true }, 9, "landlock"],
      [{ UseCgroupFD: true, CgroupFD: 99999 }, 9, "clone"],
      [{ PidFD: { value: 0 }, Chroot: "/proc/hunt-forkexec-missing" }, 2, "chroot"],
      [{ Setsid: true, Setctty: true, Ctty: 0 }, 9, "setctty"], // fd 0 is closed (Files[0] is -1)
    ];
    // Unprivileged, a mount namespace needs a user namespace around it; where no user namespace can be
    // made, the two namespace cases are left out (they test the mount and chroot steps, not clone).
    const tmpfs = { Mounts: [{ Source: "none", Target: "/proc/hunt-forkexec-missing/x", Fstype: "tmpfs" }] };
    if (isRoot) tries.push([{ Cloneflags: CLONE_NEWNS, ...tmpfs }, 2, "mount"]);
    else if (userNs === null) tries.push([{ Cloneflags: CLONE_NEWNS | CLONE_NEWUSER, ...maps, ...tmpfs }, 2, "mount"]);
    if (isRoot || userNs === null) tries.push([{ Cloneflags: CLONE_NEWUSER, ...maps, Chroot: "/proc/hunt-forkexec-missing" }, 2, "chroot"]);
    await noFdLeak(() => {
      for (let round = 0; round < 3; round++)
        for (const [sys, errno, step] of tries) expect(one(sys, [-1, 1, 2])).toEqual([false, errno, step]);
    });
    expect(zombieChildren()).toEqual([]);
    expect([status(), readFileSync("/proc/self/limits", "utf8"), process.cwd(), process.umask()]).toEqual(before);
  });
});
