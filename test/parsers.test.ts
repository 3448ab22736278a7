/**
 * The pure parsers (what reads bytes a kernel or a peer sent) against
 * arbitrary bytes, seeded: ParseSocketControlMessage, ParseUnixRights,
 * ParseUnixCredentials, ParseNetlinkMessage, ParseNetlinkRouteAttr and
 * ParseDirent. None may throw, loop, or read past its input: each returns
 * its result or an Errno, as Go's do (where Go's would panic, an Errno).
 * Their structure is checked too: every record they return lies inside the
 * input, and what UnixRights and UnixCredentials build parses back. The
 * inputs are arbitrary bytes and near-valid records (right lengths mostly,
 * sometimes short, long or huge, then cut anywhere).
 */
import { describe, expect, test } from "bun:test";
import fc from "fast-check";
import {
  Errno, NetlinkMessage, ParseDirent, ParseNetlinkMessage, ParseNetlinkRouteAttr, ParseSocketControlMessage, ParseUnixCredentials,
  ParseUnixRights, SocketControlMessage, UnixCredentials, UnixRights, Ucred, CmsgLen, CmsgSpace,
} from "../src/index.ts";

const SEED = Number(process.env.FUZZ_SEED || 20261201);
const RUNS = Number(process.env.FUZZ_RUNS || 300);
const opts = { seed: SEED, numRuns: RUNS };

/** Arbitrary bytes, biased toward the lengths and small words parsers trip on. */
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 256 }),
  fc.array(fc.oneof(fc.constant(0), fc.constant(0xff), fc.integer({ min: 0, max: 40 })), { maxLength: 96 }).map((a) => new Uint8Array(a)),
);
/** Little-endian words into bytes. */
function put(out: number[], v: number, size: 2 | 4 | 8): void {
  for (let i = 0; i < size; i++) out.push(i < 4 ? (v >>> (8 * i)) & 0xff : 0);
}
const pad8 = (out: number[]) => { while (out.length % 8) out.push(0); };
const pad4 = (out: number[]) => { while (out.length % 4) out.push(0); };
/** A length that is usually right and sometimes off: short, long, zero or huge. */
const len = (right: number) => fc.oneof(
  { weight: 6, arbitrary: fc.constant(right) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: right + 24 }) },
  { weight: 1, arbitrary: fc.constantFrom(0, 1, 15, 16, 0xffff, 0x7fffffff, 0xffffffff) },
);
/** Control-message buffers: records of (cmsg_len, level, type, data), mostly well formed, then maybe cut or flipped. */
const cmsgs = fc.array(fc.record({
  level: fc.constantFrom(1, 1, 0, 41, 255), type: fc.constantFrom(1, 2, 1, 0, 7),
  data: fc.uint8Array({ maxLength: 28 }),
}).chain((r) => len(16 + r.data.length).map((l) => ({ ...r, l }))), { maxLength: 5 }).chain((recs) => {
  const out: number[] = [];
  for (const r of recs) {
    put(out, r.l, 8);
    put(out, r.level, 4);
    put(out, r.type, 4);
    out.push(...r.data);
    pad8(out);
  }
  return fc.oneof(fc.constant(out.length), fc.integer({ min: 0, max: out.length })).map((cut) => new Uint8Array(out.slice(0, cut)));
});
/** Netlink buffers: messages of (nlmsg_len, type, flags, seq, pid, payload of rtattrs after a 16-byte family header). */
const netlink = fc.array(fc.record({
  type: fc.constantFrom(16, 20, 24, 3, 2), attrs: fc.array(fc.record({ type: fc.integer({ min: 0, max: 60 }), data: fc.uint8Array({ maxLength: 20 }) }), { maxLength: 4 }),
}).chain((m) => fc.tuple(fc.constant(m), fc.array(fc.boolean(), { minLength: 2, maxLength: 2 }))), { maxLength: 4 }).chain((msgs) => {
  const out: number[] = [];
  for (const [m, wrong] of msgs) {
    const payload: number[] = new Array(16).fill(0);
    for (const a of m.attrs) {
      put(payload, wrong[0] ? 3 : 4 + a.data.length, 2);
      put(payload, a.type, 2);
      payload.push(...a.data);
      pad4(payload);
    }
    put(out, wrong[1] ? payload.length + 20 : 16 + payload.length, 4);
    put(out, m.type, 2);
    put(out, 0, 2);
    put(out, 1, 4);
    put(out, 0, 4);
    out.push(...payload);
  }
  return fc.integer({ min: 0, max: out.length }).map((cut) => new Uint8Array(out.slice(0, cut)));
});

/** An Errno or nothing: the only error a parser may return. */
const okErr = (e: unknown) => e === null || e instanceof Errno;

describe("parsers of bytes from the kernel or a peer never throw on arbitrary bytes", () => {
  test(`ParseSocketControlMessage, then ParseUnixRights and ParseUnixCredentials on what it returns (seed ${SEED})`, () => {
    fc.assert(fc.property(fc.oneof(bytes, cmsgs), (b) => {
      const [msgs, err] = ParseSocketControlMessage(b);
      expect(okErr(err)).toBe(true);
      for (const m of msgs) {
        expect(m).toBeInstanceOf(SocketControlMessage);
        expect(m.Data.byteLength).toBeLessThanOrEqual(b.byteLength);
        const [fds, e1] = ParseUnixRights(m);
        expect(okErr(e1)).toBe(true);
        expect(fds.length * 4).toBeLessThanOrEqual(m.Data.byteLength);
        const [, e2] = ParseUnixCredentials(m);
        expect(okErr(e2)).toBe(true);
      }
    }), opts);
  });

  test("what UnixRights and UnixCredentials build parses back to what went in", () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0x7fffffff }), { minLength: 1, maxLength: 16 }), fc.integer({ min: 0, max: 0x7fffffff }), (fds, id) => {
      const [msgs, err] = ParseSocketControlMessage(UnixRights(...fds));
      expect(err).toBeNull();
      expect(msgs).toHaveLength(1);
      expect(ParseUnixRights(msgs[0]!)).toEqual([fds, null]);
      const cred = new Ucred({ Pid: id, Uid: id >>> 1, Gid: id >>> 2 });
      const [cm] = ParseSocketControlMessage(UnixCredentials(cred));
      const [back, cerr] = ParseUnixCredentials(cm[0]!);
      expect(cerr).toBeNull();
      expect([back!.Pid, back!.Uid, back!.Gid]).toEqual([cred.Pid, cred.Uid, cred.Gid]);
    }), opts);
  });

  test("ParseNetlinkMessage, then ParseNetlinkRouteAttr on each message", () => {
    fc.assert(fc.property(fc.oneof(bytes, netlink), (b) => {
      const [msgs, err] = ParseNetlinkMessage(b);
      expect(okErr(err)).toBe(true);
      for (const m of msgs) {
        expect(m).toBeInstanceOf(NetlinkMessage);
        expect(m.Data.byteLength).toBeLessThanOrEqual(b.byteLength);
        const [attrs, e] = ParseNetlinkRouteAttr(m);
        expect(okErr(e)).toBe(true);
        for (const a of attrs) expect(a.Value.byteLength).toBeLessThanOrEqual(m.Data.byteLength);
      }
    }), opts);
  });

  test("ParseDirent: consumed and count stay within the buffer and max; names are strings", () => {
    fc.assert(fc.property(bytes, fc.integer({ min: -1, max: 64 }), (b, max) => {
      const [consumed, count, names] = ParseDirent(b, max, null);
      expect(consumed).toBeGreaterThanOrEqual(0);
      expect(consumed).toBeLessThanOrEqual(b.byteLength);
      expect(count).toBe(names.length);
      if (max >= 0) expect(count).toBeLessThanOrEqual(max);
      for (const n of names) expect(typeof n).toBe("string");
    }), opts);
  });

  test("CmsgLen and CmsgSpace: Go's arithmetic for every length a message can have", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1 << 20 }), (n) => {
      // struct cmsghdr is 16 bytes on both 64-bit ABIs; data is aligned to 8.
      expect(CmsgLen(n)).toBe(16 + n);
      expect(CmsgSpace(n)).toBe(16 + ((n + 7) & ~7));
    }), opts);
    // Near 2^53 the sum has no exact number: RangeError, not a rounded length (Go's int64 is exact there).
    expect(CmsgLen(2 ** 53 - 17)).toBe(2 ** 53 - 1);
    expect(() => CmsgLen(2 ** 53 - 1)).toThrow(RangeError);
    expect(() => CmsgSpace(2 ** 53 - 1)).toThrow(RangeError);
  });
});
