/**
 * Calls that read an internal buffer of their own (Setgroups, Openpty,
 * EpollWait, LandlockAddRule) read it through the engine's getters, never
 * through a `buffer` getter a caller can shadow on a typed-array prototype
 * (the sockets' own cases are in hunt_socket.test.ts). In a child: the
 * old Setgroups had the kernel read past a 4-byte buffer, and the old
 * ForkExec wrote its first request block into another buffer.
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { inChild } from "./helpers.ts";

const FIX = join(import.meta.dir, "fixtures");

describe("a shadowed typed-array buffer getter does not reach the package's own buffers", () => {
  let result: Promise<Record<string, unknown>> | null = null;
  const run = () => (result ??= inChild([join(FIX, "buffer-getters.ts")], 20000));

  test("the process's first ForkExec (its request block made then), Wait4 with a Rusage, Getrusage, Statfs and Sysinfo, with every Uint8Array.prototype getter and slice lying", async () => {
    expect((await run()).first).toEqual({ err: null, reaped: true, exit: 7, childRss: true, selfRss: true, statfs: true, sysinfo: true });
  }, 25000);

  test("a later request with Uint8Array.prototype.fill replaced still starts from a cleared header: the last request's Dir does not stay", async () => {
    expect((await run()).header).toEqual({ first: "/proc", second: true });
  }, 25000);

  test.skipIf(process.getuid?.() !== 0)(`Setgroups sets the groups asked for${process.getuid?.() !== 0 ? " (skip: needs root, in a child)" : ""}`, async () => {
    expect((await run()).setgroups).toEqual({ err: null, groups: [11, 22, 33] });
  }, 25000);

  test("Openpty's slave is its master's (what is written to it is read from the master), with another pty open", async () => {
    expect((await run()).openpty).toEqual({ err: null, read: "ping", distinct: true });
  }, 25000);

  test("EpollWait reports the ready fd and its events", async () => {
    expect((await run()).epoll).toEqual({ n: 1, err: null, fd: true, events: 1 });
  }, 25000);

  test("LandlockAddRule adds the rule given (not zeros), where the kernel has Landlock", async () => {
    const r = (await run()).landlock;
    if (r === "no Landlock") return void expect(r).toBe("no Landlock");
    expect(r).toEqual({ err: null });
  }, 25000);
});
