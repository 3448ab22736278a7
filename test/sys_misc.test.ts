/**
 * Tests for src/sys/misc.ts: Getpriority, Setpriority, Getpgrp, Gettid,
 * Pause, the ptrace memory and register calls with PtraceRegs, Reboot,
 * Ioperm, Iopl, Klogctl and Acct; and the Go differential for the poll,
 * mman, time and misc families (scripts/oracle/misc/main.go).
 *
 * Nothing here changes the machine. The privileged calls' error paths run
 * in a child as an unprivileged user (fixtures/sys-misc-unpriv.ts, which
 * refuses to run as root), and their success paths in a child that is pid
 * 1 of a new PID namespace (fixtures/sys-misc-pidns.ts), where accounting
 * is the namespace's own and reboot(2) can only end that namespace.
 * Priorities are changed only on a child the test started.
 */
import { describe, expect, test } from "bun:test";
import { chmodSync, existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import {
  Acct, CLONE_NEWPID, EBADF, EINVAL, EIO, ENOENT, ENOSYS, EPERM, ESRCH, Errno, ForkExec, Getpagesize, Getpgid, Getpgrp, Getpid,
  Getpriority, Gettid, Ioperm, Iopl, Kill, Klogctl, PRIO_PGRP, PRIO_PROCESS, PRIO_USER, PtraceCont, PtraceGetRegs, PtracePeekData,
  PtracePeekText, PtracePokeData, PtracePokeText, PtraceRegs, PtraceRegsAmd64, PtraceRegsArm64, PtraceSetRegs, Reboot,
  PtraceSingleStep, PtraceSyscall, PtraceDetach, PtraceKill, SIGSTOP, WNOHANG,
  SIGKILL, SIGTRAP, SIGUSR1, SYS_CLOCK_NANOSLEEP, SYS_NANOSLEEP, SYS_PAUSE, SYS_PPOLL, Setpriority, Tgkill, Wait4,
  Wait4Async, WaitStatus,
} from "../src/index.ts";
import { capEff, isRoot, noFdLeak, scratchDir, staticExitProgram } from "./helpers.ts";
import { goOracleCalls } from "./fixtures/sys-misc-oracle.ts";
import { runUnprivileged } from "./fixtures/sys-misc-run.ts";

const BUN = process.execPath;
const FIXTURES = join(import.meta.dir, "fixtures");
const x64 = process.arch === "x64";
const bad = <T>(v: unknown) => v as T;

/** Capability numbers (linux/capability.h) beyond test/helpers.ts's, and whether CapEff holds one. */
const CAP_SYS_RAWIO = 17, CAP_SYS_PACCT = 20, CAP_SYS_ADMIN = 21, CAP_SYS_BOOT = 22;
const hasCapBit = (n: number) => ((capEff() >> BigInt(n)) & 1n) === 1n;

/** The nice value of pid, field 19 of /proc/PID/stat. */
function niceOf(pid: number | "self"): number {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
}

/** Blocks for pid's next state change (the tests' children stop or exit at once). */
function reap(pid: number): WaitStatus {
  const ws = new WaitStatus();
  for (;;) {
    const [wpid, err] = Wait4(pid, ws, 0, null);
    if (err?.errno === 4) continue;
    expect(err).toBeNull();
    expect(wpid).toBe(pid);
    return ws;
  }
}

describe("Getpriority, Setpriority", () => {
  test("Getpriority is the raw 20 - nice, as Go's (never glibc's nice value)", () => {
    const [prio, err] = Getpriority(PRIO_PROCESS, 0);
    expect(err).toBeNull();
    expect(prio).toBe(20 - niceOf("self"));
    expect(Getpriority(PRIO_PROCESS, Getpid())).toEqual([prio, null]);
    expect(Getpriority(PRIO_PGRP, 0)[1]).toBeNull();
    expect(Getpriority(PRIO_USER, 0)[1]).toBeNull();
  });

  test("Setpriority on a child this test started: its nice value, read back by Getpriority and /proc", () => {
    const [pid, err] = ForkExec("/bin/sleep", ["sleep", "30"], {});
    expect(err).toBeNull();
    try {
      expect(Setpriority(PRIO_PROCESS, pid, 10)).toBeNull();
      expect(Getpriority(PRIO_PROCESS, pid)).toEqual([10, null]);
      expect(niceOf(pid)).toBe(10);
      expect(Setpriority(PRIO_PROCESS, pid, 100)).toBeNull(); // clamped to 19
      expect(Getpriority(PRIO_PROCESS, pid)).toEqual([1, null]);
    } finally {
      Kill(pid, SIGKILL);
      reap(pid);
    }
  });

  test("errno paths: no such process, a bad which; bad input throws", () => {
    expect(Getpriority(PRIO_PROCESS, 0x7ffffff0)).toEqual([-1, ESRCH]);
    expect(Getpriority(99, 0)).toEqual([-1, EINVAL]);
    expect(Setpriority(PRIO_PROCESS, 0x7ffffff0, 0)).toBe(ESRCH);
    expect(Setpriority(99, 0, 0)).toBe(EINVAL);
    expect(() => Getpriority(bad("0"), 0)).toThrow(TypeError);
    expect(() => Getpriority(PRIO_PROCESS, NaN)).toThrow(TypeError);
    expect(() => Getpriority(PRIO_PROCESS, 2 ** 53)).toThrow(RangeError);
    expect(() => Setpriority(PRIO_PROCESS, 0, 1.5)).toThrow(TypeError);
    expect(() => Setpriority(PRIO_PROCESS, 0, 2 ** 32)).toThrow(RangeError);
  });
});

describe("Getpgrp, Gettid", () => {
  test("Getpgrp is Getpgid(0), the process group in /proc/self/stat", () => {
    const stat = readFileSync("/proc/self/stat", "utf8");
    const pgrp = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[2]);
    expect(Getpgrp()).toBe(pgrp);
    expect(Getpgrp()).toBe(Getpgid(0)[0]);
  });

  test("Gettid on Bun's main thread is the pid, and a task of this process", () => {
    expect(Gettid()).toBe(Getpid());
    expect(existsSync(`/proc/self/task/${Gettid()}`)).toBe(true);
  });
});

describe("Pause (and an interrupted Nanosleep), in a child Bun", () => {
  test("Pause returns EINTR when a handled signal reaches the thread; Nanosleep gives EINTR and the time left", async () => {
    const child = Bun.spawn([BUN, join(FIXTURES, "sys-misc-pause.ts")], { stdout: "pipe", stderr: "pipe", env: process.env });
    const timer = setTimeout(() => child.kill("SIGKILL"), 15000);
    try {
      /** Waits until the child's main thread sits in one of the syscalls nrs, then sends it SIGUSR1. */
      const interruptIn = async (nrs: number[]) => {
        for (;;) {
          let cur = -2;
          try {
            cur = Number(readFileSync(`/proc/${child.pid}/syscall`, "utf8").split(" ")[0]);
          } catch {
            // not yet readable, or gone
          }
          if (nrs.includes(cur)) break;
          if (child.exitCode !== null || child.signalCode !== null) throw new Error(`child ended early: ${await new Response(child.stderr).text()}`);
          await Bun.sleep(2);
        }
        expect(Tgkill(child.pid, child.pid, SIGUSR1)).toBeNull();
      };
      await interruptIn([SYS_PAUSE, SYS_PPOLL].filter((n) => n >= 0));
      await interruptIn([SYS_NANOSLEEP, SYS_CLOCK_NANOSLEEP].filter((n) => n >= 0));
      const out = await new Response(child.stdout).text();
      expect(await child.exited).toBe(0);
      const r = JSON.parse(out);
      expect(r.pause).toBe(r.eintr);
      expect(r.sleep).toBe(r.eintr);
      expect(r.leftSec * 1e9 + r.leftNsec).toBeGreaterThan(0);
      expect(r.leftSec).toBeLessThan(20);
      expect(r.handled).toBe(2);
    } finally {
      clearTimeout(timer);
    }
  }, 20000);

});

// ---------------------------------------------------------------- ptrace

/** The static program's entry point, text and the length of its first instruction (see helpers.staticExitProgram). */
const ENTRY = 0x400078;
const FIRST_INSN = x64 ? 5 : 4;
/** The end of the one page the program is mapped in. */
const PAGE_END = 0x400000 + Getpagesize();

/** Starts the static exit(code) program stopped at its exec under ptrace; returns its pid. */
function traced(dir: string, code: number): number {
  const path = join(dir, `exit${code}`);
  writeFileSync(path, staticExitProgram(code));
  chmodSync(path, 0o755);
  const [pid, err] = ForkExec(path, [path], { Sys: { Ptrace: true } });
  expect(err).toBeNull();
  const ws = reap(pid);
  expect(ws.Stopped()).toBe(true);
  expect(ws.StopSignal()).toBe(SIGTRAP);
  return pid;
}

/** The tracees that contToExit has reaped. */
const exited = new Set<number>();

/** Lets a tracee run to its exit and returns the exit status. */
function contToExit(pid: number): number {
  expect(PtraceCont(pid, 0)).toBeNull();
  const ws = reap(pid);
  exited.add(pid);
  expect(ws.Exited()).toBe(true);
  return ws.ExitStatus();
}

/** Runs fn on the static exit(code) program stopped at its exec; kills and reaps it unless fn let it exit. */
function withTracee(code: number, fn: (pid: number) => void): void {
  const { dir, cleanup } = scratchDir();
  let pid = -1;
  try {
    pid = traced(dir, code);
    fn(pid);
  } finally {
    if (pid > 0 && !exited.has(pid)) {
      Kill(pid, SIGKILL);
      reap(pid);
    }
    cleanup();
  }
}

/** The text of the static program, as the tracee has it mapped. */
const TEXT = new Uint8Array(staticExitProgram(7).subarray(120));

/** The first-argument register: Rdi on amd64, X0 on arm64. */
function setArg0(regs: PtraceRegs, v: bigint): void {
  if (regs instanceof PtraceRegsAmd64) regs.Rdi = v;
  else (regs as PtraceRegsArm64).Regs[0] = v;
}
function arg0(regs: PtraceRegs): bigint {
  return regs instanceof PtraceRegsAmd64 ? regs.Rdi : (regs as PtraceRegsArm64).Regs[0]!;
}

describe("ptrace memory and registers (a static program stopped at exec)", () => {
  test("PtraceGetRegs: PC() is the entry point; PeekText and PeekData read the program's text, aligned or not", async () => {
    await noFdLeak(() => withTracee(7, (pid) => {
      const regs = new PtraceRegs();
      expect(regs).toBeInstanceOf(x64 ? PtraceRegsAmd64 : PtraceRegsArm64);
      expect(PtraceGetRegs(pid, regs)).toBeNull();
      expect(regs.PC()).toBe(BigInt(ENTRY));
      const pc = Number(regs.PC());
      const out = new Uint8Array(TEXT.length);
      expect(PtracePeekText(pid, pc, out)).toEqual([TEXT.length, null]);
      expect(out).toEqual(TEXT);
      const mid = new Uint8Array(7);
      expect(PtracePeekText(pid, pc + 3, mid)).toEqual([7, null]); // a leading edge, then a partial word
      expect(mid).toEqual(TEXT.subarray(3, 10));
      const one = new Uint8Array(1);
      expect(PtracePeekData(pid, pc + 1, one)).toEqual([1, null]);
      expect(one[0]).toBe(TEXT[1]);
      expect(PtracePeekData(pid, pc, new Uint8Array(0))).toEqual([0, null]);
      // The program's one page ends at PAGE_END: 4 bytes are read, then the next word fails.
      const edge = new Uint8Array(16);
      expect(PtracePeekText(pid, PAGE_END - 4, edge)).toEqual([4, EIO]);
      expect(PtracePeekData(pid, 0, new Uint8Array(8))).toEqual([0, EIO]);
      expect(contToExit(pid)).toBe(7);
    }));
  });

  test("PtracePokeText rewrites the text (the exit code's immediate): the program exits 42", () => {
    withTracee(7, (pid) => {
      const patch = x64 ? Uint8Array.of(42) : le32(0xd2800000 | (42 << 5)); // mov edi, 42 / mov x0, #42
      const at = ENTRY + (x64 ? 1 : 0);
      expect(PtracePokeText(pid, at, patch)).toEqual([patch.length, null]);
      const back = new Uint8Array(TEXT.length);
      expect(PtracePeekText(pid, ENTRY, back)[1]).toBeNull();
      const want = TEXT.slice();
      want.set(patch, at - ENTRY);
      expect(back).toEqual(want);
      expect(contToExit(pid)).toBe(42);
    });
  });

  test("PtracePokeData and PtracePeekData round-trip across both word edges, leaving the bytes around untouched", () => {
    withTracee(7, (pid) => {
      const before = new Uint8Array(40);
      expect(PtracePeekData(pid, ENTRY, before)).toEqual([40, null]);
      const data = Uint8Array.from({ length: 19 }, (_, i) => 0xa0 + i); // 5 (lead) + 8 + 6 (trail) from ENTRY+3
      expect(PtracePokeData(pid, ENTRY + 3, data)).toEqual([19, null]);
      const after = new Uint8Array(40);
      expect(PtracePeekData(pid, ENTRY, after)).toEqual([40, null]);
      const want = before.slice();
      want.set(data, 3);
      expect(after).toEqual(want);
      expect(PtracePokeData(pid, ENTRY, new Uint8Array(0))).toEqual([0, null]);
      // Past the mapping: nothing is written at 0; across the page's end, the count says how far it got, as Go's.
      expect(PtracePokeData(pid, 0, Uint8Array.of(1))).toEqual([0, EIO]);
      expect(PtracePokeText(pid, PAGE_END - 4, new Uint8Array(12).fill(0x5a))).toEqual([4, EIO]);
      const tail = new Uint8Array(4);
      expect(PtracePeekText(pid, PAGE_END - 4, tail)).toEqual([4, null]);
      expect(tail).toEqual(new Uint8Array(4).fill(0x5a));
    });
  });

  test("PtraceSetRegs: skip the first instruction and set the exit code's register: the program exits 33", () => {
    withTracee(7, (pid) => {
      const regs = new PtraceRegs();
      expect(PtraceGetRegs(pid, regs)).toBeNull();
      regs.SetPC(regs.PC() + BigInt(FIRST_INSN));
      setArg0(regs, 33n);
      expect(PtraceSetRegs(pid, regs)).toBeNull();
      const again = new PtraceRegs();
      expect(PtraceGetRegs(pid, again)).toBeNull();
      expect(again.PC()).toBe(BigInt(ENTRY + FIRST_INSN));
      expect(arg0(again)).toBe(33n);
      expect(contToExit(pid)).toBe(33);
    });
  });

  test("PtraceSetRegs: a getter of the last field that calls PtraceGetRegs does not undo the fields before it (the program exited 7, not 33)", () => {
    withTracee(7, (pid) => {
      const regs = new PtraceRegs();
      expect(PtraceGetRegs(pid, regs)).toBeNull();
      regs.SetPC(regs.PC() + BigInt(FIRST_INSN));
      setArg0(regs, 33n);
      // A plain copy whose last register field is a getter that reads the tracee's registers again (PC at the entry, arg 0 zero).
      const fields = Object.keys(regs);
      const last = fields[fields.length - 1]!;
      const hostile: Record<string, unknown> = {};
      for (const k of fields) hostile[k] = (regs as unknown as Record<string, unknown>)[k];
      const lastValue = hostile[last];
      let called = false;
      Object.defineProperty(hostile, last, {
        enumerable: true,
        get() {
          called = true;
          expect(PtraceGetRegs(pid, new PtraceRegs())).toBeNull();
          return lastValue;
        },
      });
      expect(PtraceSetRegs(pid, bad(hostile))).toBeNull();
      expect(called).toBe(true);
      expect(contToExit(pid)).toBe(33);
    });
  });

  test("errno paths: ESRCH for a pid that is not a stopped tracee", () => {
    const regs = new PtraceRegs();
    for (const pid of [0x7ffffff0, Getpid(), -1]) {
      expect(PtracePeekText(pid, ENTRY, new Uint8Array(8))).toEqual([0, ESRCH]);
      expect(PtracePeekData(pid, ENTRY + 1, new Uint8Array(3))).toEqual([0, ESRCH]);
      expect(PtracePokeText(pid, ENTRY, new Uint8Array(8))).toEqual([0, ESRCH]);
      expect(PtracePokeData(pid, ENTRY, new Uint8Array(3))).toEqual([0, ESRCH]);
      expect(PtraceGetRegs(pid, regs)).toBe(ESRCH);
      expect(PtraceSetRegs(pid, regs)).toBe(ESRCH);
    }
  });

  test("bad input throws before any call; PC and SetPC", () => {
    const regs = new PtraceRegs();
    expect(() => PtracePeekText(bad("1"), 0, new Uint8Array(8))).toThrow(TypeError);
    expect(() => PtracePeekText(2 ** 31, 0, new Uint8Array(8))).toThrow(RangeError);
    expect(() => PtracePeekText(1, -1, new Uint8Array(8))).toThrow(RangeError);
    expect(() => PtracePeekText(1, 2 ** 53, new Uint8Array(8))).toThrow(RangeError);
    expect(() => PtracePeekText(1, NaN, new Uint8Array(8))).toThrow(TypeError);
    expect(() => PtracePeekData(1, 0, bad([1, 2]))).toThrow(TypeError);
    expect(() => PtracePokeText(1, 0, bad("abc"))).toThrow(TypeError);
    expect(() => PtracePokeData(1, bad(1n), new Uint8Array(1))).toThrow(TypeError);
    expect(() => PtraceGetRegs(1, bad(null))).toThrow(TypeError);
    expect(() => PtraceGetRegs(1, Object.freeze(new PtraceRegs()))).toThrow(TypeError);
    expect(() => PtraceSetRegs(1, bad({}))).toThrow(TypeError);
    const negative = new PtraceRegs();
    if (negative instanceof PtraceRegsAmd64) negative.Rax = -1n;
    else negative.Sp = -1n;
    expect(() => PtraceSetRegs(1, negative)).toThrow(RangeError);
    const wrongType = new PtraceRegs() as unknown as Record<string, unknown>;
    wrongType[x64 ? "Rbx" : "Pstate"] = "x";
    expect(() => PtraceSetRegs(1, bad(wrongType))).toThrow(TypeError);
    if (!x64) {
      (regs as PtraceRegsArm64).Regs = new BigUint64Array(30);
      expect(() => PtraceGetRegs(1, regs)).toThrow(TypeError);
    }
    const r = new PtraceRegs();
    r.SetPC(0xffffffffffffffffn);
    expect(r.PC()).toBe(0xffffffffffffffffn);
    r.SetPC(bad(16));
    expect(r.PC()).toBe(16n);
    expect(() => r.SetPC(-1n)).toThrow(RangeError);
    expect(() => r.SetPC(1n << 64n)).toThrow(RangeError);
    expect(() => r.SetPC(bad("1"))).toThrow(TypeError);
    expect(() => r.SetPC(bad(1.5))).toThrow(TypeError);
  });
});

describe("ptrace resumption: PtraceSingleStep, PtraceSyscall, PtraceDetach, PtraceKill (the static program stopped at exec)", () => {
  const pcOf = (pid: number) => {
    const regs = new PtraceRegs();
    expect(PtraceGetRegs(pid, regs)).toBeNull();
    return regs;
  };
  test("PtraceSingleStep runs one instruction and stops with SIGTRAP at the next", () => {
    withTracee(3, (pid) => {
      expect(PtraceSingleStep(pid)).toBeNull();
      const ws = reap(pid);
      expect([ws.Stopped(), ws.StopSignal()]).toEqual([true, SIGTRAP]);
      expect(pcOf(pid).PC()).toBe(BigInt(ENTRY + FIRST_INSN));
      expect(contToExit(pid)).toBe(3);
    });
  });
  test("PtraceSyscall stops at the entry of the program's exit(2) (its number in the syscall register), then lets it exit", () => {
    withTracee(4, (pid) => {
      expect(PtraceSyscall(pid, 0)).toBeNull();
      const ws = reap(pid);
      expect([ws.Stopped(), ws.StopSignal()]).toEqual([true, SIGTRAP]);
      const regs = pcOf(pid);
      const nr = regs instanceof PtraceRegsAmd64 ? regs.Orig_rax : (regs as PtraceRegsArm64).Regs[8];
      expect(nr).toBe(BigInt(x64 ? 231 : 94)); // exit_group
      expect(PtraceSyscall(pid, 0)).toBeNull(); // exit(2) does not return: no exit stop
      const end = reap(pid);
      exited.add(pid);
      expect([end.Exited(), end.ExitStatus()]).toEqual([true, 4]);
    });
  });
  test("PtraceDetach lets the tracee run on untraced: it exits by itself, and a later stop is no longer reported to us as a tracer's", () => {
    withTracee(5, (pid) => {
      expect(PtraceDetach(pid)).toBeNull();
      const ws = reap(pid);
      exited.add(pid);
      expect([ws.Exited(), ws.ExitStatus()]).toEqual([true, 5]);
    });
    // A tracee that lives on: a traced one's SIGSTOP is a stop Wait4 reports without WUNTRACED; a detached one's is not.
    const [pid, err] = ForkExec("/bin/sleep", ["sleep", "5"], { Sys: { Ptrace: true } });
    expect(err).toBeNull();
    try {
      expect(reap(pid).Stopped()).toBe(true); // at its exec
      expect(PtraceDetach(pid)).toBeNull();
      expect(Kill(pid, SIGSTOP)).toBeNull();
      Bun.sleepSync(50);
      expect(Wait4(pid, new WaitStatus(), WNOHANG, null)).toEqual([0, null]);
    } finally {
      Kill(pid, SIGKILL);
      reap(pid);
    }
  });
  test("PtraceKill ends the tracee with SIGKILL", () => {
    withTracee(6, (pid) => {
      expect(PtraceKill(pid)).toBeNull();
      const ws = reap(pid);
      exited.add(pid);
      expect([ws.Signaled(), ws.Signal()]).toEqual([true, SIGKILL]);
    });
  });
  test("each is ESRCH for a child that is not traced (or not stopped), and throws on bad input", () => {
    const [pid, err] = ForkExec("/bin/sleep", ["sleep", "5"], {});
    expect(err).toBeNull();
    try {
      for (const [name, f] of [["PtraceSingleStep", () => PtraceSingleStep(pid)], ["PtraceSyscall", () => PtraceSyscall(pid, 0)], ["PtraceDetach", () => PtraceDetach(pid)], ["PtraceKill", () => PtraceKill(pid)]] as const) {
        expect([name, f()]).toEqual([name, ESRCH]);
      }
    } finally {
      Kill(pid, SIGKILL);
      reap(pid);
    }
    expect(() => PtraceSingleStep("1" as unknown as number)).toThrow(TypeError);
    expect(() => PtraceSyscall(1, 2 ** 53)).toThrow(RangeError); // 65 is an int Go passes on: the kernel's Errno (exec_tty.test.ts)
    expect(() => PtraceDetach(NaN)).toThrow(TypeError);
    expect(() => PtraceKill(2 ** 53)).toThrow(RangeError);
  });
});

function le32(v: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, v >>> 0, true);
  return b;
}

// ---------------------------------------------------------------- system calls that must not succeed here

describe("Reboot, Acct, Ioperm, Iopl, Klogctl", () => {
  test("as an unprivileged user (a child): EPERM, EACCES and EINVAL before any change", () => {
    const r = runUnprivileged("sys-misc-unpriv.ts");
    expect(r.uid).not.toBe(0);
    expect(r.reboot).toBe(EPERM.errno);
    expect(r.acct).toBe(EPERM.errno);
    expect(r.setpriorityLower).toBe(13); // EACCES
    expect(r.klogctlClear).toBe(EPERM.errno);
    expect(r.memlock).toBe(0);
    expect(r.mlockall).toBe(EPERM.errno);
    expect(r.mlock).toBe(EPERM.errno); // Mlock's errno path (test/sys_mman.test.ts has its success path)
    // ioperm and iopl are ENOSYS on arm64 and on kernels built without CONFIG_X86_IOPL_IOPERM.
    expect([EPERM.errno, ENOSYS.errno]).toContain(r.iopl!);
    expect([EPERM.errno, ENOSYS.errno]).toContain(r.ioperm!);
  }, 20000);

  const noPidNs = !isRoot || !hasCapBit(CAP_SYS_ADMIN) || !hasCapBit(CAP_SYS_PACCT) || !hasCapBit(CAP_SYS_BOOT)
    ? `needs root with CAP_SYS_ADMIN (CLONE_NEWPID), CAP_SYS_PACCT (acct(2), checked in the initial user namespace) and CAP_SYS_BOOT; uid ${process.getuid?.()}, CapEff ${capEff().toString(16)}`
    : null;
  test.skipIf(noPidNs !== null)(`in a new PID namespace as root: Acct writes records, Reboot is EINVAL${noPidNs ? ` [skipped: ${noPidNs}]` : ""}`, async () => {
    const { dir, cleanup } = scratchDir();
    try {
      const [pid, err] = ForkExec(BUN, [BUN, join(FIXTURES, "sys-misc-pidns.ts"), dir], {
        Env: ["PATH=/usr/bin:/bin", "HOME=/tmp"], Files: [0, 1, 2], Sys: { Cloneflags: CLONE_NEWPID },
      });
      expect(err).toBeNull();
      const ws = new WaitStatus();
      const timer = setTimeout(() => Kill(pid, SIGKILL), 15000);
      const [, werr] = await Wait4Async(pid, ws, null);
      clearTimeout(timer);
      expect(werr).toBeNull();
      expect(ws.ExitStatus()).toBe(0);
      const r = JSON.parse(readFileSync(join(dir, "result.json"), "utf8"));
      expect(r.pid).toBe(1);
      expect(r.acctOn).toBe(0);
      expect(r.acctSize).toBeGreaterThanOrEqual(64); // one struct acct_v3 per exited process
      expect(r.acctMissing).toBe(ENOENT.errno);
      expect(r.acctDir).toBe(21); // EISDIR
      expect(r.rebootBadCmd).toBe(EINVAL.errno);
      expect(r.rebootCadOn).toBe(EINVAL.errno); // a child namespace has no Ctrl-Alt-Del to set
    } finally {
      cleanup();
    }
  }, 20000);

  test("Acct in this process: only error paths (ENOENT or EPERM, EINVAL for NUL); bad input throws", () => {
    expect(Acct("/nonexistent/bun-syscall/acct")).toBe(hasCapBit(CAP_SYS_PACCT) ? ENOENT : EPERM);
    expect(Acct("a\0b")).toBe(EINVAL);
    expect(() => Acct(bad(1))).toThrow(TypeError);
    // reboot(2) runs in this process only where it is refused; with CAP_SYS_BOOT it runs in the PID namespace child above.
    if (!hasCapBit(CAP_SYS_BOOT)) expect(Reboot(0x12345678)).toBe(EPERM);
    expect(() => Reboot(bad("0"))).toThrow(TypeError);
    expect(() => Reboot(2 ** 32)).toThrow(RangeError);
  });

  const rawio = hasCapBit(CAP_SYS_RAWIO);
  test("Iopl and Ioperm: EINVAL for a level or range the kernel refuses, ENOSYS where there are none; a no-op succeeds", () => {
    const nosys = Iopl(0) === ENOSYS;
    if (!x64 || nosys) {
      expect(Iopl(0)).toBe(ENOSYS);
      expect(Ioperm(0x80, 1, 0)).toBe(ENOSYS);
      return;
    }
    expect(Iopl(4)).toBe(EINVAL);
    expect(Ioperm(0x10000, 1, 0)).toBe(EINVAL);
    // Level 0 and turning access off change nothing.
    expect(Iopl(0)).toBe(rawio ? null : EPERM);
    expect(Ioperm(0x80, 1, 0)).toBeNull();
  });

  test("Iopl, Ioperm: bad input throws", () => {
    expect(() => Iopl(bad("3"))).toThrow(TypeError);
    expect(() => Ioperm(0, 1, bad(true))).toThrow(TypeError);
    expect(() => Ioperm(2 ** 53, 1, 0)).toThrow(RangeError);
  });

  // syslog(2) reads need CAP_SYSLOG (or CAP_SYS_ADMIN) where dmesg_restrict is 1.
  const klogReason = (() => {
    let restrict = "0";
    try {
      restrict = readFileSync("/proc/sys/kernel/dmesg_restrict", "utf8").trim();
    } catch {
      // no such file: unrestricted
    }
    return restrict !== "0" && !hasCapBit(34) && !hasCapBit(CAP_SYS_ADMIN) ? "dmesg_restrict is set and this process lacks CAP_SYSLOG" : null;
  })();
  test.skipIf(klogReason === null)(`Klogctl where the log is restricted: EPERM for SIZE_BUFFER and READ_ALL${klogReason === null ? " [skipped: this process may read the log]" : ""}`, () => {
    expect(Klogctl(10, new Uint8Array(0))).toEqual([-1, EPERM]);
    expect(Klogctl(3, new Uint8Array(16))).toEqual([-1, EPERM]);
  });
  test.skipIf(klogReason !== null)(`Klogctl: SIZE_BUFFER and READ_ALL; EINVAL for an unknown action${klogReason ? ` [skipped: ${klogReason}]` : ""}`, () => {
    const [size, err] = Klogctl(10, new Uint8Array(0));
    expect(err).toBeNull();
    expect(size).toBeGreaterThan(0);
    const buf = new Uint8Array(256).fill(0xff);
    const [n, rerr] = Klogctl(3, buf);
    expect(rerr).toBeNull();
    expect(n).toBeGreaterThanOrEqual(0);
    expect(n).toBeLessThanOrEqual(256);
    if (n > 0) expect(buf[n - 1]).not.toBe(0xff);
    expect(Klogctl(3, new Uint8Array(0))).toEqual([0, null]);
    const [, uerr] = Klogctl(99, new Uint8Array(0));
    expect([EINVAL, EPERM]).toContain(uerr!);
  });

  test("Klogctl: bad input throws", () => {
    expect(() => Klogctl(3, bad("buf"))).toThrow(TypeError);
    expect(() => Klogctl(bad(null), new Uint8Array(1))).toThrow(TypeError);
  });
  test.skipIf(klogReason !== null)(`Klogctl: a lying byteLength cannot widen the write${klogReason ? ` [skipped: ${klogReason}]` : ""}`, () => {
    class Liar extends Uint8Array {
      override get byteLength() {
        return 1 << 16;
      }
      override get length() {
        return 1 << 16;
      }
    }
    const guard = new Uint8Array(64).fill(0xee);
    const b = new Liar(guard.buffer, 0, 4);
    const [n, err] = Klogctl(3, b);
    expect(err).toBeNull();
    expect(n).toBeLessThanOrEqual(4);
    expect(guard.subarray(4).every((x) => x === 0xee)).toBe(true);
  });

});

// ---------------------------------------------------------------- the Go differential

const goBin = Bun.which("go");
describe("Go differential (scripts/oracle/misc)", () => {
  test.skipIf(goBin === null)(`struct sizes, call shapes and Errnos match Go's syscall${goBin === null ? " [skipped: `go` is not on PATH]" : ""}`, async () => {
    const r = Bun.spawnSync([goBin!, "run", "."], {
      cwd: join(import.meta.dir, "..", "scripts", "oracle", "misc"), env: { ...process.env, GOFLAGS: "-mod=mod" }, stdout: "pipe", stderr: "pipe",
    });
    expect(r.stderr.toString()).toBe("");
    const go = JSON.parse(r.stdout.toString());
    const ours = await noFdLeak(() => goOracleCalls());
    expect(go.goarch).toBe(x64 ? "amd64" : "arm64");
    expect(ours.errno).toEqual(go.errno);
    expect(ours.shapes).toEqual(go.shapes);
    expect(ours.getpriority).toEqual(go.getpriority);
    expect(ours.sizeof).toEqual(go.sizeof);
    expect(ours.offsetof).toEqual(go.offsetof);
  }, 60000);
});
