/**
 * Tests for src/sys/creds.ts: the set*id calls and Setgroups reach every
 * thread of a Bun process (glibc's SIGSETXID broadcast), Setfsuid and
 * Setfsgid only the calling one, and bad input throws before any call.
 * Every call that could change credentials runs in a throwaway Bun
 * process (test/fixtures/sys-creds-child.ts, as root), never here.
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import {
  EINVAL, EPERM, Getegid, Geteuid, Getgid, Getgroups, Getuid, Setegid, Seteuid, Setfsgid, Setfsuid, Setgid, Setgroups,
  Setregid, Setresgid, Setresuid, Setreuid, Setuid,
} from "../src/index.ts";
import { isRoot, needRoot } from "./helpers.ts";

const FIXTURE = join(import.meta.dir, "fixtures", "sys-creds-child.ts");

interface Step {
  step: string;
  err: number | string | null;
  threads: number;
  uid: string[];
  gid: string[];
  groups: string[];
  fsuid: string;
  fsgid: string;
  othersFs: string[];
}

/** Runs one scenario of the fixture in its own Bun process (killed after 20 s). */
async function scenario(name: string): Promise<Map<string, Step>> {
  const p = Bun.spawn([process.execPath, FIXTURE, name], { stdin: "ignore", stdout: "pipe", stderr: "pipe", timeout: 20_000, killSignal: "SIGKILL" });
  const [out, err, code] = await Promise.all([new Response(p.stdout).text(), new Response(p.stderr).text(), p.exited]);
  if (code !== 0) throw new Error(`fixture ${name} exited ${code}: ${err}${out}`);
  const steps = JSON.parse(out) as Step[];
  return new Map(steps.map((s) => [s.step, s]));
}

/**
 * Expects one step's result, and that every thread agrees on the uid, gid
 * and groups lines (one distinct line each) of a process with many threads.
 */
function expectStep(steps: Map<string, Step>, name: string, err: number | string | null, uid: string, gid: string, groups: string) {
  const s = steps.get(name);
  if (s === undefined) throw new Error(`no step ${name}`);
  expect({ step: name, err: s.err, uid: s.uid, gid: s.gid, groups: s.groups }).toEqual({ step: name, err, uid: [uid], gid: [gid], groups: [groups] });
  expect(s.threads).toBeGreaterThan(3); // Bun's threads and a Worker's: the broadcast had work to do
}

/** expectStep for each row: [step, err, uid, gid, groups]. */
function expectSteps(steps: Map<string, Step>, rows: [string, number | string | null, string, string, string][]) {
  for (const [name, err, uid, gid, groups] of rows) expectStep(steps, name, err, uid, gid, groups);
}

const rootReason = needRoot("CAP_SETUID", "CAP_SETGID");

describe.skipIf(rootReason !== null)(`every thread, in a throwaway Bun process${rootReason ? ` [skipped: ${rootReason}]` : ""}`, () => {
  test("Setgroups, Setresgid, Setresuid: every task shows the new ids, a Worker started afterwards too; then EPERM", async () => {
    const s = await scenario("res");
    expectSteps(s, [
      ["start", null, "0 0 0", "0 0 0", ""],
      ["Setgroups([3,1,2])", null, "0 0 0", "0 0 0", "1 2 3"],
      ["Setresgid(11,12,13)", null, "0 0 0", "11 12 13", "1 2 3"],
      ["Setresuid(21,22,23)", null, "21 22 23", "11 12 13", "1 2 3"],
      // Unprivileged now: refused on every thread alike.
      ["Setuid(0)", EPERM.errno, "21 22 23", "11 12 13", "1 2 3"],
      ["Setgroups([])", EPERM.errno, "21 22 23", "11 12 13", "1 2 3"],
      // -1 leaves an id unchanged; an unprivileged process may take its saved uid.
      ["Setresuid(-1,-1,-1)", null, "21 22 23", "11 12 13", "1 2 3"],
      ["Setresuid(-1,23,-1)", null, "21 23 23", "11 12 13", "1 2 3"],
      ["after a new Worker", null, "21 23 23", "11 12 13", "1 2 3"],
    ]);
    expect(s.get("after a new Worker")!.threads).toBeGreaterThan(s.get("Setresuid(-1,23,-1)")!.threads);
    // The fs ids follow the effective ids on every thread.
    expect(s.get("Setresuid(21,22,23)")!.othersFs).toEqual(["22 12"]);
    expect(s.get("after a new Worker")!.othersFs).toEqual(["23 12"]);
  }, 30_000);

  test("Setfsuid and Setfsgid change the calling thread only, return null always (Go's), and are ignored when not allowed", async () => {
    const s = await scenario("res");
    const fs = (n: string) => ({ err: s.get(n)!.err, fsuid: s.get(n)!.fsuid, fsgid: s.get(n)!.fsgid, others: s.get(n)!.othersFs });
    expect(fs("Setfsuid(4321)")).toEqual({ err: null, fsuid: "4321", fsgid: "0", others: ["0 0"] });
    expect(fs("Setfsgid(4322)")).toEqual({ err: null, fsuid: "4321", fsgid: "4322", others: ["0 0"] });
    expect(fs("Setfsuid(0)")).toEqual({ err: null, fsuid: "0", fsgid: "4322", others: ["0 0"] });
    expect(fs("Setfsgid(0)")).toEqual({ err: null, fsuid: "0", fsgid: "0", others: ["0 0"] });
    // The real, effective and saved ids never moved.
    expectStep(s, "Setfsgid(4322)", null, "0 0 0", "0 0 0", "");
    // Unprivileged, setfsuid(0) is refused silently: the kernel returns the old fsuid, Go returns nil.
    expect(fs("Setfsuid(0) unprivileged")).toEqual({ err: null, fsuid: "22", fsgid: "12", others: ["22 12"] });
  }, 30_000);

  test("Setegid, Setgid, Setregid, Seteuid (and Seteuid(-1), a no-op as in Go), Setreuid, Setuid, Setgroups(null) on every thread", async () => {
    const s = await scenario("re");
    expectSteps(s, [
      ["Setegid(5)", null, "0 0 0", "0 5 0", ""],
      ["Setgid(3)", null, "0 0 0", "3 3 3", ""],
      ["Setregid(7,8)", null, "0 0 0", "7 8 8", ""],
      ["Seteuid(6)", null, "0 6 0", "7 8 8", ""],
      ["Seteuid(-1)", null, "0 6 0", "7 8 8", ""],
      ["Seteuid(0)", null, "0 0 0", "7 8 8", ""],
      ["Setgroups(null)", null, "0 0 0", "7 8 8", ""],
      ["Setreuid(9,10)", null, "9 10 10", "7 8 8", ""],
      // Unprivileged setuid changes the effective id only.
      ["Setuid(9)", null, "9 9 10", "7 8 8", ""],
      ["Setuid(0)", EPERM.errno, "9 9 10", "7 8 8", ""],
      ["Setgid(7)", null, "9 9 10", "7 7 8", ""],
      ["after a new Worker", null, "9 9 10", "7 7 8", ""],
    ]);
  }, 30_000);

  test("bad input throws TypeError or RangeError before any call; ids the kernel refuses are EINVAL; nothing changed", async () => {
    const s = await scenario("bad");
    const thrown: Record<string, string> = {
      "Setuid('0')": "TypeError", "Setuid(NaN)": "TypeError", "Setuid(1.5)": "TypeError", "Setuid(0n)": "TypeError",
      "Setuid(2^32)": "RangeError", "Setuid(2^53)": "RangeError", "Setuid(-2^31-1)": "RangeError", "Setuid()": "TypeError",
      "Seteuid(null)": "TypeError", "Setegid(2^32)": "RangeError", "Setresuid(0,0)": "TypeError", "Setreuid(0,'x')": "TypeError",
      "Setfsuid(NaN)": "TypeError", "Setfsgid(2^32)": "RangeError", "Setgroups('1')": "TypeError", "Setgroups([1,,2])": "TypeError",
      "Setgroups([1,'2'])": "TypeError", "Setgroups([2^32])": "RangeError",
    };
    for (const [name, kind] of Object.entries(thrown)) expectStep(s, name, kind, "0 0 0", "0 0 0", "");
    for (const name of ["Setgroups(65537)", "Setgroups(2^32-1 holes)", "Setuid(-1)", "Setuid(2^32-1)", "Setgid(-1)", "Setgroups([-1])", "Setgroups([2^32-1])"]) {
      expectStep(s, name, EINVAL.errno, "0 0 0", "0 0 0", "");
    }
    expectStep(s, "after a new Worker", null, "0 0 0", "0 0 0", "");
    expect(s.get("after a new Worker")!.fsuid).toBe("0");
  }, 30_000);
});

describe.skipIf(isRoot)(`as an unprivileged user, in this process${isRoot ? " [skipped: running as root, where these calls would succeed]" : ""}`, () => {
  test("what is not allowed is EPERM, and nothing changes", () => {
    const before = [Getuid(), Geteuid(), Getgid(), Getegid(), Getgroups()[0].join(",")];
    expect(Setuid(0)).toBe(EPERM);
    expect(Setgid(0)).toBe(EPERM);
    expect(Setresuid(0, 0, 0)).toBe(EPERM);
    expect(Setresgid(0, 0, 0)).toBe(EPERM);
    expect(Setreuid(0, -1)).toBe(EPERM);
    expect(Setregid(0, -1)).toBe(EPERM);
    expect(Seteuid(0)).toBe(EPERM);
    expect(Setegid(0)).toBe(EPERM);
    expect(Setgroups([])).toBe(EPERM);
    expect(Setfsuid(0)).toBeNull(); // refused silently, as in Go
    expect(Setfsgid(0)).toBeNull();
    expect([Getuid(), Geteuid(), Getgid(), Getegid(), Getgroups()[0].join(",")]).toEqual(before);
  });

  test("changing to the ids already held succeeds; -1 leaves every id alone", () => {
    expect(Setresuid(-1, -1, -1)).toBeNull();
    expect(Setresgid(-1, -1, -1)).toBeNull();
    expect(Seteuid(-1)).toBeNull();
    expect(Setuid(Getuid())).toBeNull();
    expect(Setreuid(Getuid(), Geteuid())).toBeNull();
  });

  test("bad input throws before any call", () => {
    expect(() => Setuid("0" as unknown as number)).toThrow(TypeError);
    expect(() => Setuid(NaN)).toThrow(TypeError);
    expect(() => Setuid(2 ** 32)).toThrow(RangeError);
    expect(() => Seteuid(2 ** 53)).toThrow(RangeError);
    expect(() => Setgroups([1, , 2] as number[])).toThrow(TypeError);
    expect(() => Setgroups("1" as unknown as number[])).toThrow(TypeError);
    expect(Setgroups(new Array<number>(65537).fill(0))).toBe(EINVAL);
  });
});
