/**
 * Tests for the terminal, process-group, session, ptrace and fd-shuffle
 * parts of ForkExec (src/exec/forkexec.ts, src/exec/child.c), for Exec, and
 * for what a child starts with and what the parent keeps. Go's references:
 * exec_unix_test.go (TestZeroSysProcAttr, TestSetpgid, TestPgid,
 * TestForeground, TestForegroundSignal, TestInvalidExec),
 * syscall_test.go (TestExecErrPermutedFds), syscall_ptrace_test.go
 * (TestExecPtrace) and exec_linux_test.go.
 *
 * Real processes on the real kernel. What a child saw comes back through a
 * pipe the child writes to (see capture()); the child is always started by
 * the package's ForkExec. Calls that would move the test runner (Setsid,
 * TIOCSCTTY, Exec) run in fixtures under test/fixtures/tty-*.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { dlopen } from "bun:ffi";
import { chmodSync, existsSync, readFileSync, readlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  CLONE_NEWUSER, CLONE_VFORK, CLONE_VM, Close, CloseOnExec, Dup2, EACCES, EBADF, EINVAL, ENOENT, ENOTTY, EPERM,
  ESRCH, Errno, ForkExec, Fstat, Getpgid, Getpid, Kill, LastForkExecFailure, O_CLOEXEC, O_NOCTTY,
  O_RDONLY, O_RDWR, Open, PTRACE_EVENT_EXIT, PTRACE_O_TRACEEXIT, Pipe2, type ProcAttr, PtraceAttach, PtraceCont,
  PtraceGetEventMsg, PtraceSetOptions, PtraceSyscall, EIO, Read, SIGKILL, SIGTRAP, StartProcess, Stat_t, type SysProcAttr, Wait4,
  WaitStatus, WNOHANG,
} from "../src/index.ts";
import { errSetcttyCtty, errSetcttyForeground } from "../src/exec/forkexec.ts";
import { isRoot, noFdLeak, openFds, scratchDir, zombieChildren } from "./helpers.ts";

const BUN = process.execPath;
const FIXTURES = new URL("./fixtures/", import.meta.url).pathname;
const EINTR = 4;

const libc = dlopen("libc.so.6", {
  ioctl: { args: ["i32", "u64", "ptr"], returns: "i32" },
  prctl: { args: ["i32", "u64", "u64", "u64", "u64"], returns: "i32" },
  pthread_sigmask: { args: ["i32", "ptr", "ptr"], returns: "i32" },
});
const TIOCSPTLCK = 0x40045431;
const TIOCGPTN = 0x80045430;
const PR_GET_DUMPABLE = 3;
const SIG_BLOCK = 0;
const SIG_SETMASK = 2;

const bad = <T>(v: unknown) => v as T;

// ------------------------------------------------------------ helpers

interface Ran {
  pid: number;
  err: Errno | Error | null;
  /** LastForkExecFailure()'s step right after the ForkExec (null on success). */
  step: string | null;
  /** What the child wrote to the capture pipe. */
  out: string;
  /** The reaped child's status (null when ForkExec failed). */
  ws: WaitStatus | null;
}

/** Wait4 for pid, retrying EINTR; fails the test on another error. */
function reap(pid: number, options = 0): WaitStatus {
  const ws = new WaitStatus();
  for (;;) {
    const [wpid, err] = Wait4(pid, ws, options, null);
    if (err !== null && err.errno === EINTR) continue;
    expect(err).toBeNull();
    expect(wpid).toBe(pid);
    return ws;
  }
}

/**
 * Waits for pid to change state (a ptrace stop or an exit), polling with
 * WNOHANG so that a child that never stops fails the test instead of
 * hanging it.
 */
function waitState(pid: number, timeoutMs = 3000): WaitStatus {
  const ws = new WaitStatus();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [wpid, err] = Wait4(pid, ws, WNOHANG, null);
    if (err !== null && err.errno === EINTR) continue;
    expect(err).toBeNull();
    if (wpid === pid) return ws;
    if (Date.now() > deadline) throw new Error(`pid ${pid}: no state change within ${timeoutMs} ms`);
    Bun.sleepSync(1);
  }
}

/** Reads fd until end of file ([0, null]), retrying EINTR. */
function readAll(fd: number): string {
  const chunks: Uint8Array[] = [];
  const buf = new Uint8Array(8192);
  for (;;) {
    const [n, err] = Read(fd, buf);
    if (err !== null && err.errno === EINTR) continue;
    expect(err).toBeNull();
    if (n === 0) break;
    chunks.push(buf.slice(0, n));
  }
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * ForkExec argv0 with Files built around the write end w of a CLOEXEC
 * capture pipe (default [0, w, w]); closes w in the parent, reads until
 * EOF, reaps the child. `during` runs after ForkExec returned and before
 * the read.
 */
function capture(
  argv0: string,
  argv: string[] | null,
  attr: ProcAttr = {},
  files: (w: number) => number[] = (w) => [0, w, w],
  during?: (pid: number) => void,
): Ran {
  const p = [0, 0];
  expect(Pipe2(p, O_CLOEXEC)).toBeNull();
  const [r, w] = [p[0]!, p[1]!];
  let pid = 0;
  let err: Errno | Error | null = null;
  let out = "";
  try {
    try {
      [pid, err] = ForkExec(argv0, argv, { ...attr, Files: files(w) });
    } finally {
      Close(w);
    }
    if (err === null && during) during(pid);
  } finally {
    // Read to EOF even when `during` threw, so the child is never left blocked on a full pipe.
    if (err === null && pid > 0) out = readAll(r);
    Close(r);
  }
  const step = LastForkExecFailure()?.Step ?? null;
  const ws = err === null ? reap(pid) : null;
  return { pid, err, step, out, ws };
}

/** capture() of `/bin/sh -c script`. */
function sh(script: string, attr: ProcAttr = {}, files?: (w: number) => number[], during?: (pid: number) => void): Ran {
  return capture("/bin/sh", ["sh", "-c", script], attr, files, during);
}

/** Asserts the child ran and exited 0; returns its output. */
function ok(r: Ran): string {
  expect(r.err).toBeNull();
  expect(r.step).toBeNull();
  expect(r.ws!.Exited()).toBe(true);
  expect(r.ws!.ExitStatus()).toBe(0);
  return r.out;
}

/** Fields of a /proc/PID/stat line after the comm: [state, ppid, pgrp, session, tty_nr, tpgid, ...]. */
function statFields(line: string): string[] {
  return line.slice(line.lastIndexOf(")") + 2).trim().split(" ");
}
const procStat = (pid: number | "self") => statFields(readFileSync(`/proc/${pid}/stat`, "utf8"));

/** A status line's hex mask (SigBlk, SigIgn, SigCgt, ...) from a /proc status text. */
function statusField(text: string, key: string): string {
  const m = new RegExp(`^${key}:\\s*(\\S+)`, "m").exec(text);
  if (!m) throw new Error(`no ${key} in status`);
  return m[1]!;
}
const ZERO_MASK = "0000000000000000";

/** A long-running child (sleep) started by ForkExec, with no stdio. */
function sleeper(sys: SysProcAttr = {}): number {
  const [pid, err] = ForkExec("/bin/sleep", ["sleep", "30"], { Sys: sys });
  expect(err).toBeNull();
  expect(pid).toBeGreaterThan(0);
  return pid;
}
/** Kills and reaps a ForkExec'd child. */
function killReap(pid: number): void {
  Kill(pid, SIGKILL);
  reap(pid);
}

/**
 * Runs fn, which must make ForkExec fail with err at step; checks that the
 * failed child was reaped and no fd was left open.
 */
async function expectFailure(fn: () => [number, Errno | Error | null], err: Errno | Error, step: string): Promise<void> {
  await noFdLeak(() => {
    const [pid, e] = fn();
    // An unexpected success: reap that child first, so one failure does not cascade into the zombie checks of others.
    if (e === null && pid > 0) killReap(pid);
    expect(e).toBe(err);
    expect(pid).toBe(0);
    expect(LastForkExecFailure()).toEqual({ Step: step, Err: err });
    expect(LastForkExecFailure()!.Err).toBe(err);
  });
  expect(zombieChildren()).toEqual([]);
}

/** Runs a fixture with Bun.spawn (the harness; what it tests is started with the package). */
async function runFixture(argv: string[], prefix: string[] = []) {
  const p = Bun.spawn([...prefix, BUN, ...argv], { stdin: "ignore", stdout: "pipe", stderr: "pipe" });
  const [stdout, stderr, code] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text(), p.exited]);
  return { stdout, stderr, code };
}

/** This thread's signal masks, from /proc/thread-self/status. */
function threadStatus(): string {
  return readFileSync("/proc/thread-self/status", "utf8");
}

/** Blocks sigs in this thread; returns a restore function. */
function blockSignals(...sigs: number[]): () => void {
  const set = new BigUint64Array(16);
  for (const s of sigs) set[0]! |= 1n << BigInt(s - 1);
  const old = new BigUint64Array(16);
  expect(libc.symbols.pthread_sigmask(SIG_BLOCK, set, old)).toBe(0);
  return () => {
    libc.symbols.pthread_sigmask(SIG_SETMASK, old, null);
  };
}

// ------------------------------------------------------------ environment probes

function probeUserns(): string | null {
  if (!existsSync("/proc/self/ns/user")) return "no user namespaces in this kernel";
  const max = existsSync("/proc/sys/user/max_user_namespaces") ? readFileSync("/proc/sys/user/max_user_namespaces", "utf8").trim() : "1";
  if (max === "0") return "user namespaces disabled (max_user_namespaces = 0)";
  if (!existsSync("/usr/bin/unshare")) return null;
  const r = Bun.spawnSync(["/usr/bin/unshare", "-U", "-r", "true"], { stdio: ["ignore", "ignore", "pipe"] });
  return r.exitCode === 0 ? null : `unshare -U -r fails here: ${r.stderr.toString().trim()}`;
}
const noUserNs = probeUserns();

function findStrace(): string | null {
  for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(":")) {
    if (dir && existsSync(join(dir, "strace"))) return join(dir, "strace");
  }
  return null;
}
const STRACE = findStrace();
const noStrace: string | null = (() => {
  if (STRACE === null) return "strace is not on PATH";
  const r = Bun.spawnSync([STRACE, "-f", "-o", "/dev/null", "/bin/true"], { stdio: ["ignore", "ignore", "pipe"] });
  return r.exitCode === 0 ? null : `strace cannot trace here: ${r.stderr.toString().trim()}`;
})();

const noPtmx = existsSync("/dev/ptmx") ? null : "no /dev/ptmx";

/** A test name that carries the skip reason when there is one. */
const named = (name: string, skip: string | null) => (skip === null ? name : `${name} (skipped: ${skip})`);

const idMaps = () => ({
  UidMappings: [{ ContainerID: 0, HostID: process.getuid!(), Size: 1 }],
  GidMappings: [{ ContainerID: 0, HostID: process.getgid!(), Size: 1 }],
});

afterAll(() => {
  expect(zombieChildren()).toEqual([]);
});

// ------------------------------------------------------------ tests

describe("SysProcAttr: zero value", () => {
  test("TestZeroSysProcAttr: Sys {} / null / absent runs /bin/true, exit 0", () => {
    for (const attr of [{ Sys: {} }, { Sys: null }, {}] as ProcAttr[]) {
      const [pid, err] = ForkExec("/bin/true", ["true"], attr);
      expect(err).toBeNull();
      expect(LastForkExecFailure()).toBeNull();
      const ws = reap(pid);
      expect(ws.Exited()).toBe(true);
      expect(ws.ExitStatus()).toBe(0);
    }
    const [pid, err] = ForkExec("/bin/true", ["true"]);
    expect(err).toBeNull();
    expect(reap(pid).ExitStatus()).toBe(0);
  });

  test("TestZeroSysProcAttr: the child stays in the parent's process group and session", () => {
    const pid = sleeper({});
    try {
      expect(pid).not.toBe(Getpid());
      expect(Getpgid(pid)).toEqual([Getpgid(0)[0], null]);
      const f = procStat(pid);
      const me = procStat("self");
      expect(f[1]).toBe(String(Getpid())); // ppid
      expect(f[2]).toBe(me[2]); // pgrp
      expect(f[3]).toBe(me[3]); // session
    } finally {
      killReap(pid);
    }
  });
});

describe("Setpgid and Pgid", () => {
  test("TestSetpgid: Setpgid with Pgid 0 makes a group whose id is the child's pid", () => {
    const pid = sleeper({ Setpgid: true });
    try {
      const [pgid, err] = Getpgid(pid);
      expect(err).toBeNull();
      expect(pgid).toBe(pid);
      expect(pgid).not.toBe(Getpgid(0)[0]);
      expect(procStat(pid)[2]).toBe(String(pid));
      expect(procStat(pid)[3]).toBe(procStat("self")[3]); // same session
    } finally {
      killReap(pid);
    }
  });

  test("TestPgid: a second child with Pgid = the first's group joins it", () => {
    const pid1 = sleeper({ Setpgid: true });
    let pid2 = 0;
    try {
      expect(Getpgid(pid1)).toEqual([pid1, null]);
      pid2 = sleeper({ Setpgid: true, Pgid: pid1 });
      expect(pid2).not.toBe(pid1);
      const [pgid2, err] = Getpgid(pid2);
      expect(err).toBeNull();
      expect(pgid2).toBe(pid1);
      expect(pgid2).not.toBe(pid2);
      expect(procStat(pid2)[2]).toBe(String(pid1));
    } finally {
      if (pid2 > 0) killReap(pid2);
      killReap(pid1);
    }
  });

  test("Pgid of a group that does not exist: EPERM at step setpgid, child reaped", async () => {
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Sys: { Setpgid: true, Pgid: 0x7ffffff0 } }), EPERM, "setpgid");
    // A negative group: the kernel's EINVAL.
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Sys: { Setpgid: true, Pgid: -5 } }), EINVAL, "setpgid");
  });

  test("Pgid without Setpgid is ignored", () => {
    const out = ok(sh("cat /proc/self/stat", { Sys: { Pgid: 0x7ffffff0 } }));
    expect(statFields(out)[2]).toBe(procStat("self")[2]);
  });
});

describe("Setsid", () => {
  test("the child leads a new session and a new group (sid = pgid = pid)", () => {
    const r = capture("/bin/cat", ["cat", "/proc/self/stat"], { Sys: { Setsid: true } });
    const f = statFields(ok(r));
    expect(f[3]).toBe(String(r.pid)); // session
    expect(f[2]).toBe(String(r.pid)); // pgrp
    expect(f[3]).not.toBe(procStat("self")[3]);
    expect(f[4]).toBe("0"); // no controlling terminal
  });

  test("without Setsid the child keeps the parent's session", () => {
    const r = capture("/bin/cat", ["cat", "/proc/self/stat"], {});
    expect(statFields(ok(r))[3]).toBe(procStat("self")[3]);
  });

  test("Setsid + Setpgid: EPERM at step setpgid (a session leader cannot change group), as Go", async () => {
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Sys: { Setsid: true, Setpgid: true } }), EPERM, "setpgid");
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Sys: { Setsid: true, Setpgid: true, Pgid: 1 } }), EPERM, "setpgid");
  });
});

describe("Ptrace", () => {
  test("TestExecPtrace: the child stops with SIGTRAP at exec; PTRACE_O_TRACEEXIT reports its exit", () => {
    const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", "exit 3"], { Sys: { Ptrace: true } });
    expect(err).toBeNull();
    let done = false;
    try {
      let ws = waitState(pid);
      expect(ws.Stopped()).toBe(true);
      expect(ws.Exited()).toBe(false);
      expect(ws.StopSignal()).toBe(SIGTRAP);
      expect(ws.TrapCause()).toBe(0);
      // We (this thread's process) are the tracer.
      expect(statusField(readFileSync(`/proc/${pid}/status`, "utf8"), "TracerPid")).toBe(String(Getpid()));

      expect(PtraceSetOptions(pid, PTRACE_O_TRACEEXIT)).toBeNull();
      expect(PtraceCont(pid, 0)).toBeNull();
      ws = waitState(pid);
      expect(ws.Stopped()).toBe(true);
      expect(ws.StopSignal()).toBe(SIGTRAP);
      expect(ws.TrapCause()).toBe(PTRACE_EVENT_EXIT);
      expect(PTRACE_EVENT_EXIT).toBe(6);
      // The event message of an exit stop is the wait status: exit 3.
      expect(PtraceGetEventMsg(pid)).toEqual([3 << 8, null]);

      expect(PtraceCont(pid, 0)).toBeNull();
      ws = waitState(pid);
      done = true;
      expect(ws.Exited()).toBe(true);
      expect(ws.ExitStatus()).toBe(3);
      expect(ws.TrapCause()).toBe(-1);
    } finally {
      if (!done) killReap(pid);
    }
  });

  test("a traced child exits 0 after PtraceCont (Go's TestExecPtrace with /bin/true)", () => {
    const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { Ptrace: true } });
    expect(err).toBeNull();
    let done = false;
    try {
      const ws = waitState(pid);
      expect(ws.StopSignal()).toBe(SIGTRAP);
      expect(PtraceCont(pid, 0)).toBeNull();
      const end = waitState(pid);
      done = true;
      expect(end.Exited()).toBe(true);
      expect(end.ExitStatus()).toBe(0);
    } finally {
      if (!done) killReap(pid);
    }
  });

  test("ESRCH: a pid that does not exist, ourselves, an untraced child, a running tracee", () => {
    const none = 0x7ffffff0;
    expect(PtraceCont(none, 0)).toBe(ESRCH);
    expect(PtraceSetOptions(none, PTRACE_O_TRACEEXIT)).toBe(ESRCH);
    expect(PtraceGetEventMsg(none)).toEqual([0, ESRCH]);
    expect(PtraceCont(Getpid(), 0)).toBe(ESRCH);

    const untraced = sleeper({});
    try {
      expect(PtraceCont(untraced, 0)).toBe(ESRCH);
      expect(PtraceSetOptions(untraced, PTRACE_O_TRACEEXIT)).toBe(ESRCH);
      expect(PtraceGetEventMsg(untraced)[1]).toBe(ESRCH);
    } finally {
      killReap(untraced);
    }

    const [pid, err] = ForkExec("/bin/sleep", ["sleep", "30"], { Sys: { Ptrace: true } });
    expect(err).toBeNull();
    try {
      expect(waitState(pid).StopSignal()).toBe(SIGTRAP);
      expect(PtraceCont(pid, 0)).toBeNull();
      // Now running (sleeping), not in a ptrace stop: ESRCH.
      expect(PtraceCont(pid, 0)).toBe(ESRCH);
      expect(PtraceSetOptions(pid, 0)).toBe(ESRCH);
      // Already traced by us: attaching again is EPERM.
      expect(PtraceAttach(pid)).toBe(EPERM);
    } finally {
      killReap(pid);
    }
  });

  test("a signal or options word Go's int holds but the kernel refuses is the kernel's Errno, as Go's (go1.19: ESRCH for a pid not our stopped tracee, then EIO for the signal, EINVAL for the options)", () => {
    const none = 0x7ffffff0;
    for (const sig of [65, -1, 2 ** 40, 2 ** 53 - 1]) {
      expect([sig, PtraceCont(none, sig)]).toEqual([sig, ESRCH]);
      expect([sig, PtraceSyscall(none, sig)]).toEqual([sig, ESRCH]);
    }
    expect(PtraceSetOptions(none, -1)).toBe(ESRCH);
    const [pid, err] = ForkExec("/bin/sleep", ["sleep", "30"], { Sys: { Ptrace: true } });
    expect(err).toBeNull();
    try {
      expect(waitState(pid).StopSignal()).toBe(SIGTRAP);
      for (const sig of [65, -1, 2 ** 40]) {
        expect([sig, PtraceCont(pid, sig)]).toEqual([sig, EIO]);
        expect([sig, PtraceSyscall(pid, sig)]).toEqual([sig, EIO]);
      }
      for (const o of [-1, 2 ** 40, 0x80000000]) expect([o, PtraceSetOptions(pid, o)]).toEqual([o, EINVAL]);
      // Still stopped, and still ours: a valid request works.
      expect(PtraceSetOptions(pid, 0)).toBeNull();
    } finally {
      killReap(pid);
    }
  });

  test("bad input throws", () => {
    expect(() => PtraceCont(bad<number>("1"), 0)).toThrow(TypeError);
    expect(() => PtraceCont(1, bad<number>(1.5))).toThrow(TypeError);
    expect(() => PtraceCont(1, 2 ** 53)).toThrow(RangeError);
    expect(() => PtraceCont(2 ** 40, 0)).toThrow(RangeError);
    expect(() => PtraceSetOptions(1, -(2 ** 53))).toThrow(RangeError);
    expect(() => PtraceSetOptions(bad<number>(null), 0)).toThrow(TypeError);
    expect(() => PtraceGetEventMsg(bad<number>(1n))).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Ptrace: bad<boolean>(1) } })).toThrow(TypeError);
  });
});

describe.skipIf(noPtmx !== null)(named("Setctty, Noctty and Foreground with a pty", noPtmx), () => {
  let ptmx = -1;
  let pts = -1;
  let ttyNr = 0;

  beforeAll(() => {
    let err: Errno | Error | null;
    [ptmx, err] = Open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
    expect(err).toBeNull();
    expect(libc.symbols.ioctl(ptmx, TIOCSPTLCK, new Int32Array([0]))).toBe(0);
    const n = new Int32Array(1);
    expect(libc.symbols.ioctl(ptmx, TIOCGPTN, n)).toBe(0);
    [pts, err] = Open(`/dev/pts/${n[0]}`, O_RDWR | O_NOCTTY | O_CLOEXEC, 0);
    expect(err).toBeNull();
    const st = new Stat_t();
    expect(Fstat(pts, st)).toBeNull();
    const major = Number((st.Rdev >> 8n) & 0xfffn);
    const minor = Number((st.Rdev & 0xffn) | ((st.Rdev >> 12n) & 0xfff00n));
    ttyNr = (minor & 0xff) | (major << 8) | ((minor & ~0xff) << 12); // the kernel's new_encode_dev
    expect(ttyNr).not.toBe(0);
  });
  afterAll(() => {
    if (pts >= 0) Close(pts);
    if (ptmx >= 0) Close(ptmx);
  });

  test("Setctty: the pts (child fd Ctty) becomes the controlling terminal of the new session", () => {
    const r = capture("/bin/cat", ["cat", "/proc/self/stat"], { Sys: { Setsid: true, Setctty: true, Ctty: 0 } }, (w) => [pts, w, w]);
    const f = statFields(ok(r));
    expect(f[3]).toBe(String(r.pid)); // session = pid
    expect(Number(f[4])).toBe(ttyNr); // tty_nr
    expect(f[5]).toBe(String(r.pid)); // tpgid: its group is the terminal's foreground group
  });

  test("Setctty: Ctty is an index into Files, not a parent fd", () => {
    const r = capture("/bin/cat", ["cat", "/proc/self/stat"], { Sys: { Setsid: true, Setctty: true, Ctty: 3 } }, (w) => [0, w, w, pts]);
    const f = statFields(ok(r));
    expect(pts).not.toBe(3);
    expect(f[3]).toBe(String(r.pid));
    expect(Number(f[4])).toBe(ttyNr);
  });

  test("Setctty without Setsid: EPERM at step setctty (not a session leader)", async () => {
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [pts, 1, 2], Sys: { Setctty: true, Ctty: 0 } }), EPERM, "setctty");
  });

  test("TestInvalidExec: Setctty with Ctty >= len(Files), and Setctty with Foreground: Go's own errors at validate", async () => {
    // Go returns errors.New(...) values here, not Errnos: the same messages, and not an Errno.
    expect(errSetcttyCtty.message).toBe("Setctty set but Ctty not valid in child");
    expect(errSetcttyForeground.message).toBe("both Setctty and Foreground set in SysProcAttr");
    expect(errSetcttyCtty instanceof Errno || errSetcttyForeground instanceof Errno).toBe(false);
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [pts, 1, 2], Sys: { Setsid: true, Setctty: true, Ctty: 3 } }), errSetcttyCtty, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Sys: { Setsid: true, Setctty: true, Ctty: 0 } }), errSetcttyCtty, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [pts, 1, 2], Sys: { Setsid: true, Setctty: true, Ctty: 2 ** 40 } }), errSetcttyCtty, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [pts, 1, 2], Sys: { Setctty: true, Foreground: true, Ctty: 0 } }), errSetcttyForeground, "validate");
  });

  test("Go's order of refusals: a NUL in argv0, argv, Env, Dir or Chroot (EINVAL, as Go converts the strings) comes before the Setctty checks, which come before what the child would refuse", async () => {
    const both = { Setctty: true, Foreground: true, Ctty: 0 };
    const far = { Setsid: true, Setctty: true, Ctty: 5 };
    for (const sys of [both, far]) {
      await expectFailure(() => ForkExec("/bin/t\0rue", ["true"], { Files: [0, 1, 2], Sys: sys }), EINVAL, "validate");
      await expectFailure(() => ForkExec("/bin/true", ["tr\0ue"], { Files: [0, 1, 2], Sys: sys }), EINVAL, "validate");
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Env: ["A=\0"], Files: [0, 1, 2], Sys: sys }), EINVAL, "validate");
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Dir: "/\0", Files: [0, 1, 2], Sys: sys }), EINVAL, "validate");
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: { ...sys, Chroot: "/\0" } }), EINVAL, "validate");
    }
    // Past them: a refused clone flag, and E2BIG (Go meets both in the child, after its checks).
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: { ...both, Cloneflags: CLONE_VM } }), errSetcttyForeground, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["true", "x".repeat(3 << 20)], { Files: [0, 1, 2], Sys: far }), errSetcttyCtty, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["tr\0ue", "x".repeat(3 << 20)], { Files: [0, 1, 2] }), EINVAL, "validate");
  });

  test("Foreground on a terminal that is not ours, or on a non-terminal: ENOTTY at step foreground", async () => {
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: { Foreground: true, Ctty: pts } }), ENOTTY, "foreground");
    const [fd, err] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0);
    expect(err).toBeNull();
    try {
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: { Foreground: true, Ctty: fd } }), ENOTTY, "foreground");
    } finally {
      Close(fd);
    }
  });

  test("Noctty: ENOTTY at step noctty when fd 0 is not our controlling terminal; EBADF when closed", async () => {
    const [fd, err] = Open("/dev/null", O_RDONLY | O_CLOEXEC, 0);
    expect(err).toBeNull();
    try {
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [fd, 1, 2], Sys: { Noctty: true } }), ENOTTY, "noctty");
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [pts, 1, 2], Sys: { Noctty: true } }), ENOTTY, "noctty");
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [], Sys: { Noctty: true } }), EBADF, "noctty");
    } finally {
      Close(fd);
    }
  });

  test("TestForeground, TestForegroundSignal and Noctty, from a session leader with the pts as its terminal (fixture)", async () => {
    const r = await runFixture([join(FIXTURES, "tty-foreground.ts")]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const o = JSON.parse(r.stdout);
    expect(o.fatal).toBeUndefined();
    expect(o.setsid.err).toBeNull();
    expect(o.setsid.sid).toBe(o.setsid.pid);
    // TIOCSCTTY took: the fixture's tty is the pts, and its group is in the foreground.
    expect(o.sctty).toBe(0);
    expect(o.ownTty).toBe(o.ttyNr);
    expect(o.fgBefore).toBe(o.setsid.pid);

    const fg = o.foreground;
    expect(fg.err).toBeNull();
    expect(fg.exit).toBe(0);
    expect(fg.pid).not.toBe(o.setsid.pid);
    expect(fg.fgDuring).toBe(fg.pid); // the terminal's foreground group is the child's
    expect(fg.pgidDuring).toBe(fg.pid); // Foreground implies a group of its own
    expect(fg.psPgid).toBe(fg.pid);
    expect(fg.catStat[2]).toBe(String(fg.pid)); // cat (a child of sh) is in the same group
    expect(fg.catStat[3]).toBe(String(o.setsid.pid)); // still in the fixture's session
    expect(Number(fg.catStat[4])).toBe(o.ttyNr);
    expect(fg.catStat[5]).toBe(String(fg.pid)); // tpgid

    expect(o.restore).toBe(0);
    expect(o.fgAfter).toBe(o.ownPgid);
    expect(o.signals).toEqual({ SIGTTOU: 0, SIGTTIN: 0 });

    expect(o.plain).toEqual({ err: null, exit: 0, tty: o.ttyNr });
    expect(o.noctty).toEqual({ err: null, step: null, exit: 0, tty: 0 });
  });
});

describe("TestExecErrPermutedFds", () => {
  test("ForkExec('/', ...) with Files [0, 2, 1]: EACCES at step execve", async () => {
    await expectFailure(() => ForkExec("/", ["/"], { Files: [0, 2, 1] }), EACCES, "execve");
    await expectFailure(() => {
      const [pid, handle, err] = StartProcess("/", ["/"], { Files: [0, 2, 1] });
      expect(handle).toBe(0);
      return [pid, err];
    }, EACCES, "execve");
  });

  test.skipIf(noUserNs !== null)(named("the same through the pipe-reporting path (CLONE_NEWUSER with id maps)", noUserNs), async () => {
    const sys: SysProcAttr = { Cloneflags: CLONE_NEWUSER, ...idMaps() };
    await expectFailure(() => ForkExec("/", ["/"], { Files: [0, 2, 1], Sys: sys }), EACCES, "execve");
    // Files that collide with the low fds the error pipe could take.
    await expectFailure(() => ForkExec("/", ["/"], { Files: [2, 1, 0, 2, 1, 0, 2, 1, 0], Sys: sys }), EACCES, "execve");
    await expectFailure(() => ForkExec("/nonexistent/bun-syscall", ["x"], { Files: [0, 2, 1], Sys: sys }), ENOENT, "execve");
    // And a success on that path, for contrast.
    expect(ok(sh("echo ok; id -u", { Sys: sys }))).toBe("ok\n0\n");
  });
});

describe("fd shuffle", () => {
  test("Files permuted over low fds, with swaps, a repeated source, -1 and an fd at its own index", async () => {
    const { dir, cleanup } = scratchDir("bun-syscall-tty-");
    const moved: number[] = [];
    try {
      await noFdLeak(() => {
        // Six files whose names identify them; moved to the lowest free fds
        // (Bun's own fds are not touched: fixed numbers such as 3 and 6 are Bun's epoll and eventfd).
        const opened: number[] = [];
        for (let k = 0; k < 6; k++) {
          const path = join(dir, `file-${k}`);
          writeFileSync(path, `contents of file ${k}\n`);
          const [fd, err] = Open(path, O_RDONLY | O_CLOEXEC, 0);
          expect(err).toBeNull();
          opened.push(fd);
        }
        const busy = new Set(openFds().keys());
        const free: number[] = [];
        for (let fd = 3; free.length < 6; fd++) if (!busy.has(fd)) free.push(fd);
        for (let k = 0; k < 6; k++) {
          expect(Dup2(opened[k]!, free[k]!)).toBeNull();
          moved.push(free[k]!);
          Close(opened[k]!);
        }
        const [t0, t1, t2, t3, t4, t5] = free as [number, number, number, number, number, number];
        // t5 sits at its own index and is close-on-exec in the parent: the child must clear the flag.
        CloseOnExec(t5);
        const L = t5 + 2;
        const target = (fd: number) => readlinkSync(`/proc/self/fd/${fd}`);

        const plan: { files: number[]; expected: string[] } = { files: [], expected: [] };
        const r = sh(
          `i=0; while [ $i -lt ${L} ]; do if [ -e /proc/$$/fd/$i ]; then readlink /proc/$$/fd/$i; else echo -; fi; i=$((i+1)); done`,
          {},
          (w) => {
            const files: number[] = new Array<number>(L).fill(-1);
            files[0] = t5; // a high fd onto 0
            files[1] = w; // the capture pipe as stdout
            files[2] = t4; // t4 is used twice and closed at its own index
            files[t0] = t1; // a swap: t0 <-> t1
            files[t1] = t0;
            files[t2] = t3; // another swap
            files[t3] = t2;
            files[t4] = -1;
            files[t5] = t5; // at its own index, close-on-exec in the parent
            files[L - 1] = t4; // a source below its index, already closed by then
            plan.files = files;
            plan.expected = files.map((fd) => (fd === -1 ? "-" : target(fd)));
            return files;
          },
        );
        const lines = ok(r).trimEnd().split("\n");
        expect(lines).toEqual(plan.expected);
        // Sanity: the expectation names our files where it should.
        expect(plan.expected[0]).toBe(join(dir, "file-5"));
        expect(plan.expected[2]).toBe(join(dir, "file-4"));
        expect(plan.expected[t0]).toBe(join(dir, "file-1"));
        expect(plan.expected[t1]).toBe(join(dir, "file-0"));
        expect(plan.expected[t2]).toBe(join(dir, "file-3"));
        expect(plan.expected[t3]).toBe(join(dir, "file-2"));
        expect(plan.expected[t4]).toBe("-");
        expect(plan.expected[t5]).toBe(join(dir, "file-5"));
        expect(plan.expected[L - 1]).toBe(join(dir, "file-4"));
        expect(plan.expected[1]).toMatch(/^pipe:/);
        for (const fd of moved.splice(0)) Close(fd);
      });
    } finally {
      for (const fd of moved) Close(fd);
      cleanup();
    }
  });

  test("the same fd repeated: Files [w, w, w]", () => {
    const r = sh("echo out; echo err >&2; for i in 0 1 2; do readlink /proc/$$/fd/$i; done", {}, (w) => [w, w, w]);
    const lines = ok(r).trimEnd().split("\n");
    expect(lines.slice(0, 2)).toEqual(["out", "err"]);
    expect(lines.slice(2)).toHaveLength(3);
    expect(lines[2]).toMatch(/^pipe:\[\d+\]$/);
    expect(new Set(lines.slice(2)).size).toBe(1);
  });

  test("-1 closes the fd in the child; stdio past len(Files) is closed", () => {
    const probe = "for i in 0 1 2 3; do if [ -e /proc/$$/fd/$i ]; then echo $i:open; else echo $i:closed; fi; done";
    expect(ok(sh(probe, {}, (w) => [-1, w, -1]))).toBe("0:closed\n1:open\n2:closed\n3:closed\n");
    expect(ok(sh(probe, {}, (w) => [0, w]))).toBe("0:open\n1:open\n2:closed\n3:closed\n");
    expect(ok(sh(probe, {}, (w) => [0, w, w, -1]))).toBe("0:open\n1:open\n2:open\n3:closed\n");
  });
});

describe("the child's starting state", () => {
  test("empty signal mask, nothing ignored or caught, and only Files' fds, whatever the parent has", () => {
    const parent = readFileSync("/proc/self/status", "utf8");
    // Bun ignores SIGPIPE: the child must not inherit that.
    expect(BigInt(`0x${statusField(parent, "SigIgn")}`) & (1n << 12n)).toBe(1n << 12n);
    const handler = () => {};
    process.on("SIGUSR1", handler);
    const unblock = blockSignals(12 /* SIGUSR2 */);
    const extra: number[] = [];
    try {
      const me = threadStatus();
      expect(BigInt(`0x${statusField(me, "SigBlk")}`) & (1n << 11n)).toBe(1n << 11n);
      expect(BigInt(`0x${statusField(readFileSync("/proc/self/status", "utf8"), "SigCgt")}`) & (1n << 9n)).toBe(1n << 9n);
      // Fds open in the parent without CLOEXEC.
      for (let i = 0; i < 3; i++) {
        const [fd, err] = Open("/dev/null", O_RDONLY, 0);
        expect(err).toBeNull();
        extra.push(fd);
      }
      const st = ok(capture("/bin/cat", ["cat", "/proc/self/status"]));
      expect(statusField(st, "SigBlk")).toBe(ZERO_MASK);
      expect(statusField(st, "SigIgn")).toBe(ZERO_MASK);
      expect(statusField(st, "SigCgt")).toBe(ZERO_MASK);
      expect(statusField(st, "SigPnd")).toBe(ZERO_MASK);

      const fds = ok(capture("/bin/ls", ["ls", "-1", "/proc/self/fd"]));
      expect(fds.trim().split("\n")).toEqual(["0", "1", "2", "3"]); // 3: ls's own directory fd
      for (const fd of extra) expect(readlinkSync(`/proc/self/fd/${fd}`)).toBe("/dev/null");
    } finally {
      unblock();
      process.off("SIGUSR1", handler);
      for (const fd of extra) Close(fd);
    }
  });

  test("the environment is exactly Env; Dir sets the working directory", () => {
    expect(ok(sh('echo "$FOO|${HOME-unset}"', { Env: ["FOO=bar baz"] }))).toBe("bar baz|unset\n");
    expect(ok(sh("pwd", { Dir: "/proc" }))).toBe("/proc\n");
  });
});

describe("the parent's state after ForkExec", () => {
  test("signal mask and fds are as before, after a success and after a failure", async () => {
    const initial = statusField(threadStatus(), "SigBlk");
    const unblock = blockSignals(12 /* SIGUSR2 */);
    try {
      const before = statusField(threadStatus(), "SigBlk");
      expect(BigInt(`0x${before}`) & (1n << 11n)).toBe(1n << 11n);
      await noFdLeak(() => {
        ok(capture("/bin/true", ["true"]));
        expect(statusField(threadStatus(), "SigBlk")).toBe(before);
        const [, err] = ForkExec("/nonexistent/bun-syscall", ["x"], { Files: [0, 1, 2] });
        expect(err).toBe(ENOENT);
        expect(statusField(threadStatus(), "SigBlk")).toBe(before);
        ok(capture("/bin/true", ["true"], { Sys: { Setsid: true } }));
        expect(statusField(threadStatus(), "SigBlk")).toBe(before);
      });
    } finally {
      unblock();
    }
    expect(statusField(threadStatus(), "SigBlk")).toBe(initial);
    expect(zombieChildren()).toEqual([]);
  });

  test.skipIf(!isRoot)(named("Credential in a CLONE_VM child: the parent stays dumpable", isRoot ? null : "needs root"), async () => {
    const dumpable = () => libc.symbols.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    expect(dumpable()).toBe(1);
    const cred = { Uid: 65534, Gid: 65534 };
    expect(ok(sh("id -u; id -g; id -G", { Sys: { Credential: cred } }))).toBe("65534\n65534\n65534\n");
    expect(dumpable()).toBe(1);
    // Failing after the credential change (execve of a missing file).
    await expectFailure(() => ForkExec("/nonexistent/bun-syscall", ["x"], { Sys: { Credential: cred } }), ENOENT, "execve");
    expect(dumpable()).toBe(1);
    // Failing at chdir, also after the credential change: /root is 0700 on most systems, so check first.
    const { dir, cleanup } = scratchDir("bun-syscall-tty-");
    try {
      chmodSync(dir, 0o700);
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Dir: dir, Sys: { Credential: cred } }), EACCES, "chdir");
      expect(dumpable()).toBe(1);
    } finally {
      cleanup();
    }
  });

  // The id-map path shares memory too on x86_64 (CLONE_VM without CLONE_VFORK):
  // a uid change inside the new user namespace clears the shared flag there.
  test.skipIf(!isRoot)(named("Credential in a user namespace with id maps: the parent stays dumpable", isRoot ? null : "needs root to map a range of ids"), () => {
    const dumpable = () => libc.symbols.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    expect(dumpable()).toBe(1);
    const sys = {
      Cloneflags: CLONE_NEWUSER,
      UidMappings: [{ ContainerID: 0, HostID: 100000, Size: 65536 }],
      GidMappings: [{ ContainerID: 0, HostID: 100000, Size: 65536 }],
      Credential: { Uid: 1000, Gid: 1000 },
    };
    expect(ok(sh("id -u; id -g", { Sys: sys }))).toBe("1000\n1000\n");
    expect(dumpable()).toBe(1);
  });

  // Joining a user namespace that is not below ours commits credentials whose
  // capabilities are no subset of the old: the kernel clears the dumpable
  // flag of the memory the child shares with Bun.
  const UNSHARE = Bun.which("unshare");
  const setnsSkip = !isRoot ? "needs root to join another uid's user namespace" : UNSHARE === null ? "no unshare(1) to make one" : null;
  test.skipIf(setnsSkip !== null)(named("Setns into a user namespace another uid owns: the parent stays dumpable", setnsSkip), async () => {
    const dumpable = () => libc.symbols.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0);
    expect(dumpable()).toBe(1);
    const [holder, err] = ForkExec(UNSHARE!, ["unshare", "-U", "sleep", "20"], { Sys: { Credential: { Uid: 65534, Gid: 65534 } } });
    expect(err).toBeNull();
    try {
      const ours = readlinkSync("/proc/self/ns/user");
      for (let i = 0; i < 200 && readlinkSync(`/proc/${holder}/ns/user`) === ours; i++) await Bun.sleep(10);
      expect(readlinkSync(`/proc/${holder}/ns/user`)).not.toBe(ours);
      const [fd, oerr] = Open(`/proc/${holder}/ns/user`, O_RDONLY | O_CLOEXEC, 0);
      expect(oerr).toBeNull();
      for (const Nstype of [CLONE_NEWUSER, 0]) {
        expect(ok(sh("cat /proc/self/uid_map", { Sys: { Setns: [{ Fd: fd, Nstype }] } })).trim()).toBe("");
        expect(dumpable()).toBe(1);
      }
      Close(fd);
    } finally {
      Kill(holder, SIGKILL);
      Wait4(holder, null, 0, null);
    }
  });
});

describe.skipIf(noStrace !== null)(named("how the child is made (strace)", noStrace), () => {
  /** Runs the strace fixture; returns the pid it started and the joined trace lines (unfinished + resumed). */
  async function traced(mode: string) {
    const { dir, cleanup } = scratchDir("bun-syscall-tty-strace-");
    try {
      const file = join(dir, "trace");
      const r = await runFixture(
        [join(FIXTURES, "tty-strace-spawn.ts"), mode],
        [STRACE!, "-f", "-qq", "-e", "trace=clone,clone3,fork,vfork,execve", "-o", file],
      );
      expect(r.code).toBe(0);
      const report = JSON.parse(r.stdout.trim().split("\n").pop()!);
      expect(report.err).toBeNull();
      expect(report.exit).toBe(0);
      // Join "<unfinished ...>" with its "<... resumed>" line, per pid.
      const pending = new Map<string, string>();
      const calls: { pid: string; text: string }[] = [];
      for (const line of readFileSync(file, "utf8").split("\n")) {
        const m = /^(\d+)\s+(.*)$/.exec(line);
        if (!m) continue;
        const [, pid, rest] = m as unknown as [string, string, string];
        if (rest.endsWith("<unfinished ...>")) {
          pending.set(pid, rest.slice(0, -"<unfinished ...>".length));
          continue;
        }
        const res = /^<\.\.\. \w+ resumed>(.*)$/.exec(rest);
        if (res) {
          calls.push({ pid, text: (pending.get(pid) ?? "") + res[1] });
          pending.delete(pid);
          continue;
        }
        calls.push({ pid, text: rest });
      }
      return { child: String(report.pid), calls };
    } finally {
      cleanup();
    }
  }

  test("default: one clone with CLONE_VM|CLONE_VFORK whose child execs /bin/true; no fork", async () => {
    const { child, calls } = await traced("default");
    expect(calls.some((c) => c.pid === child && /^execve\("\/bin\/true"/.test(c.text))).toBe(true);
    const made = calls.filter((c) => /^clone3?\(/.test(c.text) && new RegExp(`= ${child}$`).test(c.text.trim()));
    expect(made).toHaveLength(1);
    const flags = /flags=([A-Z0-9_|]+)/.exec(made[0]!.text)![1]!.split("|");
    expect(flags).toContain("CLONE_VM");
    expect(flags).toContain("CLONE_VFORK");
    expect(flags).not.toContain("CLONE_THREAD");
    expect(CLONE_VM | CLONE_VFORK).toBe(0x4100);
    expect(calls.filter((c) => /^v?fork\(/.test(c.text))).toEqual([]);
  });

  // The parent writes the id maps while the child waits, so never
  // CLONE_VFORK. On x86_64 the child still shares the parent's memory
  // (CLONE_VM, no page table copied; the parent returns only after the
  // child's exec); elsewhere it comes from a fork-like clone, as Go's.
  test.skipIf(noUserNs !== null)(named(`CLONE_NEWUSER with id maps: no CLONE_VFORK, ${process.arch === "x64" ? "and CLONE_VM (x86_64)" : "and no CLONE_VM"}`, noUserNs), async () => {
    const { child, calls } = await traced("userns");
    expect(calls.some((c) => c.pid === child && /^execve\("\/bin\/true"/.test(c.text))).toBe(true);
    const made = calls.filter((c) => /^clone3?\(/.test(c.text) && new RegExp(`= ${child}$`).test(c.text.trim()));
    expect(made).toHaveLength(1);
    const flags = /flags=([A-Z0-9_|]+)/.exec(made[0]!.text)![1]!.split("|");
    expect(flags).toContain("CLONE_NEWUSER");
    if (process.arch === "x64") expect(flags).toContain("CLONE_VM");
    else expect(flags).not.toContain("CLONE_VM");
    expect(flags).not.toContain("CLONE_VFORK");
    expect(calls.filter((c) => /^v?fork\(/.test(c.text))).toEqual([]);
  });
});

describe("Exec (fixture)", () => {
  test("the new program gets argv, exactly envv, an empty mask and nothing ignored; exit handlers do not run", async () => {
    const r = await runFixture([join(FIXTURES, "tty-exec.ts"), "exec"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(42);
    const lines = r.stdout.trimEnd().split("\n");
    const before = JSON.parse(lines[0]!.replace(/^before /, ""));
    // The Bun process itself ignored SIGPIPE and caught SIGUSR1.
    expect(BigInt(`0x${before.SigIgn}`) & (1n << 12n)).toBe(1n << 12n);
    expect(BigInt(`0x${before.SigCgt}`) & (1n << 9n)).toBe(1n << 9n);
    expect(lines).toContain("args:a0:b1:1");
    expect(lines).toContain("env:bar:unset");
    expect(lines).toContain(`SigBlk:${ZERO_MASK}`);
    expect(lines).toContain(`SigIgn:${ZERO_MASK}`);
    expect(r.stdout).not.toContain("EXIT-HANDLER-RAN");
    expect(r.stdout).not.toContain("Exec returned");
  });

  test("failures return the Errno and leave the process as it was", async () => {
    const r = await runFixture([join(FIXTURES, "tty-exec.ts"), "errors"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    const o = JSON.parse(lines[0]!);
    expect(o.enoent).toEqual({ err: ENOENT.errno, step: "execve", same: true });
    expect(o.nulArgv).toEqual({ err: EINVAL.errno, step: "validate" });
    expect(o.nulPath).toBe(EINVAL.errno);
    expect(o.nulEnv).toBe(EINVAL.errno);
    expect(o.eacces).toBe(EACCES.errno);
    expect(o.typeArgv0).toBe("TypeError");
    expect(o.typeArgv).toBe("TypeError");
    expect(o.typeArgvItem).toBe("TypeError");
    expect(o.typeEnv).toBe("TypeError");
    expect(o.sigsAfter).toEqual(o.sigsBefore);
    // A normal exit does run the exit handler (the check above means something).
    expect(lines[1]).toBe("EXIT-HANDLER-RAN");
  });
});

describe("ForkExec: bad input", () => {
  test("NUL in argv0, argv, Env, Dir or Chroot: EINVAL at validate, no child", async () => {
    await expectFailure(() => ForkExec("/bin/true\0x", ["true"]), EINVAL, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["tr\0ue"]), EINVAL, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Env: ["A=1", "B=\0"] }), EINVAL, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Dir: "/tmp\0" }), EINVAL, "validate");
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Sys: { Chroot: "/\0" } }), EINVAL, "validate");
  });

  test("wrong types throw TypeError", () => {
    expect(() => ForkExec(bad<string>(42), ["x"])).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", bad<string[]>("true"))).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", [bad<string>(1)])).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Files: [bad<number>("0")] })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Files: [1.5] })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Files: bad<number[]>(3) })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Env: bad<string[]>("A=1") })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Setsid: bad<boolean>("yes") } })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Setctty: bad<boolean>(1) } })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Ctty: bad<number>("0") } })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], { Sys: { Pgid: bad<number>(0.5) } })).toThrow(TypeError);
    expect(() => ForkExec("/bin/true", ["true"], bad<ProcAttr>("attr"))).toThrow(TypeError);
    expect(zombieChildren()).toEqual([]);
  });

  test("TestForkExecNilArgv: argv null runs the program (argc 0)", () => {
    const [pid, err] = ForkExec("/bin/true", null, {});
    expect(err).toBeNull();
    const ws = reap(pid);
    expect(ws.Exited()).toBe(true);
    expect(ws.ExitStatus()).toBe(0);
    const [pid2, err2] = ForkExec("/bin/true", null);
    expect(err2).toBeNull();
    expect(reap(pid2).ExitStatus()).toBe(0);
  });
});

describe("ForkExec: error paths reap the child and leak no fd", () => {
  test("missing file: ENOENT at execve", async () => {
    await expectFailure(() => ForkExec("/nonexistent/bun-syscall-tty", ["x"], { Files: [0, 1, 2] }), ENOENT, "execve");
  });

  test("a file without execute permission: EACCES at execve", async () => {
    const { dir, cleanup } = scratchDir("bun-syscall-tty-");
    try {
      const script = join(dir, "script.sh");
      writeFileSync(script, "#!/bin/sh\nexit 0\n");
      chmodSync(script, 0o644);
      await expectFailure(() => ForkExec(script, [script], { Files: [0, 1, 2] }), EACCES, "execve");
    } finally {
      cleanup();
    }
  });

  test("missing Dir: ENOENT at chdir", async () => {
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Dir: "/nonexistent/bun-syscall-tty" }), ENOENT, "chdir");
  });

  test("an fd in Files that is not open: EBADF at dup", async () => {
    expect(existsSync("/proc/self/fd/999")).toBe(false);
    await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [0, 999, 2] }), EBADF, "dup");
  });

  test("fds outside the C int range do not wrap onto real fds: EBADF at dup", async () => {
    for (const fd of [2 ** 31, 2 ** 32 + 1, 2 ** 32, 2 ** 53, -2, -(2 ** 32) + 1]) {
      await expectFailure(() => ForkExec("/bin/true", ["true"], { Files: [0, fd, 2] }), EBADF, "dup");
    }
  });

  test("after a failure, a success clears LastForkExecFailure", () => {
    const [, err] = ForkExec("/nonexistent/bun-syscall-tty", ["x"]);
    expect(err).toBe(ENOENT);
    expect(LastForkExecFailure()).not.toBeNull();
    ok(capture("/bin/true", ["true"]));
    expect(LastForkExecFailure()).toBeNull();
  });
});
