/**
 * The package's core helpers against a program that replaced built-ins:
 * cstring (String.prototype.includes, TextEncoder.prototype.encodeInto),
 * the sysCall wrappers (Array.prototype's iterator, flatMap and push), the
 * pointer-argument check (Uint8Array[Symbol.hasInstance], which must never
 * run), the integer checks (Number.isInteger) and the interned Errnos
 * (read-only). The hostile cases run in a child:
 * test/fixtures/hostile-builtins.ts.
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { inChild } from "./helpers.ts";
import { Uname, Utsname } from "../src/index.ts";

let result: Promise<Record<string, unknown>> | null = null;
const run = () => (result ??= inChild([join(import.meta.dir, "fixtures", "hostile-builtins.ts")], 20000));

describe("core helpers with built-ins replaced (in a child)", () => {
  test("with Bun.connect replaced and Object.prototype given hostname, port, unix and drain, a Wait4Async that opens the io_uring's wake socket settles, and neither is asked", async () => {
    const r = await run();
    if (r.ring !== true) {
      console.log("skip: no io_uring with IORING_OP_WAITID here (the wait went by SIGCHLD; checked that it settles)");
      expect((r.connect as { wait: string }).wait).toBe("reaped");
      return;
    }
    // The ring was closed before (ringBefore null): this wait opened it and its socket.
    expect(r.connect).toEqual({ wait: "reaped", calls: 0, reads: 0, ringBefore: null });
  }, 25000);

  test("a NUL in a path is EINVAL with String.prototype.includes answering false (it opened the path cut at the NUL)", async () => {
    expect((await run()).nulPath).toEqual({ opened: false, err: "invalid argument" });
  }, 25000);

  test("a path is encoded whole with TextEncoder.prototype.encodeInto lying (0 or 1e9 bytes written)", async () => {
    expect((await run()).encodeInto).toEqual({ zero: true, huge: true });
  }, 25000);

  test("a sysCall wrapper passes its arguments with Array.prototype's iterator, flatMap and push replaced (Uname got EFAULT)", async () => {
    const u = new Utsname();
    expect(Uname(u)).toBeNull();
    const sysname = String.fromCharCode(...Array.from(u.Sysname).filter((c) => c > 0));
    expect((await run()).spread).toEqual({ err: null, sysname });
  }, 25000);

  test("a sysCall wrapper (a path and a byte slice; two ints) with globalThis.Array replaced never calls it, and answers as before", async () => {
    expect((await run()).arrayCtor).toEqual({ calls: 0, same: true, flock: null, badFd: "bad file descriptor" });
  }, 25000);

  test("no program code runs between a wrapper's checks and its call: Uint8Array[Symbol.hasInstance] is not asked, and a Prlimit there cannot change the outer one", async () => {
    expect((await run()).hasInstance).toEqual({ err: null, cur: true, asked: 0 });
  }, 25000);

  test("with Number.isInteger replaced, 1.5 is a TypeError as an fd, and no fd is closed", async () => {
    expect((await run()).isInteger).toEqual({ threw: "TypeError", open: true });
  }, 25000);

  test("a Wait4Async on a given pidfd the caller closes, with Array.prototype's iterator replaced, goes on with a pidfd of its own and reports the exit (the close hooks were skipped)", async () => {
    expect((await run()).pidfdClosed).toEqual({ same: true, err: null });
  }, 25000);

  test("a PollAsync on an fd that Close closes ends with EBADF with Array.prototype's iterator replaced", async () => {
    expect((await run()).pollClosed).toBe("bad file descriptor");
  }, 25000);

  test("with Function.prototype.call replaced, a Read of a 16-byte buffer reads 16 bytes (the engine's getters were asked through it: 65536)", async () => {
    expect((await run()).fnCall).toEqual({ n: 16, err: null });
  }, 25000);

  test("with globalThis.Uint8Array replaced by a subclass that shifts its views, Write sends the caller's bytes (it sent the 8 after them)", async () => {
    expect((await run()).globalCtor).toEqual({ n: 8, bytes: [0, 1, 2, 3, 4, 5, 6, 7] });
  }, 25000);

  test("with Array.prototype's iterator replaced, a pending Wait4Async of a first child and a PollAsync of a pipe with data settle (the SIGCHLD path asked no child)", async () => {
    expect((await run()).iterWaits).toEqual({ wait: "reaped", poll: "ready" });
  }, 25000);

  test("with Promise.prototype.then replaced by one that drops its callbacks, a PollAsync of a pipe with data settles (its arming waited on then)", async () => {
    expect((await run()).thenPoll).toBe("ready");
  }, 25000);

  test("the interned Errnos are read-only: assigning errno or message throws, and ENOENT stays ENOENT", async () => {
    expect((await run()).errno).toEqual({ tries: ["TypeError", "TypeError"], errno: 2, message: "no such file or directory", same: true, einval: 22 });
  }, 25000);
});
