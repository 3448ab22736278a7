/**
 * Bug-hunt regressions for the socket family (src/sys/socket_calls.ts,
 * sockaddr.ts, cmsg.ts, netlink.ts): internal buffers read through the
 * engine's getters, never through `buffer`, `length` or `byteLength`
 * getters a caller can shadow on the typed-array prototypes (in a child:
 * the old Socketpair had the kernel write past a one-byte buffer).
 */
import { describe, test, expect } from "bun:test";
import { join } from "node:path";
import { inChild } from "./helpers.ts";

const FIX = join(import.meta.dir, "fixtures");

describe("prototype getters that lie about the socket calls' own buffers", () => {
  let result: Promise<Record<string, unknown>> | null = null;
  const run = () => (result ??= inChild([join(FIX, "hunt-socket-prototypes.ts")], 20000));

  test("Socketpair returns the two new sockets, whatever Int32Array.prototype's buffer getter says", async () => {
    expect((await run()).socketpair).toEqual({ err: null, links: ["socket:", "socket:"] });
  }, 25000);

  test("UnixRights carries the fd asked for (not fd 0), whatever Uint8Array.prototype's buffer getter says", async () => {
    expect((await run()).rights).toEqual({ same: true });
  }, 25000);

  test("a Unix name is encoded at its true length, whatever Uint8Array.prototype's length getter says: the abstract name a peer connects to, and EINVAL past 108 bytes", async () => {
    expect((await run()).abstract).toEqual({ berr: null, cerr: null, long: 22, bound: "@" });
  }, 25000);

  test("NetlinkRIB returns the whole dump, whatever Uint8Array.prototype's byteLength getter says (no RangeError)", async () => {
    expect((await run()).rib).toEqual({ err: null, perr: null, messages: true });
  }, 25000);
});
