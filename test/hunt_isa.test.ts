/**
 * Bug hunt: a static Symbol.hasInstance a program defines (on Signal,
 * Errno, Timespec, Timeval, WaitStatus, Rusage, Fsid, or on Uint8Array,
 * Int8Array, BigInt64Array, BigUint64Array) changed what the package did:
 * Kill(pid, 0) said EINVAL and Kill with a Signal threw, Pdeathsig 9 became
 * EINVAL, Stat, Getrusage, Statfs, Uname and Wait4Async replaced the caller's
 * objects instead of filling them (or filled plain objects), Select refused a
 * real FdSet, IoctlSetTermios a real Cc. Runs in a child Bun
 * (test/fixtures/hunt-isa-lie.ts), whose answers must be those of a run
 * without the lie. And the capability sets: a cap past the kernel's
 * CAP_LAST_CAP was dropped without a word by BoundingCaps, EffectiveCaps,
 * PermittedCaps and InheritableCaps, where AmbientCaps said EINVAL (from a
 * child): now EINVAL in each, before any child is started.
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { readFileSync } from "node:fs";
import { ForkExec, Wait4, LastForkExecFailure, Errno, type SysProcAttr } from "../src/index.ts";
import { zombieChildren } from "./helpers.ts";

const LIE = join(import.meta.dir, "fixtures", "hunt-isa-lie.ts");
const capLast = Number(readFileSync("/proc/sys/kernel/cap_last_cap", "utf8"));

function lie(mode: "none" | "true" | "false"): Record<string, unknown> {
  const r = Bun.spawnSync([process.execPath, LIE, mode], { timeout: 20_000, stdout: "pipe", stderr: "pipe" });
  expect({ mode, exit: r.exitCode, signal: r.signalCode ?? null, stderr: r.stderr.toString().slice(-2000) }).toEqual({ mode, exit: 0, signal: null, stderr: "" });
  return JSON.parse(r.stdout.toString());
}

describe("a static Symbol.hasInstance on the package's classes and the typed arrays is not consulted", () => {
  const plain = lie("none");
  test("without a lie: the kernel's answers, the caller's objects filled in place, wrong types refused", () => {
    expect(plain).toMatchObject({
      killNumber: null, killSignal: null, killSIGTERMtoNobody: 3, killPlainObject: "threw TypeError",
      stat: [null, true, true, true, true], getrusage: [null, true, true, true],
      selectFdSet: null, selectArrayBits: "threw TypeError", termiosCc: [25, "threw TypeError"],
      pdeathsig: [[true, null, null], [true, null, null], "threw TypeError"],
      wait4async: [true, null, true, 7, true], wait4asyncPlain: ["threw TypeError", "threw TypeError"],
    });
    const [err, same, val, proto, val2] = plain.statfs as [null, boolean, number[], boolean, number[]];
    expect([err, same, proto]).toEqual([null, true, true]);
    expect(val2).toEqual(val);
    const uname = plain.uname as [null, boolean, string, boolean, string];
    expect(uname).toEqual([null, true, "Linux", true, process.arch === "arm64" ? "aarch64" : "x86_64"]);
  });
  for (const mode of ["true", "false"] as const) {
    test(`hasInstance answering ${mode} on each: every call does what it does without it`, () => {
      expect(lie(mode)).toEqual(plain);
    });
  }
});

/** ForkExec /bin/true with sys: [started, errno, step] (a started child is reaped). */
function one(sys: SysProcAttr): [boolean, number | null, string | null] {
  const [pid, err] = ForkExec("/bin/true", ["true"], { Files: [0, 1, 2], Sys: sys });
  if (pid > 0) Wait4(pid, null, 0, null);
  return [pid > 0, err instanceof Errno ? err.errno : null, pid > 0 ? null : LastForkExecFailure()?.Step ?? null];
}

describe(`capabilities past the kernel's CAP_LAST_CAP (${capLast})`, () => {
  test("are EINVAL in every set, at the set's step, and no child is started; CAP_LAST_CAP itself is accepted", () => {
    const before = zombieChildren();
    for (const c of [capLast + 1, 63, 64]) {
      expect([c, ...one({ AmbientCaps: [c] })]).toEqual([c, false, 22, "ambient"]);
      expect([c, ...one({ BoundingCaps: [0, c] })]).toEqual([c, false, 22, "capbset"]);
      expect([c, ...one({ EffectiveCaps: [c] })]).toEqual([c, false, 22, "capsets"]);
      expect([c, ...one({ PermittedCaps: [0, c] })]).toEqual([c, false, 22, "capsets"]);
      expect([c, ...one({ InheritableCaps: [c, 0] })]).toEqual([c, false, 22, "capsets"]);
    }
    // The bounding set may keep CAP_LAST_CAP (dropping the rest needs CAP_SETPCAP, which root has; else EPERM at capbset).
    const [started, errno, step] = one({ BoundingCaps: [capLast] });
    expect(started ? [true] : [errno, step]).toEqual(started ? [true] : [1, "capbset"]);
    expect(zombieChildren()).toEqual(before);
  });
});
