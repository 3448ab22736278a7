/**
 * Bug-hunt regressions for the parsers of bytes a kernel or a peer hands
 * back (src/sys/netlink.ts, cmsg.ts, dirent.ts, sockaddr.ts,
 * socket_struct.ts, socket_calls.ts): truncated and misaligned records,
 * lengths 0, 1, 15, 16, 2^16-1 and 2^32-1, views at a nonzero byteOffset,
 * Buffers, detached and resizable buffers, checked against what Go 1.19's
 * syscall package returned for the same bytes (test/fixtures/hunt-parsers-go.ts);
 * and, in a child (test/fixtures/hunt-parsers-hostile.ts), the calls that
 * decode a kernel's answer with built-ins a program replaced.
 */
import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { inChild } from "./helpers.ts";
import { GO, INPUT } from "./fixtures/hunt-parsers-go.ts";
import {
  CmsgLen, CmsgSpace, NetlinkMessage, ParseDirent, ParseNetlinkMessage, ParseNetlinkRouteAttr, ParseSocketControlMessage, ParseUnixCredentials,
  ParseUnixRights, SocketControlMessage, UnixRights, EINVAL, LsfJump, LsfStmt, Socketpair, AF_UNIX, SOCK_DGRAM, SOCK_CLOEXEC, Sendmsg,
  Recvmsg, Recvfrom, Close, Open, O_RDONLY, O_DIRECTORY, O_CLOEXEC, ReadDirent,
} from "../src/index.ts";

const hex = (h: string) => new Uint8Array(Buffer.from(h, "hex"));
const toHex = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength).toString("hex");
const errText = (e: Error | null) => (e === null ? "" : e.message);

/** The bytes of h inside a larger buffer, at byteOffset 5, between guard bytes of 0xff (which no parser may read). */
function embedded(h: string): Uint8Array {
  const b = hex(h);
  const big = new Uint8Array(b.length + 11).fill(0xff);
  big.set(b, 5);
  return big.subarray(5, 5 + b.length);
}
/** Every view a parser returned lies inside the input's bytes. */
function inside(v: Uint8Array, input: Uint8Array): boolean {
  return v.buffer === input.buffer && v.byteOffset >= input.byteOffset && v.byteOffset + v.byteLength <= input.byteOffset + input.byteLength;
}

function netlink(b: Uint8Array) {
  const [msgs, err] = ParseNetlinkMessage(b);
  for (const m of msgs) expect(inside(m.Data, b)).toBe(true);
  return { msgs: msgs.map((m) => [m.Header.Len, m.Header.Type, toHex(m.Data)]), err: errText(err), panic: false };
}
function routeAttrs(t: number, b: Uint8Array) {
  const [attrs, err] = ParseNetlinkRouteAttr(new NetlinkMessage({ Header: { Type: t, Len: 16 + b.byteLength }, Data: b }));
  for (const a of attrs) expect(inside(a.Value, b)).toBe(true);
  return { msgs: attrs.map((a) => [a.Attr.Len, a.Attr.Type, toHex(a.Value)]), err: errText(err), panic: false };
}
function cmsgs(b: Uint8Array) {
  const [msgs, err] = ParseSocketControlMessage(b);
  return {
    msgs: msgs.map((m) => {
      expect(inside(m.Data, b)).toBe(true);
      const [fds, fe] = ParseUnixRights(m);
      const [u, ue] = ParseUnixCredentials(m);
      return [m.Header.Len, m.Header.Level, m.Header.Type, toHex(m.Data), fe ? fe.message : fds, ue ? ue.message : [u!.Pid, u!.Uid, u!.Gid]];
    }),
    err: errText(err),
    panic: false,
  };
}
function dirents(b: Uint8Array, max: number) {
  const [consumed, count, names] = ParseDirent(b, max, null);
  return { consumed, count, names, panic: false };
}

/**
 * Where Go's parser panics (slice bounds), ours returns, as documented:
 * ParseUnixRights drops a trailing partial int; ParseNetlinkRouteAttr is
 * EINVAL for a payload shorter than its fixed header and takes a last
 * attribute whose padding the payload cuts short; ParseDirent stops at a
 * record too short for its name.
 */
const OURS_WHERE_GO_PANICS: Record<string, Record<number, unknown>> = {
  cm: {
    5: { msgs: [[17, 1, 1, "01", [], "invalid argument"]], err: "", panic: false },
    6: { msgs: [[17, 1, 1, "01", [], "invalid argument"]], err: "", panic: false },
    8: { msgs: [[21, 1, 1, "0300000004", [3], "invalid argument"]], err: "", panic: false },
  },
  de: { 20: { consumed: 18, count: 0, names: [], panic: false } },
  rta: {
    0: { msgs: [], err: "invalid argument", panic: false },
    1: { msgs: [], err: "invalid argument", panic: false },
    6: { msgs: [[5, 3, "ab"]], err: "", panic: false },
    9: { msgs: [[8, 1, "61626364"], [6, 2, "0102"]], err: "", panic: false },
    10: { msgs: [[6, 2, "0102"]], err: "", panic: false },
    13: { msgs: [], err: "invalid argument", panic: false },
    15: { msgs: [], err: "invalid argument", panic: false },
    21: { msgs: [[7, 9, "010203"]], err: "", panic: false },
  },
};
/** Go's answer for case i of kind k, or ours where Go panics (checked to be a panic in Go). */
function expected(k: string, i: number): unknown {
  const ours = OURS_WHERE_GO_PANICS[k]?.[i];
  const go = GO[k]![i] as Record<string, unknown>;
  const goPanicked = go.panic === true || JSON.stringify(go.msgs ?? []).includes('"panic"');
  expect(goPanicked).toBe(ours !== undefined);
  return ours ?? go;
}

describe("the parsers agree with Go on truncated, misaligned, empty and huge-length records, wherever the bytes sit", () => {
  for (const [how, wrap] of [["a fresh Uint8Array", hex], ["a view at byteOffset 5 between 0xff guards", embedded], ["a Buffer", (h: string) => Buffer.from(h, "hex")]] as const) {
    test(`ParseNetlinkMessage (${how})`, () => {
      INPUT.nl.forEach((h, i) => expect<unknown>([i, netlink(wrap(h))]).toEqual([i, expected("nl", i)]));
    });
    test(`ParseNetlinkRouteAttr (${how})`, () => {
      INPUT.rta.forEach(({ t, h }, i) => expect<unknown>([i, routeAttrs(t, wrap(h))]).toEqual([i, expected("rta", i)]));
    });
    test(`ParseSocketControlMessage, ParseUnixRights, ParseUnixCredentials (${how})`, () => {
      INPUT.cm.forEach((h, i) => expect<unknown>([i, cmsgs(wrap(h))]).toEqual([i, expected("cm", i)]));
    });
    test(`ParseDirent (${how})`, () => {
      INPUT.de.forEach(({ h, max }, i) => expect<unknown>([i, dirents(wrap(h), max)]).toEqual([i, expected("de", i)]));
    });
  }

  test("UnixRights, CmsgLen and CmsgSpace build Go's bytes (an fd past the C int range is sent as -1, documented: Go sends it mod 2^32)", () => {
    INPUT.ur.forEach((fds, i) => {
      const go = GO.ur![i] as string;
      const ours = toHex(UnixRights(...fds));
      if (fds.some((fd) => fd > 0x7fffffff || fd < -0x80000000)) expect(ours).toBe(go.slice(0, 32) + "ffffffff" + go.slice(40));
      else expect(ours).toBe(go);
    });
    INPUT.cl.forEach((n, i) => expect([CmsgLen(n), CmsgSpace(n)]).toEqual(GO.cl![i] as number[]));
  });
});

describe("Go's arithmetic at the edges (values from Go 1.19)", () => {
  test("CmsgLen and CmsgSpace of negative lengths", () => {
    const go = [[-1, 15, 16], [-7, 9, 16], [-8, 8, 8], [-9, 7, 8], [-15, 1, 8], [-16, 0, 0], [-17, -1, 0], [-2147483648, -2147483632, -2147483632]];
    for (const [n, len, space] of go) expect([n, CmsgLen(n!), CmsgSpace(n!)]).toEqual([n, len, space]);
  });

  test("LsfJump and LsfStmt convert to uint16, uint8 and uint32 as Go does", () => {
    const cases = [[-1, -1, -1, 256], [0x10015, 2 ** 32, 255, -256], [6, 4294967297, 257, -1], [-65536, -4294967296, -255, 511]];
    const go = [[65535, 255, 0, 4294967295, 65535, 4294967295], [21, 255, 0, 0, 21, 0], [6, 1, 255, 1, 6, 1], [0, 1, 255, 0, 0, 0]];
    cases.forEach(([code, k, jt, jf], i) => {
      const j = LsfJump(code!, k!, jt!, jf!), st = LsfStmt(code!, k!);
      expect([j.Code, j.Jt, j.Jf, j.K, st.Code, st.K]).toEqual(go[i]!);
    });
  });
});

describe("the kernel writes into a view at a nonzero byteOffset, and only there", () => {
  test("Recvmsg into p and oob, Recvfrom into p, ReadDirent into buf: every guard byte around them stays 0xee", () => {
    const [[a, b], err] = Socketpair(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    expect(err).toBeNull();
    try {
      expect(Sendmsg(a, new Uint8Array([1, 2, 3]), UnixRights(a, b), null, 0)).toBeNull();
      const big = new Uint8Array(200).fill(0xee);
      const oob = big.subarray(7, 7 + 64), p = big.subarray(101, 105);
      const [n, oobn, , , rerr] = Recvmsg(b, p, oob, 0);
      expect([n, oobn, rerr]).toEqual([3, CmsgSpace(8), null]);
      expect(Array.from(p)).toEqual([1, 2, 3, 0xee]);
      const guards = [...big.subarray(0, 7), ...big.subarray(7 + oobn, 101), ...big.subarray(105)];
      expect(guards.every((x) => x === 0xee)).toBe(true);
      const [msgs] = ParseSocketControlMessage(oob.subarray(0, oobn));
      const [fds] = ParseUnixRights(msgs[0]!);
      expect(fds).toHaveLength(2);
      for (const fd of fds) Close(fd);
      expect(Sendmsg(a, new Uint8Array([9, 8, 7, 6, 5]), new Uint8Array(0), null, 0)).toBeNull();
      const big2 = new Uint8Array(20).fill(0xee);
      expect(Recvfrom(b, big2.subarray(3, 6), 0)).toEqual([3, null, null]);
      expect(Array.from(big2)).toEqual([0xee, 0xee, 0xee, 9, 8, 7, ...new Array(14).fill(0xee)]);
    } finally {
      Close(a);
      Close(b);
    }
    const [d, oerr] = Open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0);
    expect(oerr).toBeNull();
    try {
      const big3 = new Uint8Array(8192).fill(0xee);
      const sub = big3.subarray(13, 13 + 4096);
      const [n, derr] = ReadDirent(d, sub);
      expect(derr).toBeNull();
      expect(n).toBeGreaterThan(0);
      expect(big3.subarray(0, 13).every((x) => x === 0xee) && big3.subarray(13 + 4096).every((x) => x === 0xee)).toBe(true);
      expect(ParseDirent(sub.subarray(0, n), -1, null)[2]).toContain("proc");
    } finally {
      Close(d);
    }
  });
});

describe("buffers that are not plain", () => {
  test("a detached buffer is Go's empty slice: no records, no throw", () => {
    const b = hex(INPUT.nl[5]!);
    structuredClone(b.buffer, { transfer: [b.buffer] });
    expect(b.byteLength).toBe(0);
    expect(ParseNetlinkMessage(b)).toEqual([[], null]);
    expect(ParseSocketControlMessage(b)).toEqual([[], null]);
    expect(ParseDirent(b, -1, null)).toEqual([0, 0, []]);
    const m = new SocketControlMessage({ Header: { Level: 1, Type: 1 }, Data: b });
    expect(ParseUnixRights(m)).toEqual([[], null]);
    expect(ParseUnixCredentials(m)).toEqual([null, EINVAL]);
  });

  test("a length-tracking view of a resizable buffer and a SharedArrayBuffer view parse as their current bytes", () => {
    const rec = hex(INPUT.de[3]!.h); // one record "a"
    const rab = new ArrayBuffer(rec.length, { maxByteLength: 256 });
    const lt = new Uint8Array(rab);
    lt.set(rec);
    expect(ParseDirent(lt, -1, null)).toEqual([24, 1, ["a"]]);
    const sab = new Uint8Array(new SharedArrayBuffer(rec.length));
    sab.set(rec);
    expect(ParseDirent(sab, -1, null)).toEqual([24, 1, ["a"]]);
  });

  test("a DataView, a plain object faking a Uint8Array and a Proxy of one are TypeErrors", () => {
    const b = hex(INPUT.nl[5]!);
    const fakes: unknown[] = [new DataView(b.buffer), { buffer: b.buffer, byteOffset: 0, byteLength: 16, length: 16, 0: 16 }, new Proxy(b, {}), Object.setPrototypeOf({}, Uint8Array.prototype)];
    for (const f of fakes) {
      expect(() => ParseNetlinkMessage(f as Uint8Array)).toThrow(TypeError);
      expect(() => ParseSocketControlMessage(f as Uint8Array)).toThrow(TypeError);
      expect(() => ParseDirent(f as Uint8Array, -1, null)).toThrow(TypeError);
    }
  });

  test("UnixRights: a hole in the fds spread is a TypeError; -1 and 2^31-1 are sent as they are", () => {
    // eslint-disable-next-line no-sparse-arrays
    const sparse = [3, , 4] as number[];
    expect(() => UnixRights(...sparse)).toThrow(TypeError);
    const [msgs] = ParseSocketControlMessage(UnixRights(-1, 0x7fffffff, -0x80000000));
    expect(ParseUnixRights(msgs[0]!)).toEqual([[-1, 0x7fffffff, -0x80000000], null]);
  });
});

describe("the socket calls that decode a kernel's answer, with built-ins a program replaced (in a child)", () => {
  let result: Promise<Record<string, unknown>> | null = null;
  const run = () => (result ??= inChild([join(import.meta.dir, "fixtures", "hunt-parsers-hostile.ts")], 20000));

  test("Uint8Array[Symbol.hasInstance] answering false: Accept and Getsockname still decode the address (they threw TypeError, and Accept leaked its new fd)", async () => {
    expect((await run()).hasInstance).toEqual({ accepted: true, getsockname: true, leaked: 0 });
  }, 25000);

  test("Array.prototype[Symbol.iterator] that throws: Accept returns its new fd (it threw with the fd open), and NetlinkRIB its dump (it threw)", async () => {
    expect((await run()).iterator).toEqual({ accepted: true, leaked: 0, rib: "ok" });
  }, 25000);

  test("Iovec[Symbol.hasInstance] that would shrink a resizable oob after its length was checked: never consulted, Recvmsg gets the 3 fds whole (the kernel had written 32 bytes past the 8 left, and the fds were lost)", async () => {
    expect((await run()).shrink).toEqual({ result: "returned", hookRan: false, fits: true, fds: 3, leaked: 0 });
  }, 25000);

  test("TextDecoder.prototype.decode, Uint8Array.prototype.slice and Object.keys replaced: Getsockname returns the kernel's Unix name and IPv4 address", async () => {
    expect((await run()).replaced).toEqual({ unix: true, inet: true });
  }, 25000);

  test("Array.prototype.map, forEach and push replaced: UnixRights carries the fds asked for (it sent fd 0) and the parsers return every message and fd", async () => {
    expect((await run()).arrayMethods).toEqual({ msgs: 1, err: null, fds: true, ferr: null, netlink: 1 });
  }, 25000);

  test("Array.prototype.forEach or DataView.prototype.setBigUint64 a no-op: AttachLsf attaches the program given (EINVAL: zeroed instructions, or a NULL program pointer); the array iterator throwing: Recvmsg returns the fd it received (it threw with the fd installed)", async () => {
    expect((await run()).lsfRecv).toEqual({ lsf: null, lsf64: null, received: 1, leaked: 0 });
  }, 25000);

  test("the array iterator throwing: UnixRights, ParseSocketControlMessage, ParseUnixRights, ParseNetlinkMessage and ParseNetlinkRouteAttr still work (each struct decode threw)", async () => {
    expect((await run()).iterParse).toEqual({ fds: true, attrs: 1 });
  }, 25000);

  test("DataView.prototype's word methods replaced: Recvmsg gets the data and the fd (a no-op setBigUint64 left every msghdr address 0), ParseUnixRights and UnixRights keep the fds (0 in their place)", async () => {
    expect((await run()).dataView).toEqual({ recv: [3, 24, 1], parsed: true, built: true });
  }, 25000);
});

describe("AF_UNIX names decoded as Go 1.19's anyToSockaddr does (probe, never red)", () => {
  test("an unbound or \"@\"-bound socket reads back as \"@\"; an abstract name stops at its first NUL; every fd is closed", async () => {
    const { Socket, Bind, Getsockname, Getpeername, SockaddrUnix, SOCK_STREAM } = await import("../src/index.ts");
    const [a, ea] = Socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const [b, eb] = Socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const [c, ec] = Socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC, 0);
    const [pair, ep] = Socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
    try {
      expect([ea, eb, ec, ep]).toEqual([null, null, null, null]);
      expect(Getsockname(a)).toEqual([new SockaddrUnix({ Name: "@" }), null]);
      const name = `@hunt-parsers-${process.pid}`;
      expect(Bind(b, new SockaddrUnix({ Name: `${name}\0tail` }))).toBeNull();
      expect(Getsockname(b)).toEqual([new SockaddrUnix({ Name: name }), null]);
      expect(Bind(c, new SockaddrUnix({ Name: "@" }))).toBeNull();
      expect(Getsockname(c)).toEqual([new SockaddrUnix({ Name: "@" }), null]);
      expect(Getpeername(pair[0])).toEqual([new SockaddrUnix({ Name: "@" }), null]);
    } finally {
      for (const fd of [a, b, c, pair[0], pair[1]]) if (fd >= 0) Close(fd);
    }
  });
});
