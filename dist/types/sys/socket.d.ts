/**
 * Go's sockets for Linux, in one module: the calls (socket_calls.ts), the
 * socket addresses (sockaddr.ts), the structs (socket_struct.ts), control
 * messages (cmsg.ts), netlink (netlink.ts) and Linux socket filters
 * (lsf.ts). src/index.ts re-exports this module.
 * @module
 */
export { Socket, SocketDisableIPv6, SetSocketDisableIPv6, Socketpair, Bind, Connect, Listen, Accept, Accept4, Shutdown, Getsockname, Getpeername, Recvfrom, Sendto, Recvmsg, Sendmsg, SendmsgN, BindToDevice, GetsockoptInt, GetsockoptInet4Addr, GetsockoptIPMreq, GetsockoptIPMreqn, GetsockoptIPv6Mreq, GetsockoptIPv6MTUInfo, GetsockoptICMPv6Filter, GetsockoptUcred, SetsockoptByte, SetsockoptInt, SetsockoptInet4Addr, SetsockoptIPMreq, SetsockoptIPMreqn, SetsockoptIPv6Mreq, SetsockoptICMPv6Filter, SetsockoptLinger, SetsockoptString, SetsockoptTimeval, } from "./socket_calls.js";
export { type Sockaddr, SockaddrInet4, SockaddrInet6, SockaddrUnix, SockaddrLinklayer, SockaddrNetlink } from "./sockaddr.js";
export { Linger, IPMreq, IPMreqn, IPv6Mreq, Inet4Pktinfo, Inet6Pktinfo, IPv6MTUInfo, ICMPv6Filter, Ucred, TCPInfo, Iovec, Msghdr, Cmsghdr, RawSockaddrInet4, RawSockaddrInet6, RawSockaddrUnix, RawSockaddrLinklayer, RawSockaddrNetlink, RawSockaddr, RawSockaddrAny, } from "./socket_struct.js";
export { CmsgLen, CmsgSpace, SocketControlMessage, ParseSocketControlMessage, UnixRights, ParseUnixRights, UnixCredentials, ParseUnixCredentials, } from "./cmsg.js";
export { NetlinkRIB, ParseNetlinkMessage, ParseNetlinkRouteAttr, NetlinkMessage, NetlinkRouteAttr, NetlinkRouteRequest, NlMsghdr, NlMsgerr, RtGenmsg, NlAttr, RtAttr, IfInfomsg, IfAddrmsg, RtMsg, RtNexthop, } from "./netlink.js";
export { LsfStmt, LsfJump, LsfSocket, SetLsfPromisc, AttachLsf, DetachLsf, SockFilter, SockFprog } from "./lsf.js";
