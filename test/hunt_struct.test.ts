/**
 * Hunt: the socket family's struct code (socket_struct.ts, sockaddr.ts,
 * socket_calls.ts, netlink.ts) against built-ins a program replaced:
 * DataView.prototype's accessors, TypedArray.prototype.set and slice,
 * Uint8Array.of, and a lying Symbol.hasInstance on the package's classes.
 * Run in a child (test/fixtures/hunt-struct-hostile.ts); each value is read
 * back through the kernel by raw getsockopt(2).
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { inChild } from "./helpers.ts";

const results: Record<string, Promise<Record<string, unknown>>> = {};
const FIXTURE = join(import.meta.dir, "fixtures", "hunt-struct-hostile.ts");
/** The fixture's answer in mode "dv" (replaced accessors) or "hi" (lying Symbol.hasInstance), run once per mode. */
const inMode = (mode: string) => (results[mode] ??= inChild([FIXTURE, mode], 10000));
type R = Record<string, unknown>;

describe("DataView.prototype accessors replaced (no-op setters, getters answering 0 or 12345), TypedArray set/slice and Uint8Array.of replaced", () => {
  const run = () => inMode("dv");
  test("the values without replacement are the true ones (baseline)", async () => {
    const r = (await run()).dvnull as R;
    expect(r.rawLinger).toEqual([1, 7]);
    expect((r.rawTimeval as number[])[0]).toBe(3);
    expect(r.rawTtl).toBe(77);
    expect(r.rawMttl).toBe(9);
    expect(r.rawMreq).toEqual([0x0100007f]); // 127.0.0.1
    expect(r.ucred).toEqual([...(r.ucredTrue as number[]), null]);
    expect(r.getsockname).toEqual([[127, 0, 0, 1], true]);
  }, 15000);

  for (const v of [0, 12345]) {
    test(`getters answering ${v}: SetsockoptLinger/Timeval/IPMreq/Int/Byte reach the kernel with the true values, and GetsockoptIPMreq/Int/Ucred, Socketpair, Bind and Getsockname decode them`, async () => {
      const all = await run();
      // Red on the old code: the kernel got zeros (no-op setters, a no-op TypedArray set for the address),
      // and the decoders answered 0 or 12345.
      expect(all[`dv${v}`]).toEqual(all.dvnull);
    }, 15000);
  }
});

describe("more of the same (mode dv)", () => {
  const run = () => inMode("dv");
  test("UnixCredentials and ParseUnixCredentials under replaced DataView accessors: the wire carries and the parse answers 11, 22, 33", async () => {
    const m = (await run()).more as R;
    // cmsghdr: Len 28 (u64), SOL_SOCKET 1, SCM_CREDENTIALS 2; then pid, uid, gid.
    expect(m.wire).toEqual([28, 0, 1, 2, 11, 22, 33, 0]);
    expect(m.parsed).toEqual([11, 22, 33]);
  }, 15000);
  test("TypedArray.prototype.set a no-op: Bind to 127.0.0.1 binds 127.0.0.1 (not 0.0.0.0)", async () => {
    const m = (await run()).more as R;
    expect(m.setBind).toBeNull();
    expect(m.setBound).toEqual([127, 0, 0, 1]);
  }, 15000);
  test("Uint8Array.prototype.slice answering zeros: NetlinkRIB returns the kernel's dump", async () => {
    expect(((await run()).more as R).rib).toEqual([null, true]);
  }, 15000);
  test("Errno.of replaced: decoding an unknown address family is still [null, EAFNOSUPPORT]", async () => {
    expect(((await run()).more as R).unknownFamily).toEqual([null, 97]);
  }, 15000);
});

describe("Symbol.hasInstance lying (true for all, false for all) on SockaddrInet4, SockaddrUnix, Errno and Iovec", () => {
  const run = () => inMode("hi");
  for (const answer of ["true", "false"]) {
    test(`answering ${answer}: Bind, Getsockname, Connect, Sendto, Sendmsg and Recvfrom behave exactly as without`, async () => {
      const all = await run();
      const base = all.base as R;
      expect(base.recv1).toEqual([3, [1, 2, 3], "SockaddrInet4", null]);
      expect(base.recv2).toEqual([2, [4, 5], null]);
      expect(base.badPort).toBe("EINVAL");
      expect(base.unixLone).toBe("EINVAL");
      expect(String(base.notSockaddr)).toStartWith("threw TypeError");
      expect((all.lying as R)[answer]).toEqual(base);
    }, 15000);
  }
});

describe("Number.isInteger, Number.isSafeInteger, Array.isArray and Object.keys replaced (in a child)", () => {
  const run = async () => (await inMode("g")).g as R;
  test("Number.isInteger answering true: a Linger of 7.9 or NaN seconds is a TypeError, and the kernel keeps its zero linger", async () => {
    const g = await run();
    expect(String(g.fraction)).toStartWith("threw TypeError");
    expect(String(g.nan)).toStartWith("threw TypeError");
    expect(g.rawLinger).toEqual([0, 0]);
  }, 15000);
  test("Number.isSafeInteger answering true: CmsgLen(2^53-1) is a RangeError (not a rounded length)", async () => {
    expect(String((await run()).cmsgLen)).toStartWith("threw RangeError");
  }, 15000);
  test("Array.isArray answering false: SetsockoptIPMreq with array fields still sets the interface", async () => {
    const g = await run();
    expect(g.mreq).toBeNull();
    expect(g.rawMreq).toEqual([0x0100007f]);
  }, 15000);
  test("Iovec.prototype.SetLen, Msghdr.prototype.SetControllen and Cmsghdr.prototype.SetLen replaced: Sendmsg and Recvmsg carry all 3 bytes and both fds", async () => {
    const g = await run();
    expect(g.sent).toBeNull();
    expect(g.got).toEqual([3, [1, 2, 3], 2]);
  }, 15000);
  test("Object.keys answering []: a SockaddrInet4 constructor keeps its Port and Addr", async () => {
    expect((await run()).sockaddr).toEqual([4242, [127, 0, 0, 1]]);
  }, 15000);
});
