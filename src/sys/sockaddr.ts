/**
 * Go's socket addresses: SockaddrInet4, SockaddrInet6, SockaddrUnix,
 * SockaddrLinklayer and SockaddrNetlink, the `Sockaddr` union of them, and
 * their encoding to the kernel's sockaddr structs and decoding back (Go's
 * `sockaddr()` methods and `anyToSockaddr`), written once here for every
 * call that takes or returns an address.
 * @module
 */
import { AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_UNIX, EAFNOSUPPORT, EINVAL } from "../zconsts_linux.ts";
import { Errno } from "../errno.ts";
import { byteLengthOf, describe, invoke, isA, setOf, subview, utf8, wellFormed } from "../libc.ts";
import { type Init, fixedArg, readScalar as get, scalarArg, view, writeScalar as put } from "./socket_struct.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array } = globalThis;



/** Go's `int` field: a safe integer (TypeError for a non-integer, RangeError past 2^53). */
function goInt(v: unknown, name: string): number {
  return scalarArg("i64", v, name);
}
/** Object.keys as the engine made it (a program's answering [] made every Sockaddr constructor drop its fields: Bind then took any port and address). */
const KEYS = Object.keys;
/** Copies the fields of init that are given (not undefined) onto self, checked by each field's check. */
function assign<T>(self: T, init: object | undefined, checks: { [K in keyof T]?: (v: unknown, name: string) => T[K] }, type: string): void {
  if (init === undefined) return;
  if (typeof init !== "object" || init === null) throw new TypeError(`${type} init must be an object, got ${describe(init)}`);
  const keys = KEYS(checks) as (keyof T & string)[];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    const v = (init as Record<string, unknown>)[k];
    if (v !== undefined) self[k] = checks[k]!(v, `${type}.${k}`);
  }
}
const bytes4 = (v: unknown, name: string) => fixedArg("u8", 4, v, name) as Uint8Array;
const bytes8 = (v: unknown, name: string) => fixedArg("u8", 8, v, name) as Uint8Array;
const bytes16 = (v: unknown, name: string) => fixedArg("u8", 16, v, name) as Uint8Array;
const u8 = (v: unknown, name: string) => scalarArg("u8", v, name);
const u16 = (v: unknown, name: string) => scalarArg("u16", v, name);
const u32 = (v: unknown, name: string) => scalarArg("u32", v, name);
function str(v: unknown, name: string): string {
  if (typeof v !== "string") throw new TypeError(`${name} must be a string, got ${describe(v)}`);
  return v;
}

/** Go's `syscall.SockaddrInet4`: an IPv4 address and port. */
export class SockaddrInet4 {
  /** The port, 0..65535 (Go's `int`; out of that range Bind and the others return EINVAL). */
  Port = 0;
  /** The address ([4]byte), e.g. `[127, 0, 0, 1]`. */
  Addr: Uint8Array = new Uint8Array(4);
  /** A SockaddrInet4 with the fields init gives (Go's `&SockaddrInet4{Port: 80, Addr: [4]byte{127, 0, 0, 1}}`). */
  constructor(init?: Init<SockaddrInet4>) {
    assign<SockaddrInet4>(this, init, { Port: goInt, Addr: bytes4 }, "SockaddrInet4");
  }
}

/** Go's `syscall.SockaddrInet6`: an IPv6 address, port and zone (scope) id. */
export class SockaddrInet6 {
  /** The port, 0..65535 (out of that range: EINVAL). */
  Port = 0;
  /** The zone (scope) id, an interface index for link-local addresses (uint32). */
  ZoneId = 0;
  /** The address ([16]byte). */
  Addr: Uint8Array = new Uint8Array(16);
  /** A SockaddrInet6 with the fields init gives. */
  constructor(init?: Init<SockaddrInet6>) {
    assign<SockaddrInet6>(this, init, { Port: goInt, ZoneId: u32, Addr: bytes16 }, "SockaddrInet6");
  }
}

/**
 * Go's `syscall.SockaddrUnix`: a Unix domain socket address. A Name
 * starting with "@" (or with NUL, the kernel's spelling) is an abstract
 * name (its first byte becomes NUL, and no NUL is counted after it, as in
 * current Go; go1.19 counted one after a leading-NUL name, so a go1.19
 * program binding "\x00name" holds another address than this "\x00name"
 * or its "@name"); "" binds to an autobound
 * abstract name. A name read back from the kernel (Getsockname, Accept,
 * Recvfrom...) is decoded as UTF-8: bytes that are not UTF-8 become U+FFFD,
 * so such a peer's name does not round-trip (Go's string keeps the bytes). A Name of more than 108
 * bytes (UTF-8), or of exactly 108 that is not abstract, gives EINVAL, as
 * in Go; so does a NUL inside a path name (not an abstract one), where Go
 * would silently use the part before it.
 */
export class SockaddrUnix {
  /** The path, or "@" and an abstract name. */
  Name = "";
  /** A SockaddrUnix with the fields init gives. */
  constructor(init?: Init<SockaddrUnix>) {
    assign<SockaddrUnix>(this, init, { Name: str }, "SockaddrUnix");
  }
}

/** Go's `syscall.SockaddrLinklayer`: an AF_PACKET address (`struct sockaddr_ll`). */
export class SockaddrLinklayer {
  /** The protocol, as stored: in network byte order for Bind (uint16). */
  Protocol = 0;
  /** The interface index, 0..2^31-1 (Go's `int`; out of that range: EINVAL). */
  Ifindex = 0;
  /** ARP hardware type (uint16). */
  Hatype = 0;
  /** Packet type (uint8). */
  Pkttype = 0;
  /** Address length (uint8). */
  Halen = 0;
  /** The hardware address ([8]byte). */
  Addr: Uint8Array = new Uint8Array(8);
  /** A SockaddrLinklayer with the fields init gives. */
  constructor(init?: Init<SockaddrLinklayer>) {
    assign<SockaddrLinklayer>(this, init, { Protocol: u16, Ifindex: goInt, Hatype: u16, Pkttype: u8, Halen: u8, Addr: bytes8 }, "SockaddrLinklayer");
  }
}

/** Go's `syscall.SockaddrNetlink`: a netlink address (`struct sockaddr_nl`). Family is always sent as AF_NETLINK. */
export class SockaddrNetlink {
  /** AF_NETLINK (uint16; ignored on encoding, as in Go). */
  Family = 0;
  /** Zero (uint16). */
  Pad = 0;
  /** Port id: 0 is the kernel, or lets Bind choose (uint32). */
  Pid = 0;
  /** Multicast groups mask (uint32). */
  Groups = 0;
  /** A SockaddrNetlink with the fields init gives. */
  constructor(init?: Init<SockaddrNetlink>) {
    assign<SockaddrNetlink>(this, init, { Family: u16, Pad: u16, Pid: u32, Groups: u32 }, "SockaddrNetlink");
  }
}

/** Go's `syscall.Sockaddr` interface: any of the five address types. */
export type Sockaddr = SockaddrInet4 | SockaddrInet6 | SockaddrUnix | SockaddrLinklayer | SockaddrNetlink;

/** The size of RawSockaddrAny, the buffer every call that returns an address gives the kernel. */
export const SIZEOF_SOCKADDR_ANY = 112;
const PATH_MAX_UNIX = 108;
// ignoreBOM: a leading U+FEFF is part of the name, as Go keeps its bytes.
const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
/** The engine's decode, taken at load (a program's TextDecoder.prototype.decode must not make the names the kernel returned). */
const decodeOf = TextDecoder.prototype.decode;

/** Writes a port in network byte order, as Go's `sockaddr()`; false (EINVAL) outside 0..65535. */
function putPort(raw: Uint8Array, port: unknown, name: string): boolean {
  const p = goInt(port, name);
  if (p < 0 || p > 0xffff) return false;
  // By index (raw is ours): not DataView.prototype.setUint16, which a program can replace.
  raw[2] = p >>> 8;
  raw[3] = p & 0xff;
  return true;
}

/**
 * Go's `sa.sockaddr()`: the kernel's encoding of sa and its length, or the
 * Errno Go returns (EINVAL for a port, name or index out of range). Every
 * field is read once. Throws TypeError for a value that is not one of the
 * five Sockaddr classes (Go's compiler would refuse it).
 */
export function encodeSockaddr(sa: unknown, name = "sa"): { raw: Uint8Array; len: number } | Errno {
  const raw = new Uint8Array(SIZEOF_SOCKADDR_ANY);
  const dv = view(raw);
  // Class tests by the engine's OrdinaryHasInstance and copies by its set (isA, setOf): a program's
  // Symbol.hasInstance or TypedArray.prototype.set must not pick the encoding or the address bytes.
  if (isA(SockaddrInet4, sa)) {
    const { Port, Addr } = sa as SockaddrInet4;
    setOf(raw, bytes4(Addr, `${name}.Addr`), 4);
    if (!putPort(raw, Port, `${name}.Port`)) return EINVAL;
    put("u16", dv, 0, AF_INET);
    return { raw, len: 16 };
  }
  if (isA(SockaddrInet6, sa)) {
    const { Port, ZoneId, Addr } = sa as SockaddrInet6;
    setOf(raw, bytes16(Addr, `${name}.Addr`), 8);
    put("u32", dv, 24, u32(ZoneId, `${name}.ZoneId`));
    if (!putPort(raw, Port, `${name}.Port`)) return EINVAL;
    put("u16", dv, 0, AF_INET6);
    return { raw, len: 28 };
  }
  if (isA(SockaddrUnix, sa)) {
    const s = str((sa as SockaddrUnix).Name, `${name}.Name`);
    // A lone surrogate has no UTF-8: it would bind or reach another name.
    if (!wellFormed(s)) return EINVAL;
    const b = utf8(s);
    // The engine's length: a `length` getter on Uint8Array.prototype could pass a longer name, or count another abstract one.
    const n = byteLengthOf(b);
    if (n > PATH_MAX_UNIX || (n === PATH_MAX_UNIX && b[0] !== 0x40)) return EINVAL;
    // "@" or a leading NUL (the kernel's own spelling) is abstract, with no
    // NUL counted after it, as current Go's sockaddr() takes both (go1.19
    // counted one after a leading-NUL name: another address).
    const abstract = n > 0 && (b[0] === 0x40 || b[0] === 0);
    // An index loop, not includes: a replaced one would let a NUL through, and the kernel would bind the name up to it.
    if (!abstract) for (let i = 0; i < n; i++) if (b[i] === 0) return EINVAL;
    put("u16", dv, 0, AF_UNIX);
    setOf(raw, b, 2);
    // The length is the family, the name and its NUL; an abstract name has no NUL.
    let len = n > 0 ? 2 + n + 1 : 2;
    if (abstract) {
      raw[2] = 0;
      len--;
    }
    return { raw, len };
  }
  if (isA(SockaddrLinklayer, sa)) {
    const { Protocol, Ifindex, Hatype, Pkttype, Halen, Addr } = sa as SockaddrLinklayer;
    put("u16", dv, 2, u16(Protocol, `${name}.Protocol`));
    const ifindex = goInt(Ifindex, `${name}.Ifindex`);
    put("u16", dv, 8, u16(Hatype, `${name}.Hatype`));
    put("u8", dv, 10, u8(Pkttype, `${name}.Pkttype`));
    put("u8", dv, 11, u8(Halen, `${name}.Halen`));
    setOf(raw, bytes8(Addr, `${name}.Addr`), 12);
    if (ifindex < 0 || ifindex > 0x7fffffff) return EINVAL;
    put("i32", dv, 4, ifindex);
    put("u16", dv, 0, AF_PACKET);
    return { raw, len: 20 };
  }
  if (isA(SockaddrNetlink, sa)) {
    const { Pad, Pid, Groups } = sa as SockaddrNetlink;
    put("u16", dv, 0, AF_NETLINK);
    put("u16", dv, 2, u16(Pad, `${name}.Pad`));
    put("u32", dv, 4, u32(Pid, `${name}.Pid`));
    put("u32", dv, 8, u32(Groups, `${name}.Groups`));
    return { raw, len: 12 };
  }
  throw new TypeError(`${name} must be a SockaddrInet4, SockaddrInet6, SockaddrUnix, SockaddrLinklayer or SockaddrNetlink, got ${describe(sa)}`);
}

/**
 * Go's `anyToSockaddr`: the Sockaddr a RawSockaddrAny holds (rsa is at
 * least SIZEOF_SOCKADDR_ANY bytes, zeroed past what the kernel wrote), or
 * EAFNOSUPPORT for another family. A Unix name ends at its first NUL, and
 * an abstract one (or an unnamed socket's) begins with "@", as in Go.
 */
export function decodeSockaddr(rsa: Uint8Array): [sa: Sockaddr | null, err: Errno | null] {
  // Fields set directly, copies made by the constructor and the engine's
  // getters, the name decoded by the engine's decode: no Object.keys,
  // Uint8Array.prototype.slice or indexOf, TextDecoder.prototype.decode or
  // Symbol.hasInstance of a program's runs (a throw there left Accept's
  // new fd open, and a replaced one made another address).
  const dv = view(rsa);
  const bytes = (from: number, to: number) => new Uint8Array(subview(rsa, from, to));
  switch (get("u16", dv, 0)) {
    case AF_NETLINK: {
      const sa = new SockaddrNetlink();
      sa.Family = get("u16", dv, 0);
      sa.Pad = get("u16", dv, 2);
      sa.Pid = get("u32", dv, 4);
      sa.Groups = get("u32", dv, 8);
      return [sa, null];
    }
    case AF_PACKET: {
      const sa = new SockaddrLinklayer();
      sa.Protocol = get("u16", dv, 2);
      sa.Ifindex = get("i32", dv, 4);
      sa.Hatype = get("u16", dv, 8);
      sa.Pkttype = get("u8", dv, 10);
      sa.Halen = get("u8", dv, 11);
      sa.Addr = bytes(12, 20);
      return [sa, null];
    }
    case AF_UNIX: {
      const path = bytes(2, 2 + PATH_MAX_UNIX);
      if (path[0] === 0) path[0] = 0x40; // "@": an abstract name, as Go rewrites it
      let end = 0;
      while (end < PATH_MAX_UNIX && path[end] !== 0) end++;
      const sa = new SockaddrUnix();
      sa.Name = invoke(decodeOf, decoder, subview(path, 0, end));
      return [sa, null];
    }
    case AF_INET: {
      const sa = new SockaddrInet4();
      sa.Port = (rsa[2]! << 8) | rsa[3]!;
      sa.Addr = bytes(4, 8);
      return [sa, null];
    }
    case AF_INET6: {
      const sa = new SockaddrInet6();
      sa.Port = (rsa[2]! << 8) | rsa[3]!;
      sa.ZoneId = get("u32", dv, 24);
      sa.Addr = bytes(8, 24);
      return [sa, null];
    }
  }
  return [null, EAFNOSUPPORT]; // interned at load: not Errno.of, which a program can replace
}
