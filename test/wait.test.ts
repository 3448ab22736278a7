import { describe, expect, test, afterAll } from "bun:test";
import {
  ForkExec, Wait4, WaitStatus, Rusage, Kill, SIGKILL, SIGTERM, SIGSTOP, SIGCONT, SIGTRAP, SIGSEGV, Signal,
  ECHILD, EINVAL, WNOHANG, WUNTRACED, WCONTINUED, PTRACE_EVENT_EXIT, PTRACE_O_TRACEEXIT, PtraceSetOptions, PtraceCont,
} from "../src/index.ts";
import { zombieChildren } from "./helpers.ts";

function spawn(script: string): number {
  const [pid, err] = ForkExec("/bin/sh", ["sh", "-c", script], { Files: [0, 1, 2] });
  expect(err).toBeNull();
  expect(pid).toBeGreaterThan(0);
  return pid;
}

describe("WaitStatus", () => {
  test("decodes an exit status", () => {
    const ws = new WaitStatus(3 << 8);
    expect(ws.Exited()).toBe(true);
    expect(ws.ExitStatus()).toBe(3);
    expect(ws.Signaled()).toBe(false);
    expect(ws.Signal()).toBe(Signal.of(-1));
    expect(ws.Stopped()).toBe(false);
    expect(ws.StopSignal()).toBe(Signal.of(-1));
    expect(ws.Continued()).toBe(false);
    expect(ws.CoreDump()).toBe(false);
    expect(ws.TrapCause()).toBe(-1);
  });
  test("decodes a signal death with a core dump", () => {
    const ws = new WaitStatus(SIGSEGV.signo | 0x80);
    expect(ws.Exited()).toBe(false);
    expect(ws.ExitStatus()).toBe(-1);
    expect(ws.Signaled()).toBe(true);
    expect(ws.Signal()).toBe(SIGSEGV);
    expect(ws.CoreDump()).toBe(true);
  });
  test("decodes a stop, a ptrace event and a continue", () => {
    const stop = new WaitStatus((SIGSTOP.signo << 8) | 0x7f);
    expect(stop.Stopped()).toBe(true);
    expect(stop.StopSignal()).toBe(SIGSTOP);
    expect(stop.TrapCause()).toBe(-1);
    expect(stop.Signaled()).toBe(false);
    const trap = new WaitStatus((((PTRACE_EVENT_EXIT << 8) | SIGTRAP.signo) << 8) | 0x7f);
    expect(trap.Stopped()).toBe(true);
    expect(trap.StopSignal()).toBe(SIGTRAP);
    expect(trap.TrapCause()).toBe(PTRACE_EVENT_EXIT);
    const cont = new WaitStatus(0xffff);
    expect(cont.Continued()).toBe(true);
    expect(cont.Exited()).toBe(false);
  });
});

describe("Wait4", () => {
  test("reaps an exit status and fills the rusage", () => {
    const pid = spawn("i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done; exit 7");
    const ws = new WaitStatus();
    const ru = new Rusage();
    expect(Wait4(pid, ws, 0, ru)).toEqual([pid, null]);
    expect(ws.Exited()).toBe(true);
    expect(ws.ExitStatus()).toBe(7);
    expect(ru.Maxrss).toBeGreaterThan(0);
    expect(ru.Utime.Sec * 1e6 + ru.Utime.Usec + ru.Stime.Sec * 1e6 + ru.Stime.Usec).toBeGreaterThan(0);
  });

  test("a wstatus whose set trap calls Wait4 again (with an rusage of its own) mixes nothing of that child into this call's status or rusage", () => {
    const busy = spawn("i=0; while [ $i -lt 100000 ]; do i=$((i+1)); done; exit 3");
    const idle = spawn("exit 4");
    const cpuUs = (r: Rusage) => r.Utime.Sec * 1e6 + r.Utime.Usec + r.Stime.Sec * 1e6 + r.Stime.Usec;
    const inner = new WaitStatus(), innerRu = new Rusage();
    let reentered = false;
    // A Proxy, whose data property outArg accepts, and whose set trap runs the caller's code.
    const ws = new Proxy(new WaitStatus(), {
      set: (t, k, v) => {
        if (!reentered) {
          reentered = true;
          expect(Wait4(idle, inner, 0, innerRu)).toEqual([idle, null]);
        }
        return Reflect.set(t, k, v);
      },
    });
    const ru = new Rusage();
    expect(Wait4(busy, ws, 0, ru)).toEqual([busy, null]);
    expect(reentered).toBe(true);
    expect([ws.ExitStatus(), inner.ExitStatus()]).toEqual([3, 4]);
    // The busy child's CPU (100,000 turns of a shell loop), not the idle one's.
    expect(cpuUs(innerRu)).toBeLessThan(20000);
    expect(cpuUs(ru)).toBeGreaterThanOrEqual(20000);
  });

  test("reports death by signal", () => {
    const pid = spawn("exec sleep 30");
    expect(Kill(pid, SIGTERM)).toBeNull();
    const ws = new WaitStatus();
    expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
    expect(ws.Signaled()).toBe(true);
    expect(ws.Signal()).toBe(SIGTERM);
  });

  test("WNOHANG returns 0 while the child runs; WUNTRACED and WCONTINUED see stop and continue", () => {
    const pid = spawn("exec sleep 30");
    const ws = new WaitStatus(12345);
    expect(Wait4(pid, ws, WNOHANG, null)).toEqual([0, null]);
    expect(ws.status).toBe(0); // as Go: *wstatus is written even when nothing was reaped
    expect(Kill(pid, SIGSTOP)).toBeNull();
    expect(Wait4(pid, ws, WUNTRACED, null)).toEqual([pid, null]);
    expect(ws.Stopped()).toBe(true);
    expect(ws.StopSignal()).toBe(SIGSTOP);
    expect(Kill(pid, SIGCONT)).toBeNull();
    expect(Wait4(pid, ws, WCONTINUED, null)).toEqual([pid, null]);
    expect(ws.Continued()).toBe(true);
    expect(Kill(pid, SIGKILL)).toBeNull();
    expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
    expect(ws.Signal()).toBe(SIGKILL);
  });

  test("a word with bit 31 set reads as Go's uint32: TrapCause is not negative, and an int32 given is taken as its uint32", () => {
    // go1.19: WaitStatus(w).TrapCause() for these words.
    for (const [w, cause] of [[0x8000057f, 32768], [0xffff057f, 65535], [0xff05057f, 65285], [0x0003057f, 3]] as const) {
      const ws = new WaitStatus(w);
      expect([ws.Stopped(), ws.StopSignal(), ws.TrapCause()]).toEqual([true, SIGTRAP, cause]);
      expect(new WaitStatus(w | 0).status).toBe(w);
      expect(new WaitStatus(w | 0).TrapCause()).toBe(cause);
    }
  });

  test("ptrace exit event through TrapCause", () => {
    const [pid, err] = ForkExec("/bin/true", ["true"], { Sys: { Ptrace: true } });
    expect(err).toBeNull();
    const ws = new WaitStatus();
    expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
    expect(ws.StopSignal()).toBe(SIGTRAP);
    expect(ws.TrapCause()).toBe(0);
    expect(PtraceSetOptions(pid, PTRACE_O_TRACEEXIT)).toBeNull();
    expect(PtraceCont(pid, 0)).toBeNull();
    expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
    expect(ws.TrapCause()).toBe(PTRACE_EVENT_EXIT);
    expect(PtraceCont(pid, 0)).toBeNull();
    expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
    expect(ws.Exited()).toBe(true);
  });

  test("errno paths: ECHILD for a reaped or foreign pid, EINVAL for bad options", () => {
    const pid = spawn("exit 0");
    expect(Wait4(pid, null, 0, null)).toEqual([pid, null]);
    const ws = new WaitStatus(99);
    expect(Wait4(pid, ws, 0, null)).toEqual([-1, ECHILD]);
    expect(ws.status).toBe(0);
    expect(Wait4(1, null, 0, null)).toEqual([-1, ECHILD]);
    expect(Wait4(-1, null, 0x7fff0000, null)).toEqual([-1, EINVAL]);
  });

  test("bad input throws TypeError", () => {
    expect(() => Wait4("1" as unknown as number, null, 0, null)).toThrow(TypeError);
    expect(() => Wait4(1.5, null, 0, null)).toThrow(TypeError);
    expect(() => Wait4(1, 5 as unknown as WaitStatus, 0, null)).toThrow(TypeError);
    expect(() => Wait4(1, null, NaN, null)).toThrow(TypeError);
    expect(() => Wait4(2 ** 40, null, 0, null)).toThrow(RangeError);
  });

  afterAll(() => {
    expect(zombieChildren()).toEqual([]);
  });
});
