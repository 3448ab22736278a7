/**
 * Go's netlink support (netlink_linux.go): NetlinkRIB, which dumps the
 * kernel's routing information base (links, addresses, routes) over an
 * AF_NETLINK socket, ParseNetlinkMessage and ParseNetlinkRouteAttr, and the
 * netlink structs of ztypes_linux_*.go (NlMsghdr, RtAttr, IfInfomsg, ...).
 * @module
 */
import { Errno } from "../errno.ts";
import { byteLengthOf, bytesArg, describe, intArg, isA, setOf, subview } from "../libc.ts";
import { Close } from "../file.ts";
import { Getpagesize } from "../process.ts";
import { AF_NETLINK, EINVAL, NETLINK_ROUTE, NLMSG_DONE, NLMSG_ERROR, NLM_F_DUMP, NLM_F_REQUEST, RTM_DELADDR, RTM_DELLINK, RTM_DELROUTE, RTM_NEWADDR, RTM_NEWLINK, RTM_NEWROUTE, SOCK_CLOEXEC, SOCK_RAW } from "../zconsts_linux.ts";
import { SockaddrNetlink } from "./sockaddr.ts";
import { Bind, Getsockname, Recvfrom, Sendto, Socket } from "./socket_calls.ts";
import { type Init, type Layout, headerAndBytes, initStruct, layout, parseRecords, scalarArg, view, writeStruct } from "./socket_struct.ts";

// The constructors as this module found them at load (see libc.ts: a later globalThis.Uint8Array of a program's must not size the kernel's buffers).
const { Uint8Array } = globalThis;


const NLMSG_HDRLEN = 16;
const SIZEOF_RTATTR = 4;

/** Go's `syscall.NlMsghdr`: a netlink message header (`struct nlmsghdr`). */
export class NlMsghdr {
  /** The message's length, header included (uint32). */
  Len = 0;
  /** The message type, such as RTM_NEWLINK or NLMSG_DONE (uint16). */
  Type = 0;
  /** NLM_F_* flags (uint16). */
  Flags = 0;
  /** Sequence number (uint32). */
  Seq = 0;
  /** The sending port id (uint32). */
  Pid = 0;
  /** An NlMsghdr with the fields init gives; the rest are 0. */
  constructor(init?: Init<NlMsghdr>) {
    initStruct(NLMSGHDR, this, init);
  }
}
const NLMSGHDR: Layout<NlMsghdr> = layout("NlMsghdr", 16, (i) => new NlMsghdr(i as Init<NlMsghdr>), [
  ["Len", 0, "u32"], ["Type", 4, "u16"], ["Flags", 6, "u16"], ["Seq", 8, "u32"], ["Pid", 12, "u32"],
]);

/** Go's `syscall.NlMsgerr`: the payload of an NLMSG_ERROR message (`struct nlmsgerr`). */
export class NlMsgerr {
  /** A negated errno, or 0 for an acknowledgement (int32). */
  Error = 0;
  /** The header of the message that caused it. */
  Msg: NlMsghdr = new NlMsghdr();
  /** An NlMsgerr with the fields init gives. */
  constructor(init?: Init<NlMsgerr>) {
    initStruct(NLMSGERR, this, init);
  }
}
const NLMSGERR: Layout<NlMsgerr> = layout("NlMsgerr", 20, (i) => new NlMsgerr(i as Init<NlMsgerr>), [
  ["Error", 0, "i32"], ["Msg", 4, { struct: NLMSGHDR as Layout<object> }],
]);

/** Go's `syscall.RtGenmsg`: the payload of a dump request (`struct rtgenmsg`). */
export class RtGenmsg {
  /** The address family to dump, or AF_UNSPEC (uint8). */
  Family = 0;
  /** An RtGenmsg with the fields init gives. */
  constructor(init?: Init<RtGenmsg>) {
    initStruct(RTGENMSG, this, init);
  }
}
const RTGENMSG: Layout<RtGenmsg> = layout("RtGenmsg", 1, (i) => new RtGenmsg(i as Init<RtGenmsg>), [["Family", 0, "u8"]]);

/** Go's `syscall.NlAttr`: a netlink attribute header (`struct nlattr`). */
export class NlAttr {
  /** The attribute's length, header included (uint16). */
  Len = 0;
  /** The attribute type (uint16). */
  Type = 0;
  /** An NlAttr with the fields init gives. */
  constructor(init?: Init<NlAttr>) {
    initStruct(NLATTR, this, init);
  }
}
const NLATTR: Layout<NlAttr> = layout("NlAttr", 4, (i) => new NlAttr(i as Init<NlAttr>), [["Len", 0, "u16"], ["Type", 2, "u16"]]);

/** Go's `syscall.RtAttr`: a route attribute header (`struct rtattr`). */
export class RtAttr {
  /** The attribute's length, header included (uint16). */
  Len = 0;
  /** The attribute type, such as IFLA_IFNAME or IFA_ADDRESS (uint16). */
  Type = 0;
  /** An RtAttr with the fields init gives. */
  constructor(init?: Init<RtAttr>) {
    initStruct(RTATTR, this, init);
  }
}
const RTATTR: Layout<RtAttr> = layout("RtAttr", 4, (i) => new RtAttr(i as Init<RtAttr>), [["Len", 0, "u16"], ["Type", 2, "u16"]]);

/** Go's `syscall.IfInfomsg`: a link message's header (`struct ifinfomsg`, RTM_NEWLINK). */
export class IfInfomsg {
  /** AF_UNSPEC (uint8). */
  Family = 0;
  /** Padding (uint8). */
  X__ifi_pad = 0;
  /** ARP hardware type, such as ARPHRD_LOOPBACK (uint16). */
  Type = 0;
  /** The interface index (int32). */
  Index = 0;
  /** IFF_* flags (uint32). */
  Flags = 0;
  /** The change mask (uint32). */
  Change = 0;
  /** An IfInfomsg with the fields init gives. */
  constructor(init?: Init<IfInfomsg>) {
    initStruct(IFINFOMSG, this, init);
  }
}
const IFINFOMSG: Layout<IfInfomsg> = layout("IfInfomsg", 16, (i) => new IfInfomsg(i as Init<IfInfomsg>), [
  ["Family", 0, "u8"], ["X__ifi_pad", 1, "u8"], ["Type", 2, "u16"], ["Index", 4, "i32"], ["Flags", 8, "u32"], ["Change", 12, "u32"],
]);

/** Go's `syscall.IfAddrmsg`: an address message's header (`struct ifaddrmsg`, RTM_NEWADDR). */
export class IfAddrmsg {
  /** AF_INET or AF_INET6 (uint8). */
  Family = 0;
  /** The prefix length (uint8). */
  Prefixlen = 0;
  /** IFA_F_* flags (uint8). */
  Flags = 0;
  /** The scope (uint8). */
  Scope = 0;
  /** The interface index (uint32). */
  Index = 0;
  /** An IfAddrmsg with the fields init gives. */
  constructor(init?: Init<IfAddrmsg>) {
    initStruct(IFADDRMSG, this, init);
  }
}
const IFADDRMSG: Layout<IfAddrmsg> = layout("IfAddrmsg", 8, (i) => new IfAddrmsg(i as Init<IfAddrmsg>), [
  ["Family", 0, "u8"], ["Prefixlen", 1, "u8"], ["Flags", 2, "u8"], ["Scope", 3, "u8"], ["Index", 4, "u32"],
]);

/** Go's `syscall.RtMsg`: a route message's header (`struct rtmsg`, RTM_NEWROUTE). */
export class RtMsg {
  /** The address family (uint8). */
  Family = 0;
  /** Destination prefix length (uint8). */
  Dst_len = 0;
  /** Source prefix length (uint8). */
  Src_len = 0;
  /** Type of service (uint8). */
  Tos = 0;
  /** Routing table id (uint8). */
  Table = 0;
  /** Routing protocol (uint8). */
  Protocol = 0;
  /** Scope (uint8). */
  Scope = 0;
  /** Route type, such as RTN_UNICAST (uint8). */
  Type = 0;
  /** RTM_F_* flags (uint32). */
  Flags = 0;
  /** An RtMsg with the fields init gives. */
  constructor(init?: Init<RtMsg>) {
    initStruct(RTMSG, this, init);
  }
}
const RTMSG: Layout<RtMsg> = layout("RtMsg", 12, (i) => new RtMsg(i as Init<RtMsg>), [
  ["Family", 0, "u8"], ["Dst_len", 1, "u8"], ["Src_len", 2, "u8"], ["Tos", 3, "u8"], ["Table", 4, "u8"], ["Protocol", 5, "u8"],
  ["Scope", 6, "u8"], ["Type", 7, "u8"], ["Flags", 8, "u32"],
]);

/** Go's `syscall.RtNexthop`: one next hop of a multipath route (`struct rtnexthop`). */
export class RtNexthop {
  /** Length, header included (uint16). */
  Len = 0;
  /** RTNH_F_* flags (uint8). */
  Flags = 0;
  /** Weight (uint8). */
  Hops = 0;
  /** The interface index (int32). */
  Ifindex = 0;
  /** An RtNexthop with the fields init gives. */
  constructor(init?: Init<RtNexthop>) {
    initStruct(RTNEXTHOP, this, init);
  }
}
const RTNEXTHOP: Layout<RtNexthop> = layout("RtNexthop", 8, (i) => new RtNexthop(i as Init<RtNexthop>), [
  ["Len", 0, "u16"], ["Flags", 2, "u8"], ["Hops", 3, "u8"], ["Ifindex", 4, "i32"],
]);

/** Go's `syscall.NetlinkRouteRequest`: a dump request, header and family, as NetlinkRIB sends it. */
export class NetlinkRouteRequest {
  /** The message header. */
  Header: NlMsghdr = new NlMsghdr();
  /** The payload. */
  Data: RtGenmsg = new RtGenmsg();
  /** A NetlinkRouteRequest with the fields init gives. */
  constructor(init?: Init<NetlinkRouteRequest>) {
    initStruct(NETLINKROUTEREQUEST, this, init);
  }
}
const NETLINKROUTEREQUEST: Layout<NetlinkRouteRequest> = layout("NetlinkRouteRequest", 17, (i) => new NetlinkRouteRequest(i as Init<NetlinkRouteRequest>), [
  ["Header", 0, { struct: NLMSGHDR as Layout<object> }], ["Data", 16, { struct: RTGENMSG as Layout<object> }],
]);

/** Go's `syscall.NetlinkMessage`: one netlink message, its header and its payload (a view into the parsed buffer). */
export class NetlinkMessage {
  /** The header. */
  Header: NlMsghdr = new NlMsghdr();
  /** The payload (Header.Len - 16 bytes). */
  Data: Uint8Array = new Uint8Array(0);
  /** A NetlinkMessage with the fields init gives (the Header copied, the Data kept). */
  constructor(init?: { Header?: Init<NlMsghdr>; Data?: Uint8Array }) {
    const hd = headerAndBytes(init, "Header", "Data", "NetlinkMessage"), h = hd[0], d = hd[1];
    if (h !== undefined) this.Header = new NlMsghdr(h as Init<NlMsghdr>);
    if (d !== undefined) this.Data = d;
  }
}

/** Go's `syscall.NetlinkRouteAttr`: one route attribute, its header and its value (a view). */
export class NetlinkRouteAttr {
  /** The header. */
  Attr: RtAttr = new RtAttr();
  /** The value (Attr.Len - 4 bytes). */
  Value: Uint8Array = new Uint8Array(0);
  /** A NetlinkRouteAttr with the fields init gives. */
  constructor(init?: { Attr?: Init<RtAttr>; Value?: Uint8Array }) {
    const hd = headerAndBytes(init, "Attr", "Value", "NetlinkRouteAttr"), h = hd[0], d = hd[1];
    if (h !== undefined) this.Attr = new RtAttr(h as Init<RtAttr>);
    if (d !== undefined) this.Value = d;
  }
}

/**
 * Go's `ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error)`: the
 * netlink messages in b (what NetlinkRIB returns, or a Recvfrom of a
 * netlink socket). A header whose Len is below 16 or whose aligned length
 * is past the buffer gives EINVAL (and no messages).
 */
export function ParseNetlinkMessage(b: Uint8Array): [msgs: NetlinkMessage[], err: Errno | null] {
  const recs = parseRecords(NLMSGHDR, bytesArg("b", b), NLMSG_HDRLEN, 4, true);
  if (recs === null) return [[], EINVAL];
  const msgs: NetlinkMessage[] = [];
  for (let i = 0; i < recs.length; i++) msgs[i] = new NetlinkMessage({ Header: recs[i]![0], Data: recs[i]![1] });
  return [msgs, null];
}

/** The fixed header each route message type starts with, whose attributes follow it. */
function attrsOffset(type: number): number {
  switch (type) {
    case RTM_NEWLINK:
    case RTM_DELLINK:
      return IFINFOMSG.size;
    case RTM_NEWADDR:
    case RTM_DELADDR:
      return IFADDRMSG.size;
    case RTM_NEWROUTE:
    case RTM_DELROUTE:
      return RTMSG.size;
  }
  return -1;
}

/**
 * Go's `ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error)`:
 * the route attributes of a link, address or route message (RTM_NEWLINK,
 * RTM_NEWADDR, RTM_NEWROUTE and their DEL forms); EINVAL for another type,
 * or an attribute whose Len is below 4 or past the payload. Where Go would
 * panic (a payload shorter than its fixed header) this returns EINVAL; the
 * padding of a last attribute that the payload cuts short is not required.
 */
export function ParseNetlinkRouteAttr(m: NetlinkMessage): [attrs: NetlinkRouteAttr[], err: Errno | null] {
  if (typeof m !== "object" || m === null) throw new TypeError(`m must be a NetlinkMessage, got ${describe(m)}`);
  const { Header, Data } = m;
  if (typeof Header !== "object" || Header === null) throw new TypeError(`m.Header must be an NlMsghdr, got ${describe(Header)}`);
  const data = bytesArg("m.Data", Data);
  const skip = attrsOffset(scalarArg("u16", Header.Type, "m.Header.Type"));
  const size = byteLengthOf(data);
  if (skip < 0 || skip > size) return [[], EINVAL];
  const recs = parseRecords(RTATTR, subview(data, skip, size), SIZEOF_RTATTR, 4, false);
  if (recs === null) return [[], EINVAL];
  const attrs: NetlinkRouteAttr[] = [];
  for (let i = 0; i < recs.length; i++) attrs[i] = new NetlinkRouteAttr({ Attr: recs[i]![0], Value: recs[i]![1] });
  return [attrs, null];
}

/** Go's newNetlinkRouteRequest: the wire form of a dump request for proto and family (truncated to uint16 and uint8, as Go converts them). */
function routeRequest(proto: number, seq: number, family: number): Uint8Array {
  const rr = new NetlinkRouteRequest({
    Header: { Len: NLMSG_HDRLEN + RTGENMSG.size, Type: proto & 0xffff, Flags: NLM_F_DUMP | NLM_F_REQUEST, Seq: seq },
    Data: { Family: family & 0xff },
  });
  const b = new Uint8Array(rr.Header.Len);
  writeStruct(NETLINKROUTEREQUEST, rr, view(b), 0);
  return b;
}

/**
 * Go's `NetlinkRIB(proto, family int) ([]byte, error)`: the kernel's
 * answer to a dump request over NETLINK_ROUTE, every message up to
 * NLMSG_DONE, as one byte slice: parse it with ParseNetlinkMessage. proto
 * is a request type such as RTM_GETLINK, RTM_GETADDR or RTM_GETROUTE;
 * family AF_UNSPEC, AF_INET or AF_INET6. An NLMSG_ERROR answer, or a
 * message that is not the answer, gives EINVAL, as in Go; so does a proto
 * below NLMSG_MIN_TYPE (16), which the kernel leaves unanswered (Go's
 * would wait for ever). On failure the
 * bytes are empty. The socket it opens is close-on-exec and always closed.
 */
export function NetlinkRIB(proto: number, family: number): [rib: Uint8Array, err: Errno | null] {
  const p = intArg("proto", proto);
  const wb = routeRequest(p, 1, intArg("family", family));
  // A type below NLMSG_MIN_TYPE is a control message, which the kernel
  // never answers without NLM_F_ACK: Go's NetlinkRIB waits for ever.
  if ((p & 0xffff) < NLMSG_MIN_TYPE) return [new Uint8Array(0), EINVAL];
  // Index reads, not destructuring: a program's Array.prototype[Symbol.iterator] would run with the socket open (and leak it by a throw).
  const r = Socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE);
  const s = r[0], err = r[1];
  if (err !== null) return [new Uint8Array(0), err];
  try {
    return ribOf(s, wb);
  } finally {
    Close(s);
  }
}

/** NetlinkRIB on an open socket s: bind, send the request, read to NLMSG_DONE. */
function ribOf(s: number, wb: Uint8Array): [rib: Uint8Array, err: Errno | null] {
  const fail = (e: Errno): [Uint8Array, Errno] => [new Uint8Array(0), e];
  const sa = new SockaddrNetlink();
  sa.Family = AF_NETLINK;
  const berr = Bind(s, sa) ?? Sendto(s, wb, 0, sa);
  if (berr !== null) return fail(berr);
  // Index reads and loops throughout, not destructuring, for-of, push or reduce: a program's array methods must not make the dump throw or lose chunks.
  const g = Getsockname(s), lsa = g[0], nerr = g[1];
  if (nerr !== null) return fail(nerr);
  if (!isA(SockaddrNetlink, lsa)) return fail(EINVAL);
  const chunks: Uint8Array[] = [];
  const rb = new Uint8Array(Getpagesize());
  for (;;) {
    const rr = Recvfrom(s, rb, 0), nr = rr[0], rerr = rr[2];
    if (rerr !== null) return fail(rerr);
    if (nr < NLMSG_HDRLEN) return fail(EINVAL);
    const got = new Uint8Array(subview(rb, 0, nr)); // a copy by the constructor, not Uint8Array.prototype.slice
    chunks[chunks.length] = got;
    const pm = ParseNetlinkMessage(got), msgs = pm[0], perr = pm[1];
    if (perr !== null) return fail(perr);
    for (let i = 0; i < msgs.length; i++) {
      const m = msgs[i]!;
      if (m.Header.Seq !== 1 || m.Header.Pid !== (lsa as SockaddrNetlink).Pid) return fail(EINVAL);
      if (m.Header.Type === NLMSG_DONE) return [concat(chunks), null];
      if (m.Header.Type === NLMSG_ERROR) return fail(EINVAL);
    }
  }
}

/** netlink.h's NLMSG_MIN_TYPE: types below it are control messages (NOOP, ERROR, DONE, OVERRUN). */
const NLMSG_MIN_TYPE = 0x10;

function concat(chunks: Uint8Array[]): Uint8Array {
  // The engine's lengths, not a `byteLength` getter on Uint8Array.prototype (which would make the copy throw or leave gaps).
  let total = 0;
  for (let i = 0; i < chunks.length; i++) total += byteLengthOf(chunks[i]!);
  const out = new Uint8Array(total);
  let at = 0;
  for (let i = 0; i < chunks.length; i++) {
    setOf(out, chunks[i]!, at);
    at += byteLengthOf(chunks[i]!);
  }
  return out;
}
