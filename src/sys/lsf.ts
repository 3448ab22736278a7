/**
 * Go's Linux socket filter calls (lsf_linux.go; deprecated in Go in favour
 * of golang.org/x/net/bpf, still exported): LsfStmt, LsfJump, LsfSocket,
 * SetLsfPromisc, AttachLsf, DetachLsf, and the SockFilter and SockFprog
 * structs (classic BPF, `struct sock_filter` and `struct sock_fprog`).
 * @module
 */
import { sysCall } from "../sysdef.ts";
import { Errno } from "../errno.ts";
import { arrayArg, bufferOf, byteLengthOf, describe, fdArg, notCString, setOf, subview, utf8 } from "../libc.ts";
import { Close } from "../file.ts";
import { AF_INET, AF_PACKET, EINVAL, IFF_PROMISC, SIOCGIFFLAGS, SIOCSIFFLAGS, SOCK_CLOEXEC, SOCK_DGRAM, SOCK_RAW, SOL_SOCKET, SO_ATTACH_FILTER, SO_DETACH_FILTER } from "../zconsts_linux.ts";
import { SockaddrLinklayer } from "./sockaddr.ts";
import { Bind, Socket } from "./socket_calls.ts";
import { type Init, type Layout, type Struct, initStruct, keepAlive, layout, scalarArg, stableAddress, view, writeStruct } from "./socket_struct.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array, Uint16Array, BigUint64Array, BigInt: toBigInt } = globalThis;


const ioctl = sysCall("SetLsfPromisc", "ioctl", ["fd", "uintptr", "buf"], "err");
const setsockopt = sysCall("AttachLsf", "setsockopt", ["fd", "int", "int", "buf", "uint"], "err");

/** Go's `syscall.SockFilter`: one classic BPF instruction (`struct sock_filter`). */
export class SockFilter {
  /** The opcode, BPF_* bits or'ed (uint16). */
  Code = 0;
  /** Jump offset if true (uint8). */
  Jt = 0;
  /** Jump offset if false (uint8). */
  Jf = 0;
  /** The constant operand (uint32). */
  K = 0;
  /** A SockFilter with the fields init gives; the rest are 0. */
  constructor(init?: Init<SockFilter>) {
    initStruct(SOCKFILTER, this, init);
  }
}
const SOCKFILTER: Layout<SockFilter> = layout("SockFilter", 8, (i) => new SockFilter(i as Init<SockFilter>), [
  ["Code", 0, "u16"], ["Jt", 2, "u8"], ["Jf", 3, "u8"], ["K", 4, "u32"],
]);

/** Go's `syscall.SockFprog`: a filter program (`struct sock_fprog`), as AttachLsf passes it. */
export class SockFprog {
  /** The number of instructions (uint16). */
  Len = 0;
  /** The instructions (Go's `*SockFilter`, the first of Len); null is NULL. */
  Filter: SockFilter[] | null = null;
  /** A SockFprog with the fields init gives (Go's composite literal), checked against Go's types (Len a uint16, Filter an array or null); the rest as above. */
  constructor(init?: Partial<SockFprog>) {
    if (init === undefined || init === null) return;
    if (typeof init !== "object") throw new TypeError(`SockFprog init must be an object, got ${describe(init)}`);
    const { Len, Filter } = init;
    if (Len !== undefined) this.Len = scalarArg("u16", Len, "SockFprog.Len");
    if (Filter !== undefined) {
      if (Filter !== null && !Array.isArray(Filter)) throw new TypeError(`SockFprog.Filter must be an array of SockFilter or null, got ${describe(Filter)}`);
      this.Filter = Filter;
    }
  }
}

/** Go's uintN(v) conversion of an int: the value modulo 2^bits (a non-integer throws TypeError, an unsafe one RangeError). */
function truncate(v: unknown, bits: 8 | 16 | 32, name: string): number {
  const n = scalarArg("i64", v, name);
  return bits === 32 ? n >>> 0 : n & ((1 << bits) - 1);
}

/** Go's `LsfStmt(code, k int) *SockFilter`: a BPF statement (Code and K converted to uint16 and uint32, as Go converts them). Deprecated in Go. */
export function LsfStmt(code: number, k: number): SockFilter {
  return new SockFilter({ Code: truncate(code, 16, "code"), K: truncate(k, 32, "k") });
}

/** Go's `LsfJump(code, k, jt, jf int) *SockFilter`: a BPF jump. Deprecated in Go. */
export function LsfJump(code: number, k: number, jt: number, jf: number): SockFilter {
  return new SockFilter({ Code: truncate(code, 16, "code"), Jt: truncate(jt, 8, "jt"), Jf: truncate(jf, 8, "jf"), K: truncate(k, 32, "k") });
}

/**
 * Go's `LsfSocket(ifindex, proto int) (int, error)`: an AF_PACKET raw
 * socket for proto (such as ETH_P_ALL; given in host order, sent in network
 * order) bound to interface ifindex. Needs CAP_NET_RAW. As in Go, it is not
 * close-on-exec. On failure the fd is 0 and nothing stays open. Deprecated
 * in Go.
 */
export function LsfSocket(ifindex: number, proto: number): [fd: number, err: Errno | null] {
  const idx = scalarArg("i64", ifindex, "ifindex");
  const r = Socket(AF_PACKET, SOCK_RAW, proto);
  const s = r[0], e = r[1];
  if (e !== null) return [0, e];
  const p = proto & 0xffff;
  const err = Bind(s, new SockaddrLinklayer({ Protocol: ((p & 0xff) << 8) | (p >> 8), Ifindex: idx }));
  if (err !== null) {
    Close(s);
    return [0, err];
  }
  return [s, null];
}

/** sizeof(struct ifreq): the kernel copies this much for SIOCGIFFLAGS, more than Go's 18-byte struct. */
const SIZEOF_IFREQ = 40;
const IFNAMSIZ = 16;

/**
 * Go's `SetLsfPromisc(name string, m bool) error`: turns IFF_PROMISC on
 * (m true) or off for the interface name, by SIOCGIFFLAGS / SIOCSIFFLAGS.
 * Needs CAP_NET_ADMIN to change a flag. A name of more than 16 bytes is
 * cut to 16, as in Go; a NUL in it gives EINVAL. Deprecated in Go.
 */
export function SetLsfPromisc(name: string, m: boolean): Errno | null {
  if (typeof name !== "string") throw new TypeError(`name must be a string, got ${describe(name)}`);
  if (typeof m !== "boolean") throw new TypeError(`m must be a boolean, got ${describe(m)}`);
  if (notCString(name)) return EINVAL;
  const [s, e] = Socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (e !== null) return e;
  try {
    const ifr = new Uint8Array(SIZEOF_IFREQ);
    // Cut to IFNAMSIZ, with the engine's set and a view of its own (not the prototypes' set and subarray).
    const nb = utf8(name), nl = byteLengthOf(nb);
    setOf(ifr, subview(nb, 0, nl < IFNAMSIZ ? nl : IFNAMSIZ));
    const err = ioctl(s, SIOCGIFFLAGS, ifr);
    if (err !== null) return err;
    // ifr_flags, a little-endian short after the name, by index: not DataView.prototype's methods, which a program can replace.
    const flags = ifr[IFNAMSIZ]! | (ifr[IFNAMSIZ + 1]! << 8);
    const next = m ? flags | IFF_PROMISC : flags & ~IFF_PROMISC & 0xffff;
    ifr[IFNAMSIZ] = next & 0xff;
    ifr[IFNAMSIZ + 1] = next >> 8;
    return ioctl(s, SIOCSIFFLAGS, ifr);
  } finally {
    Close(s);
  }
}

/**
 * Go's `AttachLsf(fd int, i []SockFilter) error`: SO_ATTACH_FILTER of the
 * program i (SockFilters, or objects with their fields). An empty program
 * gives EINVAL (Go would panic), and so does one longer than 65535
 * instructions (Go would attach its length modulo 65536). Deprecated in Go.
 */
export function AttachLsf(fd: number, i: readonly Struct<SockFilter>[]): Errno | null {
  const f = fdArg(fd);
  const prog = arrayArg("i", i, 0xffff, (x) => x);
  if (prog === null || prog.length === 0) return EINVAL;
  const insns = new Uint8Array(prog.length * SOCKFILTER.size);
  const dv = view(insns);
  // An index loop, not forEach: a program's Array.prototype.forEach would attach a program of zeroed instructions.
  for (let n = 0; n < prog.length; n++) writeStruct(SOCKFILTER as Layout<object>, prog[n], dv, n * SOCKFILTER.size, `i[${n}]`);
  // The sock_fprog written by index through word views, with BigInt as the engine made it: a program's
  // DataView.prototype.setBigUint64 must not choose the address the kernel reads the program from.
  const fprog = new Uint8Array(16);
  new Uint16Array(bufferOf(fprog))[0] = prog.length;
  new BigUint64Array(bufferOf(fprog))[1] = toBigInt(stableAddress(insns));
  const err = setsockopt(f, SOL_SOCKET, SO_ATTACH_FILTER, fprog, 16);
  keepAlive(insns);
  return err;
}

/** Go's `DetachLsf(fd int) error`: SO_DETACH_FILTER (ENOENT when no filter is attached). Deprecated in Go. */
export function DetachLsf(fd: number): Errno | null {
  return setsockopt(fdArg(fd), SOL_SOCKET, SO_DETACH_FILTER, new Uint8Array(8), 8);
}
