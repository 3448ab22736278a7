/**
 * Bug-hunt regressions for the process, signal, environment, credential,
 * time, mount, epoll and select calls (src/process.ts, src/signal.ts,
 * src/env.ts, src/sys/creds.ts, src/sys/time.ts, src/sys/mount.ts,
 * src/sys/poll.ts). The hostile cases (a built-in prototype's method or
 * iterator replaced, Object.prototype given a string, process.env keys
 * holding "=" or NUL, a call re-entered from an `instanceof` check, a set
 * shrunk by a getter, Setgroups as root) run in a child:
 * test/fixtures/hunt-proc-prototypes.ts. Also: interned Signals are
 * frozen, and WaitStatus agrees with Go's for every 16-bit word.
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { inChild } from "./helpers.ts";
import { ForkExec, Kill, SIGKILL, Signal, Wait4, WaitStatus } from "../src/index.ts";

const FIX = join(import.meta.dir, "fixtures");
const root = process.getuid?.() === 0;

describe("hostile programs: built-ins replaced, calls re-entered, sets shrunk, process.env keys no Go variable can have", () => {
  let result: Promise<Record<string, unknown>> | null = null;
  const run = () => (result ??= inChild([join(FIX, "hunt-proc-prototypes.ts")], 20000));

  test("Getenv does not find, and Environ does not list, a string on Object.prototype (enumerable or not)", async () => {
    expect((await run()).envProto).toEqual({ found: false, foundEnum: false, listed: [] });
  }, 25000);

  test("with String.prototype.includes answering false, Setenv still refuses a NUL in the key or value, and Unsetenv of \"K\\0x\" leaves the C environment's K", async () => {
    expect((await run()).envNul).toEqual({
      key: "invalid argument", eq: "invalid argument", value: "invalid argument", unset: null,
      c: "orig", js: "orig", cV: null, nulKeys: 0,
    });
  }, 25000);

  test("Environ does not list a key set in process.env that holds \"=\" or NUL (no Go variable can; a child read \"K=a=v\" as K)", async () => {
    expect((await run()).environBadKeys).toEqual({ listed: [], getenv: [false, false, false] });
  }, 25000);

  test("Environ with Array.prototype.push a no-op lists the environment", async () => {
    expect((await run()).environPush).toEqual({ listed: true, same: true });
  }, 25000);

  test("Getgroups with Array.prototype.push a no-op returns the groups /proc/self/status lists", async () => {
    const g = (await run()).getgroups as { err: null; same: boolean; nonEmpty: boolean };
    expect(g.err).toBeNull();
    expect(g.same).toBe(true);
  }, 25000);

  test.skipIf(!root)(`Setgroups with DataView.prototype.setUint32 a no-op sets the groups asked for, not the root group${root ? "" : " (skipped: needs root)"}`, async () => {
    expect((await run()).setgroups).toEqual({ err: null, groups: [44, 55] });
  }, 25000);

  test("Select with Array.prototype.forEach or BigInt64Array.prototype.slice replaced asks the kernel about its own set and writes the answer back", async () => {
    expect((await run()).select).toEqual({ slice: [1, null, 1], forEach: [1, null, 1] });
  }, 25000);

  test("Select refuses, before the call, a set whose resizable buffer a later argument's getter shrank", async () => {
    expect((await run()).selectShrunk).toBe("TypeError: w.Bits must be a BigInt64Array of 16 words");
  }, 25000);

  test("Select and Nanosleep never run a Uint8Array[Symbol.hasInstance] (whose re-entry rewrote their arguments), and pass the kernel their own arguments", async () => {
    expect((await run()).reentered).toEqual({ select: [1, null, 1], nanosleep: null, fired: [false, false] });
  }, 25000);

  test("Mount never runs a Uint8Array[Symbol.hasInstance] (where a two-path call moved it onto that call's path), and acts on its own target", async () => {
    expect((await run()).reenteredMount).toEqual({ err: "no such file or directory", fired: false });
  }, 25000);

  test("EpollCtl never runs a Uint8Array[Symbol.hasInstance] (where another EpollCtl rewrote its event), and registers its own events and data", async () => {
    expect((await run()).reenteredEpoll).toEqual({ err: null, ready: 1, events: 4, fd: true, fired: false });
  }, 25000);

  test("Setrlimit(RLIMIT_NOFILE) with Array.prototype's iterator replaced still clears ChildRlimitNofile, as Go clears its saved limit", async () => {
    expect((await run()).rlimitHook).toEqual({ err: null, child: null });
  }, 25000);

  test("Uname with Array.prototype.forEach a no-op fills the fields", async () => {
    expect((await run()).uname).toEqual({ err: null, sysname: "Linux" });
  }, 25000);

  test("Sysinfo with Array.prototype.map and the iterator replaced fills every field", async () => {
    expect((await run()).sysinfo).toEqual({ err: null, totalram: true, load: true, unit: true });
  }, 25000);

  test("Adjtimex (reading only) with the iterator replaced mid-decoding still writes the 32-bit fields", async () => {
    expect((await run()).adjtimex).toEqual({ err: null, status: true, tai: true, tick: true });
  }, 25000);
});

describe("interned values", () => {
  test("an interned Signal cannot be changed: `SIGKILL.signo = 0` throws, and Kill(pid, SIGKILL) still kills", () => {
    const s = Signal.of(9);
    expect(s).toBe(SIGKILL);
    try {
      expect(() => {
        (s as { signo: number }).signo = 0;
      }).toThrow(TypeError);
      expect(() => Object.defineProperty(s, "signo", { value: 0 })).toThrow(TypeError);
    } finally {
      if (s.signo !== 9) Object.defineProperty(s, "signo", { value: 9 }); // the old code let it change: put it back for the rest of the file
    }
    expect(Object.isFrozen(s)).toBe(true);
    const [pid, err] = ForkExec("/bin/sleep", ["sleep", "10"], {});
    expect(err).toBeNull();
    expect(Kill(pid, SIGKILL)).toBeNull();
    const ws = new WaitStatus();
    expect(Wait4(pid, ws, 0, null)).toEqual([pid, null]);
    expect(ws.Signaled()).toBe(true);
    expect(ws.Signal()).toBe(SIGKILL);
  });
});

describe("WaitStatus against Go", () => {
  // The sha256 of what go1.19's syscall.WaitStatus methods give, one line a word
  // ("word EXITED SIGNALED STOPPED CONTINUED COREDUMP exitstatus signal stopsignal trapcause", the
  // booleans as 0 or 1, Signal and StopSignal as int), for every 16-bit word and the 54 words
  // below with bits 16-31 set: Go's program printed each line with
  //   fmt.Printf("%d %d%d%d%d%d %d %d %d %d\n", v, b(s.Exited()), b(s.Signaled()), b(s.Stopped()),
  //     b(s.Continued()), b(s.CoreDump()), s.ExitStatus(), int(s.Signal()), int(s.StopSignal()), s.TrapCause())
  const GO_DIGEST = "af197050e8f78e11fd0c8d0344badd54c9d2672d70f30edd8c268421bdebe15e";
  test("every method agrees with Go's for every 16-bit status word and words with the high bits set", () => {
    const vals: number[] = [];
    for (let i = 0; i < 65536; i++) vals.push(i);
    for (const hi of [1 << 16, 0x7f << 16, 0xff << 16, 0x80000000, 0xffff0000, 0x12340000]) for (const lo of [0, 0x7f, 0x57f, 0x17f, 0x80, 0x89, 0xffff, 0x300, 0x1ff]) vals.push((hi | lo) >>> 0);
    const b = (x: boolean) => (x ? 1 : 0);
    let text = "";
    for (const v of vals) {
      const s = new WaitStatus(v);
      text += `${v} ${b(s.Exited())}${b(s.Signaled())}${b(s.Stopped())}${b(s.Continued())}${b(s.CoreDump())} ${s.ExitStatus()} ${s.Signal().signo} ${s.StopSignal().signo} ${s.TrapCause()}\n`;
    }
    expect(new Bun.CryptoHasher("sha256").update(text).digest("hex")).toBe(GO_DIGEST);
  });
});
