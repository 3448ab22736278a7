/**
 * The socket family's structs, declared once as layouts: Go's
 * ztypes_linux_{amd64,arm64}.go types (Linger, IPMreq, Ucred, Cmsghdr,
 * RawSockaddrInet4, ...) as classes whose fields are Go's, and one encoder
 * and one decoder that every struct goes through. The layouts are the same
 * on amd64 and arm64 (both LP64, little-endian) for every struct here.
 *
 * A struct argument may be an instance or a plain object literal with the
 * same fields; each field is read once and checked against its Go type
 * (TypeError for a non-integer, RangeError for a value the type cannot
 * hold), and a fixed array (`[4]byte`, `[8]uint32`) must have exactly its
 * length. Decoded fixed arrays are typed arrays (`[N]byte` is a Uint8Array,
 * `[N]int8` an Int8Array, `[N]uint32` a Uint32Array).
 * @module
 */
import { bufferOf, byteLengthOf, bytesArg, dataViewOf, describe, elementCountOf, invoke, isA, isInt, setOf, subview, typedArrayTag } from "../libc.ts";
import { addressOf } from "../sysdef.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Int8Array, Uint32Array, BigUint64Array, BigInt: toBigInt, Number: toNumber } = globalThis;

// DataView.prototype's accessors as the engine made them, called by libc.ts's invoke: a program's
// replaced setInt32 (a no-op, or one writing 0) must not choose what the kernel gets, nor a
// replaced getter what a struct decodes to.
const DVP = DataView.prototype;
const SET_U8 = DVP.setUint8, SET_I8 = DVP.setInt8, SET_U16 = DVP.setUint16, SET_I32 = DVP.setInt32, SET_U32 = DVP.setUint32;
const SET_U64 = DVP.setBigUint64, SET_I64 = DVP.setBigInt64;
const GET_U8 = DVP.getUint8, GET_I8 = DVP.getInt8, GET_U16 = DVP.getUint16, GET_I32 = DVP.getInt32, GET_U32 = DVP.getUint32;
const GET_U64 = DVP.getBigUint64, GET_I64 = DVP.getBigInt64;


/** The scalar field types, after Go's. */
export type Scalar = "u8" | "i8" | "u16" | "i32" | "u32" | "u64" | "i64";
/** A field's type: a scalar, a fixed array of scalars, or a nested struct. */
export type Kind = Scalar | { arr: "u8" | "i8" | "u32"; n: number } | { struct: Layout<object> };
/** One field: Go's name, its byte offset, its type. */
export type Field = readonly [name: string, off: number, kind: Kind];
/** A struct's layout: Go's type name, its size, its fields, and how to make a fresh value of it. */
export interface Layout<T extends object> {
  readonly name: string;
  readonly size: number;
  readonly fields: readonly Field[];
  readonly make: (init?: unknown) => T;
}

/** The fields of T that are data (not methods), each optional, as a constructor takes them. */
export type Init<T> = {
  [K in keyof T as T[K] extends (...a: never[]) => unknown ? never : K]?: T[K] extends Uint8Array | Int8Array | Uint32Array
    ? ArrayLike<number>
    : T[K] extends Uint8Array | null
      ? T[K]
      : T[K] extends object
        ? Init<T[K]>
        : T[K];
};

/** The data fields of T, all required, as a struct argument takes them (fixed arrays as any array-like of numbers): a class instance or a plain object. */
export type Struct<T> = {
  [K in keyof T as T[K] extends (...a: never[]) => unknown ? never : K]-?: T[K] extends Uint8Array | Int8Array | Uint32Array
    ? ArrayLike<number>
    : T[K] extends object
      ? Struct<T[K]>
      : T[K];
};

const RANGE: Record<Scalar, readonly [number, number, string]> = {
  u8: [0, 0xff, "uint8"],
  i8: [-0x80, 0x7f, "int8"],
  u16: [0, 0xffff, "uint16"],
  i32: [-0x80000000, 0x7fffffff, "int32"],
  u32: [0, 0xffffffff, "uint32"],
  u64: [0, Number.MAX_SAFE_INTEGER, "uint64"],
  i64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "int64"],
};

/** Checks a number against a Go scalar type: TypeError for a non-integer, RangeError outside the type. */
export function scalarArg(kind: Scalar, v: unknown, name: string): number {
  // isInt: Number.isInteger as the engine made it (a program's answering true let 1.5 and NaN reach the kernel as 1 and 0).
  if (typeof v !== "number" || !isInt(v)) throw new TypeError(`${name} must be an integer, got ${describe(v)}`);
  // Index reads, not destructuring (a program's array iterator would run inside every struct check).
  const r = RANGE[kind];
  if (v < r[0] || v > r[1]) throw new RangeError(`${name} out of range for ${r[2]}: ${v}`);
  return v === 0 ? 0 : v; // -0 is 0
}

const ARRAYS = { u8: Uint8Array, i8: Int8Array, u32: Uint32Array } as const;
/** Array.isArray as the engine made it. */
const isArray = Array.isArray;

/**
 * Checks a fixed-size array value (`[n]byte`, `[n]int8`, `[n]uint32`):
 * a typed array or an array of exactly n in-range integers, read once.
 * Returns a fresh copy, as Go copies array values.
 */
export function fixedArg(elem: "u8" | "i8" | "u32", n: number, v: unknown, name: string): Uint8Array | Int8Array | Uint32Array {
  const out = new ARRAYS[elem](n);
  // The engine's own tag (undefined for anything but a typed array), not
  // instanceof: that runs a Uint8Array[Symbol.hasInstance] a program
  // defined, which made every decoded address a TypeError (Accept then
  // leaked the fd it had accepted).
  const tag = typedArrayTag(v);
  if (tag !== undefined) {
    // The engine's own tag and length: a `length` of the caller's (own, on a
    // subclass, or a Proxy's) could claim n for fewer elements (the rest
    // would silently be 0) or make set() read elements it converts mod 2^8.
    if (tag !== ARRAYS[elem].name) throw new TypeError(`${name} must be a ${ARRAYS[elem].name} or an array of ${n}, got ${describe(v)}`);
    const len = elementCountOf(v as Uint8Array);
    if (len !== n) throw new TypeError(`${name} must have length ${n}, got ${len}`);
    setOf(out as Uint8Array, v as Uint8Array); // the engine's set, not the prototype's
    return out;
  }
  if (!isArray(v)) throw new TypeError(`${name} must be a ${ARRAYS[elem].name} or an array of ${n}, got ${describe(v)}`);
  const len: unknown = v.length;
  if (len !== n) throw new TypeError(`${name} must have length ${n}, got ${typeof len === "number" ? len : describe(len)}`);
  for (let i = 0; i < n; i++) out[i] = scalarArg(elem, v[i], `${name}[${i}]`);
  return out;
}

/** Makes a layout. */
export function layout<T extends object>(name: string, size: number, make: (init?: unknown) => T, fields: readonly Field[]): Layout<T> {
  return { name, size, make, fields };
}

/** Checks that v is an object (a struct argument), for a message naming it. */
function objectArg(v: unknown, name: string): Record<string, unknown> {
  if (typeof v !== "object" || v === null) throw new TypeError(`${name} must be an object, got ${describe(v)}`);
  return v as Record<string, unknown>;
}

/** A field's value, checked and converted (arrays copied, nested structs made). */
function convert(kind: Kind, v: unknown, name: string): unknown {
  if (typeof kind === "string") return scalarArg(kind, v, name);
  if ("arr" in kind) return fixedArg(kind.arr, kind.n, v, name);
  return kind.struct.make(objectArg(v, name));
}

/**
 * A constructor's body: copies the fields init gives (each read once and
 * checked) onto self; absent or undefined fields keep their zero values.
 */
export function initStruct<T extends object>(L: Layout<T>, self: T, init: unknown): void {
  if (init === undefined) return;
  const src = objectArg(init, `${L.name} init`);
  const dst = self as Record<string, unknown>;
  // Index loops over the fields, here and in writeStruct and readStruct: a program's array iterator must not
  // run (or throw) inside a decode of what the kernel returned (control messages whose fds are open here).
  const fields = L.fields;
  for (let f = 0; f < fields.length; f++) {
    const k = fields[f]![0], kind = fields[f]![2];
    const v = src[k];
    if (v !== undefined) dst[k] = convert(kind, v, `${L.name}.${k}`);
  }
}

/** Encodes src (an instance or an object with the same fields) into dv at off. Reads each field once. */
export function writeStruct(L: Layout<object>, src: unknown, dv: DataView, off: number, name = L.name): void {
  const o = objectArg(src, name);
  const fields = L.fields;
  for (let f = 0; f < fields.length; f++) {
    const k = fields[f]![0], at = fields[f]![1], kind = fields[f]![2];
    const v = o[k];
    const where = off + at;
    const fname = `${name}.${k}`;
    if (typeof kind === "string") writeScalar(kind, dv, where, scalarArg(kind, v, fname));
    else if ("arr" in kind) {
      const a = fixedArg(kind.arr, kind.n, v, fname);
      for (let i = 0; i < kind.n; i++) writeScalar(kind.arr, dv, where + i * (kind.arr === "u32" ? 4 : 1), a[i]!);
    } else writeStruct(kind.struct, v, dv, where, fname);
  }
}

/** Decodes the struct at off in dv into target (fields set in place), and returns target. */
export function readStruct<T extends object>(L: Layout<T>, dv: DataView, off: number, target: T = L.make()): T {
  const dst = target as Record<string, unknown>;
  const fields = L.fields;
  for (let f = 0; f < fields.length; f++) {
    const k = fields[f]![0], at = fields[f]![1], kind = fields[f]![2];
    const where = off + at;
    if (typeof kind === "string") dst[k] = readScalar(kind, dv, where);
    else if ("arr" in kind) {
      const a = new ARRAYS[kind.arr](kind.n);
      for (let i = 0; i < kind.n; i++) a[i] = readScalar(kind.arr, dv, where + i * (kind.arr === "u32" ? 4 : 1));
      dst[k] = a;
    } else dst[k] = readStruct(kind.struct, dv, where);
  }
  return target;
}

/** Rounds n up to a multiple of a, as the kernel's NLMSG_ALIGN, RTA_ALIGN and CMSG_ALIGN; for a negative n as Go's `&^ (a-1)` does. */
export function alignUp(n: number, a: number): number {
  const m = n + a - 1;
  return m - (((m % a) + a) % a);
}

/**
 * Walks b as a run of records that each start with a header of layout L
 * whose Len counts the header and the payload (control messages, netlink
 * messages, route attributes), as Go's parsers do: each header and its
 * payload (a view from dataOff to Len), or null (EINVAL) at a Len below the
 * header's size or past the rest of b. The next record starts at Len
 * rounded up to align; with fitAligned the rounded length must fit too (Go
 * checks netlink messages so). A tail shorter than a header is ignored.
 */
export function parseRecords<H extends { Len: number }>(L: Layout<H>, b: Uint8Array, dataOff: number, align: number, fitAligned: boolean): [header: H, data: Uint8Array][] | null {
  const dv = view(b);
  const size = byteLengthOf(b);
  const out: [H, Uint8Array][] = [];
  for (let i = 0; size - i >= L.size; ) {
    const h = readStruct(L, dv, i);
    if (h.Len < L.size || (fitAligned ? alignUp(h.Len, align) : h.Len) > size - i) return null;
    // An index store, not push (a program's Array.prototype.push would drop records: control messages whose fds are open here).
    out[out.length] = [h, subview(b, i + dataOff, i + h.Len)];
    i += alignUp(h.Len, align);
  }
  return out;
}

/** Encodes a struct into a fresh buffer of its size. */
export function structBytes(L: Layout<object>, src: unknown, name = L.name): Uint8Array {
  const b = new Uint8Array(L.size);
  writeStruct(L, src, view(b), 0, name);
  return b;
}

/**
 * A DataView over exactly b's bytes (by the engine's getters: libc.ts
 * dataViewOf). A b with no bytes (one whose buffer was transferred, or an
 * Munmap'd mapping: detached) is Go's empty slice, not a TypeError.
 */
export const view: (b: Uint8Array) => DataView = dataViewOf;

/** Writes v (already checked against kind) at at in dv, little-endian, by the engine's DataView methods taken at load. */
export function writeScalar(kind: Scalar, dv: DataView, at: number, v: number): void {
  switch (kind) {
    case "u8": return invoke(SET_U8, dv, at, v);
    case "i8": return invoke(SET_I8, dv, at, v);
    case "u16": return invoke(SET_U16, dv, at, v, true);
    case "i32": return invoke(SET_I32, dv, at, v, true);
    case "u32": return invoke(SET_U32, dv, at, v, true);
    case "u64": return invoke(SET_U64, dv, at, toBigInt(v), true);
    case "i64": return invoke(SET_I64, dv, at, toBigInt(v), true);
  }
}

/** Reads a kind at at in dv, little-endian, by the engine's DataView methods taken at load. */
export function readScalar(kind: Scalar, dv: DataView, at: number): number {
  switch (kind) {
    case "u8": return invoke(GET_U8, dv, at) as number;
    case "i8": return invoke(GET_I8, dv, at) as number;
    case "u16": return invoke(GET_U16, dv, at, true) as number;
    case "i32": return invoke(GET_I32, dv, at, true) as number;
    case "u32": return invoke(GET_U32, dv, at, true) as number;
    case "u64": return toNumber(invoke(GET_U64, dv, at, true) as bigint);
    case "i64": return toNumber(invoke(GET_I64, dv, at, true) as bigint);
  }
}

/**
 * The address of b's bytes, for a struct that holds a pointer (an iovec's
 * base, a msghdr's name): sysdef's addressOf, which keeps it valid; 0 for
 * null or an empty array, which the kernel treats as NULL with a zero length.
 */
export function stableAddress(b: Uint8Array | null): number {
  return b === null || byteLengthOf(b) === 0 ? 0 : addressOf(b);
}

/**
 * A use of v after a native call whose struct held v's address (an iovec's
 * buffer, a filter program), so that v stays reachable until the call has
 * returned.
 */
export function keepAlive(v: unknown): void {
  kept = v;
  kept = null;
}
let kept: unknown = null;

// ------------------------------------------------------------------ the structs

/** Go's `syscall.Linger`: SO_LINGER's value (SetsockoptLinger). */
export class Linger {
  /** Nonzero to linger on close (int32). */
  Onoff = 0;
  /** Seconds to linger (int32). */
  Linger = 0;
  /** A Linger with the fields init gives (Go's composite literal); the rest are 0. */
  constructor(init?: Init<Linger>) {
    initStruct(LINGER, this, init);
  }
}
/** The layout of Linger. */
export const LINGER: Layout<Linger> = layout("Linger", 8, (i) => new Linger(i as Init<Linger>), [["Onoff", 0, "i32"], ["Linger", 4, "i32"]]);

/** Go's `syscall.IPMreq`: an IPv4 multicast group request (IP_ADD_MEMBERSHIP). */
export class IPMreq {
  /** The group address ([4]byte). */
  Multiaddr: Uint8Array = new Uint8Array(4);
  /** The local interface's address ([4]byte). */
  Interface: Uint8Array = new Uint8Array(4);
  /** An IPMreq with the fields init gives; the rest are zero. */
  constructor(init?: Init<IPMreq>) {
    initStruct(IPMREQ, this, init);
  }
}
/** The layout of IPMreq. */
export const IPMREQ: Layout<IPMreq> = layout("IPMreq", 8, (i) => new IPMreq(i as Init<IPMreq>), [
  ["Multiaddr", 0, { arr: "u8", n: 4 }], ["Interface", 4, { arr: "u8", n: 4 }],
]);

/** Go's `syscall.IPMreqn`: an IPv4 multicast request naming the interface by index. */
export class IPMreqn {
  /** The group address ([4]byte). */
  Multiaddr: Uint8Array = new Uint8Array(4);
  /** The local address ([4]byte). */
  Address: Uint8Array = new Uint8Array(4);
  /** The interface index (int32). */
  Ifindex = 0;
  /** An IPMreqn with the fields init gives; the rest are zero. */
  constructor(init?: Init<IPMreqn>) {
    initStruct(IPMREQN, this, init);
  }
}
/** The layout of IPMreqn. */
export const IPMREQN: Layout<IPMreqn> = layout("IPMreqn", 12, (i) => new IPMreqn(i as Init<IPMreqn>), [
  ["Multiaddr", 0, { arr: "u8", n: 4 }], ["Address", 4, { arr: "u8", n: 4 }], ["Ifindex", 8, "i32"],
]);

/** Go's `syscall.IPv6Mreq`: an IPv6 multicast group request (IPV6_JOIN_GROUP). */
export class IPv6Mreq {
  /** The group address ([16]byte). */
  Multiaddr: Uint8Array = new Uint8Array(16);
  /** The interface index (uint32). */
  Interface = 0;
  /** An IPv6Mreq with the fields init gives; the rest are zero. */
  constructor(init?: Init<IPv6Mreq>) {
    initStruct(IPV6MREQ, this, init);
  }
}
/** The layout of IPv6Mreq. */
export const IPV6MREQ: Layout<IPv6Mreq> = layout("IPv6Mreq", 20, (i) => new IPv6Mreq(i as Init<IPv6Mreq>), [
  ["Multiaddr", 0, { arr: "u8", n: 16 }], ["Interface", 16, "u32"],
]);

/** Go's `syscall.Inet4Pktinfo`: IP_PKTINFO's control message payload. */
export class Inet4Pktinfo {
  /** The interface index (int32). */
  Ifindex = 0;
  /** The local address of the route ([4]byte). */
  Spec_dst: Uint8Array = new Uint8Array(4);
  /** The header's destination address ([4]byte). */
  Addr: Uint8Array = new Uint8Array(4);
  /** An Inet4Pktinfo with the fields init gives; the rest are zero. */
  constructor(init?: Init<Inet4Pktinfo>) {
    initStruct(INET4PKTINFO, this, init);
  }
}
/** The layout of Inet4Pktinfo. */
export const INET4PKTINFO: Layout<Inet4Pktinfo> = layout("Inet4Pktinfo", 12, (i) => new Inet4Pktinfo(i as Init<Inet4Pktinfo>), [
  ["Ifindex", 0, "i32"], ["Spec_dst", 4, { arr: "u8", n: 4 }], ["Addr", 8, { arr: "u8", n: 4 }],
]);

/** Go's `syscall.Inet6Pktinfo`: IPV6_PKTINFO's payload. */
export class Inet6Pktinfo {
  /** The address ([16]byte). */
  Addr: Uint8Array = new Uint8Array(16);
  /** The interface index (uint32). */
  Ifindex = 0;
  /** An Inet6Pktinfo with the fields init gives; the rest are zero. */
  constructor(init?: Init<Inet6Pktinfo>) {
    initStruct(INET6PKTINFO, this, init);
  }
}
/** The layout of Inet6Pktinfo. */
export const INET6PKTINFO: Layout<Inet6Pktinfo> = layout("Inet6Pktinfo", 20, (i) => new Inet6Pktinfo(i as Init<Inet6Pktinfo>), [
  ["Addr", 0, { arr: "u8", n: 16 }], ["Ifindex", 16, "u32"],
]);

/** Go's `syscall.ICMPv6Filter`: ICMP6_FILTER's bitmap of blocked ICMPv6 types. */
export class ICMPv6Filter {
  /** 256 bits, one per ICMPv6 type ([8]uint32). */
  Data: Uint32Array = new Uint32Array(8);
  /** An ICMPv6Filter with the fields init gives; the rest are zero. */
  constructor(init?: Init<ICMPv6Filter>) {
    initStruct(ICMPV6FILTER, this, init);
  }
}
/** The layout of ICMPv6Filter. */
export const ICMPV6FILTER: Layout<ICMPv6Filter> = layout("ICMPv6Filter", 32, (i) => new ICMPv6Filter(i as Init<ICMPv6Filter>), [
  ["Data", 0, { arr: "u32", n: 8 }],
]);

/** Go's `syscall.Ucred`: a process's credentials (SO_PEERCRED, SCM_CREDENTIALS). */
export class Ucred {
  /** Process id (int32). */
  Pid = 0;
  /** User id (uint32). */
  Uid = 0;
  /** Group id (uint32). */
  Gid = 0;
  /** A Ucred with the fields init gives; the rest are 0. */
  constructor(init?: Init<Ucred>) {
    initStruct(UCRED, this, init);
  }
}
/** The layout of Ucred. */
export const UCRED: Layout<Ucred> = layout("Ucred", 12, (i) => new Ucred(i as Init<Ucred>), [["Pid", 0, "i32"], ["Uid", 4, "u32"], ["Gid", 8, "u32"]]);

/** Go's `syscall.RawSockaddrInet4`: the kernel's `struct sockaddr_in`. Port is as in memory (network byte order read as a little-endian uint16). */
export class RawSockaddrInet4 {
  /** AF_INET (uint16). */
  Family = 0;
  /** The port, in network byte order (uint16). */
  Port = 0;
  /** The address ([4]byte). */
  Addr: Uint8Array = new Uint8Array(4);
  /** Padding ([8]uint8). */
  Zero: Uint8Array = new Uint8Array(8);
  /** A RawSockaddrInet4 with the fields init gives; the rest are zero. */
  constructor(init?: Init<RawSockaddrInet4>) {
    initStruct(RAWSOCKADDRINET4, this, init);
  }
}
/** The layout of RawSockaddrInet4. */
export const RAWSOCKADDRINET4: Layout<RawSockaddrInet4> = layout("RawSockaddrInet4", 16, (i) => new RawSockaddrInet4(i as Init<RawSockaddrInet4>), [
  ["Family", 0, "u16"], ["Port", 2, "u16"], ["Addr", 4, { arr: "u8", n: 4 }], ["Zero", 8, { arr: "u8", n: 8 }],
]);

/** Go's `syscall.RawSockaddrInet6`: the kernel's `struct sockaddr_in6`. */
export class RawSockaddrInet6 {
  /** AF_INET6 (uint16). */
  Family = 0;
  /** The port, in network byte order (uint16). */
  Port = 0;
  /** Flow information (uint32). */
  Flowinfo = 0;
  /** The address ([16]byte). */
  Addr: Uint8Array = new Uint8Array(16);
  /** The scope (zone) id (uint32). */
  Scope_id = 0;
  /** A RawSockaddrInet6 with the fields init gives; the rest are zero. */
  constructor(init?: Init<RawSockaddrInet6>) {
    initStruct(RAWSOCKADDRINET6, this, init);
  }
}
/** The layout of RawSockaddrInet6. */
export const RAWSOCKADDRINET6: Layout<RawSockaddrInet6> = layout("RawSockaddrInet6", 28, (i) => new RawSockaddrInet6(i as Init<RawSockaddrInet6>), [
  ["Family", 0, "u16"], ["Port", 2, "u16"], ["Flowinfo", 4, "u32"], ["Addr", 8, { arr: "u8", n: 16 }], ["Scope_id", 24, "u32"],
]);

/** Go's `syscall.RawSockaddrUnix`: the kernel's `struct sockaddr_un`. */
export class RawSockaddrUnix {
  /** AF_UNIX (uint16). */
  Family = 0;
  /** The path ([108]int8). */
  Path: Int8Array = new Int8Array(108);
  /** A RawSockaddrUnix with the fields init gives; the rest are zero. */
  constructor(init?: Init<RawSockaddrUnix>) {
    initStruct(RAWSOCKADDRUNIX, this, init);
  }
}
/** The layout of RawSockaddrUnix. */
export const RAWSOCKADDRUNIX: Layout<RawSockaddrUnix> = layout("RawSockaddrUnix", 110, (i) => new RawSockaddrUnix(i as Init<RawSockaddrUnix>), [
  ["Family", 0, "u16"], ["Path", 2, { arr: "i8", n: 108 }],
]);

/** Go's `syscall.RawSockaddrLinklayer`: the kernel's `struct sockaddr_ll`. */
export class RawSockaddrLinklayer {
  /** sll_family: AF_PACKET (uint16). */
  Family = 0;
  /** sll_protocol, in network byte order (uint16). */
  Protocol = 0;
  /** sll_ifindex (int32). */
  Ifindex = 0;
  /** sll_hatype (uint16). */
  Hatype = 0;
  /** sll_pkttype (uint8). */
  Pkttype = 0;
  /** sll_halen (uint8). */
  Halen = 0;
  /** sll_addr ([8]uint8). */
  Addr: Uint8Array = new Uint8Array(8);
  /** A RawSockaddrLinklayer with the fields init gives; the rest are zero. */
  constructor(init?: Init<RawSockaddrLinklayer>) {
    initStruct(RAWSOCKADDRLINKLAYER, this, init);
  }
}
/** The layout of RawSockaddrLinklayer. */
export const RAWSOCKADDRLINKLAYER: Layout<RawSockaddrLinklayer> = layout("RawSockaddrLinklayer", 20, (i) => new RawSockaddrLinklayer(i as Init<RawSockaddrLinklayer>), [
  ["Family", 0, "u16"], ["Protocol", 2, "u16"], ["Ifindex", 4, "i32"], ["Hatype", 8, "u16"], ["Pkttype", 10, "u8"], ["Halen", 11, "u8"],
  ["Addr", 12, { arr: "u8", n: 8 }],
]);

/** Go's `syscall.RawSockaddrNetlink`: the kernel's `struct sockaddr_nl`. */
export class RawSockaddrNetlink {
  /** AF_NETLINK (uint16). */
  Family = 0;
  /** Zero (uint16). */
  Pad = 0;
  /** Port id (uint32). */
  Pid = 0;
  /** Multicast groups mask (uint32). */
  Groups = 0;
  /** A RawSockaddrNetlink with the fields init gives; the rest are zero. */
  constructor(init?: Init<RawSockaddrNetlink>) {
    initStruct(RAWSOCKADDRNETLINK, this, init);
  }
}
/** The layout of RawSockaddrNetlink. */
export const RAWSOCKADDRNETLINK: Layout<RawSockaddrNetlink> = layout("RawSockaddrNetlink", 12, (i) => new RawSockaddrNetlink(i as Init<RawSockaddrNetlink>), [
  ["Family", 0, "u16"], ["Pad", 2, "u16"], ["Pid", 4, "u32"], ["Groups", 8, "u32"],
]);

/** Go's `syscall.RawSockaddr`: the kernel's generic `struct sockaddr`. */
export class RawSockaddr {
  /** The address family (uint16). */
  Family = 0;
  /** The address bytes ([14]int8). */
  Data: Int8Array = new Int8Array(14);
  /** A RawSockaddr with the fields init gives; the rest are zero. */
  constructor(init?: Init<RawSockaddr>) {
    initStruct(RAWSOCKADDR, this, init);
  }
}
/** The layout of RawSockaddr. */
export const RAWSOCKADDR: Layout<RawSockaddr> = layout("RawSockaddr", 16, (i) => new RawSockaddr(i as Init<RawSockaddr>), [
  ["Family", 0, "u16"], ["Data", 2, { arr: "i8", n: 14 }],
]);

/** Go's `syscall.RawSockaddrAny`: room for any socket address (SizeofSockaddrAny bytes). */
export class RawSockaddrAny {
  /** The generic header. */
  Addr: RawSockaddr = new RawSockaddr();
  /** The rest ([96]int8). */
  Pad: Int8Array = new Int8Array(96);
  /** A RawSockaddrAny with the fields init gives; the rest are zero. */
  constructor(init?: Init<RawSockaddrAny>) {
    initStruct(RAWSOCKADDRANY, this, init);
  }
}
/** The layout of RawSockaddrAny. */
export const RAWSOCKADDRANY: Layout<RawSockaddrAny> = layout("RawSockaddrAny", 112, (i) => new RawSockaddrAny(i as Init<RawSockaddrAny>), [
  ["Addr", 0, { struct: RAWSOCKADDR as Layout<object> }], ["Pad", 16, { arr: "i8", n: 96 }],
]);

/** Go's `syscall.IPv6MTUInfo`: IPV6_MTU's value (GetsockoptIPv6MTUInfo). */
export class IPv6MTUInfo {
  /** The destination. */
  Addr: RawSockaddrInet6 = new RawSockaddrInet6();
  /** The path MTU (uint32). */
  Mtu = 0;
  /** An IPv6MTUInfo with the fields init gives; the rest are zero. */
  constructor(init?: Init<IPv6MTUInfo>) {
    initStruct(IPV6MTUINFO, this, init);
  }
}
/** The layout of IPv6MTUInfo. */
export const IPV6MTUINFO: Layout<IPv6MTUInfo> = layout("IPv6MTUInfo", 32, (i) => new IPv6MTUInfo(i as Init<IPv6MTUInfo>), [
  ["Addr", 0, { struct: RAWSOCKADDRINET6 as Layout<object> }], ["Mtu", 28, "u32"],
]);

/**
 * Go's `syscall.TCPInfo`: the first 104 bytes of the kernel's `struct
 * tcp_info` (TCP_INFO), as Go 1.19 declares it. Go's syscall package has no
 * call that fills one (x/sys/unix's GetsockoptTCPInfo does); decode it from
 * getsockopt(TCP_INFO) bytes. Go's padding field is left out.
 */
export class TCPInfo {
  /** The TCP state, such as TCP_ESTABLISHED (uint8). */
  State = 0;
  /** The congestion-avoidance state (uint8). */
  Ca_state = 0;
  /** Retransmits of the last segment (uint8). */
  Retransmits = 0;
  /** Unanswered zero-window probes (uint8). */
  Probes = 0;
  /** The retransmit backoff (uint8). */
  Backoff = 0;
  /** TCPI_OPT_* options in use (uint8). */
  Options = 0;
  /** Retransmit timeout, µs (uint32). */
  Rto = 0;
  /** Delayed-ack timeout, µs (uint32). */
  Ato = 0;
  /** Send maximum segment size (uint32). */
  Snd_mss = 0;
  /** Receive maximum segment size (uint32). */
  Rcv_mss = 0;
  /** Segments sent, not acknowledged (uint32). */
  Unacked = 0;
  /** Segments selectively acknowledged (uint32). */
  Sacked = 0;
  /** Segments taken as lost (uint32). */
  Lost = 0;
  /** Segments being retransmitted (uint32). */
  Retrans = 0;
  /** Forward-acknowledged segments (uint32). */
  Fackets = 0;
  /** Ms since data was last sent (uint32). */
  Last_data_sent = 0;
  /** Ms since an ack was last sent (unused by Linux) (uint32). */
  Last_ack_sent = 0;
  /** Ms since data was last received (uint32). */
  Last_data_recv = 0;
  /** Ms since an ack was last received (uint32). */
  Last_ack_recv = 0;
  /** Path MTU (uint32). */
  Pmtu = 0;
  /** Receive slow-start threshold (uint32). */
  Rcv_ssthresh = 0;
  /** Smoothed round-trip time, µs (uint32). */
  Rtt = 0;
  /** Round-trip time variance, µs (uint32). */
  Rttvar = 0;
  /** Send slow-start threshold (uint32). */
  Snd_ssthresh = 0;
  /** Congestion window, segments (uint32). */
  Snd_cwnd = 0;
  /** Advertised MSS (uint32). */
  Advmss = 0;
  /** Reordering metric (uint32). */
  Reordering = 0;
  /** Receiver's round-trip estimate, µs (uint32). */
  Rcv_rtt = 0;
  /** Receive buffer space (uint32). */
  Rcv_space = 0;
  /** Retransmits over the connection (uint32). */
  Total_retrans = 0;
  /** A TCPInfo with the fields init gives; the rest are 0. */
  constructor(init?: Init<TCPInfo>) {
    initStruct(TCPINFO, this, init);
  }
}
/** The layout of TCPInfo (104 bytes). */
export const TCPINFO: Layout<TCPInfo> = layout("TCPInfo", 104, (i) => new TCPInfo(i as Init<TCPInfo>), [
  ["State", 0, "u8"], ["Ca_state", 1, "u8"], ["Retransmits", 2, "u8"], ["Probes", 3, "u8"], ["Backoff", 4, "u8"], ["Options", 5, "u8"],
  ["Rto", 8, "u32"], ["Ato", 12, "u32"], ["Snd_mss", 16, "u32"], ["Rcv_mss", 20, "u32"], ["Unacked", 24, "u32"], ["Sacked", 28, "u32"],
  ["Lost", 32, "u32"], ["Retrans", 36, "u32"], ["Fackets", 40, "u32"], ["Last_data_sent", 44, "u32"], ["Last_ack_sent", 48, "u32"],
  ["Last_data_recv", 52, "u32"], ["Last_ack_recv", 56, "u32"], ["Pmtu", 60, "u32"], ["Rcv_ssthresh", 64, "u32"], ["Rtt", 68, "u32"],
  ["Rttvar", 72, "u32"], ["Snd_ssthresh", 76, "u32"], ["Snd_cwnd", 80, "u32"], ["Advmss", 84, "u32"], ["Reordering", 88, "u32"],
  ["Rcv_rtt", 92, "u32"], ["Rcv_space", 96, "u32"], ["Total_retrans", 100, "u32"],
]);

/** A length for SetLen and SetControllen: Go's `int`, stored in a uint64 field; a negative one throws RangeError (it would wrap past 2^53). */
function lenArg(length: unknown, name: string): number {
  return scalarArg("u64", length, name);
}

/** Go's `syscall.Iovec`: one buffer of a scatter/gather list (`struct iovec`). */
export class Iovec {
  /** The buffer (Go's `*byte`); null is NULL. */
  Base: Uint8Array | null = null;
  /** Its length in bytes (uint64). */
  Len = 0;
  /** An Iovec with the fields init gives (Base null, Len 0 otherwise). */
  constructor(init?: { Base?: Uint8Array | null; Len?: number }) {
    if (init === undefined) return;
    const { Base, Len } = init;
    if (Base !== undefined) this.Base = nullableBytes(Base, "Iovec.Base");
    if (Len !== undefined) this.Len = lenArg(Len, "Iovec.Len");
  }
  /** Go's `(*Iovec).SetLen(length int)`: sets Len. */
  SetLen(length: number): void {
    this.Len = lenArg(length, "Iovec.SetLen length");
  }
}

/** Go's `syscall.Msghdr`: the message header of sendmsg(2) and recvmsg(2). */
export class Msghdr {
  /** The address buffer (Go's `*byte`); null is NULL. */
  Name: Uint8Array | null = null;
  /** The address length (uint32). */
  Namelen = 0;
  /** The first (here: only) iovec; null is NULL. */
  Iov: Iovec | null = null;
  /** The number of iovecs (uint64). */
  Iovlen = 0;
  /** The control (ancillary data) buffer; null is NULL. */
  Control: Uint8Array | null = null;
  /** The control buffer's length (uint64). */
  Controllen = 0;
  /** Flags the kernel reports on receive (int32). */
  Flags = 0;
  /** Go's `(*Msghdr).SetControllen(length int)`: sets Controllen. */
  SetControllen(length: number): void {
    this.Controllen = lenArg(length, "Msghdr.SetControllen length");
  }
  /** A Msghdr with the fields init gives (Go's composite literal), each checked against its Go type as Iovec's are; the rest as above. */
  constructor(init?: Partial<Msghdr>) {
    if (init === undefined || init === null) return;
    const { Name, Namelen, Iov, Iovlen, Control, Controllen, Flags } = objectArg(init, "Msghdr init") as Partial<Msghdr>;
    if (Name !== undefined) this.Name = nullableBytes(Name, "Msghdr.Name");
    if (Namelen !== undefined) this.Namelen = scalarArg("u32", Namelen, "Msghdr.Namelen");
    if (Iov !== undefined) {
      if (Iov !== null && !isA(Iovec, Iov)) throw new TypeError(`Msghdr.Iov must be an Iovec or null, got ${describe(Iov)}`);
      this.Iov = Iov;
    }
    if (Iovlen !== undefined) this.Iovlen = lenArg(Iovlen, "Msghdr.Iovlen");
    if (Control !== undefined) this.Control = nullableBytes(Control, "Msghdr.Control");
    if (Controllen !== undefined) this.Controllen = lenArg(Controllen, "Msghdr.Controllen");
    if (Flags !== undefined) this.Flags = scalarArg("i32", Flags, "Msghdr.Flags");
  }
}

/** Go's `syscall.Cmsghdr`: a control message's header (`struct cmsghdr`). */
export class Cmsghdr {
  /** The message's length, header included (uint64). */
  Len = 0;
  /** The originating protocol, such as SOL_SOCKET (int32). */
  Level = 0;
  /** The protocol's message type, such as SCM_RIGHTS (int32). */
  Type = 0;
  /** A Cmsghdr with the fields init gives; the rest are 0. */
  constructor(init?: Init<Cmsghdr>) {
    initStruct(CMSGHDR, this, init);
  }
  /** Go's `(*Cmsghdr).SetLen(length int)`: sets Len. */
  SetLen(length: number): void {
    this.Len = lenArg(length, "Cmsghdr.SetLen length");
  }
}
/** The layout of Cmsghdr. */
export const CMSGHDR: Layout<Cmsghdr> = layout("Cmsghdr", 16, (i) => new Cmsghdr(i as Init<Cmsghdr>), [["Len", 0, "u64"], ["Level", 8, "i32"], ["Type", 12, "i32"]]);

/**
 * For the classes that pair a struct header with a byte slice
 * (SocketControlMessage, NetlinkMessage, NetlinkRouteAttr): init's header
 * (unchecked: the header's constructor checks it) and its bytes (checked),
 * each undefined when absent.
 */
export function headerAndBytes(init: unknown, hk: string, bk: string, type: string): [header: unknown, bytes: Uint8Array | undefined] {
  if (init === undefined) return [undefined, undefined];
  const o = objectArg(init, `${type} init`);
  const h = o[hk];
  const b = o[bk];
  return [h, b === undefined ? undefined : bytesArg(`${type}.${bk}`, b)];
}

/** A Uint8Array or null (Go's nil pointer), as a view of exactly its real bytes (libc.ts bytesArg); anything else throws TypeError. */
export function nullableBytes(v: unknown, name: string): Uint8Array | null {
  return v === null ? null : bytesArg(name, v);
}

/**
 * The kernel's `struct msghdr` for m, with one iovec: 56 bytes, and the
 * iovec's 16 after them. Every length is checked against its buffer, so the
 * kernel can never write past one. The returned buffer holds the addresses
 * of m's buffers: keep them referenced until the call returns.
 */
export function msghdrBytes(m: Msghdr): Uint8Array {
  const b = new Uint8Array(56 + 16);
  // Every field read first, the lengths compared after the last read: a
  // getter could shrink a resizable buffer already checked (the kernel then
  // wrote control messages past the caller's oob, and their fds leaked).
  const name = nullableBytes(m.Name, "Msghdr.Name");
  const namelen = scalarArg("u32", m.Namelen, "Msghdr.Namelen");
  const iovlen = scalarArg("u64", m.Iovlen, "Msghdr.Iovlen");
  const iov = m.Iov;
  const control = nullableBytes(m.Control, "Msghdr.Control");
  const controllen = scalarArg("u64", m.Controllen, "Msghdr.Controllen");
  let base: Uint8Array | null = null;
  let len = 0;
  if (iov !== null) {
    if (!isA(Iovec, iov)) throw new TypeError(`Msghdr.Iov must be an Iovec or null, got ${describe(iov)}`);
    base = nullableBytes(iov.Base, "Iovec.Base");
    len = lenArg(iov.Len, "Iovec.Len");
  }
  const flags = scalarArg("i32", m.Flags, "Msghdr.Flags");
  if (namelen > (name === null ? 0 : byteLengthOf(name))) throw new RangeError("Msghdr.Namelen is past Msghdr.Name");
  if (iovlen > (iov === null ? 0 : 1)) throw new RangeError("Msghdr.Iovlen: only one Iovec is supported");
  if (controllen > (control === null ? 0 : byteLengthOf(control))) throw new RangeError("Msghdr.Controllen is past Msghdr.Control");
  if (len > (base === null ? 0 : byteLengthOf(base))) throw new RangeError("Iovec.Len is past Iovec.Base");
  // Addresses last, with no read of the caller's after them (a getter could
  // detach, transfer or shrink a buffer whose length was checked). Written
  // by index through word views, with BigInt as the engine made it: a
  // program's DataView.prototype.setBigUint64 must not choose the addresses
  // the kernel writes to (a no-op one left them 0: the data and fds were lost).
  const w64 = new BigUint64Array(bufferOf(b)), w32 = new Uint32Array(bufferOf(b));
  w64[0] = toBigInt(stableAddress(name));
  w32[2] = namelen;
  w64[2] = iov === null ? 0n : toBigInt(stableAddress(b) + 56);
  w64[3] = toBigInt(iovlen);
  w64[4] = toBigInt(stableAddress(control));
  w64[5] = toBigInt(controllen);
  w32[12] = flags >>> 0;
  w64[7] = toBigInt(stableAddress(base));
  w64[8] = toBigInt(len);
  return b;
}
