/**
 * A bug hunt over the plain file, time, memory and misc calls. First:
 * calls that copy out of (or zero) a scratch buffer of their own do it with
 * the engine's constructors, getters and indexed access, never with a
 * typed-array prototype's getter, method or iterator, which a caller can
 * shadow (in a child: test/fixtures/hunt-files-lying.ts). On the old code
 * Getwd was EINVAL, Uname threw RangeError, Times filled one field (and
 * Ustat's Fname and Fpack one byte each),
 * IoctlGetInt returned stale upper bytes, IoctlSetTermios refused a true
 * Termios, the ptrace calls read, wrote and copied the wrong bytes, and
 * Capset with one CapUserData kept the capabilities past 31 it dropped.
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { inChild, isRoot } from "./helpers.ts";

const FIX = join(import.meta.dir, "fixtures");

describe("a shadowed typed-array getter, method or iterator does not reach the calls' own buffers", () => {
  let result: Promise<Record<string, unknown>> | null = null;
  const run = () => (result ??= inChild([join(FIX, "hunt-files-lying.ts")], 20000));

  test("Getwd gives the directory (not EINVAL)", async () => {
    expect((await run()).getwd).toEqual({ wd: true, err: null });
  }, 25000);

  test("Uname fills the kernel's names (not a RangeError)", async () => {
    expect((await run()).uname).toEqual({ err: null, sysname: "Linux" });
  }, 25000);

  test("Times fills all four fields", async () => {
    expect((await run()).times).toEqual({ err: null, fields: ["number", "number", "number", "number"] });
  }, 25000);

  test("Ustat fills Fname and Fpack with six bytes each (where the kernel has ustat)", async () => {
    const r = (await run()).ustat;
    if (r === "no ustat") return void expect(r).toBe("no ustat");
    expect(r).toEqual({ err: null, fname: 6, fpack: 6 });
  }, 25000);

  test("Getgroups gives the groups", async () => {
    const r = (await run()).getgroups as { same: boolean; n: number; err: null };
    expect(r).toEqual({ same: true, n: r.n, err: null });
    if (isRoot) expect(r.n).toBe(3);
  }, 25000);

  test("IoctlGetTermios's Cc holds the 19 bytes, IoctlSetTermios takes it back, IoctlGetInt's upper half is zeroed", async () => {
    expect((await run()).ioctl).toEqual({ err: null, ccLen: 19, ccSame: true, ptn: true, nerr: null, set: null });
  }, 25000);

  test("PtraceGetRegs, PtracePeekData and PtracePokeData move the tracee's true registers and bytes; a detached buffer moves none (no TypeError)", async () => {
    const r = (await run()).ptrace;
    if (r === "no ptrace") return void expect(r).toBe("no ptrace"); // the plain calls (no lies) failed: ptrace is refused here
    expect(r).toEqual({ getregs: null, sp: true, peek: [16, null], peekSame: true, poke: [13, null], written: true, detached: [[0, null], [0, null]] });
  }, 25000);

  test("Klogctl's READ_ALL copies the log's bytes into buf", async () => {
    const r = (await run()).klogctl;
    if (r === "unreadable") return void expect(r).toBe("unreadable"); // dmesg_restrict without CAP_SYSLOG
    expect(r).toEqual({ zeros: false });
  }, 25000);

  test.skipIf(!isRoot)(`Capset with one CapUserData of version 3 drops the capabilities past 31${isRoot ? "" : " (skip: needs root, in a child)"}`, async () => {
    const r = (await run()).capset;
    if (r === "no capabilities past 31") return void expect(r).toBe("no capabilities past 31");
    expect(r).toEqual({ err: null, high: [0, 0] });
  }, 25000);
});
