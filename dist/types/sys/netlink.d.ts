/**
 * Go's netlink support (netlink_linux.go): NetlinkRIB, which dumps the
 * kernel's routing information base (links, addresses, routes) over an
 * AF_NETLINK socket, ParseNetlinkMessage and ParseNetlinkRouteAttr, and the
 * netlink structs of ztypes_linux_*.go (NlMsghdr, RtAttr, IfInfomsg, ...).
 * @module
 */
import { Errno } from "../errno.js";
import { type Init } from "./socket_struct.js";
/** Go's `syscall.NlMsghdr`: a netlink message header (`struct nlmsghdr`). */
export declare class NlMsghdr {
    /** The message's length, header included (uint32). */
    Len: number;
    /** The message type, such as RTM_NEWLINK or NLMSG_DONE (uint16). */
    Type: number;
    /** NLM_F_* flags (uint16). */
    Flags: number;
    /** Sequence number (uint32). */
    Seq: number;
    /** The sending port id (uint32). */
    Pid: number;
    /** An NlMsghdr with the fields init gives; the rest are 0. */
    constructor(init?: Init<NlMsghdr>);
}
/** Go's `syscall.NlMsgerr`: the payload of an NLMSG_ERROR message (`struct nlmsgerr`). */
export declare class NlMsgerr {
    /** A negated errno, or 0 for an acknowledgement (int32). */
    Error: number;
    /** The header of the message that caused it. */
    Msg: NlMsghdr;
    /** An NlMsgerr with the fields init gives. */
    constructor(init?: Init<NlMsgerr>);
}
/** Go's `syscall.RtGenmsg`: the payload of a dump request (`struct rtgenmsg`). */
export declare class RtGenmsg {
    /** The address family to dump, or AF_UNSPEC (uint8). */
    Family: number;
    /** An RtGenmsg with the fields init gives. */
    constructor(init?: Init<RtGenmsg>);
}
/** Go's `syscall.NlAttr`: a netlink attribute header (`struct nlattr`). */
export declare class NlAttr {
    /** The attribute's length, header included (uint16). */
    Len: number;
    /** The attribute type (uint16). */
    Type: number;
    /** An NlAttr with the fields init gives. */
    constructor(init?: Init<NlAttr>);
}
/** Go's `syscall.RtAttr`: a route attribute header (`struct rtattr`). */
export declare class RtAttr {
    /** The attribute's length, header included (uint16). */
    Len: number;
    /** The attribute type, such as IFLA_IFNAME or IFA_ADDRESS (uint16). */
    Type: number;
    /** An RtAttr with the fields init gives. */
    constructor(init?: Init<RtAttr>);
}
/** Go's `syscall.IfInfomsg`: a link message's header (`struct ifinfomsg`, RTM_NEWLINK). */
export declare class IfInfomsg {
    /** AF_UNSPEC (uint8). */
    Family: number;
    /** Padding (uint8). */
    X__ifi_pad: number;
    /** ARP hardware type, such as ARPHRD_LOOPBACK (uint16). */
    Type: number;
    /** The interface index (int32). */
    Index: number;
    /** IFF_* flags (uint32). */
    Flags: number;
    /** The change mask (uint32). */
    Change: number;
    /** An IfInfomsg with the fields init gives. */
    constructor(init?: Init<IfInfomsg>);
}
/** Go's `syscall.IfAddrmsg`: an address message's header (`struct ifaddrmsg`, RTM_NEWADDR). */
export declare class IfAddrmsg {
    /** AF_INET or AF_INET6 (uint8). */
    Family: number;
    /** The prefix length (uint8). */
    Prefixlen: number;
    /** IFA_F_* flags (uint8). */
    Flags: number;
    /** The scope (uint8). */
    Scope: number;
    /** The interface index (uint32). */
    Index: number;
    /** An IfAddrmsg with the fields init gives. */
    constructor(init?: Init<IfAddrmsg>);
}
/** Go's `syscall.RtMsg`: a route message's header (`struct rtmsg`, RTM_NEWROUTE). */
export declare class RtMsg {
    /** The address family (uint8). */
    Family: number;
    /** Destination prefix length (uint8). */
    Dst_len: number;
    /** Source prefix length (uint8). */
    Src_len: number;
    /** Type of service (uint8). */
    Tos: number;
    /** Routing table id (uint8). */
    Table: number;
    /** Routing protocol (uint8). */
    Protocol: number;
    /** Scope (uint8). */
    Scope: number;
    /** Route type, such as RTN_UNICAST (uint8). */
    Type: number;
    /** RTM_F_* flags (uint32). */
    Flags: number;
    /** An RtMsg with the fields init gives. */
    constructor(init?: Init<RtMsg>);
}
/** Go's `syscall.RtNexthop`: one next hop of a multipath route (`struct rtnexthop`). */
export declare class RtNexthop {
    /** Length, header included (uint16). */
    Len: number;
    /** RTNH_F_* flags (uint8). */
    Flags: number;
    /** Weight (uint8). */
    Hops: number;
    /** The interface index (int32). */
    Ifindex: number;
    /** An RtNexthop with the fields init gives. */
    constructor(init?: Init<RtNexthop>);
}
/** Go's `syscall.NetlinkRouteRequest`: a dump request, header and family, as NetlinkRIB sends it. */
export declare class NetlinkRouteRequest {
    /** The message header. */
    Header: NlMsghdr;
    /** The payload. */
    Data: RtGenmsg;
    /** A NetlinkRouteRequest with the fields init gives. */
    constructor(init?: Init<NetlinkRouteRequest>);
}
/** Go's `syscall.NetlinkMessage`: one netlink message, its header and its payload (a view into the parsed buffer). */
export declare class NetlinkMessage {
    /** The header. */
    Header: NlMsghdr;
    /** The payload (Header.Len - 16 bytes). */
    Data: Uint8Array;
    /** A NetlinkMessage with the fields init gives (the Header copied, the Data kept). */
    constructor(init?: {
        Header?: Init<NlMsghdr>;
        Data?: Uint8Array;
    });
}
/** Go's `syscall.NetlinkRouteAttr`: one route attribute, its header and its value (a view). */
export declare class NetlinkRouteAttr {
    /** The header. */
    Attr: RtAttr;
    /** The value (Attr.Len - 4 bytes). */
    Value: Uint8Array;
    /** A NetlinkRouteAttr with the fields init gives. */
    constructor(init?: {
        Attr?: Init<RtAttr>;
        Value?: Uint8Array;
    });
}
/**
 * Go's `ParseNetlinkMessage(b []byte) ([]NetlinkMessage, error)`: the
 * netlink messages in b (what NetlinkRIB returns, or a Recvfrom of a
 * netlink socket). A header whose Len is below 16 or whose aligned length
 * is past the buffer gives EINVAL (and no messages).
 */
export declare function ParseNetlinkMessage(b: Uint8Array): [msgs: NetlinkMessage[], err: Errno | null];
/**
 * Go's `ParseNetlinkRouteAttr(m *NetlinkMessage) ([]NetlinkRouteAttr, error)`:
 * the route attributes of a link, address or route message (RTM_NEWLINK,
 * RTM_NEWADDR, RTM_NEWROUTE and their DEL forms); EINVAL for another type,
 * or an attribute whose Len is below 4 or past the payload. Where Go would
 * panic (a payload shorter than its fixed header) this returns EINVAL; the
 * padding of a last attribute that the payload cuts short is not required.
 */
export declare function ParseNetlinkRouteAttr(m: NetlinkMessage): [attrs: NetlinkRouteAttr[], err: Errno | null];
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
export declare function NetlinkRIB(proto: number, family: number): [rib: Uint8Array, err: Errno | null];
