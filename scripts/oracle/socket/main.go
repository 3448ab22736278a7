// Oracle for bun-syscall's sockets: prints, as JSON, what Go's own syscall
// package does for the cases test/sys_socket_oracle.test.ts repeats: the
// bytes each Sockaddr encodes to (Go's unexported raw field, filled by
// Bind(-1, sa) before bind(2) refuses the fd) and the error, Bind and
// Getsockname round trips (with the kernel's view of the length), the
// getsockopt values of fresh sockets, CmsgLen / CmsgSpace, UnixRights,
// UnixCredentials, ParseSocketControlMessage, ParseNetlinkMessage,
// ParseNetlinkRouteAttr and LsfStmt / LsfJump.
//
// Usage: go run ./socket DIR PREFIX (from scripts/oracle), where DIR is a
// scratch directory for Unix socket paths and PREFIX a unique abstract name
// prefix. Only 127.0.0.1 and ::1 are bound; nothing is sent off the host.
package main

import (
	"encoding/hex"
	"encoding/json"
	"os"
	"reflect"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// A Sockaddr case in a form both sides can build: Type is inet4, inet6,
// unix, linklayer or netlink.
type saCase struct {
	Type     string `json:"type"`
	Port     int    `json:"port,omitempty"`
	ZoneId   uint32 `json:"zoneId,omitempty"`
	Addr     []int  `json:"addr,omitempty"`
	Name     string `json:"name,omitempty"`
	Protocol uint16 `json:"protocol,omitempty"`
	Ifindex  int    `json:"ifindex,omitempty"`
	Hatype   uint16 `json:"hatype,omitempty"`
	Pkttype  uint8  `json:"pkttype,omitempty"`
	Halen    uint8  `json:"halen,omitempty"`
	Pad      uint16 `json:"pad,omitempty"`
	Pid      uint32 `json:"pid,omitempty"`
	Groups   uint32 `json:"groups,omitempty"`
}

type encoded struct {
	Case saCase `json:"case"`
	Err  int    `json:"err"`
	Raw  string `json:"raw"` // hex of Go's raw struct after sockaddr()
}

type roundTrip struct {
	Case   saCase `json:"case"`
	Err    int    `json:"err"`
	Got    saCase `json:"got"`
	RawLen int    `json:"rawLen"` // the length getsockname(2) reports
}

func ints(b []byte) []int {
	out := make([]int, len(b))
	for i, x := range b {
		out[i] = int(x)
	}
	return out
}

func bytesOf(a []int, n int) []byte {
	b := make([]byte, n)
	for i := 0; i < n && i < len(a); i++ {
		b[i] = byte(a[i])
	}
	return b
}

func build(c saCase) syscall.Sockaddr {
	switch c.Type {
	case "inet4":
		sa := &syscall.SockaddrInet4{Port: c.Port}
		copy(sa.Addr[:], bytesOf(c.Addr, 4))
		return sa
	case "inet6":
		sa := &syscall.SockaddrInet6{Port: c.Port, ZoneId: c.ZoneId}
		copy(sa.Addr[:], bytesOf(c.Addr, 16))
		return sa
	case "unix":
		return &syscall.SockaddrUnix{Name: c.Name}
	case "linklayer":
		sa := &syscall.SockaddrLinklayer{Protocol: c.Protocol, Ifindex: c.Ifindex, Hatype: c.Hatype, Pkttype: c.Pkttype, Halen: c.Halen}
		copy(sa.Addr[:], bytesOf(c.Addr, 8))
		return sa
	case "netlink":
		return &syscall.SockaddrNetlink{Pad: c.Pad, Pid: c.Pid, Groups: c.Groups}
	}
	panic(c.Type)
}

func describe(sa syscall.Sockaddr) saCase {
	switch s := sa.(type) {
	case *syscall.SockaddrInet4:
		return saCase{Type: "inet4", Port: s.Port, Addr: ints(s.Addr[:])}
	case *syscall.SockaddrInet6:
		return saCase{Type: "inet6", Port: s.Port, ZoneId: s.ZoneId, Addr: ints(s.Addr[:])}
	case *syscall.SockaddrUnix:
		return saCase{Type: "unix", Name: s.Name}
	case *syscall.SockaddrNetlink:
		return saCase{Type: "netlink", Pad: s.Pad, Pid: s.Pid, Groups: s.Groups}
	case nil:
		return saCase{Type: "nil"}
	}
	return saCase{Type: "other"}
}

func errno(err error) int {
	if err == nil {
		return 0
	}
	if e, ok := err.(syscall.Errno); ok {
		return int(e)
	}
	return -1
}

// raw is Go's unexported raw field of sa, as sockaddr() left it.
func raw(sa syscall.Sockaddr) string {
	f := reflect.ValueOf(sa).Elem().FieldByName("raw")
	b := unsafe.Slice((*byte)(unsafe.Pointer(f.UnsafeAddr())), f.Type().Size())
	return hex.EncodeToString(b)
}

// rawNameLen is getsockname(2)'s length for fd.
func rawNameLen(fd int) int {
	var buf [112]byte
	l := uint32(len(buf))
	_, _, e := syscall.RawSyscall(syscall.SYS_GETSOCKNAME, uintptr(fd), uintptr(unsafe.Pointer(&buf[0])), uintptr(unsafe.Pointer(&l)))
	if e != 0 {
		return -int(e)
	}
	return int(l)
}

type sockopt struct {
	Level int    `json:"level"`
	Opt   int    `json:"opt"`
	Name  string `json:"name"`
	Value int    `json:"value"`
	Err   int    `json:"err"`
}

func sockopts(domain, typ int, opts []sockopt) []sockopt {
	fd, err := syscall.Socket(domain, typ|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		panic(err)
	}
	defer syscall.Close(fd)
	out := []sockopt{}
	for _, o := range opts {
		v, err := syscall.GetsockoptInt(fd, o.Level, o.Opt)
		o.Value, o.Err = v, errno(err)
		out = append(out, o)
	}
	return out
}

type cmsgOut struct {
	Level int    `json:"level"`
	Type  int    `json:"type"`
	Len   uint64 `json:"len"`
	Data  string `json:"data"`
}

type parsed struct {
	In   string    `json:"in"`
	Err  int       `json:"err"`
	Msgs []cmsgOut `json:"msgs"`
}

type nlOut struct {
	Header  syscall.NlMsghdr `json:"header"`
	Data    string           `json:"data"`
	Attrs   []cmsgOut        `json:"attrs"`
	AttrErr int              `json:"attrErr"`
}

type nlParsed struct {
	In   string  `json:"in"`
	Err  int     `json:"err"`
	Msgs []nlOut `json:"msgs"`
}

func unhex(s string) []byte {
	b, err := hex.DecodeString(s)
	if err != nil {
		panic(err)
	}
	return b
}

func main() {
	dir, prefix := os.Args[1], os.Args[2]
	lo4 := []int{127, 0, 0, 1}
	lo6 := []int{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1}
	encCases := []saCase{
		{Type: "inet4", Port: 0, Addr: lo4},
		{Type: "inet4", Port: 80, Addr: []int{10, 1, 2, 3}},
		{Type: "inet4", Port: 65535, Addr: []int{255, 255, 255, 255}},
		{Type: "inet4", Port: 65536, Addr: lo4},
		{Type: "inet4", Port: -1, Addr: lo4},
		{Type: "inet6", Port: 443, ZoneId: 7, Addr: lo6},
		{Type: "inet6", Port: 0x1234, ZoneId: 0xffffffff, Addr: []int{0xfe, 0x80, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8}},
		{Type: "inet6", Port: 65536, Addr: lo6},
		{Type: "unix", Name: "/tmp/sock"},
		{Type: "unix", Name: ""},
		{Type: "unix", Name: "@"},
		{Type: "unix", Name: "@abstract"},
		{Type: "unix", Name: "héllo"},
		{Type: "unix", Name: strings.Repeat("a", 107)},
		{Type: "unix", Name: strings.Repeat("a", 108)},
		{Type: "unix", Name: "@" + strings.Repeat("a", 107)},
		{Type: "unix", Name: strings.Repeat("a", 109)},
		{Type: "unix", Name: "@" + strings.Repeat("a", 108)},
		{Type: "linklayer", Protocol: 0x0300, Ifindex: 1, Hatype: 1, Pkttype: 2, Halen: 6, Addr: []int{1, 2, 3, 4, 5, 6, 7, 8}},
		{Type: "linklayer", Ifindex: 0x7fffffff},
		{Type: "linklayer", Ifindex: -1},
		{Type: "linklayer", Ifindex: 0x80000000},
		{Type: "netlink", Pad: 3, Pid: 1234, Groups: 5},
	}
	var encs []encoded
	for _, c := range encCases {
		sa := build(c)
		err := syscall.Bind(-1, sa)
		encs = append(encs, encoded{Case: c, Err: errno(err), Raw: raw(sa)})
	}

	// Round trips: Bind, then Getsockname. Ports are 0 (the kernel picks).
	rtCases := []struct {
		domain, typ int
		c           saCase
	}{
		{syscall.AF_INET, syscall.SOCK_STREAM, saCase{Type: "inet4", Addr: lo4}},
		{syscall.AF_INET, syscall.SOCK_DGRAM, saCase{Type: "inet4", Addr: lo4}},
		{syscall.AF_INET6, syscall.SOCK_STREAM, saCase{Type: "inet6", Addr: lo6}},
		{syscall.AF_UNIX, syscall.SOCK_STREAM, saCase{Type: "unix", Name: dir + "/go.sock"}},
		{syscall.AF_UNIX, syscall.SOCK_DGRAM, saCase{Type: "unix", Name: "@" + prefix + "-go"}},
		{syscall.AF_UNIX, syscall.SOCK_STREAM, saCase{Type: "unix", Name: "@" + prefix + "-go\x00tail"}},
		{syscall.AF_UNIX, syscall.SOCK_STREAM, saCase{Type: "unix", Name: ""}},
		{syscall.AF_NETLINK, syscall.SOCK_RAW, saCase{Type: "netlink"}},
	}
	var rts []roundTrip
	for _, r := range rtCases {
		fd, err := syscall.Socket(r.domain, r.typ|syscall.SOCK_CLOEXEC, 0)
		if err != nil {
			rts = append(rts, roundTrip{Case: r.c, Err: errno(err)})
			continue
		}
		err = syscall.Bind(fd, build(r.c))
		rt := roundTrip{Case: r.c, Err: errno(err)}
		if err == nil {
			sa, err := syscall.Getsockname(fd)
			rt.Err = errno(err)
			rt.Got = describe(sa)
			rt.RawLen = rawNameLen(fd)
		}
		syscall.Close(fd)
		rts = append(rts, rt)
	}
	os.Remove(dir + "/go.sock")

	// The name of an unnamed socket of a pair.
	pair, err := syscall.Socketpair(syscall.AF_UNIX, syscall.SOCK_STREAM|syscall.SOCK_CLOEXEC, 0)
	if err != nil {
		panic(err)
	}
	unnamed, _ := syscall.Getsockname(pair[0])
	peer, _ := syscall.Getpeername(pair[0])
	syscall.Close(pair[0])
	syscall.Close(pair[1])

	common := []sockopt{
		{syscall.SOL_SOCKET, syscall.SO_TYPE, "SO_TYPE", 0, 0},
		{syscall.SOL_SOCKET, syscall.SO_RCVBUF, "SO_RCVBUF", 0, 0},
		{syscall.SOL_SOCKET, syscall.SO_SNDBUF, "SO_SNDBUF", 0, 0},
		{syscall.SOL_SOCKET, syscall.SO_REUSEADDR, "SO_REUSEADDR", 0, 0},
		{syscall.SOL_SOCKET, syscall.SO_KEEPALIVE, "SO_KEEPALIVE", 0, 0},
		{syscall.SOL_SOCKET, syscall.SO_BROADCAST, "SO_BROADCAST", 0, 0},
		{syscall.SOL_SOCKET, syscall.SO_ERROR, "SO_ERROR", 0, 0},
		{syscall.SOL_SOCKET, syscall.SO_ACCEPTCONN, "SO_ACCEPTCONN", 0, 0},
		{syscall.SOL_SOCKET, 39, "SO_DOMAIN", 0, 0},
		{syscall.SOL_SOCKET, 38, "SO_PROTOCOL", 0, 0},
		{syscall.IPPROTO_IP, syscall.IP_TTL, "IP_TTL", 0, 0},
		{syscall.IPPROTO_IP, syscall.IP_MULTICAST_TTL, "IP_MULTICAST_TTL", 0, 0},
		{syscall.IPPROTO_TCP, syscall.TCP_NODELAY, "TCP_NODELAY", 0, 0},
		{syscall.SOL_SOCKET, 0x7fff, "bad option", 0, 0},
	}

	// SO_RCVBUF after SetsockoptInt: the kernel doubles it.
	ufd, _ := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM|syscall.SOCK_CLOEXEC, 0)
	set := map[string]int{}
	for _, v := range []int{4096, 65536, 1} {
		syscall.SetsockoptInt(ufd, syscall.SOL_SOCKET, syscall.SO_RCVBUF, v)
		got, _ := syscall.GetsockoptInt(ufd, syscall.SOL_SOCKET, syscall.SO_RCVBUF)
		set[strconv.Itoa(v)] = got
	}
	mif, mifErr := syscall.GetsockoptInet4Addr(ufd, syscall.IPPROTO_IP, syscall.IP_MULTICAST_IF)
	mreqn, mreqnErr := syscall.GetsockoptIPMreqn(ufd, syscall.IPPROTO_IP, syscall.IP_MULTICAST_IF)
	syscall.Close(ufd)

	var lens, spaces []int
	lenIn := []int{0, 1, 4, 7, 8, 12, 16, 17, 100, -1, -8, -9}
	for _, n := range lenIn {
		lens = append(lens, syscall.CmsgLen(n))
		spaces = append(spaces, syscall.CmsgSpace(n))
	}

	cmsgIn := []string{
		hex.EncodeToString(syscall.UnixRights(3, 4)),
		hex.EncodeToString(append(syscall.UnixRights(5), syscall.UnixCredentials(&syscall.Ucred{Pid: 1, Uid: 2, Gid: 3})...)),
		"",
		"0f00000000000000" + "0100000001000000", // Len 15 < 16
		"1400000000000000" + "0100000001000000" + "0300",                         // Len 20 past the buffer
		"1000000000000000" + "0100000001000000",                                  // an empty message
		"1400000000000000" + "0100000001000000" + "07000000" + "00000000" + "ff", // trailing bytes shorter than a header
	}
	var cmsgs []parsed
	for _, in := range cmsgIn {
		msgs, err := syscall.ParseSocketControlMessage(unhex(in))
		p := parsed{In: in, Err: errno(err), Msgs: []cmsgOut{}}
		for _, m := range msgs {
			p.Msgs = append(p.Msgs, cmsgOut{int(m.Header.Level), int(m.Header.Type), m.Header.Len, hex.EncodeToString(m.Data)})
		}
		cmsgs = append(cmsgs, p)
	}
	rights, rightsErr := syscall.ParseUnixRights(&syscall.SocketControlMessage{Header: syscall.Cmsghdr{Level: syscall.SOL_SOCKET, Type: syscall.SCM_RIGHTS}, Data: unhex("0300000004000000")})
	_, rightsBad := syscall.ParseUnixRights(&syscall.SocketControlMessage{Header: syscall.Cmsghdr{Level: syscall.SOL_SOCKET, Type: syscall.SCM_CREDENTIALS}})
	cred, credErr := syscall.ParseUnixCredentials(&syscall.SocketControlMessage{Header: syscall.Cmsghdr{Level: syscall.SOL_SOCKET, Type: syscall.SCM_CREDENTIALS}, Data: unhex("010000000200000003000000")})
	_, credShort := syscall.ParseUnixCredentials(&syscall.SocketControlMessage{Header: syscall.Cmsghdr{Level: syscall.SOL_SOCKET, Type: syscall.SCM_CREDENTIALS}, Data: unhex("0100000002000000")})

	// Netlink: an RTM_NEWLINK with an IFLA_IFNAME "lo", an NLMSG_DONE, and broken ones.
	link := "30000000" + "1000" + "0200" + "01000000" + "00000000" + // header, Len 48
		"00000403" + "01000000" + "49000000" + "00000000" + // ifinfomsg
		"0700" + "0300" + "6c6f00" + "00" + // IFLA_IFNAME "lo\0", padded
		"0800" + "0400" + "00000100" // IFLA_MTU 65536
	done := "14000000" + "0300" + "0200" + "01000000" + "00000000" + "00000000"
	nlIn := []string{
		link + done,
		"",
		"0f000000" + "0300" + "0000" + "00000000" + "00000000",        // Len 15
		"20000000" + "0300" + "0000" + "00000000" + "00000000",        // Len 32 past the buffer
		"11000000" + "0300" + "0000" + "00000000" + "00000000" + "ff", // Len 17: aligned 20 past 17
		done + "ffff", // trailing bytes
		"18000000" + "1000" + "0000" + "00000000" + "00000000" + "0000000000000000",                   // RTM_NEWLINK too short for its ifinfomsg
		"1c000000" + "1400" + "0000" + "00000000" + "00000000" + "0208000001000000" + "0300" + "0100", // RTM_NEWADDR, attr Len 3
		"1c000000" + "1800" + "0000" + "00000000" + "00000000" + "020800000000000000000000",           // RTM_NEWROUTE, no attrs
	}
	var nls []nlParsed
	for _, in := range nlIn {
		msgs, err := syscall.ParseNetlinkMessage(unhex(in))
		p := nlParsed{In: in, Err: errno(err), Msgs: []nlOut{}}
		for i := range msgs {
			m := &msgs[i]
			o := nlOut{Header: m.Header, Data: hex.EncodeToString(m.Data), Attrs: []cmsgOut{}}
			func() {
				defer func() {
					if recover() != nil {
						o.AttrErr = -1 // Go panicked
					}
				}()
				attrs, err := syscall.ParseNetlinkRouteAttr(m)
				o.AttrErr = errno(err)
				for _, a := range attrs {
					o.Attrs = append(o.Attrs, cmsgOut{Type: int(a.Attr.Type), Len: uint64(a.Attr.Len), Data: hex.EncodeToString(a.Value)})
				}
			}()
			p.Msgs = append(p.Msgs, o)
		}
		nls = append(nls, p)
	}

	out := map[string]any{
		"goarch":          runtime.GOARCH,
		"go":              runtime.Version(),
		"encode":          encs,
		"roundTrip":       rts,
		"unnamed":         describe(unnamed),
		"unnamedPeer":     describe(peer),
		"tcp":             sockopts(syscall.AF_INET, syscall.SOCK_STREAM, common),
		"udp":             sockopts(syscall.AF_INET, syscall.SOCK_DGRAM, common),
		"unixStream":      sockopts(syscall.AF_UNIX, syscall.SOCK_STREAM, common[:10]),
		"rcvbufSet":       set,
		"multicastIf":     map[string]any{"addr": ints(mif[:]), "err": errno(mifErr), "mreqn": map[string]any{"multiaddr": ints(mreqn.Multiaddr[:]), "address": ints(mreqn.Address[:]), "ifindex": mreqn.Ifindex}, "mreqnErr": errno(mreqnErr)},
		"cmsgLenIn":       lenIn,
		"cmsgLen":         lens,
		"cmsgSpace":       spaces,
		"unixRights34":    hex.EncodeToString(syscall.UnixRights(3, 4)),
		"unixRightsNone":  hex.EncodeToString(syscall.UnixRights()),
		"unixRightsNeg":   hex.EncodeToString(syscall.UnixRights(-1, 0x7fffffff)),
		"unixCredentials": hex.EncodeToString(syscall.UnixCredentials(&syscall.Ucred{Pid: 1, Uid: 2, Gid: 3})),
		"parseCmsg":       cmsgs,
		"parseRights":     map[string]any{"fds": rights, "err": errno(rightsErr), "badErr": errno(rightsBad)},
		"parseCred":       map[string]any{"pid": cred.Pid, "uid": cred.Uid, "gid": cred.Gid, "err": errno(credErr), "shortErr": errno(credShort)},
		"parseNetlink":    nls,
		"lsf": []any{
			syscall.LsfStmt(syscall.BPF_RET|syscall.BPF_K, 0xffffffff),
			syscall.LsfStmt(0x10006, -1),
			syscall.LsfJump(syscall.BPF_JMP|syscall.BPF_JEQ|syscall.BPF_K, 0x800, 1, 0),
			syscall.LsfJump(0x15, 1<<32+5, 257, -1),
		},
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
