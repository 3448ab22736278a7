import { Errno } from "./errno.js";
import { Signal } from "./signal.js";
/** E2BIG (7): Error() is Go's linux/amd64 text, "argument list too long". */
export declare const E2BIG: Errno;
/** EACCES (13): Error() is Go's linux/amd64 text, "permission denied". */
export declare const EACCES: Errno;
/** EADDRINUSE (98): Error() is Go's linux/amd64 text, "address already in use". */
export declare const EADDRINUSE: Errno;
/** EADDRNOTAVAIL (99): Error() is Go's linux/amd64 text, "cannot assign requested address". */
export declare const EADDRNOTAVAIL: Errno;
/** EADV (68): Error() is Go's linux/amd64 text, "advertise error". */
export declare const EADV: Errno;
/** EAFNOSUPPORT (97): Error() is Go's linux/amd64 text, "address family not supported by protocol". */
export declare const EAFNOSUPPORT: Errno;
/** EAGAIN (11): Error() is Go's linux/amd64 text, "resource temporarily unavailable". */
export declare const EAGAIN: Errno;
/** EALREADY (114): Error() is Go's linux/amd64 text, "operation already in progress". */
export declare const EALREADY: Errno;
/** EBADE (52): Error() is Go's linux/amd64 text, "invalid exchange". */
export declare const EBADE: Errno;
/** EBADF (9): Error() is Go's linux/amd64 text, "bad file descriptor". */
export declare const EBADF: Errno;
/** EBADFD (77): Error() is Go's linux/amd64 text, "file descriptor in bad state". */
export declare const EBADFD: Errno;
/** EBADMSG (74): Error() is Go's linux/amd64 text, "bad message". */
export declare const EBADMSG: Errno;
/** EBADR (53): Error() is Go's linux/amd64 text, "invalid request descriptor". */
export declare const EBADR: Errno;
/** EBADRQC (56): Error() is Go's linux/amd64 text, "invalid request code". */
export declare const EBADRQC: Errno;
/** EBADSLT (57): Error() is Go's linux/amd64 text, "invalid slot". */
export declare const EBADSLT: Errno;
/** EBFONT (59): Error() is Go's linux/amd64 text, "bad font file format". */
export declare const EBFONT: Errno;
/** EBUSY (16): Error() is Go's linux/amd64 text, "device or resource busy". */
export declare const EBUSY: Errno;
/** ECANCELED (125): Error() is Go's linux/amd64 text, "operation canceled". */
export declare const ECANCELED: Errno;
/** ECHILD (10): Error() is Go's linux/amd64 text, "no child processes". */
export declare const ECHILD: Errno;
/** ECHRNG (44): Error() is Go's linux/amd64 text, "channel number out of range". */
export declare const ECHRNG: Errno;
/** ECOMM (70): Error() is Go's linux/amd64 text, "communication error on send". */
export declare const ECOMM: Errno;
/** ECONNABORTED (103): Error() is Go's linux/amd64 text, "software caused connection abort". */
export declare const ECONNABORTED: Errno;
/** ECONNREFUSED (111): Error() is Go's linux/amd64 text, "connection refused". */
export declare const ECONNREFUSED: Errno;
/** ECONNRESET (104): Error() is Go's linux/amd64 text, "connection reset by peer". */
export declare const ECONNRESET: Errno;
/** EDEADLK (35): Error() is Go's linux/amd64 text, "resource deadlock avoided". */
export declare const EDEADLK: Errno;
/** EDEADLOCK (35): Error() is Go's linux/amd64 text, "resource deadlock avoided". */
export declare const EDEADLOCK: Errno;
/** EDESTADDRREQ (89): Error() is Go's linux/amd64 text, "destination address required". */
export declare const EDESTADDRREQ: Errno;
/** EDOM (33): Error() is Go's linux/amd64 text, "numerical argument out of domain". */
export declare const EDOM: Errno;
/** EDOTDOT (73): Error() is Go's linux/amd64 text, "RFS specific error". */
export declare const EDOTDOT: Errno;
/** EDQUOT (122): Error() is Go's linux/amd64 text, "disk quota exceeded". */
export declare const EDQUOT: Errno;
/** EEXIST (17): Error() is Go's linux/amd64 text, "file exists". */
export declare const EEXIST: Errno;
/** EFAULT (14): Error() is Go's linux/amd64 text, "bad address". */
export declare const EFAULT: Errno;
/** EFBIG (27): Error() is Go's linux/amd64 text, "file too large". */
export declare const EFBIG: Errno;
/** EHOSTDOWN (112): Error() is Go's linux/amd64 text, "host is down". */
export declare const EHOSTDOWN: Errno;
/** EHOSTUNREACH (113): Error() is Go's linux/amd64 text, "no route to host". */
export declare const EHOSTUNREACH: Errno;
/** EHWPOISON (133): Error() is Go's linux/amd64 text, "errno 133". */
export declare const EHWPOISON: Errno;
/** EIDRM (43): Error() is Go's linux/amd64 text, "identifier removed". */
export declare const EIDRM: Errno;
/** EILSEQ (84): Error() is Go's linux/amd64 text, "invalid or incomplete multibyte or wide character". */
export declare const EILSEQ: Errno;
/** EINPROGRESS (115): Error() is Go's linux/amd64 text, "operation now in progress". */
export declare const EINPROGRESS: Errno;
/** EINTR (4): Error() is Go's linux/amd64 text, "interrupted system call". */
export declare const EINTR: Errno;
/** EINVAL (22): Error() is Go's linux/amd64 text, "invalid argument". */
export declare const EINVAL: Errno;
/** EIO (5): Error() is Go's linux/amd64 text, "input/output error". */
export declare const EIO: Errno;
/** EISCONN (106): Error() is Go's linux/amd64 text, "transport endpoint is already connected". */
export declare const EISCONN: Errno;
/** EISDIR (21): Error() is Go's linux/amd64 text, "is a directory". */
export declare const EISDIR: Errno;
/** EISNAM (120): Error() is Go's linux/amd64 text, "is a named type file". */
export declare const EISNAM: Errno;
/** EKEYEXPIRED (127): Error() is Go's linux/amd64 text, "key has expired". */
export declare const EKEYEXPIRED: Errno;
/** EKEYREJECTED (129): Error() is Go's linux/amd64 text, "key was rejected by service". */
export declare const EKEYREJECTED: Errno;
/** EKEYREVOKED (128): Error() is Go's linux/amd64 text, "key has been revoked". */
export declare const EKEYREVOKED: Errno;
/** EL2HLT (51): Error() is Go's linux/amd64 text, "level 2 halted". */
export declare const EL2HLT: Errno;
/** EL2NSYNC (45): Error() is Go's linux/amd64 text, "level 2 not synchronized". */
export declare const EL2NSYNC: Errno;
/** EL3HLT (46): Error() is Go's linux/amd64 text, "level 3 halted". */
export declare const EL3HLT: Errno;
/** EL3RST (47): Error() is Go's linux/amd64 text, "level 3 reset". */
export declare const EL3RST: Errno;
/** ELIBACC (79): Error() is Go's linux/amd64 text, "can not access a needed shared library". */
export declare const ELIBACC: Errno;
/** ELIBBAD (80): Error() is Go's linux/amd64 text, "accessing a corrupted shared library". */
export declare const ELIBBAD: Errno;
/** ELIBEXEC (83): Error() is Go's linux/amd64 text, "cannot exec a shared library directly". */
export declare const ELIBEXEC: Errno;
/** ELIBMAX (82): Error() is Go's linux/amd64 text, "attempting to link in too many shared libraries". */
export declare const ELIBMAX: Errno;
/** ELIBSCN (81): Error() is Go's linux/amd64 text, ".lib section in a.out corrupted". */
export declare const ELIBSCN: Errno;
/** ELNRNG (48): Error() is Go's linux/amd64 text, "link number out of range". */
export declare const ELNRNG: Errno;
/** ELOOP (40): Error() is Go's linux/amd64 text, "too many levels of symbolic links". */
export declare const ELOOP: Errno;
/** EMEDIUMTYPE (124): Error() is Go's linux/amd64 text, "wrong medium type". */
export declare const EMEDIUMTYPE: Errno;
/** EMFILE (24): Error() is Go's linux/amd64 text, "too many open files". */
export declare const EMFILE: Errno;
/** EMLINK (31): Error() is Go's linux/amd64 text, "too many links". */
export declare const EMLINK: Errno;
/** EMSGSIZE (90): Error() is Go's linux/amd64 text, "message too long". */
export declare const EMSGSIZE: Errno;
/** EMULTIHOP (72): Error() is Go's linux/amd64 text, "multihop attempted". */
export declare const EMULTIHOP: Errno;
/** ENAMETOOLONG (36): Error() is Go's linux/amd64 text, "file name too long". */
export declare const ENAMETOOLONG: Errno;
/** ENAVAIL (119): Error() is Go's linux/amd64 text, "no XENIX semaphores available". */
export declare const ENAVAIL: Errno;
/** ENETDOWN (100): Error() is Go's linux/amd64 text, "network is down". */
export declare const ENETDOWN: Errno;
/** ENETRESET (102): Error() is Go's linux/amd64 text, "network dropped connection on reset". */
export declare const ENETRESET: Errno;
/** ENETUNREACH (101): Error() is Go's linux/amd64 text, "network is unreachable". */
export declare const ENETUNREACH: Errno;
/** ENFILE (23): Error() is Go's linux/amd64 text, "too many open files in system". */
export declare const ENFILE: Errno;
/** ENOANO (55): Error() is Go's linux/amd64 text, "no anode". */
export declare const ENOANO: Errno;
/** ENOBUFS (105): Error() is Go's linux/amd64 text, "no buffer space available". */
export declare const ENOBUFS: Errno;
/** ENOCSI (50): Error() is Go's linux/amd64 text, "no CSI structure available". */
export declare const ENOCSI: Errno;
/** ENODATA (61): Error() is Go's linux/amd64 text, "no data available". */
export declare const ENODATA: Errno;
/** ENODEV (19): Error() is Go's linux/amd64 text, "no such device". */
export declare const ENODEV: Errno;
/** ENOENT (2): Error() is Go's linux/amd64 text, "no such file or directory". */
export declare const ENOENT: Errno;
/** ENOEXEC (8): Error() is Go's linux/amd64 text, "exec format error". */
export declare const ENOEXEC: Errno;
/** ENOKEY (126): Error() is Go's linux/amd64 text, "required key not available". */
export declare const ENOKEY: Errno;
/** ENOLCK (37): Error() is Go's linux/amd64 text, "no locks available". */
export declare const ENOLCK: Errno;
/** ENOLINK (67): Error() is Go's linux/amd64 text, "link has been severed". */
export declare const ENOLINK: Errno;
/** ENOMEDIUM (123): Error() is Go's linux/amd64 text, "no medium found". */
export declare const ENOMEDIUM: Errno;
/** ENOMEM (12): Error() is Go's linux/amd64 text, "cannot allocate memory". */
export declare const ENOMEM: Errno;
/** ENOMSG (42): Error() is Go's linux/amd64 text, "no message of desired type". */
export declare const ENOMSG: Errno;
/** ENONET (64): Error() is Go's linux/amd64 text, "machine is not on the network". */
export declare const ENONET: Errno;
/** ENOPKG (65): Error() is Go's linux/amd64 text, "package not installed". */
export declare const ENOPKG: Errno;
/** ENOPROTOOPT (92): Error() is Go's linux/amd64 text, "protocol not available". */
export declare const ENOPROTOOPT: Errno;
/** ENOSPC (28): Error() is Go's linux/amd64 text, "no space left on device". */
export declare const ENOSPC: Errno;
/** ENOSR (63): Error() is Go's linux/amd64 text, "out of streams resources". */
export declare const ENOSR: Errno;
/** ENOSTR (60): Error() is Go's linux/amd64 text, "device not a stream". */
export declare const ENOSTR: Errno;
/** ENOSYS (38): Error() is Go's linux/amd64 text, "function not implemented". */
export declare const ENOSYS: Errno;
/** ENOTBLK (15): Error() is Go's linux/amd64 text, "block device required". */
export declare const ENOTBLK: Errno;
/** ENOTCONN (107): Error() is Go's linux/amd64 text, "transport endpoint is not connected". */
export declare const ENOTCONN: Errno;
/** ENOTDIR (20): Error() is Go's linux/amd64 text, "not a directory". */
export declare const ENOTDIR: Errno;
/** ENOTEMPTY (39): Error() is Go's linux/amd64 text, "directory not empty". */
export declare const ENOTEMPTY: Errno;
/** ENOTNAM (118): Error() is Go's linux/amd64 text, "not a XENIX named type file". */
export declare const ENOTNAM: Errno;
/** ENOTRECOVERABLE (131): Error() is Go's linux/amd64 text, "state not recoverable". */
export declare const ENOTRECOVERABLE: Errno;
/** ENOTSOCK (88): Error() is Go's linux/amd64 text, "socket operation on non-socket". */
export declare const ENOTSOCK: Errno;
/** ENOTSUP (95): Error() is Go's linux/amd64 text, "operation not supported". */
export declare const ENOTSUP: Errno;
/** ENOTTY (25): Error() is Go's linux/amd64 text, "inappropriate ioctl for device". */
export declare const ENOTTY: Errno;
/** ENOTUNIQ (76): Error() is Go's linux/amd64 text, "name not unique on network". */
export declare const ENOTUNIQ: Errno;
/** ENXIO (6): Error() is Go's linux/amd64 text, "no such device or address". */
export declare const ENXIO: Errno;
/** EOPNOTSUPP (95): Error() is Go's linux/amd64 text, "operation not supported". */
export declare const EOPNOTSUPP: Errno;
/** EOVERFLOW (75): Error() is Go's linux/amd64 text, "value too large for defined data type". */
export declare const EOVERFLOW: Errno;
/** EOWNERDEAD (130): Error() is Go's linux/amd64 text, "owner died". */
export declare const EOWNERDEAD: Errno;
/** EPERM (1): Error() is Go's linux/amd64 text, "operation not permitted". */
export declare const EPERM: Errno;
/** EPFNOSUPPORT (96): Error() is Go's linux/amd64 text, "protocol family not supported". */
export declare const EPFNOSUPPORT: Errno;
/** EPIPE (32): Error() is Go's linux/amd64 text, "broken pipe". */
export declare const EPIPE: Errno;
/** EPROTO (71): Error() is Go's linux/amd64 text, "protocol error". */
export declare const EPROTO: Errno;
/** EPROTONOSUPPORT (93): Error() is Go's linux/amd64 text, "protocol not supported". */
export declare const EPROTONOSUPPORT: Errno;
/** EPROTOTYPE (91): Error() is Go's linux/amd64 text, "protocol wrong type for socket". */
export declare const EPROTOTYPE: Errno;
/** ERANGE (34): Error() is Go's linux/amd64 text, "numerical result out of range". */
export declare const ERANGE: Errno;
/** EREMCHG (78): Error() is Go's linux/amd64 text, "remote address changed". */
export declare const EREMCHG: Errno;
/** EREMOTE (66): Error() is Go's linux/amd64 text, "object is remote". */
export declare const EREMOTE: Errno;
/** EREMOTEIO (121): Error() is Go's linux/amd64 text, "remote I/O error". */
export declare const EREMOTEIO: Errno;
/** ERESTART (85): Error() is Go's linux/amd64 text, "interrupted system call should be restarted". */
export declare const ERESTART: Errno;
/** ERFKILL (132): Error() is Go's linux/amd64 text, "operation not possible due to RF-kill". */
export declare const ERFKILL: Errno;
/** EROFS (30): Error() is Go's linux/amd64 text, "read-only file system". */
export declare const EROFS: Errno;
/** ESHUTDOWN (108): Error() is Go's linux/amd64 text, "cannot send after transport endpoint shutdown". */
export declare const ESHUTDOWN: Errno;
/** ESOCKTNOSUPPORT (94): Error() is Go's linux/amd64 text, "socket type not supported". */
export declare const ESOCKTNOSUPPORT: Errno;
/** ESPIPE (29): Error() is Go's linux/amd64 text, "illegal seek". */
export declare const ESPIPE: Errno;
/** ESRCH (3): Error() is Go's linux/amd64 text, "no such process". */
export declare const ESRCH: Errno;
/** ESRMNT (69): Error() is Go's linux/amd64 text, "srmount error". */
export declare const ESRMNT: Errno;
/** ESTALE (116): Error() is Go's linux/amd64 text, "stale NFS file handle". */
export declare const ESTALE: Errno;
/** ESTRPIPE (86): Error() is Go's linux/amd64 text, "streams pipe error". */
export declare const ESTRPIPE: Errno;
/** ETIME (62): Error() is Go's linux/amd64 text, "timer expired". */
export declare const ETIME: Errno;
/** ETIMEDOUT (110): Error() is Go's linux/amd64 text, "connection timed out". */
export declare const ETIMEDOUT: Errno;
/** ETOOMANYREFS (109): Error() is Go's linux/amd64 text, "too many references: cannot splice". */
export declare const ETOOMANYREFS: Errno;
/** ETXTBSY (26): Error() is Go's linux/amd64 text, "text file busy". */
export declare const ETXTBSY: Errno;
/** EUCLEAN (117): Error() is Go's linux/amd64 text, "structure needs cleaning". */
export declare const EUCLEAN: Errno;
/** EUNATCH (49): Error() is Go's linux/amd64 text, "protocol driver not attached". */
export declare const EUNATCH: Errno;
/** EUSERS (87): Error() is Go's linux/amd64 text, "too many users". */
export declare const EUSERS: Errno;
/** EWOULDBLOCK (11): Error() is Go's linux/amd64 text, "resource temporarily unavailable". */
export declare const EWOULDBLOCK: Errno;
/** EXDEV (18): Error() is Go's linux/amd64 text, "invalid cross-device link". */
export declare const EXDEV: Errno;
/** EXFULL (54): Error() is Go's linux/amd64 text, "exchange full". */
export declare const EXFULL: Errno;
/** SIGABRT (6): String() is "aborted". */
export declare const SIGABRT: Signal;
/** SIGALRM (14): String() is "alarm clock". */
export declare const SIGALRM: Signal;
/** SIGBUS (7): String() is "bus error". */
export declare const SIGBUS: Signal;
/** SIGCHLD (17): String() is "child exited". */
export declare const SIGCHLD: Signal;
/** SIGCLD (17): String() is "child exited". */
export declare const SIGCLD: Signal;
/** SIGCONT (18): String() is "continued". */
export declare const SIGCONT: Signal;
/** SIGFPE (8): String() is "floating point exception". */
export declare const SIGFPE: Signal;
/** SIGHUP (1): String() is "hangup". */
export declare const SIGHUP: Signal;
/** SIGILL (4): String() is "illegal instruction". */
export declare const SIGILL: Signal;
/** SIGINT (2): String() is "interrupt". */
export declare const SIGINT: Signal;
/** SIGIO (29): String() is "I/O possible". */
export declare const SIGIO: Signal;
/** SIGIOT (6): String() is "aborted". */
export declare const SIGIOT: Signal;
/** SIGKILL (9): String() is "killed". */
export declare const SIGKILL: Signal;
/** SIGPIPE (13): String() is "broken pipe". */
export declare const SIGPIPE: Signal;
/** SIGPOLL (29): String() is "I/O possible". */
export declare const SIGPOLL: Signal;
/** SIGPROF (27): String() is "profiling timer expired". */
export declare const SIGPROF: Signal;
/** SIGPWR (30): String() is "power failure". */
export declare const SIGPWR: Signal;
/** SIGQUIT (3): String() is "quit". */
export declare const SIGQUIT: Signal;
/** SIGSEGV (11): String() is "segmentation fault". */
export declare const SIGSEGV: Signal;
/** SIGSTKFLT (16): String() is "stack fault". */
export declare const SIGSTKFLT: Signal;
/** SIGSTOP (19): String() is "stopped (signal)". */
export declare const SIGSTOP: Signal;
/** SIGSYS (31): String() is "bad system call". */
export declare const SIGSYS: Signal;
/** SIGTERM (15): String() is "terminated". */
export declare const SIGTERM: Signal;
/** SIGTRAP (5): String() is "trace/breakpoint trap". */
export declare const SIGTRAP: Signal;
/** SIGTSTP (20): String() is "stopped". */
export declare const SIGTSTP: Signal;
/** SIGTTIN (21): String() is "stopped (tty input)". */
export declare const SIGTTIN: Signal;
/** SIGTTOU (22): String() is "stopped (tty output)". */
export declare const SIGTTOU: Signal;
/** SIGUNUSED (31): String() is "bad system call". */
export declare const SIGUNUSED: Signal;
/** SIGURG (23): String() is "urgent I/O condition". */
export declare const SIGURG: Signal;
/** SIGUSR1 (10): String() is "user defined signal 1". */
export declare const SIGUSR1: Signal;
/** SIGUSR2 (12): String() is "user defined signal 2". */
export declare const SIGUSR2: Signal;
/** SIGVTALRM (26): String() is "virtual timer expired". */
export declare const SIGVTALRM: Signal;
/** SIGWINCH (28): String() is "window changed". */
export declare const SIGWINCH: Signal;
/** SIGXCPU (24): String() is "CPU time limit exceeded". */
export declare const SIGXCPU: Signal;
/** SIGXFSZ (25): String() is "file size limit exceeded". */
export declare const SIGXFSZ: Signal;
/** Linux AF_ALG, as Go's syscall.AF_ALG. */
export declare const AF_ALG: number;
/** Linux AF_APPLETALK, as Go's syscall.AF_APPLETALK. */
export declare const AF_APPLETALK: number;
/** Linux AF_ASH, as Go's syscall.AF_ASH. */
export declare const AF_ASH: number;
/** Linux AF_ATMPVC, as Go's syscall.AF_ATMPVC. */
export declare const AF_ATMPVC: number;
/** Linux AF_ATMSVC, as Go's syscall.AF_ATMSVC. */
export declare const AF_ATMSVC: number;
/** Linux AF_AX25, as Go's syscall.AF_AX25. */
export declare const AF_AX25: number;
/** Linux AF_BLUETOOTH, as Go's syscall.AF_BLUETOOTH. */
export declare const AF_BLUETOOTH: number;
/** Linux AF_BRIDGE, as Go's syscall.AF_BRIDGE. */
export declare const AF_BRIDGE: number;
/** Linux AF_CAIF, as Go's syscall.AF_CAIF. */
export declare const AF_CAIF: number;
/** Linux AF_CAN, as Go's syscall.AF_CAN. */
export declare const AF_CAN: number;
/** Linux AF_DECnet, as Go's syscall.AF_DECnet. */
export declare const AF_DECnet: number;
/** Linux AF_ECONET, as Go's syscall.AF_ECONET. */
export declare const AF_ECONET: number;
/** Linux AF_FILE, as Go's syscall.AF_FILE. */
export declare const AF_FILE: number;
/** Linux AF_IEEE802154, as Go's syscall.AF_IEEE802154. */
export declare const AF_IEEE802154: number;
/** Linux AF_INET, as Go's syscall.AF_INET. */
export declare const AF_INET: number;
/** Linux AF_INET6, as Go's syscall.AF_INET6. */
export declare const AF_INET6: number;
/** Linux AF_IPX, as Go's syscall.AF_IPX. */
export declare const AF_IPX: number;
/** Linux AF_IRDA, as Go's syscall.AF_IRDA. */
export declare const AF_IRDA: number;
/** Linux AF_ISDN, as Go's syscall.AF_ISDN. */
export declare const AF_ISDN: number;
/** Linux AF_IUCV, as Go's syscall.AF_IUCV. */
export declare const AF_IUCV: number;
/** Linux AF_KEY, as Go's syscall.AF_KEY. */
export declare const AF_KEY: number;
/** Linux AF_LLC, as Go's syscall.AF_LLC. */
export declare const AF_LLC: number;
/** Linux AF_LOCAL, as Go's syscall.AF_LOCAL. */
export declare const AF_LOCAL: number;
/** Linux AF_MAX, as Go's syscall.AF_MAX. */
export declare const AF_MAX: number;
/** Linux AF_NETBEUI, as Go's syscall.AF_NETBEUI. */
export declare const AF_NETBEUI: number;
/** Linux AF_NETLINK, as Go's syscall.AF_NETLINK. */
export declare const AF_NETLINK: number;
/** Linux AF_NETROM, as Go's syscall.AF_NETROM. */
export declare const AF_NETROM: number;
/** Linux AF_NFC, as Go's syscall.AF_NFC. */
export declare const AF_NFC: number;
/** Linux AF_PACKET, as Go's syscall.AF_PACKET. */
export declare const AF_PACKET: number;
/** Linux AF_PHONET, as Go's syscall.AF_PHONET. */
export declare const AF_PHONET: number;
/** Linux AF_PPPOX, as Go's syscall.AF_PPPOX. */
export declare const AF_PPPOX: number;
/** Linux AF_RDS, as Go's syscall.AF_RDS. */
export declare const AF_RDS: number;
/** Linux AF_ROSE, as Go's syscall.AF_ROSE. */
export declare const AF_ROSE: number;
/** Linux AF_ROUTE, as Go's syscall.AF_ROUTE. */
export declare const AF_ROUTE: number;
/** Linux AF_RXRPC, as Go's syscall.AF_RXRPC. */
export declare const AF_RXRPC: number;
/** Linux AF_SECURITY, as Go's syscall.AF_SECURITY. */
export declare const AF_SECURITY: number;
/** Linux AF_SNA, as Go's syscall.AF_SNA. */
export declare const AF_SNA: number;
/** Linux AF_TIPC, as Go's syscall.AF_TIPC. */
export declare const AF_TIPC: number;
/** Linux AF_UNIX, as Go's syscall.AF_UNIX. */
export declare const AF_UNIX: number;
/** Linux AF_UNSPEC, as Go's syscall.AF_UNSPEC. */
export declare const AF_UNSPEC: number;
/** Linux AF_VSOCK, as Go's syscall.AF_VSOCK. */
export declare const AF_VSOCK: number;
/** Linux AF_WANPIPE, as Go's syscall.AF_WANPIPE. */
export declare const AF_WANPIPE: number;
/** Linux AF_X25, as Go's syscall.AF_X25. */
export declare const AF_X25: number;
/** Linux ARPHRD_ADAPT, as Go's syscall.ARPHRD_ADAPT. */
export declare const ARPHRD_ADAPT: number;
/** Linux ARPHRD_APPLETLK, as Go's syscall.ARPHRD_APPLETLK. */
export declare const ARPHRD_APPLETLK: number;
/** Linux ARPHRD_ARCNET, as Go's syscall.ARPHRD_ARCNET. */
export declare const ARPHRD_ARCNET: number;
/** Linux ARPHRD_ASH, as Go's syscall.ARPHRD_ASH. */
export declare const ARPHRD_ASH: number;
/** Linux ARPHRD_ATM, as Go's syscall.ARPHRD_ATM. */
export declare const ARPHRD_ATM: number;
/** Linux ARPHRD_AX25, as Go's syscall.ARPHRD_AX25. */
export declare const ARPHRD_AX25: number;
/** Linux ARPHRD_BIF, as Go's syscall.ARPHRD_BIF. */
export declare const ARPHRD_BIF: number;
/** Linux ARPHRD_CAIF, as Go's syscall.ARPHRD_CAIF. */
export declare const ARPHRD_CAIF: number;
/** Linux ARPHRD_CAN, as Go's syscall.ARPHRD_CAN. */
export declare const ARPHRD_CAN: number;
/** Linux ARPHRD_CHAOS, as Go's syscall.ARPHRD_CHAOS. */
export declare const ARPHRD_CHAOS: number;
/** Linux ARPHRD_CISCO, as Go's syscall.ARPHRD_CISCO. */
export declare const ARPHRD_CISCO: number;
/** Linux ARPHRD_CSLIP, as Go's syscall.ARPHRD_CSLIP. */
export declare const ARPHRD_CSLIP: number;
/** Linux ARPHRD_CSLIP6, as Go's syscall.ARPHRD_CSLIP6. */
export declare const ARPHRD_CSLIP6: number;
/** Linux ARPHRD_DDCMP, as Go's syscall.ARPHRD_DDCMP. */
export declare const ARPHRD_DDCMP: number;
/** Linux ARPHRD_DLCI, as Go's syscall.ARPHRD_DLCI. */
export declare const ARPHRD_DLCI: number;
/** Linux ARPHRD_ECONET, as Go's syscall.ARPHRD_ECONET. */
export declare const ARPHRD_ECONET: number;
/** Linux ARPHRD_EETHER, as Go's syscall.ARPHRD_EETHER. */
export declare const ARPHRD_EETHER: number;
/** Linux ARPHRD_ETHER, as Go's syscall.ARPHRD_ETHER. */
export declare const ARPHRD_ETHER: number;
/** Linux ARPHRD_EUI64, as Go's syscall.ARPHRD_EUI64. */
export declare const ARPHRD_EUI64: number;
/** Linux ARPHRD_FCAL, as Go's syscall.ARPHRD_FCAL. */
export declare const ARPHRD_FCAL: number;
/** Linux ARPHRD_FCFABRIC, as Go's syscall.ARPHRD_FCFABRIC. */
export declare const ARPHRD_FCFABRIC: number;
/** Linux ARPHRD_FCPL, as Go's syscall.ARPHRD_FCPL. */
export declare const ARPHRD_FCPL: number;
/** Linux ARPHRD_FCPP, as Go's syscall.ARPHRD_FCPP. */
export declare const ARPHRD_FCPP: number;
/** Linux ARPHRD_FDDI, as Go's syscall.ARPHRD_FDDI. */
export declare const ARPHRD_FDDI: number;
/** Linux ARPHRD_FRAD, as Go's syscall.ARPHRD_FRAD. */
export declare const ARPHRD_FRAD: number;
/** Linux ARPHRD_HDLC, as Go's syscall.ARPHRD_HDLC. */
export declare const ARPHRD_HDLC: number;
/** Linux ARPHRD_HIPPI, as Go's syscall.ARPHRD_HIPPI. */
export declare const ARPHRD_HIPPI: number;
/** Linux ARPHRD_HWX25, as Go's syscall.ARPHRD_HWX25. */
export declare const ARPHRD_HWX25: number;
/** Linux ARPHRD_IEEE1394, as Go's syscall.ARPHRD_IEEE1394. */
export declare const ARPHRD_IEEE1394: number;
/** Linux ARPHRD_IEEE802, as Go's syscall.ARPHRD_IEEE802. */
export declare const ARPHRD_IEEE802: number;
/** Linux ARPHRD_IEEE80211, as Go's syscall.ARPHRD_IEEE80211. */
export declare const ARPHRD_IEEE80211: number;
/** Linux ARPHRD_IEEE80211_PRISM, as Go's syscall.ARPHRD_IEEE80211_PRISM. */
export declare const ARPHRD_IEEE80211_PRISM: number;
/** Linux ARPHRD_IEEE80211_RADIOTAP, as Go's syscall.ARPHRD_IEEE80211_RADIOTAP. */
export declare const ARPHRD_IEEE80211_RADIOTAP: number;
/** Linux ARPHRD_IEEE802154, as Go's syscall.ARPHRD_IEEE802154. */
export declare const ARPHRD_IEEE802154: number;
/** Linux ARPHRD_IEEE802154_MONITOR, as Go's syscall.ARPHRD_IEEE802154_MONITOR. */
export declare const ARPHRD_IEEE802154_MONITOR: number;
/** Linux ARPHRD_IEEE802154_PHY, as Go's syscall.ARPHRD_IEEE802154_PHY. */
export declare const ARPHRD_IEEE802154_PHY: number;
/** Linux ARPHRD_IEEE802_TR, as Go's syscall.ARPHRD_IEEE802_TR. */
export declare const ARPHRD_IEEE802_TR: number;
/** Linux ARPHRD_INFINIBAND, as Go's syscall.ARPHRD_INFINIBAND. */
export declare const ARPHRD_INFINIBAND: number;
/** Linux ARPHRD_IP6GRE, as Go's syscall.ARPHRD_IP6GRE. */
export declare const ARPHRD_IP6GRE: number;
/** Linux ARPHRD_IPDDP, as Go's syscall.ARPHRD_IPDDP. */
export declare const ARPHRD_IPDDP: number;
/** Linux ARPHRD_IPGRE, as Go's syscall.ARPHRD_IPGRE. */
export declare const ARPHRD_IPGRE: number;
/** Linux ARPHRD_IRDA, as Go's syscall.ARPHRD_IRDA. */
export declare const ARPHRD_IRDA: number;
/** Linux ARPHRD_LAPB, as Go's syscall.ARPHRD_LAPB. */
export declare const ARPHRD_LAPB: number;
/** Linux ARPHRD_LOCALTLK, as Go's syscall.ARPHRD_LOCALTLK. */
export declare const ARPHRD_LOCALTLK: number;
/** Linux ARPHRD_LOOPBACK, as Go's syscall.ARPHRD_LOOPBACK. */
export declare const ARPHRD_LOOPBACK: number;
/** Linux ARPHRD_METRICOM, as Go's syscall.ARPHRD_METRICOM. */
export declare const ARPHRD_METRICOM: number;
/** Linux ARPHRD_NETLINK, as Go's syscall.ARPHRD_NETLINK. */
export declare const ARPHRD_NETLINK: number;
/** Linux ARPHRD_NETROM, as Go's syscall.ARPHRD_NETROM. */
export declare const ARPHRD_NETROM: number;
/** Linux ARPHRD_NONE, as Go's syscall.ARPHRD_NONE. */
export declare const ARPHRD_NONE: number;
/** Linux ARPHRD_PHONET, as Go's syscall.ARPHRD_PHONET. */
export declare const ARPHRD_PHONET: number;
/** Linux ARPHRD_PHONET_PIPE, as Go's syscall.ARPHRD_PHONET_PIPE. */
export declare const ARPHRD_PHONET_PIPE: number;
/** Linux ARPHRD_PIMREG, as Go's syscall.ARPHRD_PIMREG. */
export declare const ARPHRD_PIMREG: number;
/** Linux ARPHRD_PPP, as Go's syscall.ARPHRD_PPP. */
export declare const ARPHRD_PPP: number;
/** Linux ARPHRD_PRONET, as Go's syscall.ARPHRD_PRONET. */
export declare const ARPHRD_PRONET: number;
/** Linux ARPHRD_RAWHDLC, as Go's syscall.ARPHRD_RAWHDLC. */
export declare const ARPHRD_RAWHDLC: number;
/** Linux ARPHRD_ROSE, as Go's syscall.ARPHRD_ROSE. */
export declare const ARPHRD_ROSE: number;
/** Linux ARPHRD_RSRVD, as Go's syscall.ARPHRD_RSRVD. */
export declare const ARPHRD_RSRVD: number;
/** Linux ARPHRD_SIT, as Go's syscall.ARPHRD_SIT. */
export declare const ARPHRD_SIT: number;
/** Linux ARPHRD_SKIP, as Go's syscall.ARPHRD_SKIP. */
export declare const ARPHRD_SKIP: number;
/** Linux ARPHRD_SLIP, as Go's syscall.ARPHRD_SLIP. */
export declare const ARPHRD_SLIP: number;
/** Linux ARPHRD_SLIP6, as Go's syscall.ARPHRD_SLIP6. */
export declare const ARPHRD_SLIP6: number;
/** Linux ARPHRD_TUNNEL, as Go's syscall.ARPHRD_TUNNEL. */
export declare const ARPHRD_TUNNEL: number;
/** Linux ARPHRD_TUNNEL6, as Go's syscall.ARPHRD_TUNNEL6. */
export declare const ARPHRD_TUNNEL6: number;
/** Linux ARPHRD_VOID, as Go's syscall.ARPHRD_VOID. */
export declare const ARPHRD_VOID: number;
/** Linux ARPHRD_X25, as Go's syscall.ARPHRD_X25. */
export declare const ARPHRD_X25: number;
/** Linux B0, as Go's syscall.B0. */
export declare const B0: number;
/** Linux B1000000, as Go's syscall.B1000000. */
export declare const B1000000: number;
/** Linux B110, as Go's syscall.B110. */
export declare const B110: number;
/** Linux B115200, as Go's syscall.B115200. */
export declare const B115200: number;
/** Linux B1152000, as Go's syscall.B1152000. */
export declare const B1152000: number;
/** Linux B1200, as Go's syscall.B1200. */
export declare const B1200: number;
/** Linux B134, as Go's syscall.B134. */
export declare const B134: number;
/** Linux B150, as Go's syscall.B150. */
export declare const B150: number;
/** Linux B1500000, as Go's syscall.B1500000. */
export declare const B1500000: number;
/** Linux B1800, as Go's syscall.B1800. */
export declare const B1800: number;
/** Linux B19200, as Go's syscall.B19200. */
export declare const B19200: number;
/** Linux B200, as Go's syscall.B200. */
export declare const B200: number;
/** Linux B2000000, as Go's syscall.B2000000. */
export declare const B2000000: number;
/** Linux B230400, as Go's syscall.B230400. */
export declare const B230400: number;
/** Linux B2400, as Go's syscall.B2400. */
export declare const B2400: number;
/** Linux B2500000, as Go's syscall.B2500000. */
export declare const B2500000: number;
/** Linux B300, as Go's syscall.B300. */
export declare const B300: number;
/** Linux B3000000, as Go's syscall.B3000000. */
export declare const B3000000: number;
/** Linux B3500000, as Go's syscall.B3500000. */
export declare const B3500000: number;
/** Linux B38400, as Go's syscall.B38400. */
export declare const B38400: number;
/** Linux B4000000, as Go's syscall.B4000000. */
export declare const B4000000: number;
/** Linux B460800, as Go's syscall.B460800. */
export declare const B460800: number;
/** Linux B4800, as Go's syscall.B4800. */
export declare const B4800: number;
/** Linux B50, as Go's syscall.B50. */
export declare const B50: number;
/** Linux B500000, as Go's syscall.B500000. */
export declare const B500000: number;
/** Linux B57600, as Go's syscall.B57600. */
export declare const B57600: number;
/** Linux B576000, as Go's syscall.B576000. */
export declare const B576000: number;
/** Linux B600, as Go's syscall.B600. */
export declare const B600: number;
/** Linux B75, as Go's syscall.B75. */
export declare const B75: number;
/** Linux B921600, as Go's syscall.B921600. */
export declare const B921600: number;
/** Linux B9600, as Go's syscall.B9600. */
export declare const B9600: number;
/** Linux BPF_A, as Go's syscall.BPF_A. */
export declare const BPF_A: number;
/** Linux BPF_ABS, as Go's syscall.BPF_ABS. */
export declare const BPF_ABS: number;
/** Linux BPF_ADD, as Go's syscall.BPF_ADD. */
export declare const BPF_ADD: number;
/** Linux BPF_ALU, as Go's syscall.BPF_ALU. */
export declare const BPF_ALU: number;
/** Linux BPF_AND, as Go's syscall.BPF_AND. */
export declare const BPF_AND: number;
/** Linux BPF_B, as Go's syscall.BPF_B. */
export declare const BPF_B: number;
/** Linux BPF_DIV, as Go's syscall.BPF_DIV. */
export declare const BPF_DIV: number;
/** Linux BPF_H, as Go's syscall.BPF_H. */
export declare const BPF_H: number;
/** Linux BPF_IMM, as Go's syscall.BPF_IMM. */
export declare const BPF_IMM: number;
/** Linux BPF_IND, as Go's syscall.BPF_IND. */
export declare const BPF_IND: number;
/** Linux BPF_JA, as Go's syscall.BPF_JA. */
export declare const BPF_JA: number;
/** Linux BPF_JEQ, as Go's syscall.BPF_JEQ. */
export declare const BPF_JEQ: number;
/** Linux BPF_JGE, as Go's syscall.BPF_JGE. */
export declare const BPF_JGE: number;
/** Linux BPF_JGT, as Go's syscall.BPF_JGT. */
export declare const BPF_JGT: number;
/** Linux BPF_JMP, as Go's syscall.BPF_JMP. */
export declare const BPF_JMP: number;
/** Linux BPF_JSET, as Go's syscall.BPF_JSET. */
export declare const BPF_JSET: number;
/** Linux BPF_K, as Go's syscall.BPF_K. */
export declare const BPF_K: number;
/** Linux BPF_LD, as Go's syscall.BPF_LD. */
export declare const BPF_LD: number;
/** Linux BPF_LDX, as Go's syscall.BPF_LDX. */
export declare const BPF_LDX: number;
/** Linux BPF_LEN, as Go's syscall.BPF_LEN. */
export declare const BPF_LEN: number;
/** Linux BPF_LSH, as Go's syscall.BPF_LSH. */
export declare const BPF_LSH: number;
/** Linux BPF_MAJOR_VERSION, as Go's syscall.BPF_MAJOR_VERSION. */
export declare const BPF_MAJOR_VERSION: number;
/** Linux BPF_MAXINSNS, as Go's syscall.BPF_MAXINSNS. */
export declare const BPF_MAXINSNS: number;
/** Linux BPF_MEM, as Go's syscall.BPF_MEM. */
export declare const BPF_MEM: number;
/** Linux BPF_MEMWORDS, as Go's syscall.BPF_MEMWORDS. */
export declare const BPF_MEMWORDS: number;
/** Linux BPF_MINOR_VERSION, as Go's syscall.BPF_MINOR_VERSION. */
export declare const BPF_MINOR_VERSION: number;
/** Linux BPF_MISC, as Go's syscall.BPF_MISC. */
export declare const BPF_MISC: number;
/** Linux BPF_MOD, as Go's syscall.BPF_MOD. */
export declare const BPF_MOD: number;
/** Linux BPF_MSH, as Go's syscall.BPF_MSH. */
export declare const BPF_MSH: number;
/** Linux BPF_MUL, as Go's syscall.BPF_MUL. */
export declare const BPF_MUL: number;
/** Linux BPF_NEG, as Go's syscall.BPF_NEG. */
export declare const BPF_NEG: number;
/** Linux BPF_OR, as Go's syscall.BPF_OR. */
export declare const BPF_OR: number;
/** Linux BPF_RET, as Go's syscall.BPF_RET. */
export declare const BPF_RET: number;
/** Linux BPF_RSH, as Go's syscall.BPF_RSH. */
export declare const BPF_RSH: number;
/** Linux BPF_ST, as Go's syscall.BPF_ST. */
export declare const BPF_ST: number;
/** Linux BPF_STX, as Go's syscall.BPF_STX. */
export declare const BPF_STX: number;
/** Linux BPF_SUB, as Go's syscall.BPF_SUB. */
export declare const BPF_SUB: number;
/** Linux BPF_TAX, as Go's syscall.BPF_TAX. */
export declare const BPF_TAX: number;
/** Linux BPF_TXA, as Go's syscall.BPF_TXA. */
export declare const BPF_TXA: number;
/** Linux BPF_W, as Go's syscall.BPF_W. */
export declare const BPF_W: number;
/** Linux BPF_X, as Go's syscall.BPF_X. */
export declare const BPF_X: number;
/** Linux BPF_XOR, as Go's syscall.BPF_XOR. */
export declare const BPF_XOR: number;
/** Linux BRKINT, as Go's syscall.BRKINT. */
export declare const BRKINT: number;
/** Linux CFLUSH, as Go's syscall.CFLUSH. */
export declare const CFLUSH: number;
/** Linux CLOCAL, as Go's syscall.CLOCAL. */
export declare const CLOCAL: number;
/** Linux CREAD, as Go's syscall.CREAD. */
export declare const CREAD: number;
/** Linux CS5, as Go's syscall.CS5. */
export declare const CS5: number;
/** Linux CS6, as Go's syscall.CS6. */
export declare const CS6: number;
/** Linux CS7, as Go's syscall.CS7. */
export declare const CS7: number;
/** Linux CS8, as Go's syscall.CS8. */
export declare const CS8: number;
/** Linux CSIGNAL, as Go's syscall.CSIGNAL. */
export declare const CSIGNAL: number;
/** Linux CSIZE, as Go's syscall.CSIZE. */
export declare const CSIZE: number;
/** Linux CSTART, as Go's syscall.CSTART. */
export declare const CSTART: number;
/** Linux CSTATUS, as Go's syscall.CSTATUS. */
export declare const CSTATUS: number;
/** Linux CSTOP, as Go's syscall.CSTOP. */
export declare const CSTOP: number;
/** Linux CSTOPB, as Go's syscall.CSTOPB. */
export declare const CSTOPB: number;
/** Linux CSUSP, as Go's syscall.CSUSP. */
export declare const CSUSP: number;
/** Linux DT_BLK, as Go's syscall.DT_BLK. */
export declare const DT_BLK: number;
/** Linux DT_CHR, as Go's syscall.DT_CHR. */
export declare const DT_CHR: number;
/** Linux DT_DIR, as Go's syscall.DT_DIR. */
export declare const DT_DIR: number;
/** Linux DT_FIFO, as Go's syscall.DT_FIFO. */
export declare const DT_FIFO: number;
/** Linux DT_LNK, as Go's syscall.DT_LNK. */
export declare const DT_LNK: number;
/** Linux DT_REG, as Go's syscall.DT_REG. */
export declare const DT_REG: number;
/** Linux DT_SOCK, as Go's syscall.DT_SOCK. */
export declare const DT_SOCK: number;
/** Linux DT_UNKNOWN, as Go's syscall.DT_UNKNOWN. */
export declare const DT_UNKNOWN: number;
/** Linux DT_WHT, as Go's syscall.DT_WHT. */
export declare const DT_WHT: number;
/** Linux ECHO, as Go's syscall.ECHO. */
export declare const ECHO: number;
/** Linux ECHOCTL, as Go's syscall.ECHOCTL. */
export declare const ECHOCTL: number;
/** Linux ECHOE, as Go's syscall.ECHOE. */
export declare const ECHOE: number;
/** Linux ECHOK, as Go's syscall.ECHOK. */
export declare const ECHOK: number;
/** Linux ECHOKE, as Go's syscall.ECHOKE. */
export declare const ECHOKE: number;
/** Linux ECHONL, as Go's syscall.ECHONL. */
export declare const ECHONL: number;
/** Linux ECHOPRT, as Go's syscall.ECHOPRT. */
export declare const ECHOPRT: number;
/** Linux ENCODING_DEFAULT, as Go's syscall.ENCODING_DEFAULT. */
export declare const ENCODING_DEFAULT: number;
/** Linux ENCODING_FM_MARK, as Go's syscall.ENCODING_FM_MARK. */
export declare const ENCODING_FM_MARK: number;
/** Linux ENCODING_FM_SPACE, as Go's syscall.ENCODING_FM_SPACE. */
export declare const ENCODING_FM_SPACE: number;
/** Linux ENCODING_MANCHESTER, as Go's syscall.ENCODING_MANCHESTER. */
export declare const ENCODING_MANCHESTER: number;
/** Linux ENCODING_NRZ, as Go's syscall.ENCODING_NRZ. */
export declare const ENCODING_NRZ: number;
/** Linux ENCODING_NRZI, as Go's syscall.ENCODING_NRZI. */
export declare const ENCODING_NRZI: number;
/** Linux EPOLLERR, as Go's syscall.EPOLLERR. */
export declare const EPOLLERR: number;
/** Linux EPOLLET, as Go's syscall.EPOLLET. */
export declare const EPOLLET: number;
/** Linux EPOLLHUP, as Go's syscall.EPOLLHUP. */
export declare const EPOLLHUP: number;
/** Linux EPOLLIN, as Go's syscall.EPOLLIN. */
export declare const EPOLLIN: number;
/** Linux EPOLLMSG, as Go's syscall.EPOLLMSG. */
export declare const EPOLLMSG: number;
/** Linux EPOLLONESHOT, as Go's syscall.EPOLLONESHOT. */
export declare const EPOLLONESHOT: number;
/** Linux EPOLLOUT, as Go's syscall.EPOLLOUT. */
export declare const EPOLLOUT: number;
/** Linux EPOLLPRI, as Go's syscall.EPOLLPRI. */
export declare const EPOLLPRI: number;
/** Linux EPOLLRDBAND, as Go's syscall.EPOLLRDBAND. */
export declare const EPOLLRDBAND: number;
/** Linux EPOLLRDHUP, as Go's syscall.EPOLLRDHUP. */
export declare const EPOLLRDHUP: number;
/** Linux EPOLLRDNORM, as Go's syscall.EPOLLRDNORM. */
export declare const EPOLLRDNORM: number;
/** Linux EPOLLWAKEUP, as Go's syscall.EPOLLWAKEUP. */
export declare const EPOLLWAKEUP: number;
/** Linux EPOLLWRBAND, as Go's syscall.EPOLLWRBAND. */
export declare const EPOLLWRBAND: number;
/** Linux EPOLLWRNORM, as Go's syscall.EPOLLWRNORM. */
export declare const EPOLLWRNORM: number;
/** Linux EPOLL_CLOEXEC, as Go's syscall.EPOLL_CLOEXEC. */
export declare const EPOLL_CLOEXEC: number;
/** Linux EPOLL_CTL_ADD, as Go's syscall.EPOLL_CTL_ADD. */
export declare const EPOLL_CTL_ADD: number;
/** Linux EPOLL_CTL_DEL, as Go's syscall.EPOLL_CTL_DEL. */
export declare const EPOLL_CTL_DEL: number;
/** Linux EPOLL_CTL_MOD, as Go's syscall.EPOLL_CTL_MOD. */
export declare const EPOLL_CTL_MOD: number;
/** Linux EPOLL_NONBLOCK, as Go's syscall.EPOLL_NONBLOCK. */
export declare const EPOLL_NONBLOCK: number;
/** Linux ETH_P_1588, as Go's syscall.ETH_P_1588. */
export declare const ETH_P_1588: number;
/** Linux ETH_P_8021AD, as Go's syscall.ETH_P_8021AD. */
export declare const ETH_P_8021AD: number;
/** Linux ETH_P_8021AH, as Go's syscall.ETH_P_8021AH. */
export declare const ETH_P_8021AH: number;
/** Linux ETH_P_8021Q, as Go's syscall.ETH_P_8021Q. */
export declare const ETH_P_8021Q: number;
/** Linux ETH_P_802_2, as Go's syscall.ETH_P_802_2. */
export declare const ETH_P_802_2: number;
/** Linux ETH_P_802_3, as Go's syscall.ETH_P_802_3. */
export declare const ETH_P_802_3: number;
/** Linux ETH_P_802_3_MIN, as Go's syscall.ETH_P_802_3_MIN. */
export declare const ETH_P_802_3_MIN: number;
/** Linux ETH_P_802_EX1, as Go's syscall.ETH_P_802_EX1. */
export declare const ETH_P_802_EX1: number;
/** Linux ETH_P_AARP, as Go's syscall.ETH_P_AARP. */
export declare const ETH_P_AARP: number;
/** Linux ETH_P_AF_IUCV, as Go's syscall.ETH_P_AF_IUCV. */
export declare const ETH_P_AF_IUCV: number;
/** Linux ETH_P_ALL, as Go's syscall.ETH_P_ALL. */
export declare const ETH_P_ALL: number;
/** Linux ETH_P_AOE, as Go's syscall.ETH_P_AOE. */
export declare const ETH_P_AOE: number;
/** Linux ETH_P_ARCNET, as Go's syscall.ETH_P_ARCNET. */
export declare const ETH_P_ARCNET: number;
/** Linux ETH_P_ARP, as Go's syscall.ETH_P_ARP. */
export declare const ETH_P_ARP: number;
/** Linux ETH_P_ATALK, as Go's syscall.ETH_P_ATALK. */
export declare const ETH_P_ATALK: number;
/** Linux ETH_P_ATMFATE, as Go's syscall.ETH_P_ATMFATE. */
export declare const ETH_P_ATMFATE: number;
/** Linux ETH_P_ATMMPOA, as Go's syscall.ETH_P_ATMMPOA. */
export declare const ETH_P_ATMMPOA: number;
/** Linux ETH_P_AX25, as Go's syscall.ETH_P_AX25. */
export declare const ETH_P_AX25: number;
/** Linux ETH_P_BATMAN, as Go's syscall.ETH_P_BATMAN. */
export declare const ETH_P_BATMAN: number;
/** Linux ETH_P_BPQ, as Go's syscall.ETH_P_BPQ. */
export declare const ETH_P_BPQ: number;
/** Linux ETH_P_CAIF, as Go's syscall.ETH_P_CAIF. */
export declare const ETH_P_CAIF: number;
/** Linux ETH_P_CAN, as Go's syscall.ETH_P_CAN. */
export declare const ETH_P_CAN: number;
/** Linux ETH_P_CANFD, as Go's syscall.ETH_P_CANFD. */
export declare const ETH_P_CANFD: number;
/** Linux ETH_P_CONTROL, as Go's syscall.ETH_P_CONTROL. */
export declare const ETH_P_CONTROL: number;
/** Linux ETH_P_CUST, as Go's syscall.ETH_P_CUST. */
export declare const ETH_P_CUST: number;
/** Linux ETH_P_DDCMP, as Go's syscall.ETH_P_DDCMP. */
export declare const ETH_P_DDCMP: number;
/** Linux ETH_P_DEC, as Go's syscall.ETH_P_DEC. */
export declare const ETH_P_DEC: number;
/** Linux ETH_P_DIAG, as Go's syscall.ETH_P_DIAG. */
export declare const ETH_P_DIAG: number;
/** Linux ETH_P_DNA_DL, as Go's syscall.ETH_P_DNA_DL. */
export declare const ETH_P_DNA_DL: number;
/** Linux ETH_P_DNA_RC, as Go's syscall.ETH_P_DNA_RC. */
export declare const ETH_P_DNA_RC: number;
/** Linux ETH_P_DNA_RT, as Go's syscall.ETH_P_DNA_RT. */
export declare const ETH_P_DNA_RT: number;
/** Linux ETH_P_DSA, as Go's syscall.ETH_P_DSA. */
export declare const ETH_P_DSA: number;
/** Linux ETH_P_ECONET, as Go's syscall.ETH_P_ECONET. */
export declare const ETH_P_ECONET: number;
/** Linux ETH_P_EDSA, as Go's syscall.ETH_P_EDSA. */
export declare const ETH_P_EDSA: number;
/** Linux ETH_P_FCOE, as Go's syscall.ETH_P_FCOE. */
export declare const ETH_P_FCOE: number;
/** Linux ETH_P_FIP, as Go's syscall.ETH_P_FIP. */
export declare const ETH_P_FIP: number;
/** Linux ETH_P_HDLC, as Go's syscall.ETH_P_HDLC. */
export declare const ETH_P_HDLC: number;
/** Linux ETH_P_IEEE802154, as Go's syscall.ETH_P_IEEE802154. */
export declare const ETH_P_IEEE802154: number;
/** Linux ETH_P_IEEEPUP, as Go's syscall.ETH_P_IEEEPUP. */
export declare const ETH_P_IEEEPUP: number;
/** Linux ETH_P_IEEEPUPAT, as Go's syscall.ETH_P_IEEEPUPAT. */
export declare const ETH_P_IEEEPUPAT: number;
/** Linux ETH_P_IP, as Go's syscall.ETH_P_IP. */
export declare const ETH_P_IP: number;
/** Linux ETH_P_IPV6, as Go's syscall.ETH_P_IPV6. */
export declare const ETH_P_IPV6: number;
/** Linux ETH_P_IPX, as Go's syscall.ETH_P_IPX. */
export declare const ETH_P_IPX: number;
/** Linux ETH_P_IRDA, as Go's syscall.ETH_P_IRDA. */
export declare const ETH_P_IRDA: number;
/** Linux ETH_P_LAT, as Go's syscall.ETH_P_LAT. */
export declare const ETH_P_LAT: number;
/** Linux ETH_P_LINK_CTL, as Go's syscall.ETH_P_LINK_CTL. */
export declare const ETH_P_LINK_CTL: number;
/** Linux ETH_P_LOCALTALK, as Go's syscall.ETH_P_LOCALTALK. */
export declare const ETH_P_LOCALTALK: number;
/** Linux ETH_P_LOOP, as Go's syscall.ETH_P_LOOP. */
export declare const ETH_P_LOOP: number;
/** Linux ETH_P_MOBITEX, as Go's syscall.ETH_P_MOBITEX. */
export declare const ETH_P_MOBITEX: number;
/** Linux ETH_P_MPLS_MC, as Go's syscall.ETH_P_MPLS_MC. */
export declare const ETH_P_MPLS_MC: number;
/** Linux ETH_P_MPLS_UC, as Go's syscall.ETH_P_MPLS_UC. */
export declare const ETH_P_MPLS_UC: number;
/** Linux ETH_P_MVRP, as Go's syscall.ETH_P_MVRP. */
export declare const ETH_P_MVRP: number;
/** Linux ETH_P_PAE, as Go's syscall.ETH_P_PAE. */
export declare const ETH_P_PAE: number;
/** Linux ETH_P_PAUSE, as Go's syscall.ETH_P_PAUSE. */
export declare const ETH_P_PAUSE: number;
/** Linux ETH_P_PHONET, as Go's syscall.ETH_P_PHONET. */
export declare const ETH_P_PHONET: number;
/** Linux ETH_P_PPPTALK, as Go's syscall.ETH_P_PPPTALK. */
export declare const ETH_P_PPPTALK: number;
/** Linux ETH_P_PPP_DISC, as Go's syscall.ETH_P_PPP_DISC. */
export declare const ETH_P_PPP_DISC: number;
/** Linux ETH_P_PPP_MP, as Go's syscall.ETH_P_PPP_MP. */
export declare const ETH_P_PPP_MP: number;
/** Linux ETH_P_PPP_SES, as Go's syscall.ETH_P_PPP_SES. */
export declare const ETH_P_PPP_SES: number;
/** Linux ETH_P_PRP, as Go's syscall.ETH_P_PRP. */
export declare const ETH_P_PRP: number;
/** Linux ETH_P_PUP, as Go's syscall.ETH_P_PUP. */
export declare const ETH_P_PUP: number;
/** Linux ETH_P_PUPAT, as Go's syscall.ETH_P_PUPAT. */
export declare const ETH_P_PUPAT: number;
/** Linux ETH_P_QINQ1, as Go's syscall.ETH_P_QINQ1. */
export declare const ETH_P_QINQ1: number;
/** Linux ETH_P_QINQ2, as Go's syscall.ETH_P_QINQ2. */
export declare const ETH_P_QINQ2: number;
/** Linux ETH_P_QINQ3, as Go's syscall.ETH_P_QINQ3. */
export declare const ETH_P_QINQ3: number;
/** Linux ETH_P_RARP, as Go's syscall.ETH_P_RARP. */
export declare const ETH_P_RARP: number;
/** Linux ETH_P_SCA, as Go's syscall.ETH_P_SCA. */
export declare const ETH_P_SCA: number;
/** Linux ETH_P_SLOW, as Go's syscall.ETH_P_SLOW. */
export declare const ETH_P_SLOW: number;
/** Linux ETH_P_SNAP, as Go's syscall.ETH_P_SNAP. */
export declare const ETH_P_SNAP: number;
/** Linux ETH_P_TDLS, as Go's syscall.ETH_P_TDLS. */
export declare const ETH_P_TDLS: number;
/** Linux ETH_P_TEB, as Go's syscall.ETH_P_TEB. */
export declare const ETH_P_TEB: number;
/** Linux ETH_P_TIPC, as Go's syscall.ETH_P_TIPC. */
export declare const ETH_P_TIPC: number;
/** Linux ETH_P_TRAILER, as Go's syscall.ETH_P_TRAILER. */
export declare const ETH_P_TRAILER: number;
/** Linux ETH_P_TR_802_2, as Go's syscall.ETH_P_TR_802_2. */
export declare const ETH_P_TR_802_2: number;
/** Linux ETH_P_WAN_PPP, as Go's syscall.ETH_P_WAN_PPP. */
export declare const ETH_P_WAN_PPP: number;
/** Linux ETH_P_WCCP, as Go's syscall.ETH_P_WCCP. */
export declare const ETH_P_WCCP: number;
/** Linux ETH_P_X25, as Go's syscall.ETH_P_X25. */
export declare const ETH_P_X25: number;
/** Linux EXTA, as Go's syscall.EXTA. */
export declare const EXTA: number;
/** Linux EXTB, as Go's syscall.EXTB. */
export declare const EXTB: number;
/** Linux EXTPROC, as Go's syscall.EXTPROC. */
export declare const EXTPROC: number;
/** Linux FD_CLOEXEC, as Go's syscall.FD_CLOEXEC. */
export declare const FD_CLOEXEC: number;
/** Linux FD_SETSIZE, as Go's syscall.FD_SETSIZE. */
export declare const FD_SETSIZE: number;
/** Linux FLUSHO, as Go's syscall.FLUSHO. */
export declare const FLUSHO: number;
/** Linux F_DUPFD, as Go's syscall.F_DUPFD. */
export declare const F_DUPFD: number;
/** Linux F_DUPFD_CLOEXEC, as Go's syscall.F_DUPFD_CLOEXEC. */
export declare const F_DUPFD_CLOEXEC: number;
/** Linux F_EXLCK, as Go's syscall.F_EXLCK. */
export declare const F_EXLCK: number;
/** Linux F_GETFD, as Go's syscall.F_GETFD. */
export declare const F_GETFD: number;
/** Linux F_GETFL, as Go's syscall.F_GETFL. */
export declare const F_GETFL: number;
/** Linux F_GETLEASE, as Go's syscall.F_GETLEASE. */
export declare const F_GETLEASE: number;
/** Linux F_GETLK, as Go's syscall.F_GETLK. */
export declare const F_GETLK: number;
/** Linux F_GETLK64, as Go's syscall.F_GETLK64. */
export declare const F_GETLK64: number;
/** Linux F_GETOWN, as Go's syscall.F_GETOWN. */
export declare const F_GETOWN: number;
/** Linux F_GETOWN_EX, as Go's syscall.F_GETOWN_EX. */
export declare const F_GETOWN_EX: number;
/** Linux F_GETPIPE_SZ, as Go's syscall.F_GETPIPE_SZ. */
export declare const F_GETPIPE_SZ: number;
/** Linux F_GETSIG, as Go's syscall.F_GETSIG. */
export declare const F_GETSIG: number;
/** Linux F_LOCK, as Go's syscall.F_LOCK. */
export declare const F_LOCK: number;
/** Linux F_NOTIFY, as Go's syscall.F_NOTIFY. */
export declare const F_NOTIFY: number;
/** Linux F_OK, as Go's syscall.F_OK. */
export declare const F_OK: number;
/** Linux F_RDLCK, as Go's syscall.F_RDLCK. */
export declare const F_RDLCK: number;
/** Linux F_SETFD, as Go's syscall.F_SETFD. */
export declare const F_SETFD: number;
/** Linux F_SETFL, as Go's syscall.F_SETFL. */
export declare const F_SETFL: number;
/** Linux F_SETLEASE, as Go's syscall.F_SETLEASE. */
export declare const F_SETLEASE: number;
/** Linux F_SETLK, as Go's syscall.F_SETLK. */
export declare const F_SETLK: number;
/** Linux F_SETLK64, as Go's syscall.F_SETLK64. */
export declare const F_SETLK64: number;
/** Linux F_SETLKW, as Go's syscall.F_SETLKW. */
export declare const F_SETLKW: number;
/** Linux F_SETLKW64, as Go's syscall.F_SETLKW64. */
export declare const F_SETLKW64: number;
/** Linux F_SETOWN, as Go's syscall.F_SETOWN. */
export declare const F_SETOWN: number;
/** Linux F_SETOWN_EX, as Go's syscall.F_SETOWN_EX. */
export declare const F_SETOWN_EX: number;
/** Linux F_SETPIPE_SZ, as Go's syscall.F_SETPIPE_SZ. */
export declare const F_SETPIPE_SZ: number;
/** Linux F_SETSIG, as Go's syscall.F_SETSIG. */
export declare const F_SETSIG: number;
/** Linux F_SHLCK, as Go's syscall.F_SHLCK. */
export declare const F_SHLCK: number;
/** Linux F_TEST, as Go's syscall.F_TEST. */
export declare const F_TEST: number;
/** Linux F_TLOCK, as Go's syscall.F_TLOCK. */
export declare const F_TLOCK: number;
/** Linux F_ULOCK, as Go's syscall.F_ULOCK. */
export declare const F_ULOCK: number;
/** Linux F_UNLCK, as Go's syscall.F_UNLCK. */
export declare const F_UNLCK: number;
/** Linux F_WRLCK, as Go's syscall.F_WRLCK. */
export declare const F_WRLCK: number;
/** Linux HUPCL, as Go's syscall.HUPCL. */
export declare const HUPCL: number;
/** Linux ICANON, as Go's syscall.ICANON. */
export declare const ICANON: number;
/** Linux ICMPV6_FILTER, as Go's syscall.ICMPV6_FILTER. */
export declare const ICMPV6_FILTER: number;
/** Linux ICRNL, as Go's syscall.ICRNL. */
export declare const ICRNL: number;
/** Linux IEXTEN, as Go's syscall.IEXTEN. */
export declare const IEXTEN: number;
/** Linux IFA_ADDRESS, as Go's syscall.IFA_ADDRESS. */
export declare const IFA_ADDRESS: number;
/** Linux IFA_ANYCAST, as Go's syscall.IFA_ANYCAST. */
export declare const IFA_ANYCAST: number;
/** Linux IFA_BROADCAST, as Go's syscall.IFA_BROADCAST. */
export declare const IFA_BROADCAST: number;
/** Linux IFA_CACHEINFO, as Go's syscall.IFA_CACHEINFO. */
export declare const IFA_CACHEINFO: number;
/** Linux IFA_F_DADFAILED, as Go's syscall.IFA_F_DADFAILED. */
export declare const IFA_F_DADFAILED: number;
/** Linux IFA_F_DEPRECATED, as Go's syscall.IFA_F_DEPRECATED. */
export declare const IFA_F_DEPRECATED: number;
/** Linux IFA_F_HOMEADDRESS, as Go's syscall.IFA_F_HOMEADDRESS. */
export declare const IFA_F_HOMEADDRESS: number;
/** Linux IFA_F_NODAD, as Go's syscall.IFA_F_NODAD. */
export declare const IFA_F_NODAD: number;
/** Linux IFA_F_OPTIMISTIC, as Go's syscall.IFA_F_OPTIMISTIC. */
export declare const IFA_F_OPTIMISTIC: number;
/** Linux IFA_F_PERMANENT, as Go's syscall.IFA_F_PERMANENT. */
export declare const IFA_F_PERMANENT: number;
/** Linux IFA_F_SECONDARY, as Go's syscall.IFA_F_SECONDARY. */
export declare const IFA_F_SECONDARY: number;
/** Linux IFA_F_TEMPORARY, as Go's syscall.IFA_F_TEMPORARY. */
export declare const IFA_F_TEMPORARY: number;
/** Linux IFA_F_TENTATIVE, as Go's syscall.IFA_F_TENTATIVE. */
export declare const IFA_F_TENTATIVE: number;
/** Linux IFA_LABEL, as Go's syscall.IFA_LABEL. */
export declare const IFA_LABEL: number;
/** Linux IFA_LOCAL, as Go's syscall.IFA_LOCAL. */
export declare const IFA_LOCAL: number;
/** Linux IFA_MAX, as Go's syscall.IFA_MAX. */
export declare const IFA_MAX: number;
/** Linux IFA_MULTICAST, as Go's syscall.IFA_MULTICAST. */
export declare const IFA_MULTICAST: number;
/** Linux IFA_UNSPEC, as Go's syscall.IFA_UNSPEC. */
export declare const IFA_UNSPEC: number;
/** Linux IFF_802_1Q_VLAN, as Go's syscall.IFF_802_1Q_VLAN. */
export declare const IFF_802_1Q_VLAN: number;
/** Linux IFF_ALLMULTI, as Go's syscall.IFF_ALLMULTI. */
export declare const IFF_ALLMULTI: number;
/** Linux IFF_ATTACH_QUEUE, as Go's syscall.IFF_ATTACH_QUEUE. */
export declare const IFF_ATTACH_QUEUE: number;
/** Linux IFF_AUTOMEDIA, as Go's syscall.IFF_AUTOMEDIA. */
export declare const IFF_AUTOMEDIA: number;
/** Linux IFF_BONDING, as Go's syscall.IFF_BONDING. */
export declare const IFF_BONDING: number;
/** Linux IFF_BRIDGE_PORT, as Go's syscall.IFF_BRIDGE_PORT. */
export declare const IFF_BRIDGE_PORT: number;
/** Linux IFF_BROADCAST, as Go's syscall.IFF_BROADCAST. */
export declare const IFF_BROADCAST: number;
/** Linux IFF_DEBUG, as Go's syscall.IFF_DEBUG. */
export declare const IFF_DEBUG: number;
/** Linux IFF_DETACH_QUEUE, as Go's syscall.IFF_DETACH_QUEUE. */
export declare const IFF_DETACH_QUEUE: number;
/** Linux IFF_DISABLE_NETPOLL, as Go's syscall.IFF_DISABLE_NETPOLL. */
export declare const IFF_DISABLE_NETPOLL: number;
/** Linux IFF_DONT_BRIDGE, as Go's syscall.IFF_DONT_BRIDGE. */
export declare const IFF_DONT_BRIDGE: number;
/** Linux IFF_DORMANT, as Go's syscall.IFF_DORMANT. */
export declare const IFF_DORMANT: number;
/** Linux IFF_DYNAMIC, as Go's syscall.IFF_DYNAMIC. */
export declare const IFF_DYNAMIC: number;
/** Linux IFF_EBRIDGE, as Go's syscall.IFF_EBRIDGE. */
export declare const IFF_EBRIDGE: number;
/** Linux IFF_ECHO, as Go's syscall.IFF_ECHO. */
export declare const IFF_ECHO: number;
/** Linux IFF_ISATAP, as Go's syscall.IFF_ISATAP. */
export declare const IFF_ISATAP: number;
/** Linux IFF_LIVE_ADDR_CHANGE, as Go's syscall.IFF_LIVE_ADDR_CHANGE. */
export declare const IFF_LIVE_ADDR_CHANGE: number;
/** Linux IFF_LOOPBACK, as Go's syscall.IFF_LOOPBACK. */
export declare const IFF_LOOPBACK: number;
/** Linux IFF_LOWER_UP, as Go's syscall.IFF_LOWER_UP. */
export declare const IFF_LOWER_UP: number;
/** Linux IFF_MACVLAN, as Go's syscall.IFF_MACVLAN. */
export declare const IFF_MACVLAN: number;
/** Linux IFF_MACVLAN_PORT, as Go's syscall.IFF_MACVLAN_PORT. */
export declare const IFF_MACVLAN_PORT: number;
/** Linux IFF_MASTER, as Go's syscall.IFF_MASTER. */
export declare const IFF_MASTER: number;
/** Linux IFF_MASTER_8023AD, as Go's syscall.IFF_MASTER_8023AD. */
export declare const IFF_MASTER_8023AD: number;
/** Linux IFF_MASTER_ALB, as Go's syscall.IFF_MASTER_ALB. */
export declare const IFF_MASTER_ALB: number;
/** Linux IFF_MASTER_ARPMON, as Go's syscall.IFF_MASTER_ARPMON. */
export declare const IFF_MASTER_ARPMON: number;
/** Linux IFF_MULTICAST, as Go's syscall.IFF_MULTICAST. */
export declare const IFF_MULTICAST: number;
/** Linux IFF_MULTI_QUEUE, as Go's syscall.IFF_MULTI_QUEUE. */
export declare const IFF_MULTI_QUEUE: number;
/** Linux IFF_NOARP, as Go's syscall.IFF_NOARP. */
export declare const IFF_NOARP: number;
/** Linux IFF_NOFILTER, as Go's syscall.IFF_NOFILTER. */
export declare const IFF_NOFILTER: number;
/** Linux IFF_NOTRAILERS, as Go's syscall.IFF_NOTRAILERS. */
export declare const IFF_NOTRAILERS: number;
/** Linux IFF_NO_PI, as Go's syscall.IFF_NO_PI. */
export declare const IFF_NO_PI: number;
/** Linux IFF_ONE_QUEUE, as Go's syscall.IFF_ONE_QUEUE. */
export declare const IFF_ONE_QUEUE: number;
/** Linux IFF_OVS_DATAPATH, as Go's syscall.IFF_OVS_DATAPATH. */
export declare const IFF_OVS_DATAPATH: number;
/** Linux IFF_PERSIST, as Go's syscall.IFF_PERSIST. */
export declare const IFF_PERSIST: number;
/** Linux IFF_POINTOPOINT, as Go's syscall.IFF_POINTOPOINT. */
export declare const IFF_POINTOPOINT: number;
/** Linux IFF_PORTSEL, as Go's syscall.IFF_PORTSEL. */
export declare const IFF_PORTSEL: number;
/** Linux IFF_PROMISC, as Go's syscall.IFF_PROMISC. */
export declare const IFF_PROMISC: number;
/** Linux IFF_RUNNING, as Go's syscall.IFF_RUNNING. */
export declare const IFF_RUNNING: number;
/** Linux IFF_SLAVE, as Go's syscall.IFF_SLAVE. */
export declare const IFF_SLAVE: number;
/** Linux IFF_SLAVE_INACTIVE, as Go's syscall.IFF_SLAVE_INACTIVE. */
export declare const IFF_SLAVE_INACTIVE: number;
/** Linux IFF_SLAVE_NEEDARP, as Go's syscall.IFF_SLAVE_NEEDARP. */
export declare const IFF_SLAVE_NEEDARP: number;
/** Linux IFF_SUPP_NOFCS, as Go's syscall.IFF_SUPP_NOFCS. */
export declare const IFF_SUPP_NOFCS: number;
/** Linux IFF_TAP, as Go's syscall.IFF_TAP. */
export declare const IFF_TAP: number;
/** Linux IFF_TEAM_PORT, as Go's syscall.IFF_TEAM_PORT. */
export declare const IFF_TEAM_PORT: number;
/** Linux IFF_TUN, as Go's syscall.IFF_TUN. */
export declare const IFF_TUN: number;
/** Linux IFF_TUN_EXCL, as Go's syscall.IFF_TUN_EXCL. */
export declare const IFF_TUN_EXCL: number;
/** Linux IFF_TX_SKB_SHARING, as Go's syscall.IFF_TX_SKB_SHARING. */
export declare const IFF_TX_SKB_SHARING: number;
/** Linux IFF_UNICAST_FLT, as Go's syscall.IFF_UNICAST_FLT. */
export declare const IFF_UNICAST_FLT: number;
/** Linux IFF_UP, as Go's syscall.IFF_UP. */
export declare const IFF_UP: number;
/** Linux IFF_VNET_HDR, as Go's syscall.IFF_VNET_HDR. */
export declare const IFF_VNET_HDR: number;
/** Linux IFF_VOLATILE, as Go's syscall.IFF_VOLATILE. */
export declare const IFF_VOLATILE: number;
/** Linux IFF_WAN_HDLC, as Go's syscall.IFF_WAN_HDLC. */
export declare const IFF_WAN_HDLC: number;
/** Linux IFF_XMIT_DST_RELEASE, as Go's syscall.IFF_XMIT_DST_RELEASE. */
export declare const IFF_XMIT_DST_RELEASE: number;
/** Linux IFLA_ADDRESS, as Go's syscall.IFLA_ADDRESS. */
export declare const IFLA_ADDRESS: number;
/** Linux IFLA_BROADCAST, as Go's syscall.IFLA_BROADCAST. */
export declare const IFLA_BROADCAST: number;
/** Linux IFLA_COST, as Go's syscall.IFLA_COST. */
export declare const IFLA_COST: number;
/** Linux IFLA_IFALIAS, as Go's syscall.IFLA_IFALIAS. */
export declare const IFLA_IFALIAS: number;
/** Linux IFLA_IFNAME, as Go's syscall.IFLA_IFNAME. */
export declare const IFLA_IFNAME: number;
/** Linux IFLA_LINK, as Go's syscall.IFLA_LINK. */
export declare const IFLA_LINK: number;
/** Linux IFLA_LINKINFO, as Go's syscall.IFLA_LINKINFO. */
export declare const IFLA_LINKINFO: number;
/** Linux IFLA_LINKMODE, as Go's syscall.IFLA_LINKMODE. */
export declare const IFLA_LINKMODE: number;
/** Linux IFLA_MAP, as Go's syscall.IFLA_MAP. */
export declare const IFLA_MAP: number;
/** Linux IFLA_MASTER, as Go's syscall.IFLA_MASTER. */
export declare const IFLA_MASTER: number;
/** Linux IFLA_MAX, as Go's syscall.IFLA_MAX. */
export declare const IFLA_MAX: number;
/** Linux IFLA_MTU, as Go's syscall.IFLA_MTU. */
export declare const IFLA_MTU: number;
/** Linux IFLA_NET_NS_PID, as Go's syscall.IFLA_NET_NS_PID. */
export declare const IFLA_NET_NS_PID: number;
/** Linux IFLA_OPERSTATE, as Go's syscall.IFLA_OPERSTATE. */
export declare const IFLA_OPERSTATE: number;
/** Linux IFLA_PRIORITY, as Go's syscall.IFLA_PRIORITY. */
export declare const IFLA_PRIORITY: number;
/** Linux IFLA_PROTINFO, as Go's syscall.IFLA_PROTINFO. */
export declare const IFLA_PROTINFO: number;
/** Linux IFLA_QDISC, as Go's syscall.IFLA_QDISC. */
export declare const IFLA_QDISC: number;
/** Linux IFLA_STATS, as Go's syscall.IFLA_STATS. */
export declare const IFLA_STATS: number;
/** Linux IFLA_TXQLEN, as Go's syscall.IFLA_TXQLEN. */
export declare const IFLA_TXQLEN: number;
/** Linux IFLA_UNSPEC, as Go's syscall.IFLA_UNSPEC. */
export declare const IFLA_UNSPEC: number;
/** Linux IFLA_WEIGHT, as Go's syscall.IFLA_WEIGHT. */
export declare const IFLA_WEIGHT: number;
/** Linux IFLA_WIRELESS, as Go's syscall.IFLA_WIRELESS. */
export declare const IFLA_WIRELESS: number;
/** Linux IFNAMSIZ, as Go's syscall.IFNAMSIZ. */
export declare const IFNAMSIZ: number;
/** Linux IGNBRK, as Go's syscall.IGNBRK. */
export declare const IGNBRK: number;
/** Linux IGNCR, as Go's syscall.IGNCR. */
export declare const IGNCR: number;
/** Linux IGNPAR, as Go's syscall.IGNPAR. */
export declare const IGNPAR: number;
/** Linux IMAXBEL, as Go's syscall.IMAXBEL. */
export declare const IMAXBEL: number;
/** Linux INLCR, as Go's syscall.INLCR. */
export declare const INLCR: number;
/** Linux INPCK, as Go's syscall.INPCK. */
export declare const INPCK: number;
/** Linux IN_ACCESS, as Go's syscall.IN_ACCESS. */
export declare const IN_ACCESS: number;
/** Linux IN_ALL_EVENTS, as Go's syscall.IN_ALL_EVENTS. */
export declare const IN_ALL_EVENTS: number;
/** Linux IN_ATTRIB, as Go's syscall.IN_ATTRIB. */
export declare const IN_ATTRIB: number;
/** Linux IN_CLASSA_HOST, as Go's syscall.IN_CLASSA_HOST. */
export declare const IN_CLASSA_HOST: number;
/** Linux IN_CLASSA_MAX, as Go's syscall.IN_CLASSA_MAX. */
export declare const IN_CLASSA_MAX: number;
/** Linux IN_CLASSA_NET, as Go's syscall.IN_CLASSA_NET. */
export declare const IN_CLASSA_NET: number;
/** Linux IN_CLASSA_NSHIFT, as Go's syscall.IN_CLASSA_NSHIFT. */
export declare const IN_CLASSA_NSHIFT: number;
/** Linux IN_CLASSB_HOST, as Go's syscall.IN_CLASSB_HOST. */
export declare const IN_CLASSB_HOST: number;
/** Linux IN_CLASSB_MAX, as Go's syscall.IN_CLASSB_MAX. */
export declare const IN_CLASSB_MAX: number;
/** Linux IN_CLASSB_NET, as Go's syscall.IN_CLASSB_NET. */
export declare const IN_CLASSB_NET: number;
/** Linux IN_CLASSB_NSHIFT, as Go's syscall.IN_CLASSB_NSHIFT. */
export declare const IN_CLASSB_NSHIFT: number;
/** Linux IN_CLASSC_HOST, as Go's syscall.IN_CLASSC_HOST. */
export declare const IN_CLASSC_HOST: number;
/** Linux IN_CLASSC_NET, as Go's syscall.IN_CLASSC_NET. */
export declare const IN_CLASSC_NET: number;
/** Linux IN_CLASSC_NSHIFT, as Go's syscall.IN_CLASSC_NSHIFT. */
export declare const IN_CLASSC_NSHIFT: number;
/** Linux IN_CLOEXEC, as Go's syscall.IN_CLOEXEC. */
export declare const IN_CLOEXEC: number;
/** Linux IN_CLOSE, as Go's syscall.IN_CLOSE. */
export declare const IN_CLOSE: number;
/** Linux IN_CLOSE_NOWRITE, as Go's syscall.IN_CLOSE_NOWRITE. */
export declare const IN_CLOSE_NOWRITE: number;
/** Linux IN_CLOSE_WRITE, as Go's syscall.IN_CLOSE_WRITE. */
export declare const IN_CLOSE_WRITE: number;
/** Linux IN_CREATE, as Go's syscall.IN_CREATE. */
export declare const IN_CREATE: number;
/** Linux IN_DELETE, as Go's syscall.IN_DELETE. */
export declare const IN_DELETE: number;
/** Linux IN_DELETE_SELF, as Go's syscall.IN_DELETE_SELF. */
export declare const IN_DELETE_SELF: number;
/** Linux IN_DONT_FOLLOW, as Go's syscall.IN_DONT_FOLLOW. */
export declare const IN_DONT_FOLLOW: number;
/** Linux IN_EXCL_UNLINK, as Go's syscall.IN_EXCL_UNLINK. */
export declare const IN_EXCL_UNLINK: number;
/** Linux IN_IGNORED, as Go's syscall.IN_IGNORED. */
export declare const IN_IGNORED: number;
/** Linux IN_ISDIR, as Go's syscall.IN_ISDIR. */
export declare const IN_ISDIR: number;
/** Linux IN_LOOPBACKNET, as Go's syscall.IN_LOOPBACKNET. */
export declare const IN_LOOPBACKNET: number;
/** Linux IN_MASK_ADD, as Go's syscall.IN_MASK_ADD. */
export declare const IN_MASK_ADD: number;
/** Linux IN_MODIFY, as Go's syscall.IN_MODIFY. */
export declare const IN_MODIFY: number;
/** Linux IN_MOVE, as Go's syscall.IN_MOVE. */
export declare const IN_MOVE: number;
/** Linux IN_MOVED_FROM, as Go's syscall.IN_MOVED_FROM. */
export declare const IN_MOVED_FROM: number;
/** Linux IN_MOVED_TO, as Go's syscall.IN_MOVED_TO. */
export declare const IN_MOVED_TO: number;
/** Linux IN_MOVE_SELF, as Go's syscall.IN_MOVE_SELF. */
export declare const IN_MOVE_SELF: number;
/** Linux IN_NONBLOCK, as Go's syscall.IN_NONBLOCK. */
export declare const IN_NONBLOCK: number;
/** Linux IN_ONESHOT, as Go's syscall.IN_ONESHOT. */
export declare const IN_ONESHOT: number;
/** Linux IN_ONLYDIR, as Go's syscall.IN_ONLYDIR. */
export declare const IN_ONLYDIR: number;
/** Linux IN_OPEN, as Go's syscall.IN_OPEN. */
export declare const IN_OPEN: number;
/** Linux IN_Q_OVERFLOW, as Go's syscall.IN_Q_OVERFLOW. */
export declare const IN_Q_OVERFLOW: number;
/** Linux IN_UNMOUNT, as Go's syscall.IN_UNMOUNT. */
export declare const IN_UNMOUNT: number;
/** Linux IPPROTO_AH, as Go's syscall.IPPROTO_AH. */
export declare const IPPROTO_AH: number;
/** Linux IPPROTO_BEETPH, as Go's syscall.IPPROTO_BEETPH. */
export declare const IPPROTO_BEETPH: number;
/** Linux IPPROTO_COMP, as Go's syscall.IPPROTO_COMP. */
export declare const IPPROTO_COMP: number;
/** Linux IPPROTO_DCCP, as Go's syscall.IPPROTO_DCCP. */
export declare const IPPROTO_DCCP: number;
/** Linux IPPROTO_DSTOPTS, as Go's syscall.IPPROTO_DSTOPTS. */
export declare const IPPROTO_DSTOPTS: number;
/** Linux IPPROTO_EGP, as Go's syscall.IPPROTO_EGP. */
export declare const IPPROTO_EGP: number;
/** Linux IPPROTO_ENCAP, as Go's syscall.IPPROTO_ENCAP. */
export declare const IPPROTO_ENCAP: number;
/** Linux IPPROTO_ESP, as Go's syscall.IPPROTO_ESP. */
export declare const IPPROTO_ESP: number;
/** Linux IPPROTO_FRAGMENT, as Go's syscall.IPPROTO_FRAGMENT. */
export declare const IPPROTO_FRAGMENT: number;
/** Linux IPPROTO_GRE, as Go's syscall.IPPROTO_GRE. */
export declare const IPPROTO_GRE: number;
/** Linux IPPROTO_HOPOPTS, as Go's syscall.IPPROTO_HOPOPTS. */
export declare const IPPROTO_HOPOPTS: number;
/** Linux IPPROTO_ICMP, as Go's syscall.IPPROTO_ICMP. */
export declare const IPPROTO_ICMP: number;
/** Linux IPPROTO_ICMPV6, as Go's syscall.IPPROTO_ICMPV6. */
export declare const IPPROTO_ICMPV6: number;
/** Linux IPPROTO_IDP, as Go's syscall.IPPROTO_IDP. */
export declare const IPPROTO_IDP: number;
/** Linux IPPROTO_IGMP, as Go's syscall.IPPROTO_IGMP. */
export declare const IPPROTO_IGMP: number;
/** Linux IPPROTO_IP, as Go's syscall.IPPROTO_IP. */
export declare const IPPROTO_IP: number;
/** Linux IPPROTO_IPIP, as Go's syscall.IPPROTO_IPIP. */
export declare const IPPROTO_IPIP: number;
/** Linux IPPROTO_IPV6, as Go's syscall.IPPROTO_IPV6. */
export declare const IPPROTO_IPV6: number;
/** Linux IPPROTO_MH, as Go's syscall.IPPROTO_MH. */
export declare const IPPROTO_MH: number;
/** Linux IPPROTO_MTP, as Go's syscall.IPPROTO_MTP. */
export declare const IPPROTO_MTP: number;
/** Linux IPPROTO_NONE, as Go's syscall.IPPROTO_NONE. */
export declare const IPPROTO_NONE: number;
/** Linux IPPROTO_PIM, as Go's syscall.IPPROTO_PIM. */
export declare const IPPROTO_PIM: number;
/** Linux IPPROTO_PUP, as Go's syscall.IPPROTO_PUP. */
export declare const IPPROTO_PUP: number;
/** Linux IPPROTO_RAW, as Go's syscall.IPPROTO_RAW. */
export declare const IPPROTO_RAW: number;
/** Linux IPPROTO_ROUTING, as Go's syscall.IPPROTO_ROUTING. */
export declare const IPPROTO_ROUTING: number;
/** Linux IPPROTO_RSVP, as Go's syscall.IPPROTO_RSVP. */
export declare const IPPROTO_RSVP: number;
/** Linux IPPROTO_SCTP, as Go's syscall.IPPROTO_SCTP. */
export declare const IPPROTO_SCTP: number;
/** Linux IPPROTO_TCP, as Go's syscall.IPPROTO_TCP. */
export declare const IPPROTO_TCP: number;
/** Linux IPPROTO_TP, as Go's syscall.IPPROTO_TP. */
export declare const IPPROTO_TP: number;
/** Linux IPPROTO_UDP, as Go's syscall.IPPROTO_UDP. */
export declare const IPPROTO_UDP: number;
/** Linux IPPROTO_UDPLITE, as Go's syscall.IPPROTO_UDPLITE. */
export declare const IPPROTO_UDPLITE: number;
/** Linux IPV6_2292DSTOPTS, as Go's syscall.IPV6_2292DSTOPTS. */
export declare const IPV6_2292DSTOPTS: number;
/** Linux IPV6_2292HOPLIMIT, as Go's syscall.IPV6_2292HOPLIMIT. */
export declare const IPV6_2292HOPLIMIT: number;
/** Linux IPV6_2292HOPOPTS, as Go's syscall.IPV6_2292HOPOPTS. */
export declare const IPV6_2292HOPOPTS: number;
/** Linux IPV6_2292PKTINFO, as Go's syscall.IPV6_2292PKTINFO. */
export declare const IPV6_2292PKTINFO: number;
/** Linux IPV6_2292PKTOPTIONS, as Go's syscall.IPV6_2292PKTOPTIONS. */
export declare const IPV6_2292PKTOPTIONS: number;
/** Linux IPV6_2292RTHDR, as Go's syscall.IPV6_2292RTHDR. */
export declare const IPV6_2292RTHDR: number;
/** Linux IPV6_ADDRFORM, as Go's syscall.IPV6_ADDRFORM. */
export declare const IPV6_ADDRFORM: number;
/** Linux IPV6_ADD_MEMBERSHIP, as Go's syscall.IPV6_ADD_MEMBERSHIP. */
export declare const IPV6_ADD_MEMBERSHIP: number;
/** Linux IPV6_AUTHHDR, as Go's syscall.IPV6_AUTHHDR. */
export declare const IPV6_AUTHHDR: number;
/** Linux IPV6_CHECKSUM, as Go's syscall.IPV6_CHECKSUM. */
export declare const IPV6_CHECKSUM: number;
/** Linux IPV6_DROP_MEMBERSHIP, as Go's syscall.IPV6_DROP_MEMBERSHIP. */
export declare const IPV6_DROP_MEMBERSHIP: number;
/** Linux IPV6_DSTOPTS, as Go's syscall.IPV6_DSTOPTS. */
export declare const IPV6_DSTOPTS: number;
/** Linux IPV6_HOPLIMIT, as Go's syscall.IPV6_HOPLIMIT. */
export declare const IPV6_HOPLIMIT: number;
/** Linux IPV6_HOPOPTS, as Go's syscall.IPV6_HOPOPTS. */
export declare const IPV6_HOPOPTS: number;
/** Linux IPV6_IPSEC_POLICY, as Go's syscall.IPV6_IPSEC_POLICY. */
export declare const IPV6_IPSEC_POLICY: number;
/** Linux IPV6_JOIN_ANYCAST, as Go's syscall.IPV6_JOIN_ANYCAST. */
export declare const IPV6_JOIN_ANYCAST: number;
/** Linux IPV6_JOIN_GROUP, as Go's syscall.IPV6_JOIN_GROUP. */
export declare const IPV6_JOIN_GROUP: number;
/** Linux IPV6_LEAVE_ANYCAST, as Go's syscall.IPV6_LEAVE_ANYCAST. */
export declare const IPV6_LEAVE_ANYCAST: number;
/** Linux IPV6_LEAVE_GROUP, as Go's syscall.IPV6_LEAVE_GROUP. */
export declare const IPV6_LEAVE_GROUP: number;
/** Linux IPV6_MTU, as Go's syscall.IPV6_MTU. */
export declare const IPV6_MTU: number;
/** Linux IPV6_MTU_DISCOVER, as Go's syscall.IPV6_MTU_DISCOVER. */
export declare const IPV6_MTU_DISCOVER: number;
/** Linux IPV6_MULTICAST_HOPS, as Go's syscall.IPV6_MULTICAST_HOPS. */
export declare const IPV6_MULTICAST_HOPS: number;
/** Linux IPV6_MULTICAST_IF, as Go's syscall.IPV6_MULTICAST_IF. */
export declare const IPV6_MULTICAST_IF: number;
/** Linux IPV6_MULTICAST_LOOP, as Go's syscall.IPV6_MULTICAST_LOOP. */
export declare const IPV6_MULTICAST_LOOP: number;
/** Linux IPV6_NEXTHOP, as Go's syscall.IPV6_NEXTHOP. */
export declare const IPV6_NEXTHOP: number;
/** Linux IPV6_PKTINFO, as Go's syscall.IPV6_PKTINFO. */
export declare const IPV6_PKTINFO: number;
/** Linux IPV6_PMTUDISC_DO, as Go's syscall.IPV6_PMTUDISC_DO. */
export declare const IPV6_PMTUDISC_DO: number;
/** Linux IPV6_PMTUDISC_DONT, as Go's syscall.IPV6_PMTUDISC_DONT. */
export declare const IPV6_PMTUDISC_DONT: number;
/** Linux IPV6_PMTUDISC_PROBE, as Go's syscall.IPV6_PMTUDISC_PROBE. */
export declare const IPV6_PMTUDISC_PROBE: number;
/** Linux IPV6_PMTUDISC_WANT, as Go's syscall.IPV6_PMTUDISC_WANT. */
export declare const IPV6_PMTUDISC_WANT: number;
/** Linux IPV6_RECVDSTOPTS, as Go's syscall.IPV6_RECVDSTOPTS. */
export declare const IPV6_RECVDSTOPTS: number;
/** Linux IPV6_RECVERR, as Go's syscall.IPV6_RECVERR. */
export declare const IPV6_RECVERR: number;
/** Linux IPV6_RECVHOPLIMIT, as Go's syscall.IPV6_RECVHOPLIMIT. */
export declare const IPV6_RECVHOPLIMIT: number;
/** Linux IPV6_RECVHOPOPTS, as Go's syscall.IPV6_RECVHOPOPTS. */
export declare const IPV6_RECVHOPOPTS: number;
/** Linux IPV6_RECVPKTINFO, as Go's syscall.IPV6_RECVPKTINFO. */
export declare const IPV6_RECVPKTINFO: number;
/** Linux IPV6_RECVRTHDR, as Go's syscall.IPV6_RECVRTHDR. */
export declare const IPV6_RECVRTHDR: number;
/** Linux IPV6_RECVTCLASS, as Go's syscall.IPV6_RECVTCLASS. */
export declare const IPV6_RECVTCLASS: number;
/** Linux IPV6_ROUTER_ALERT, as Go's syscall.IPV6_ROUTER_ALERT. */
export declare const IPV6_ROUTER_ALERT: number;
/** Linux IPV6_RTHDR, as Go's syscall.IPV6_RTHDR. */
export declare const IPV6_RTHDR: number;
/** Linux IPV6_RTHDRDSTOPTS, as Go's syscall.IPV6_RTHDRDSTOPTS. */
export declare const IPV6_RTHDRDSTOPTS: number;
/** Linux IPV6_RTHDR_LOOSE, as Go's syscall.IPV6_RTHDR_LOOSE. */
export declare const IPV6_RTHDR_LOOSE: number;
/** Linux IPV6_RTHDR_STRICT, as Go's syscall.IPV6_RTHDR_STRICT. */
export declare const IPV6_RTHDR_STRICT: number;
/** Linux IPV6_RTHDR_TYPE_0, as Go's syscall.IPV6_RTHDR_TYPE_0. */
export declare const IPV6_RTHDR_TYPE_0: number;
/** Linux IPV6_RXDSTOPTS, as Go's syscall.IPV6_RXDSTOPTS. */
export declare const IPV6_RXDSTOPTS: number;
/** Linux IPV6_RXHOPOPTS, as Go's syscall.IPV6_RXHOPOPTS. */
export declare const IPV6_RXHOPOPTS: number;
/** Linux IPV6_TCLASS, as Go's syscall.IPV6_TCLASS. */
export declare const IPV6_TCLASS: number;
/** Linux IPV6_UNICAST_HOPS, as Go's syscall.IPV6_UNICAST_HOPS. */
export declare const IPV6_UNICAST_HOPS: number;
/** Linux IPV6_V6ONLY, as Go's syscall.IPV6_V6ONLY. */
export declare const IPV6_V6ONLY: number;
/** Linux IPV6_XFRM_POLICY, as Go's syscall.IPV6_XFRM_POLICY. */
export declare const IPV6_XFRM_POLICY: number;
/** Linux IP_ADD_MEMBERSHIP, as Go's syscall.IP_ADD_MEMBERSHIP. */
export declare const IP_ADD_MEMBERSHIP: number;
/** Linux IP_ADD_SOURCE_MEMBERSHIP, as Go's syscall.IP_ADD_SOURCE_MEMBERSHIP. */
export declare const IP_ADD_SOURCE_MEMBERSHIP: number;
/** Linux IP_BLOCK_SOURCE, as Go's syscall.IP_BLOCK_SOURCE. */
export declare const IP_BLOCK_SOURCE: number;
/** Linux IP_DEFAULT_MULTICAST_LOOP, as Go's syscall.IP_DEFAULT_MULTICAST_LOOP. */
export declare const IP_DEFAULT_MULTICAST_LOOP: number;
/** Linux IP_DEFAULT_MULTICAST_TTL, as Go's syscall.IP_DEFAULT_MULTICAST_TTL. */
export declare const IP_DEFAULT_MULTICAST_TTL: number;
/** Linux IP_DF, as Go's syscall.IP_DF. */
export declare const IP_DF: number;
/** Linux IP_DROP_MEMBERSHIP, as Go's syscall.IP_DROP_MEMBERSHIP. */
export declare const IP_DROP_MEMBERSHIP: number;
/** Linux IP_DROP_SOURCE_MEMBERSHIP, as Go's syscall.IP_DROP_SOURCE_MEMBERSHIP. */
export declare const IP_DROP_SOURCE_MEMBERSHIP: number;
/** Linux IP_FREEBIND, as Go's syscall.IP_FREEBIND. */
export declare const IP_FREEBIND: number;
/** Linux IP_HDRINCL, as Go's syscall.IP_HDRINCL. */
export declare const IP_HDRINCL: number;
/** Linux IP_IPSEC_POLICY, as Go's syscall.IP_IPSEC_POLICY. */
export declare const IP_IPSEC_POLICY: number;
/** Linux IP_MAXPACKET, as Go's syscall.IP_MAXPACKET. */
export declare const IP_MAXPACKET: number;
/** Linux IP_MAX_MEMBERSHIPS, as Go's syscall.IP_MAX_MEMBERSHIPS. */
export declare const IP_MAX_MEMBERSHIPS: number;
/** Linux IP_MF, as Go's syscall.IP_MF. */
export declare const IP_MF: number;
/** Linux IP_MINTTL, as Go's syscall.IP_MINTTL. */
export declare const IP_MINTTL: number;
/** Linux IP_MSFILTER, as Go's syscall.IP_MSFILTER. */
export declare const IP_MSFILTER: number;
/** Linux IP_MSS, as Go's syscall.IP_MSS. */
export declare const IP_MSS: number;
/** Linux IP_MTU, as Go's syscall.IP_MTU. */
export declare const IP_MTU: number;
/** Linux IP_MTU_DISCOVER, as Go's syscall.IP_MTU_DISCOVER. */
export declare const IP_MTU_DISCOVER: number;
/** Linux IP_MULTICAST_ALL, as Go's syscall.IP_MULTICAST_ALL. */
export declare const IP_MULTICAST_ALL: number;
/** Linux IP_MULTICAST_IF, as Go's syscall.IP_MULTICAST_IF. */
export declare const IP_MULTICAST_IF: number;
/** Linux IP_MULTICAST_LOOP, as Go's syscall.IP_MULTICAST_LOOP. */
export declare const IP_MULTICAST_LOOP: number;
/** Linux IP_MULTICAST_TTL, as Go's syscall.IP_MULTICAST_TTL. */
export declare const IP_MULTICAST_TTL: number;
/** Linux IP_OFFMASK, as Go's syscall.IP_OFFMASK. */
export declare const IP_OFFMASK: number;
/** Linux IP_OPTIONS, as Go's syscall.IP_OPTIONS. */
export declare const IP_OPTIONS: number;
/** Linux IP_ORIGDSTADDR, as Go's syscall.IP_ORIGDSTADDR. */
export declare const IP_ORIGDSTADDR: number;
/** Linux IP_PASSSEC, as Go's syscall.IP_PASSSEC. */
export declare const IP_PASSSEC: number;
/** Linux IP_PKTINFO, as Go's syscall.IP_PKTINFO. */
export declare const IP_PKTINFO: number;
/** Linux IP_PKTOPTIONS, as Go's syscall.IP_PKTOPTIONS. */
export declare const IP_PKTOPTIONS: number;
/** Linux IP_PMTUDISC, as Go's syscall.IP_PMTUDISC. */
export declare const IP_PMTUDISC: number;
/** Linux IP_PMTUDISC_DO, as Go's syscall.IP_PMTUDISC_DO. */
export declare const IP_PMTUDISC_DO: number;
/** Linux IP_PMTUDISC_DONT, as Go's syscall.IP_PMTUDISC_DONT. */
export declare const IP_PMTUDISC_DONT: number;
/** Linux IP_PMTUDISC_PROBE, as Go's syscall.IP_PMTUDISC_PROBE. */
export declare const IP_PMTUDISC_PROBE: number;
/** Linux IP_PMTUDISC_WANT, as Go's syscall.IP_PMTUDISC_WANT. */
export declare const IP_PMTUDISC_WANT: number;
/** Linux IP_RECVERR, as Go's syscall.IP_RECVERR. */
export declare const IP_RECVERR: number;
/** Linux IP_RECVOPTS, as Go's syscall.IP_RECVOPTS. */
export declare const IP_RECVOPTS: number;
/** Linux IP_RECVORIGDSTADDR, as Go's syscall.IP_RECVORIGDSTADDR. */
export declare const IP_RECVORIGDSTADDR: number;
/** Linux IP_RECVRETOPTS, as Go's syscall.IP_RECVRETOPTS. */
export declare const IP_RECVRETOPTS: number;
/** Linux IP_RECVTOS, as Go's syscall.IP_RECVTOS. */
export declare const IP_RECVTOS: number;
/** Linux IP_RECVTTL, as Go's syscall.IP_RECVTTL. */
export declare const IP_RECVTTL: number;
/** Linux IP_RETOPTS, as Go's syscall.IP_RETOPTS. */
export declare const IP_RETOPTS: number;
/** Linux IP_RF, as Go's syscall.IP_RF. */
export declare const IP_RF: number;
/** Linux IP_ROUTER_ALERT, as Go's syscall.IP_ROUTER_ALERT. */
export declare const IP_ROUTER_ALERT: number;
/** Linux IP_TOS, as Go's syscall.IP_TOS. */
export declare const IP_TOS: number;
/** Linux IP_TRANSPARENT, as Go's syscall.IP_TRANSPARENT. */
export declare const IP_TRANSPARENT: number;
/** Linux IP_TTL, as Go's syscall.IP_TTL. */
export declare const IP_TTL: number;
/** Linux IP_UNBLOCK_SOURCE, as Go's syscall.IP_UNBLOCK_SOURCE. */
export declare const IP_UNBLOCK_SOURCE: number;
/** Linux IP_UNICAST_IF, as Go's syscall.IP_UNICAST_IF. */
export declare const IP_UNICAST_IF: number;
/** Linux IP_XFRM_POLICY, as Go's syscall.IP_XFRM_POLICY. */
export declare const IP_XFRM_POLICY: number;
/** Linux ISIG, as Go's syscall.ISIG. */
export declare const ISIG: number;
/** Linux ISTRIP, as Go's syscall.ISTRIP. */
export declare const ISTRIP: number;
/** Linux IUCLC, as Go's syscall.IUCLC. */
export declare const IUCLC: number;
/** Linux IUTF8, as Go's syscall.IUTF8. */
export declare const IUTF8: number;
/** Linux IXANY, as Go's syscall.IXANY. */
export declare const IXANY: number;
/** Linux IXOFF, as Go's syscall.IXOFF. */
export declare const IXOFF: number;
/** Linux IXON, as Go's syscall.IXON. */
export declare const IXON: number;
/** Linux LINUX_REBOOT_CMD_CAD_OFF, as Go's syscall.LINUX_REBOOT_CMD_CAD_OFF. */
export declare const LINUX_REBOOT_CMD_CAD_OFF: number;
/** Linux LINUX_REBOOT_CMD_CAD_ON, as Go's syscall.LINUX_REBOOT_CMD_CAD_ON. */
export declare const LINUX_REBOOT_CMD_CAD_ON: number;
/** Linux LINUX_REBOOT_CMD_HALT, as Go's syscall.LINUX_REBOOT_CMD_HALT. */
export declare const LINUX_REBOOT_CMD_HALT: number;
/** Linux LINUX_REBOOT_CMD_KEXEC, as Go's syscall.LINUX_REBOOT_CMD_KEXEC. */
export declare const LINUX_REBOOT_CMD_KEXEC: number;
/** Linux LINUX_REBOOT_CMD_POWER_OFF, as Go's syscall.LINUX_REBOOT_CMD_POWER_OFF. */
export declare const LINUX_REBOOT_CMD_POWER_OFF: number;
/** Linux LINUX_REBOOT_CMD_RESTART, as Go's syscall.LINUX_REBOOT_CMD_RESTART. */
export declare const LINUX_REBOOT_CMD_RESTART: number;
/** Linux LINUX_REBOOT_CMD_RESTART2, as Go's syscall.LINUX_REBOOT_CMD_RESTART2. */
export declare const LINUX_REBOOT_CMD_RESTART2: number;
/** Linux LINUX_REBOOT_CMD_SW_SUSPEND, as Go's syscall.LINUX_REBOOT_CMD_SW_SUSPEND. */
export declare const LINUX_REBOOT_CMD_SW_SUSPEND: number;
/** Linux LINUX_REBOOT_MAGIC1, as Go's syscall.LINUX_REBOOT_MAGIC1. */
export declare const LINUX_REBOOT_MAGIC1: number;
/** Linux LINUX_REBOOT_MAGIC2, as Go's syscall.LINUX_REBOOT_MAGIC2. */
export declare const LINUX_REBOOT_MAGIC2: number;
/** Linux LOCK_EX, as Go's syscall.LOCK_EX. */
export declare const LOCK_EX: number;
/** Linux LOCK_NB, as Go's syscall.LOCK_NB. */
export declare const LOCK_NB: number;
/** Linux LOCK_SH, as Go's syscall.LOCK_SH. */
export declare const LOCK_SH: number;
/** Linux LOCK_UN, as Go's syscall.LOCK_UN. */
export declare const LOCK_UN: number;
/** Linux MADV_DODUMP, as Go's syscall.MADV_DODUMP. */
export declare const MADV_DODUMP: number;
/** Linux MADV_DOFORK, as Go's syscall.MADV_DOFORK. */
export declare const MADV_DOFORK: number;
/** Linux MADV_DONTDUMP, as Go's syscall.MADV_DONTDUMP. */
export declare const MADV_DONTDUMP: number;
/** Linux MADV_DONTFORK, as Go's syscall.MADV_DONTFORK. */
export declare const MADV_DONTFORK: number;
/** Linux MADV_DONTNEED, as Go's syscall.MADV_DONTNEED. */
export declare const MADV_DONTNEED: number;
/** Linux MADV_HUGEPAGE, as Go's syscall.MADV_HUGEPAGE. */
export declare const MADV_HUGEPAGE: number;
/** Linux MADV_HWPOISON, as Go's syscall.MADV_HWPOISON. */
export declare const MADV_HWPOISON: number;
/** Linux MADV_MERGEABLE, as Go's syscall.MADV_MERGEABLE. */
export declare const MADV_MERGEABLE: number;
/** Linux MADV_NOHUGEPAGE, as Go's syscall.MADV_NOHUGEPAGE. */
export declare const MADV_NOHUGEPAGE: number;
/** Linux MADV_NORMAL, as Go's syscall.MADV_NORMAL. */
export declare const MADV_NORMAL: number;
/** Linux MADV_RANDOM, as Go's syscall.MADV_RANDOM. */
export declare const MADV_RANDOM: number;
/** Linux MADV_REMOVE, as Go's syscall.MADV_REMOVE. */
export declare const MADV_REMOVE: number;
/** Linux MADV_SEQUENTIAL, as Go's syscall.MADV_SEQUENTIAL. */
export declare const MADV_SEQUENTIAL: number;
/** Linux MADV_UNMERGEABLE, as Go's syscall.MADV_UNMERGEABLE. */
export declare const MADV_UNMERGEABLE: number;
/** Linux MADV_WILLNEED, as Go's syscall.MADV_WILLNEED. */
export declare const MADV_WILLNEED: number;
/** Linux MAP_32BIT, as Go's syscall.MAP_32BIT. */
export declare const MAP_32BIT: number;
/** Linux MAP_ANON, as Go's syscall.MAP_ANON. */
export declare const MAP_ANON: number;
/** Linux MAP_ANONYMOUS, as Go's syscall.MAP_ANONYMOUS. */
export declare const MAP_ANONYMOUS: number;
/** Linux MAP_DENYWRITE, as Go's syscall.MAP_DENYWRITE. */
export declare const MAP_DENYWRITE: number;
/** Linux MAP_EXECUTABLE, as Go's syscall.MAP_EXECUTABLE. */
export declare const MAP_EXECUTABLE: number;
/** Linux MAP_FILE, as Go's syscall.MAP_FILE. */
export declare const MAP_FILE: number;
/** Linux MAP_FIXED, as Go's syscall.MAP_FIXED. */
export declare const MAP_FIXED: number;
/** Linux MAP_GROWSDOWN, as Go's syscall.MAP_GROWSDOWN. */
export declare const MAP_GROWSDOWN: number;
/** Linux MAP_HUGETLB, as Go's syscall.MAP_HUGETLB. */
export declare const MAP_HUGETLB: number;
/** Linux MAP_HUGE_MASK, as Go's syscall.MAP_HUGE_MASK. */
export declare const MAP_HUGE_MASK: number;
/** Linux MAP_HUGE_SHIFT, as Go's syscall.MAP_HUGE_SHIFT. */
export declare const MAP_HUGE_SHIFT: number;
/** Linux MAP_LOCKED, as Go's syscall.MAP_LOCKED. */
export declare const MAP_LOCKED: number;
/** Linux MAP_NONBLOCK, as Go's syscall.MAP_NONBLOCK. */
export declare const MAP_NONBLOCK: number;
/** Linux MAP_NORESERVE, as Go's syscall.MAP_NORESERVE. */
export declare const MAP_NORESERVE: number;
/** Linux MAP_POPULATE, as Go's syscall.MAP_POPULATE. */
export declare const MAP_POPULATE: number;
/** Linux MAP_PRIVATE, as Go's syscall.MAP_PRIVATE. */
export declare const MAP_PRIVATE: number;
/** Linux MAP_SHARED, as Go's syscall.MAP_SHARED. */
export declare const MAP_SHARED: number;
/** Linux MAP_STACK, as Go's syscall.MAP_STACK. */
export declare const MAP_STACK: number;
/** Linux MAP_TYPE, as Go's syscall.MAP_TYPE. */
export declare const MAP_TYPE: number;
/** Linux MCL_CURRENT, as Go's syscall.MCL_CURRENT. */
export declare const MCL_CURRENT: number;
/** Linux MCL_FUTURE, as Go's syscall.MCL_FUTURE. */
export declare const MCL_FUTURE: number;
/** Linux MNT_DETACH, as Go's syscall.MNT_DETACH. */
export declare const MNT_DETACH: number;
/** Linux MNT_EXPIRE, as Go's syscall.MNT_EXPIRE. */
export declare const MNT_EXPIRE: number;
/** Linux MNT_FORCE, as Go's syscall.MNT_FORCE. */
export declare const MNT_FORCE: number;
/** Linux MSG_CMSG_CLOEXEC, as Go's syscall.MSG_CMSG_CLOEXEC. */
export declare const MSG_CMSG_CLOEXEC: number;
/** Linux MSG_CONFIRM, as Go's syscall.MSG_CONFIRM. */
export declare const MSG_CONFIRM: number;
/** Linux MSG_CTRUNC, as Go's syscall.MSG_CTRUNC. */
export declare const MSG_CTRUNC: number;
/** Linux MSG_DONTROUTE, as Go's syscall.MSG_DONTROUTE. */
export declare const MSG_DONTROUTE: number;
/** Linux MSG_DONTWAIT, as Go's syscall.MSG_DONTWAIT. */
export declare const MSG_DONTWAIT: number;
/** Linux MSG_EOR, as Go's syscall.MSG_EOR. */
export declare const MSG_EOR: number;
/** Linux MSG_ERRQUEUE, as Go's syscall.MSG_ERRQUEUE. */
export declare const MSG_ERRQUEUE: number;
/** Linux MSG_FASTOPEN, as Go's syscall.MSG_FASTOPEN. */
export declare const MSG_FASTOPEN: number;
/** Linux MSG_FIN, as Go's syscall.MSG_FIN. */
export declare const MSG_FIN: number;
/** Linux MSG_MORE, as Go's syscall.MSG_MORE. */
export declare const MSG_MORE: number;
/** Linux MSG_NOSIGNAL, as Go's syscall.MSG_NOSIGNAL. */
export declare const MSG_NOSIGNAL: number;
/** Linux MSG_OOB, as Go's syscall.MSG_OOB. */
export declare const MSG_OOB: number;
/** Linux MSG_PEEK, as Go's syscall.MSG_PEEK. */
export declare const MSG_PEEK: number;
/** Linux MSG_PROXY, as Go's syscall.MSG_PROXY. */
export declare const MSG_PROXY: number;
/** Linux MSG_RST, as Go's syscall.MSG_RST. */
export declare const MSG_RST: number;
/** Linux MSG_SYN, as Go's syscall.MSG_SYN. */
export declare const MSG_SYN: number;
/** Linux MSG_TRUNC, as Go's syscall.MSG_TRUNC. */
export declare const MSG_TRUNC: number;
/** Linux MSG_TRYHARD, as Go's syscall.MSG_TRYHARD. */
export declare const MSG_TRYHARD: number;
/** Linux MSG_WAITALL, as Go's syscall.MSG_WAITALL. */
export declare const MSG_WAITALL: number;
/** Linux MSG_WAITFORONE, as Go's syscall.MSG_WAITFORONE. */
export declare const MSG_WAITFORONE: number;
/** Linux MS_ACTIVE, as Go's syscall.MS_ACTIVE. */
export declare const MS_ACTIVE: number;
/** Linux MS_ASYNC, as Go's syscall.MS_ASYNC. */
export declare const MS_ASYNC: number;
/** Linux MS_BIND, as Go's syscall.MS_BIND. */
export declare const MS_BIND: number;
/** Linux MS_DIRSYNC, as Go's syscall.MS_DIRSYNC. */
export declare const MS_DIRSYNC: number;
/** Linux MS_INVALIDATE, as Go's syscall.MS_INVALIDATE. */
export declare const MS_INVALIDATE: number;
/** Linux MS_I_VERSION, as Go's syscall.MS_I_VERSION. */
export declare const MS_I_VERSION: number;
/** Linux MS_KERNMOUNT, as Go's syscall.MS_KERNMOUNT. */
export declare const MS_KERNMOUNT: number;
/** Linux MS_MANDLOCK, as Go's syscall.MS_MANDLOCK. */
export declare const MS_MANDLOCK: number;
/** Linux MS_MGC_MSK, as Go's syscall.MS_MGC_MSK. */
export declare const MS_MGC_MSK: number;
/** Linux MS_MGC_VAL, as Go's syscall.MS_MGC_VAL. */
export declare const MS_MGC_VAL: number;
/** Linux MS_MOVE, as Go's syscall.MS_MOVE. */
export declare const MS_MOVE: number;
/** Linux MS_NOATIME, as Go's syscall.MS_NOATIME. */
export declare const MS_NOATIME: number;
/** Linux MS_NODEV, as Go's syscall.MS_NODEV. */
export declare const MS_NODEV: number;
/** Linux MS_NODIRATIME, as Go's syscall.MS_NODIRATIME. */
export declare const MS_NODIRATIME: number;
/** Linux MS_NOEXEC, as Go's syscall.MS_NOEXEC. */
export declare const MS_NOEXEC: number;
/** Linux MS_NOSUID, as Go's syscall.MS_NOSUID. */
export declare const MS_NOSUID: number;
/** Linux MS_NOUSER, as Go's syscall.MS_NOUSER. */
export declare const MS_NOUSER: number;
/** Linux MS_POSIXACL, as Go's syscall.MS_POSIXACL. */
export declare const MS_POSIXACL: number;
/** Linux MS_PRIVATE, as Go's syscall.MS_PRIVATE. */
export declare const MS_PRIVATE: number;
/** Linux MS_RDONLY, as Go's syscall.MS_RDONLY. */
export declare const MS_RDONLY: number;
/** Linux MS_REC, as Go's syscall.MS_REC. */
export declare const MS_REC: number;
/** Linux MS_RELATIME, as Go's syscall.MS_RELATIME. */
export declare const MS_RELATIME: number;
/** Linux MS_REMOUNT, as Go's syscall.MS_REMOUNT. */
export declare const MS_REMOUNT: number;
/** Linux MS_RMT_MASK, as Go's syscall.MS_RMT_MASK. */
export declare const MS_RMT_MASK: number;
/** Linux MS_SHARED, as Go's syscall.MS_SHARED. */
export declare const MS_SHARED: number;
/** Linux MS_SILENT, as Go's syscall.MS_SILENT. */
export declare const MS_SILENT: number;
/** Linux MS_SLAVE, as Go's syscall.MS_SLAVE. */
export declare const MS_SLAVE: number;
/** Linux MS_STRICTATIME, as Go's syscall.MS_STRICTATIME. */
export declare const MS_STRICTATIME: number;
/** Linux MS_SYNC, as Go's syscall.MS_SYNC. */
export declare const MS_SYNC: number;
/** Linux MS_SYNCHRONOUS, as Go's syscall.MS_SYNCHRONOUS. */
export declare const MS_SYNCHRONOUS: number;
/** Linux MS_UNBINDABLE, as Go's syscall.MS_UNBINDABLE. */
export declare const MS_UNBINDABLE: number;
/** Linux NAME_MAX, as Go's syscall.NAME_MAX. */
export declare const NAME_MAX: number;
/** Linux NETLINK_ADD_MEMBERSHIP, as Go's syscall.NETLINK_ADD_MEMBERSHIP. */
export declare const NETLINK_ADD_MEMBERSHIP: number;
/** Linux NETLINK_AUDIT, as Go's syscall.NETLINK_AUDIT. */
export declare const NETLINK_AUDIT: number;
/** Linux NETLINK_BROADCAST_ERROR, as Go's syscall.NETLINK_BROADCAST_ERROR. */
export declare const NETLINK_BROADCAST_ERROR: number;
/** Linux NETLINK_CONNECTOR, as Go's syscall.NETLINK_CONNECTOR. */
export declare const NETLINK_CONNECTOR: number;
/** Linux NETLINK_CRYPTO, as Go's syscall.NETLINK_CRYPTO. */
export declare const NETLINK_CRYPTO: number;
/** Linux NETLINK_DNRTMSG, as Go's syscall.NETLINK_DNRTMSG. */
export declare const NETLINK_DNRTMSG: number;
/** Linux NETLINK_DROP_MEMBERSHIP, as Go's syscall.NETLINK_DROP_MEMBERSHIP. */
export declare const NETLINK_DROP_MEMBERSHIP: number;
/** Linux NETLINK_ECRYPTFS, as Go's syscall.NETLINK_ECRYPTFS. */
export declare const NETLINK_ECRYPTFS: number;
/** Linux NETLINK_FIB_LOOKUP, as Go's syscall.NETLINK_FIB_LOOKUP. */
export declare const NETLINK_FIB_LOOKUP: number;
/** Linux NETLINK_FIREWALL, as Go's syscall.NETLINK_FIREWALL. */
export declare const NETLINK_FIREWALL: number;
/** Linux NETLINK_GENERIC, as Go's syscall.NETLINK_GENERIC. */
export declare const NETLINK_GENERIC: number;
/** Linux NETLINK_INET_DIAG, as Go's syscall.NETLINK_INET_DIAG. */
export declare const NETLINK_INET_DIAG: number;
/** Linux NETLINK_IP6_FW, as Go's syscall.NETLINK_IP6_FW. */
export declare const NETLINK_IP6_FW: number;
/** Linux NETLINK_ISCSI, as Go's syscall.NETLINK_ISCSI. */
export declare const NETLINK_ISCSI: number;
/** Linux NETLINK_KOBJECT_UEVENT, as Go's syscall.NETLINK_KOBJECT_UEVENT. */
export declare const NETLINK_KOBJECT_UEVENT: number;
/** Linux NETLINK_NETFILTER, as Go's syscall.NETLINK_NETFILTER. */
export declare const NETLINK_NETFILTER: number;
/** Linux NETLINK_NFLOG, as Go's syscall.NETLINK_NFLOG. */
export declare const NETLINK_NFLOG: number;
/** Linux NETLINK_NO_ENOBUFS, as Go's syscall.NETLINK_NO_ENOBUFS. */
export declare const NETLINK_NO_ENOBUFS: number;
/** Linux NETLINK_PKTINFO, as Go's syscall.NETLINK_PKTINFO. */
export declare const NETLINK_PKTINFO: number;
/** Linux NETLINK_RDMA, as Go's syscall.NETLINK_RDMA. */
export declare const NETLINK_RDMA: number;
/** Linux NETLINK_ROUTE, as Go's syscall.NETLINK_ROUTE. */
export declare const NETLINK_ROUTE: number;
/** Linux NETLINK_RX_RING, as Go's syscall.NETLINK_RX_RING. */
export declare const NETLINK_RX_RING: number;
/** Linux NETLINK_SCSITRANSPORT, as Go's syscall.NETLINK_SCSITRANSPORT. */
export declare const NETLINK_SCSITRANSPORT: number;
/** Linux NETLINK_SELINUX, as Go's syscall.NETLINK_SELINUX. */
export declare const NETLINK_SELINUX: number;
/** Linux NETLINK_SOCK_DIAG, as Go's syscall.NETLINK_SOCK_DIAG. */
export declare const NETLINK_SOCK_DIAG: number;
/** Linux NETLINK_TX_RING, as Go's syscall.NETLINK_TX_RING. */
export declare const NETLINK_TX_RING: number;
/** Linux NETLINK_UNUSED, as Go's syscall.NETLINK_UNUSED. */
export declare const NETLINK_UNUSED: number;
/** Linux NETLINK_USERSOCK, as Go's syscall.NETLINK_USERSOCK. */
export declare const NETLINK_USERSOCK: number;
/** Linux NETLINK_XFRM, as Go's syscall.NETLINK_XFRM. */
export declare const NETLINK_XFRM: number;
/** Linux NLA_ALIGNTO, as Go's syscall.NLA_ALIGNTO. */
export declare const NLA_ALIGNTO: number;
/** Linux NLA_F_NESTED, as Go's syscall.NLA_F_NESTED. */
export declare const NLA_F_NESTED: number;
/** Linux NLA_F_NET_BYTEORDER, as Go's syscall.NLA_F_NET_BYTEORDER. */
export declare const NLA_F_NET_BYTEORDER: number;
/** Linux NLA_HDRLEN, as Go's syscall.NLA_HDRLEN. */
export declare const NLA_HDRLEN: number;
/** Linux NLMSG_ALIGNTO, as Go's syscall.NLMSG_ALIGNTO. */
export declare const NLMSG_ALIGNTO: number;
/** Linux NLMSG_DONE, as Go's syscall.NLMSG_DONE. */
export declare const NLMSG_DONE: number;
/** Linux NLMSG_ERROR, as Go's syscall.NLMSG_ERROR. */
export declare const NLMSG_ERROR: number;
/** Linux NLMSG_HDRLEN, as Go's syscall.NLMSG_HDRLEN. */
export declare const NLMSG_HDRLEN: number;
/** Linux NLMSG_MIN_TYPE, as Go's syscall.NLMSG_MIN_TYPE. */
export declare const NLMSG_MIN_TYPE: number;
/** Linux NLMSG_NOOP, as Go's syscall.NLMSG_NOOP. */
export declare const NLMSG_NOOP: number;
/** Linux NLMSG_OVERRUN, as Go's syscall.NLMSG_OVERRUN. */
export declare const NLMSG_OVERRUN: number;
/** Linux NLM_F_ACK, as Go's syscall.NLM_F_ACK. */
export declare const NLM_F_ACK: number;
/** Linux NLM_F_APPEND, as Go's syscall.NLM_F_APPEND. */
export declare const NLM_F_APPEND: number;
/** Linux NLM_F_ATOMIC, as Go's syscall.NLM_F_ATOMIC. */
export declare const NLM_F_ATOMIC: number;
/** Linux NLM_F_CREATE, as Go's syscall.NLM_F_CREATE. */
export declare const NLM_F_CREATE: number;
/** Linux NLM_F_DUMP, as Go's syscall.NLM_F_DUMP. */
export declare const NLM_F_DUMP: number;
/** Linux NLM_F_DUMP_INTR, as Go's syscall.NLM_F_DUMP_INTR. */
export declare const NLM_F_DUMP_INTR: number;
/** Linux NLM_F_ECHO, as Go's syscall.NLM_F_ECHO. */
export declare const NLM_F_ECHO: number;
/** Linux NLM_F_EXCL, as Go's syscall.NLM_F_EXCL. */
export declare const NLM_F_EXCL: number;
/** Linux NLM_F_MATCH, as Go's syscall.NLM_F_MATCH. */
export declare const NLM_F_MATCH: number;
/** Linux NLM_F_MULTI, as Go's syscall.NLM_F_MULTI. */
export declare const NLM_F_MULTI: number;
/** Linux NLM_F_REPLACE, as Go's syscall.NLM_F_REPLACE. */
export declare const NLM_F_REPLACE: number;
/** Linux NLM_F_REQUEST, as Go's syscall.NLM_F_REQUEST. */
export declare const NLM_F_REQUEST: number;
/** Linux NLM_F_ROOT, as Go's syscall.NLM_F_ROOT. */
export declare const NLM_F_ROOT: number;
/** Linux NOFLSH, as Go's syscall.NOFLSH. */
export declare const NOFLSH: number;
/** Linux OCRNL, as Go's syscall.OCRNL. */
export declare const OCRNL: number;
/** Linux OFDEL, as Go's syscall.OFDEL. */
export declare const OFDEL: number;
/** Linux OFILL, as Go's syscall.OFILL. */
export declare const OFILL: number;
/** Linux OLCUC, as Go's syscall.OLCUC. */
export declare const OLCUC: number;
/** Linux ONLCR, as Go's syscall.ONLCR. */
export declare const ONLCR: number;
/** Linux ONLRET, as Go's syscall.ONLRET. */
export declare const ONLRET: number;
/** Linux ONOCR, as Go's syscall.ONOCR. */
export declare const ONOCR: number;
/** Linux OPOST, as Go's syscall.OPOST. */
export declare const OPOST: number;
/** Linux O_ACCMODE, as Go's syscall.O_ACCMODE. */
export declare const O_ACCMODE: number;
/** Linux O_APPEND, as Go's syscall.O_APPEND. */
export declare const O_APPEND: number;
/** Linux O_ASYNC, as Go's syscall.O_ASYNC. */
export declare const O_ASYNC: number;
/** Linux O_CLOEXEC, as Go's syscall.O_CLOEXEC. */
export declare const O_CLOEXEC: number;
/** Linux O_CREAT, as Go's syscall.O_CREAT. */
export declare const O_CREAT: number;
/** Linux O_DIRECT, as Go's syscall.O_DIRECT. */
export declare const O_DIRECT: number;
/** Linux O_DIRECTORY, as Go's syscall.O_DIRECTORY. */
export declare const O_DIRECTORY: number;
/** Linux O_DSYNC, as Go's syscall.O_DSYNC. */
export declare const O_DSYNC: number;
/** Linux O_EXCL, as Go's syscall.O_EXCL. */
export declare const O_EXCL: number;
/** Linux O_FSYNC, as Go's syscall.O_FSYNC. */
export declare const O_FSYNC: number;
/** Linux O_LARGEFILE, as Go's syscall.O_LARGEFILE. */
export declare const O_LARGEFILE: number;
/** Linux O_NDELAY, as Go's syscall.O_NDELAY. */
export declare const O_NDELAY: number;
/** Linux O_NOATIME, as Go's syscall.O_NOATIME. */
export declare const O_NOATIME: number;
/** Linux O_NOCTTY, as Go's syscall.O_NOCTTY. */
export declare const O_NOCTTY: number;
/** Linux O_NOFOLLOW, as Go's syscall.O_NOFOLLOW. */
export declare const O_NOFOLLOW: number;
/** Linux O_NONBLOCK, as Go's syscall.O_NONBLOCK. */
export declare const O_NONBLOCK: number;
/** Linux O_PATH, as Go's syscall.O_PATH. */
export declare const O_PATH: number;
/** Linux O_RDONLY, as Go's syscall.O_RDONLY. */
export declare const O_RDONLY: number;
/** Linux O_RDWR, as Go's syscall.O_RDWR. */
export declare const O_RDWR: number;
/** Linux O_RSYNC, as Go's syscall.O_RSYNC. */
export declare const O_RSYNC: number;
/** Linux O_SYNC, as Go's syscall.O_SYNC. */
export declare const O_SYNC: number;
/** Linux O_TMPFILE, as Go's syscall.O_TMPFILE. */
export declare const O_TMPFILE: number;
/** Linux O_TRUNC, as Go's syscall.O_TRUNC. */
export declare const O_TRUNC: number;
/** Linux O_WRONLY, as Go's syscall.O_WRONLY. */
export declare const O_WRONLY: number;
/** Linux PACKET_ADD_MEMBERSHIP, as Go's syscall.PACKET_ADD_MEMBERSHIP. */
export declare const PACKET_ADD_MEMBERSHIP: number;
/** Linux PACKET_AUXDATA, as Go's syscall.PACKET_AUXDATA. */
export declare const PACKET_AUXDATA: number;
/** Linux PACKET_BROADCAST, as Go's syscall.PACKET_BROADCAST. */
export declare const PACKET_BROADCAST: number;
/** Linux PACKET_COPY_THRESH, as Go's syscall.PACKET_COPY_THRESH. */
export declare const PACKET_COPY_THRESH: number;
/** Linux PACKET_DROP_MEMBERSHIP, as Go's syscall.PACKET_DROP_MEMBERSHIP. */
export declare const PACKET_DROP_MEMBERSHIP: number;
/** Linux PACKET_FANOUT, as Go's syscall.PACKET_FANOUT. */
export declare const PACKET_FANOUT: number;
/** Linux PACKET_FANOUT_CPU, as Go's syscall.PACKET_FANOUT_CPU. */
export declare const PACKET_FANOUT_CPU: number;
/** Linux PACKET_FANOUT_FLAG_DEFRAG, as Go's syscall.PACKET_FANOUT_FLAG_DEFRAG. */
export declare const PACKET_FANOUT_FLAG_DEFRAG: number;
/** Linux PACKET_FANOUT_FLAG_ROLLOVER, as Go's syscall.PACKET_FANOUT_FLAG_ROLLOVER. */
export declare const PACKET_FANOUT_FLAG_ROLLOVER: number;
/** Linux PACKET_FANOUT_HASH, as Go's syscall.PACKET_FANOUT_HASH. */
export declare const PACKET_FANOUT_HASH: number;
/** Linux PACKET_FANOUT_LB, as Go's syscall.PACKET_FANOUT_LB. */
export declare const PACKET_FANOUT_LB: number;
/** Linux PACKET_FANOUT_RND, as Go's syscall.PACKET_FANOUT_RND. */
export declare const PACKET_FANOUT_RND: number;
/** Linux PACKET_FANOUT_ROLLOVER, as Go's syscall.PACKET_FANOUT_ROLLOVER. */
export declare const PACKET_FANOUT_ROLLOVER: number;
/** Linux PACKET_FASTROUTE, as Go's syscall.PACKET_FASTROUTE. */
export declare const PACKET_FASTROUTE: number;
/** Linux PACKET_HDRLEN, as Go's syscall.PACKET_HDRLEN. */
export declare const PACKET_HDRLEN: number;
/** Linux PACKET_HOST, as Go's syscall.PACKET_HOST. */
export declare const PACKET_HOST: number;
/** Linux PACKET_LOOPBACK, as Go's syscall.PACKET_LOOPBACK. */
export declare const PACKET_LOOPBACK: number;
/** Linux PACKET_LOSS, as Go's syscall.PACKET_LOSS. */
export declare const PACKET_LOSS: number;
/** Linux PACKET_MR_ALLMULTI, as Go's syscall.PACKET_MR_ALLMULTI. */
export declare const PACKET_MR_ALLMULTI: number;
/** Linux PACKET_MR_MULTICAST, as Go's syscall.PACKET_MR_MULTICAST. */
export declare const PACKET_MR_MULTICAST: number;
/** Linux PACKET_MR_PROMISC, as Go's syscall.PACKET_MR_PROMISC. */
export declare const PACKET_MR_PROMISC: number;
/** Linux PACKET_MR_UNICAST, as Go's syscall.PACKET_MR_UNICAST. */
export declare const PACKET_MR_UNICAST: number;
/** Linux PACKET_MULTICAST, as Go's syscall.PACKET_MULTICAST. */
export declare const PACKET_MULTICAST: number;
/** Linux PACKET_ORIGDEV, as Go's syscall.PACKET_ORIGDEV. */
export declare const PACKET_ORIGDEV: number;
/** Linux PACKET_OTHERHOST, as Go's syscall.PACKET_OTHERHOST. */
export declare const PACKET_OTHERHOST: number;
/** Linux PACKET_OUTGOING, as Go's syscall.PACKET_OUTGOING. */
export declare const PACKET_OUTGOING: number;
/** Linux PACKET_RECV_OUTPUT, as Go's syscall.PACKET_RECV_OUTPUT. */
export declare const PACKET_RECV_OUTPUT: number;
/** Linux PACKET_RESERVE, as Go's syscall.PACKET_RESERVE. */
export declare const PACKET_RESERVE: number;
/** Linux PACKET_RX_RING, as Go's syscall.PACKET_RX_RING. */
export declare const PACKET_RX_RING: number;
/** Linux PACKET_STATISTICS, as Go's syscall.PACKET_STATISTICS. */
export declare const PACKET_STATISTICS: number;
/** Linux PACKET_TIMESTAMP, as Go's syscall.PACKET_TIMESTAMP. */
export declare const PACKET_TIMESTAMP: number;
/** Linux PACKET_TX_HAS_OFF, as Go's syscall.PACKET_TX_HAS_OFF. */
export declare const PACKET_TX_HAS_OFF: number;
/** Linux PACKET_TX_RING, as Go's syscall.PACKET_TX_RING. */
export declare const PACKET_TX_RING: number;
/** Linux PACKET_TX_TIMESTAMP, as Go's syscall.PACKET_TX_TIMESTAMP. */
export declare const PACKET_TX_TIMESTAMP: number;
/** Linux PACKET_VERSION, as Go's syscall.PACKET_VERSION. */
export declare const PACKET_VERSION: number;
/** Linux PACKET_VNET_HDR, as Go's syscall.PACKET_VNET_HDR. */
export declare const PACKET_VNET_HDR: number;
/** Linux PARENB, as Go's syscall.PARENB. */
export declare const PARENB: number;
/** Linux PARITY_CRC16_PR0, as Go's syscall.PARITY_CRC16_PR0. */
export declare const PARITY_CRC16_PR0: number;
/** Linux PARITY_CRC16_PR0_CCITT, as Go's syscall.PARITY_CRC16_PR0_CCITT. */
export declare const PARITY_CRC16_PR0_CCITT: number;
/** Linux PARITY_CRC16_PR1, as Go's syscall.PARITY_CRC16_PR1. */
export declare const PARITY_CRC16_PR1: number;
/** Linux PARITY_CRC16_PR1_CCITT, as Go's syscall.PARITY_CRC16_PR1_CCITT. */
export declare const PARITY_CRC16_PR1_CCITT: number;
/** Linux PARITY_CRC32_PR0_CCITT, as Go's syscall.PARITY_CRC32_PR0_CCITT. */
export declare const PARITY_CRC32_PR0_CCITT: number;
/** Linux PARITY_CRC32_PR1_CCITT, as Go's syscall.PARITY_CRC32_PR1_CCITT. */
export declare const PARITY_CRC32_PR1_CCITT: number;
/** Linux PARITY_DEFAULT, as Go's syscall.PARITY_DEFAULT. */
export declare const PARITY_DEFAULT: number;
/** Linux PARITY_NONE, as Go's syscall.PARITY_NONE. */
export declare const PARITY_NONE: number;
/** Linux PARMRK, as Go's syscall.PARMRK. */
export declare const PARMRK: number;
/** Linux PARODD, as Go's syscall.PARODD. */
export declare const PARODD: number;
/** Linux PENDIN, as Go's syscall.PENDIN. */
export declare const PENDIN: number;
/** Linux PRIO_PGRP, as Go's syscall.PRIO_PGRP. */
export declare const PRIO_PGRP: number;
/** Linux PRIO_PROCESS, as Go's syscall.PRIO_PROCESS. */
export declare const PRIO_PROCESS: number;
/** Linux PRIO_USER, as Go's syscall.PRIO_USER. */
export declare const PRIO_USER: number;
/** Linux PROT_EXEC, as Go's syscall.PROT_EXEC. */
export declare const PROT_EXEC: number;
/** Linux PROT_GROWSDOWN, as Go's syscall.PROT_GROWSDOWN. */
export declare const PROT_GROWSDOWN: number;
/** Linux PROT_GROWSUP, as Go's syscall.PROT_GROWSUP. */
export declare const PROT_GROWSUP: number;
/** Linux PROT_NONE, as Go's syscall.PROT_NONE. */
export declare const PROT_NONE: number;
/** Linux PROT_READ, as Go's syscall.PROT_READ. */
export declare const PROT_READ: number;
/** Linux PROT_WRITE, as Go's syscall.PROT_WRITE. */
export declare const PROT_WRITE: number;
/** Linux PR_CAPBSET_DROP, as Go's syscall.PR_CAPBSET_DROP. */
export declare const PR_CAPBSET_DROP: number;
/** Linux PR_CAPBSET_READ, as Go's syscall.PR_CAPBSET_READ. */
export declare const PR_CAPBSET_READ: number;
/** Linux PR_ENDIAN_BIG, as Go's syscall.PR_ENDIAN_BIG. */
export declare const PR_ENDIAN_BIG: number;
/** Linux PR_ENDIAN_LITTLE, as Go's syscall.PR_ENDIAN_LITTLE. */
export declare const PR_ENDIAN_LITTLE: number;
/** Linux PR_ENDIAN_PPC_LITTLE, as Go's syscall.PR_ENDIAN_PPC_LITTLE. */
export declare const PR_ENDIAN_PPC_LITTLE: number;
/** Linux PR_FPEMU_NOPRINT, as Go's syscall.PR_FPEMU_NOPRINT. */
export declare const PR_FPEMU_NOPRINT: number;
/** Linux PR_FPEMU_SIGFPE, as Go's syscall.PR_FPEMU_SIGFPE. */
export declare const PR_FPEMU_SIGFPE: number;
/** Linux PR_FP_EXC_ASYNC, as Go's syscall.PR_FP_EXC_ASYNC. */
export declare const PR_FP_EXC_ASYNC: number;
/** Linux PR_FP_EXC_DISABLED, as Go's syscall.PR_FP_EXC_DISABLED. */
export declare const PR_FP_EXC_DISABLED: number;
/** Linux PR_FP_EXC_DIV, as Go's syscall.PR_FP_EXC_DIV. */
export declare const PR_FP_EXC_DIV: number;
/** Linux PR_FP_EXC_INV, as Go's syscall.PR_FP_EXC_INV. */
export declare const PR_FP_EXC_INV: number;
/** Linux PR_FP_EXC_NONRECOV, as Go's syscall.PR_FP_EXC_NONRECOV. */
export declare const PR_FP_EXC_NONRECOV: number;
/** Linux PR_FP_EXC_OVF, as Go's syscall.PR_FP_EXC_OVF. */
export declare const PR_FP_EXC_OVF: number;
/** Linux PR_FP_EXC_PRECISE, as Go's syscall.PR_FP_EXC_PRECISE. */
export declare const PR_FP_EXC_PRECISE: number;
/** Linux PR_FP_EXC_RES, as Go's syscall.PR_FP_EXC_RES. */
export declare const PR_FP_EXC_RES: number;
/** Linux PR_FP_EXC_SW_ENABLE, as Go's syscall.PR_FP_EXC_SW_ENABLE. */
export declare const PR_FP_EXC_SW_ENABLE: number;
/** Linux PR_FP_EXC_UND, as Go's syscall.PR_FP_EXC_UND. */
export declare const PR_FP_EXC_UND: number;
/** Linux PR_GET_CHILD_SUBREAPER, as Go's syscall.PR_GET_CHILD_SUBREAPER. */
export declare const PR_GET_CHILD_SUBREAPER: number;
/** Linux PR_GET_DUMPABLE, as Go's syscall.PR_GET_DUMPABLE. */
export declare const PR_GET_DUMPABLE: number;
/** Linux PR_GET_ENDIAN, as Go's syscall.PR_GET_ENDIAN. */
export declare const PR_GET_ENDIAN: number;
/** Linux PR_GET_FPEMU, as Go's syscall.PR_GET_FPEMU. */
export declare const PR_GET_FPEMU: number;
/** Linux PR_GET_FPEXC, as Go's syscall.PR_GET_FPEXC. */
export declare const PR_GET_FPEXC: number;
/** Linux PR_GET_KEEPCAPS, as Go's syscall.PR_GET_KEEPCAPS. */
export declare const PR_GET_KEEPCAPS: number;
/** Linux PR_GET_NAME, as Go's syscall.PR_GET_NAME. */
export declare const PR_GET_NAME: number;
/** Linux PR_GET_NO_NEW_PRIVS, as Go's syscall.PR_GET_NO_NEW_PRIVS. */
export declare const PR_GET_NO_NEW_PRIVS: number;
/** Linux PR_GET_PDEATHSIG, as Go's syscall.PR_GET_PDEATHSIG. */
export declare const PR_GET_PDEATHSIG: number;
/** Linux PR_GET_SECCOMP, as Go's syscall.PR_GET_SECCOMP. */
export declare const PR_GET_SECCOMP: number;
/** Linux PR_GET_SECUREBITS, as Go's syscall.PR_GET_SECUREBITS. */
export declare const PR_GET_SECUREBITS: number;
/** Linux PR_GET_TID_ADDRESS, as Go's syscall.PR_GET_TID_ADDRESS. */
export declare const PR_GET_TID_ADDRESS: number;
/** Linux PR_GET_TIMERSLACK, as Go's syscall.PR_GET_TIMERSLACK. */
export declare const PR_GET_TIMERSLACK: number;
/** Linux PR_GET_TIMING, as Go's syscall.PR_GET_TIMING. */
export declare const PR_GET_TIMING: number;
/** Linux PR_GET_TSC, as Go's syscall.PR_GET_TSC. */
export declare const PR_GET_TSC: number;
/** Linux PR_GET_UNALIGN, as Go's syscall.PR_GET_UNALIGN. */
export declare const PR_GET_UNALIGN: number;
/** Linux PR_MCE_KILL, as Go's syscall.PR_MCE_KILL. */
export declare const PR_MCE_KILL: number;
/** Linux PR_MCE_KILL_CLEAR, as Go's syscall.PR_MCE_KILL_CLEAR. */
export declare const PR_MCE_KILL_CLEAR: number;
/** Linux PR_MCE_KILL_DEFAULT, as Go's syscall.PR_MCE_KILL_DEFAULT. */
export declare const PR_MCE_KILL_DEFAULT: number;
/** Linux PR_MCE_KILL_EARLY, as Go's syscall.PR_MCE_KILL_EARLY. */
export declare const PR_MCE_KILL_EARLY: number;
/** Linux PR_MCE_KILL_GET, as Go's syscall.PR_MCE_KILL_GET. */
export declare const PR_MCE_KILL_GET: number;
/** Linux PR_MCE_KILL_LATE, as Go's syscall.PR_MCE_KILL_LATE. */
export declare const PR_MCE_KILL_LATE: number;
/** Linux PR_MCE_KILL_SET, as Go's syscall.PR_MCE_KILL_SET. */
export declare const PR_MCE_KILL_SET: number;
/** Linux PR_SET_CHILD_SUBREAPER, as Go's syscall.PR_SET_CHILD_SUBREAPER. */
export declare const PR_SET_CHILD_SUBREAPER: number;
/** Linux PR_SET_DUMPABLE, as Go's syscall.PR_SET_DUMPABLE. */
export declare const PR_SET_DUMPABLE: number;
/** Linux PR_SET_ENDIAN, as Go's syscall.PR_SET_ENDIAN. */
export declare const PR_SET_ENDIAN: number;
/** Linux PR_SET_FPEMU, as Go's syscall.PR_SET_FPEMU. */
export declare const PR_SET_FPEMU: number;
/** Linux PR_SET_FPEXC, as Go's syscall.PR_SET_FPEXC. */
export declare const PR_SET_FPEXC: number;
/** Linux PR_SET_KEEPCAPS, as Go's syscall.PR_SET_KEEPCAPS. */
export declare const PR_SET_KEEPCAPS: number;
/** Linux PR_SET_MM, as Go's syscall.PR_SET_MM. */
export declare const PR_SET_MM: number;
/** Linux PR_SET_MM_ARG_END, as Go's syscall.PR_SET_MM_ARG_END. */
export declare const PR_SET_MM_ARG_END: number;
/** Linux PR_SET_MM_ARG_START, as Go's syscall.PR_SET_MM_ARG_START. */
export declare const PR_SET_MM_ARG_START: number;
/** Linux PR_SET_MM_AUXV, as Go's syscall.PR_SET_MM_AUXV. */
export declare const PR_SET_MM_AUXV: number;
/** Linux PR_SET_MM_BRK, as Go's syscall.PR_SET_MM_BRK. */
export declare const PR_SET_MM_BRK: number;
/** Linux PR_SET_MM_END_CODE, as Go's syscall.PR_SET_MM_END_CODE. */
export declare const PR_SET_MM_END_CODE: number;
/** Linux PR_SET_MM_END_DATA, as Go's syscall.PR_SET_MM_END_DATA. */
export declare const PR_SET_MM_END_DATA: number;
/** Linux PR_SET_MM_ENV_END, as Go's syscall.PR_SET_MM_ENV_END. */
export declare const PR_SET_MM_ENV_END: number;
/** Linux PR_SET_MM_ENV_START, as Go's syscall.PR_SET_MM_ENV_START. */
export declare const PR_SET_MM_ENV_START: number;
/** Linux PR_SET_MM_EXE_FILE, as Go's syscall.PR_SET_MM_EXE_FILE. */
export declare const PR_SET_MM_EXE_FILE: number;
/** Linux PR_SET_MM_START_BRK, as Go's syscall.PR_SET_MM_START_BRK. */
export declare const PR_SET_MM_START_BRK: number;
/** Linux PR_SET_MM_START_CODE, as Go's syscall.PR_SET_MM_START_CODE. */
export declare const PR_SET_MM_START_CODE: number;
/** Linux PR_SET_MM_START_DATA, as Go's syscall.PR_SET_MM_START_DATA. */
export declare const PR_SET_MM_START_DATA: number;
/** Linux PR_SET_MM_START_STACK, as Go's syscall.PR_SET_MM_START_STACK. */
export declare const PR_SET_MM_START_STACK: number;
/** Linux PR_SET_NAME, as Go's syscall.PR_SET_NAME. */
export declare const PR_SET_NAME: number;
/** Linux PR_SET_NO_NEW_PRIVS, as Go's syscall.PR_SET_NO_NEW_PRIVS. */
export declare const PR_SET_NO_NEW_PRIVS: number;
/** Linux PR_SET_PDEATHSIG, as Go's syscall.PR_SET_PDEATHSIG. */
export declare const PR_SET_PDEATHSIG: number;
/** Linux PR_SET_PTRACER, as Go's syscall.PR_SET_PTRACER. */
export declare const PR_SET_PTRACER: number;
/** Linux PR_SET_PTRACER_ANY, as Go's syscall.PR_SET_PTRACER_ANY. */
export declare const PR_SET_PTRACER_ANY: number;
/** Linux PR_SET_SECCOMP, as Go's syscall.PR_SET_SECCOMP. */
export declare const PR_SET_SECCOMP: number;
/** Linux PR_SET_SECUREBITS, as Go's syscall.PR_SET_SECUREBITS. */
export declare const PR_SET_SECUREBITS: number;
/** Linux PR_SET_TIMERSLACK, as Go's syscall.PR_SET_TIMERSLACK. */
export declare const PR_SET_TIMERSLACK: number;
/** Linux PR_SET_TIMING, as Go's syscall.PR_SET_TIMING. */
export declare const PR_SET_TIMING: number;
/** Linux PR_SET_TSC, as Go's syscall.PR_SET_TSC. */
export declare const PR_SET_TSC: number;
/** Linux PR_SET_UNALIGN, as Go's syscall.PR_SET_UNALIGN. */
export declare const PR_SET_UNALIGN: number;
/** Linux PR_TASK_PERF_EVENTS_DISABLE, as Go's syscall.PR_TASK_PERF_EVENTS_DISABLE. */
export declare const PR_TASK_PERF_EVENTS_DISABLE: number;
/** Linux PR_TASK_PERF_EVENTS_ENABLE, as Go's syscall.PR_TASK_PERF_EVENTS_ENABLE. */
export declare const PR_TASK_PERF_EVENTS_ENABLE: number;
/** Linux PR_TIMING_STATISTICAL, as Go's syscall.PR_TIMING_STATISTICAL. */
export declare const PR_TIMING_STATISTICAL: number;
/** Linux PR_TIMING_TIMESTAMP, as Go's syscall.PR_TIMING_TIMESTAMP. */
export declare const PR_TIMING_TIMESTAMP: number;
/** Linux PR_TSC_ENABLE, as Go's syscall.PR_TSC_ENABLE. */
export declare const PR_TSC_ENABLE: number;
/** Linux PR_TSC_SIGSEGV, as Go's syscall.PR_TSC_SIGSEGV. */
export declare const PR_TSC_SIGSEGV: number;
/** Linux PR_UNALIGN_NOPRINT, as Go's syscall.PR_UNALIGN_NOPRINT. */
export declare const PR_UNALIGN_NOPRINT: number;
/** Linux PR_UNALIGN_SIGBUS, as Go's syscall.PR_UNALIGN_SIGBUS. */
export declare const PR_UNALIGN_SIGBUS: number;
/** Linux PTRACE_ARCH_PRCTL, as Go's syscall.PTRACE_ARCH_PRCTL. */
export declare const PTRACE_ARCH_PRCTL: number;
/** Linux PTRACE_ATTACH, as Go's syscall.PTRACE_ATTACH. */
export declare const PTRACE_ATTACH: number;
/** Linux PTRACE_CONT, as Go's syscall.PTRACE_CONT. */
export declare const PTRACE_CONT: number;
/** Linux PTRACE_DETACH, as Go's syscall.PTRACE_DETACH. */
export declare const PTRACE_DETACH: number;
/** Linux PTRACE_EVENT_CLONE, as Go's syscall.PTRACE_EVENT_CLONE. */
export declare const PTRACE_EVENT_CLONE: number;
/** Linux PTRACE_EVENT_EXEC, as Go's syscall.PTRACE_EVENT_EXEC. */
export declare const PTRACE_EVENT_EXEC: number;
/** Linux PTRACE_EVENT_EXIT, as Go's syscall.PTRACE_EVENT_EXIT. */
export declare const PTRACE_EVENT_EXIT: number;
/** Linux PTRACE_EVENT_FORK, as Go's syscall.PTRACE_EVENT_FORK. */
export declare const PTRACE_EVENT_FORK: number;
/** Linux PTRACE_EVENT_SECCOMP, as Go's syscall.PTRACE_EVENT_SECCOMP. */
export declare const PTRACE_EVENT_SECCOMP: number;
/** Linux PTRACE_EVENT_STOP, as Go's syscall.PTRACE_EVENT_STOP. */
export declare const PTRACE_EVENT_STOP: number;
/** Linux PTRACE_EVENT_VFORK, as Go's syscall.PTRACE_EVENT_VFORK. */
export declare const PTRACE_EVENT_VFORK: number;
/** Linux PTRACE_EVENT_VFORK_DONE, as Go's syscall.PTRACE_EVENT_VFORK_DONE. */
export declare const PTRACE_EVENT_VFORK_DONE: number;
/** Linux PTRACE_GETEVENTMSG, as Go's syscall.PTRACE_GETEVENTMSG. */
export declare const PTRACE_GETEVENTMSG: number;
/** Linux PTRACE_GETFPREGS, as Go's syscall.PTRACE_GETFPREGS. */
export declare const PTRACE_GETFPREGS: number;
/** Linux PTRACE_GETFPXREGS, as Go's syscall.PTRACE_GETFPXREGS. */
export declare const PTRACE_GETFPXREGS: number;
/** Linux PTRACE_GETREGS, as Go's syscall.PTRACE_GETREGS. */
export declare const PTRACE_GETREGS: number;
/** Linux PTRACE_GETREGSET, as Go's syscall.PTRACE_GETREGSET. */
export declare const PTRACE_GETREGSET: number;
/** Linux PTRACE_GETSIGINFO, as Go's syscall.PTRACE_GETSIGINFO. */
export declare const PTRACE_GETSIGINFO: number;
/** Linux PTRACE_GETSIGMASK, as Go's syscall.PTRACE_GETSIGMASK. */
export declare const PTRACE_GETSIGMASK: number;
/** Linux PTRACE_GET_THREAD_AREA, as Go's syscall.PTRACE_GET_THREAD_AREA. */
export declare const PTRACE_GET_THREAD_AREA: number;
/** Linux PTRACE_INTERRUPT, as Go's syscall.PTRACE_INTERRUPT. */
export declare const PTRACE_INTERRUPT: number;
/** Linux PTRACE_KILL, as Go's syscall.PTRACE_KILL. */
export declare const PTRACE_KILL: number;
/** Linux PTRACE_LISTEN, as Go's syscall.PTRACE_LISTEN. */
export declare const PTRACE_LISTEN: number;
/** Linux PTRACE_OLDSETOPTIONS, as Go's syscall.PTRACE_OLDSETOPTIONS. */
export declare const PTRACE_OLDSETOPTIONS: number;
/** Linux PTRACE_O_EXITKILL, as Go's syscall.PTRACE_O_EXITKILL. */
export declare const PTRACE_O_EXITKILL: number;
/** Linux PTRACE_O_MASK, as Go's syscall.PTRACE_O_MASK. */
export declare const PTRACE_O_MASK: number;
/** Linux PTRACE_O_TRACECLONE, as Go's syscall.PTRACE_O_TRACECLONE. */
export declare const PTRACE_O_TRACECLONE: number;
/** Linux PTRACE_O_TRACEEXEC, as Go's syscall.PTRACE_O_TRACEEXEC. */
export declare const PTRACE_O_TRACEEXEC: number;
/** Linux PTRACE_O_TRACEEXIT, as Go's syscall.PTRACE_O_TRACEEXIT. */
export declare const PTRACE_O_TRACEEXIT: number;
/** Linux PTRACE_O_TRACEFORK, as Go's syscall.PTRACE_O_TRACEFORK. */
export declare const PTRACE_O_TRACEFORK: number;
/** Linux PTRACE_O_TRACESECCOMP, as Go's syscall.PTRACE_O_TRACESECCOMP. */
export declare const PTRACE_O_TRACESECCOMP: number;
/** Linux PTRACE_O_TRACESYSGOOD, as Go's syscall.PTRACE_O_TRACESYSGOOD. */
export declare const PTRACE_O_TRACESYSGOOD: number;
/** Linux PTRACE_O_TRACEVFORK, as Go's syscall.PTRACE_O_TRACEVFORK. */
export declare const PTRACE_O_TRACEVFORK: number;
/** Linux PTRACE_O_TRACEVFORKDONE, as Go's syscall.PTRACE_O_TRACEVFORKDONE. */
export declare const PTRACE_O_TRACEVFORKDONE: number;
/** Linux PTRACE_PEEKDATA, as Go's syscall.PTRACE_PEEKDATA. */
export declare const PTRACE_PEEKDATA: number;
/** Linux PTRACE_PEEKSIGINFO, as Go's syscall.PTRACE_PEEKSIGINFO. */
export declare const PTRACE_PEEKSIGINFO: number;
/** Linux PTRACE_PEEKSIGINFO_SHARED, as Go's syscall.PTRACE_PEEKSIGINFO_SHARED. */
export declare const PTRACE_PEEKSIGINFO_SHARED: number;
/** Linux PTRACE_PEEKTEXT, as Go's syscall.PTRACE_PEEKTEXT. */
export declare const PTRACE_PEEKTEXT: number;
/** Linux PTRACE_PEEKUSR, as Go's syscall.PTRACE_PEEKUSR. */
export declare const PTRACE_PEEKUSR: number;
/** Linux PTRACE_POKEDATA, as Go's syscall.PTRACE_POKEDATA. */
export declare const PTRACE_POKEDATA: number;
/** Linux PTRACE_POKETEXT, as Go's syscall.PTRACE_POKETEXT. */
export declare const PTRACE_POKETEXT: number;
/** Linux PTRACE_POKEUSR, as Go's syscall.PTRACE_POKEUSR. */
export declare const PTRACE_POKEUSR: number;
/** Linux PTRACE_SEIZE, as Go's syscall.PTRACE_SEIZE. */
export declare const PTRACE_SEIZE: number;
/** Linux PTRACE_SETFPREGS, as Go's syscall.PTRACE_SETFPREGS. */
export declare const PTRACE_SETFPREGS: number;
/** Linux PTRACE_SETFPXREGS, as Go's syscall.PTRACE_SETFPXREGS. */
export declare const PTRACE_SETFPXREGS: number;
/** Linux PTRACE_SETOPTIONS, as Go's syscall.PTRACE_SETOPTIONS. */
export declare const PTRACE_SETOPTIONS: number;
/** Linux PTRACE_SETREGS, as Go's syscall.PTRACE_SETREGS. */
export declare const PTRACE_SETREGS: number;
/** Linux PTRACE_SETREGSET, as Go's syscall.PTRACE_SETREGSET. */
export declare const PTRACE_SETREGSET: number;
/** Linux PTRACE_SETSIGINFO, as Go's syscall.PTRACE_SETSIGINFO. */
export declare const PTRACE_SETSIGINFO: number;
/** Linux PTRACE_SETSIGMASK, as Go's syscall.PTRACE_SETSIGMASK. */
export declare const PTRACE_SETSIGMASK: number;
/** Linux PTRACE_SET_THREAD_AREA, as Go's syscall.PTRACE_SET_THREAD_AREA. */
export declare const PTRACE_SET_THREAD_AREA: number;
/** Linux PTRACE_SINGLEBLOCK, as Go's syscall.PTRACE_SINGLEBLOCK. */
export declare const PTRACE_SINGLEBLOCK: number;
/** Linux PTRACE_SINGLESTEP, as Go's syscall.PTRACE_SINGLESTEP. */
export declare const PTRACE_SINGLESTEP: number;
/** Linux PTRACE_SYSCALL, as Go's syscall.PTRACE_SYSCALL. */
export declare const PTRACE_SYSCALL: number;
/** Linux PTRACE_SYSEMU, as Go's syscall.PTRACE_SYSEMU. */
export declare const PTRACE_SYSEMU: number;
/** Linux PTRACE_SYSEMU_SINGLESTEP, as Go's syscall.PTRACE_SYSEMU_SINGLESTEP. */
export declare const PTRACE_SYSEMU_SINGLESTEP: number;
/** Linux PTRACE_TRACEME, as Go's syscall.PTRACE_TRACEME. */
export declare const PTRACE_TRACEME: number;
/** Linux PathMax, as Go's syscall.PathMax. */
export declare const PathMax: number;
/** Linux RLIMIT_AS, as Go's syscall.RLIMIT_AS. */
export declare const RLIMIT_AS: number;
/** Linux RLIMIT_CORE, as Go's syscall.RLIMIT_CORE. */
export declare const RLIMIT_CORE: number;
/** Linux RLIMIT_CPU, as Go's syscall.RLIMIT_CPU. */
export declare const RLIMIT_CPU: number;
/** Linux RLIMIT_DATA, as Go's syscall.RLIMIT_DATA. */
export declare const RLIMIT_DATA: number;
/** Linux RLIMIT_FSIZE, as Go's syscall.RLIMIT_FSIZE. */
export declare const RLIMIT_FSIZE: number;
/** Linux RLIMIT_NOFILE, as Go's syscall.RLIMIT_NOFILE. */
export declare const RLIMIT_NOFILE: number;
/** Linux RLIMIT_STACK, as Go's syscall.RLIMIT_STACK. */
export declare const RLIMIT_STACK: number;
/** Linux RTAX_ADVMSS, as Go's syscall.RTAX_ADVMSS. */
export declare const RTAX_ADVMSS: number;
/** Linux RTAX_CWND, as Go's syscall.RTAX_CWND. */
export declare const RTAX_CWND: number;
/** Linux RTAX_FEATURES, as Go's syscall.RTAX_FEATURES. */
export declare const RTAX_FEATURES: number;
/** Linux RTAX_FEATURE_ALLFRAG, as Go's syscall.RTAX_FEATURE_ALLFRAG. */
export declare const RTAX_FEATURE_ALLFRAG: number;
/** Linux RTAX_FEATURE_ECN, as Go's syscall.RTAX_FEATURE_ECN. */
export declare const RTAX_FEATURE_ECN: number;
/** Linux RTAX_FEATURE_SACK, as Go's syscall.RTAX_FEATURE_SACK. */
export declare const RTAX_FEATURE_SACK: number;
/** Linux RTAX_FEATURE_TIMESTAMP, as Go's syscall.RTAX_FEATURE_TIMESTAMP. */
export declare const RTAX_FEATURE_TIMESTAMP: number;
/** Linux RTAX_HOPLIMIT, as Go's syscall.RTAX_HOPLIMIT. */
export declare const RTAX_HOPLIMIT: number;
/** Linux RTAX_INITCWND, as Go's syscall.RTAX_INITCWND. */
export declare const RTAX_INITCWND: number;
/** Linux RTAX_INITRWND, as Go's syscall.RTAX_INITRWND. */
export declare const RTAX_INITRWND: number;
/** Linux RTAX_LOCK, as Go's syscall.RTAX_LOCK. */
export declare const RTAX_LOCK: number;
/** Linux RTAX_MAX, as Go's syscall.RTAX_MAX. */
export declare const RTAX_MAX: number;
/** Linux RTAX_MTU, as Go's syscall.RTAX_MTU. */
export declare const RTAX_MTU: number;
/** Linux RTAX_QUICKACK, as Go's syscall.RTAX_QUICKACK. */
export declare const RTAX_QUICKACK: number;
/** Linux RTAX_REORDERING, as Go's syscall.RTAX_REORDERING. */
export declare const RTAX_REORDERING: number;
/** Linux RTAX_RTO_MIN, as Go's syscall.RTAX_RTO_MIN. */
export declare const RTAX_RTO_MIN: number;
/** Linux RTAX_RTT, as Go's syscall.RTAX_RTT. */
export declare const RTAX_RTT: number;
/** Linux RTAX_RTTVAR, as Go's syscall.RTAX_RTTVAR. */
export declare const RTAX_RTTVAR: number;
/** Linux RTAX_SSTHRESH, as Go's syscall.RTAX_SSTHRESH. */
export declare const RTAX_SSTHRESH: number;
/** Linux RTAX_UNSPEC, as Go's syscall.RTAX_UNSPEC. */
export declare const RTAX_UNSPEC: number;
/** Linux RTAX_WINDOW, as Go's syscall.RTAX_WINDOW. */
export declare const RTAX_WINDOW: number;
/** Linux RTA_ALIGNTO, as Go's syscall.RTA_ALIGNTO. */
export declare const RTA_ALIGNTO: number;
/** Linux RTA_CACHEINFO, as Go's syscall.RTA_CACHEINFO. */
export declare const RTA_CACHEINFO: number;
/** Linux RTA_DST, as Go's syscall.RTA_DST. */
export declare const RTA_DST: number;
/** Linux RTA_FLOW, as Go's syscall.RTA_FLOW. */
export declare const RTA_FLOW: number;
/** Linux RTA_GATEWAY, as Go's syscall.RTA_GATEWAY. */
export declare const RTA_GATEWAY: number;
/** Linux RTA_IIF, as Go's syscall.RTA_IIF. */
export declare const RTA_IIF: number;
/** Linux RTA_MAX, as Go's syscall.RTA_MAX. */
export declare const RTA_MAX: number;
/** Linux RTA_METRICS, as Go's syscall.RTA_METRICS. */
export declare const RTA_METRICS: number;
/** Linux RTA_MULTIPATH, as Go's syscall.RTA_MULTIPATH. */
export declare const RTA_MULTIPATH: number;
/** Linux RTA_OIF, as Go's syscall.RTA_OIF. */
export declare const RTA_OIF: number;
/** Linux RTA_PREFSRC, as Go's syscall.RTA_PREFSRC. */
export declare const RTA_PREFSRC: number;
/** Linux RTA_PRIORITY, as Go's syscall.RTA_PRIORITY. */
export declare const RTA_PRIORITY: number;
/** Linux RTA_SRC, as Go's syscall.RTA_SRC. */
export declare const RTA_SRC: number;
/** Linux RTA_TABLE, as Go's syscall.RTA_TABLE. */
export declare const RTA_TABLE: number;
/** Linux RTA_UNSPEC, as Go's syscall.RTA_UNSPEC. */
export declare const RTA_UNSPEC: number;
/** Linux RTCF_DIRECTSRC, as Go's syscall.RTCF_DIRECTSRC. */
export declare const RTCF_DIRECTSRC: number;
/** Linux RTCF_DOREDIRECT, as Go's syscall.RTCF_DOREDIRECT. */
export declare const RTCF_DOREDIRECT: number;
/** Linux RTCF_LOG, as Go's syscall.RTCF_LOG. */
export declare const RTCF_LOG: number;
/** Linux RTCF_MASQ, as Go's syscall.RTCF_MASQ. */
export declare const RTCF_MASQ: number;
/** Linux RTCF_NAT, as Go's syscall.RTCF_NAT. */
export declare const RTCF_NAT: number;
/** Linux RTCF_VALVE, as Go's syscall.RTCF_VALVE. */
export declare const RTCF_VALVE: number;
/** Linux RTF_ADDRCLASSMASK, as Go's syscall.RTF_ADDRCLASSMASK. */
export declare const RTF_ADDRCLASSMASK: number;
/** Linux RTF_ADDRCONF, as Go's syscall.RTF_ADDRCONF. */
export declare const RTF_ADDRCONF: number;
/** Linux RTF_ALLONLINK, as Go's syscall.RTF_ALLONLINK. */
export declare const RTF_ALLONLINK: number;
/** Linux RTF_BROADCAST, as Go's syscall.RTF_BROADCAST. */
export declare const RTF_BROADCAST: number;
/** Linux RTF_CACHE, as Go's syscall.RTF_CACHE. */
export declare const RTF_CACHE: number;
/** Linux RTF_DEFAULT, as Go's syscall.RTF_DEFAULT. */
export declare const RTF_DEFAULT: number;
/** Linux RTF_DYNAMIC, as Go's syscall.RTF_DYNAMIC. */
export declare const RTF_DYNAMIC: number;
/** Linux RTF_FLOW, as Go's syscall.RTF_FLOW. */
export declare const RTF_FLOW: number;
/** Linux RTF_GATEWAY, as Go's syscall.RTF_GATEWAY. */
export declare const RTF_GATEWAY: number;
/** Linux RTF_HOST, as Go's syscall.RTF_HOST. */
export declare const RTF_HOST: number;
/** Linux RTF_INTERFACE, as Go's syscall.RTF_INTERFACE. */
export declare const RTF_INTERFACE: number;
/** Linux RTF_IRTT, as Go's syscall.RTF_IRTT. */
export declare const RTF_IRTT: number;
/** Linux RTF_LINKRT, as Go's syscall.RTF_LINKRT. */
export declare const RTF_LINKRT: number;
/** Linux RTF_LOCAL, as Go's syscall.RTF_LOCAL. */
export declare const RTF_LOCAL: number;
/** Linux RTF_MODIFIED, as Go's syscall.RTF_MODIFIED. */
export declare const RTF_MODIFIED: number;
/** Linux RTF_MSS, as Go's syscall.RTF_MSS. */
export declare const RTF_MSS: number;
/** Linux RTF_MTU, as Go's syscall.RTF_MTU. */
export declare const RTF_MTU: number;
/** Linux RTF_MULTICAST, as Go's syscall.RTF_MULTICAST. */
export declare const RTF_MULTICAST: number;
/** Linux RTF_NAT, as Go's syscall.RTF_NAT. */
export declare const RTF_NAT: number;
/** Linux RTF_NOFORWARD, as Go's syscall.RTF_NOFORWARD. */
export declare const RTF_NOFORWARD: number;
/** Linux RTF_NONEXTHOP, as Go's syscall.RTF_NONEXTHOP. */
export declare const RTF_NONEXTHOP: number;
/** Linux RTF_NOPMTUDISC, as Go's syscall.RTF_NOPMTUDISC. */
export declare const RTF_NOPMTUDISC: number;
/** Linux RTF_POLICY, as Go's syscall.RTF_POLICY. */
export declare const RTF_POLICY: number;
/** Linux RTF_REINSTATE, as Go's syscall.RTF_REINSTATE. */
export declare const RTF_REINSTATE: number;
/** Linux RTF_REJECT, as Go's syscall.RTF_REJECT. */
export declare const RTF_REJECT: number;
/** Linux RTF_STATIC, as Go's syscall.RTF_STATIC. */
export declare const RTF_STATIC: number;
/** Linux RTF_THROW, as Go's syscall.RTF_THROW. */
export declare const RTF_THROW: number;
/** Linux RTF_UP, as Go's syscall.RTF_UP. */
export declare const RTF_UP: number;
/** Linux RTF_WINDOW, as Go's syscall.RTF_WINDOW. */
export declare const RTF_WINDOW: number;
/** Linux RTF_XRESOLVE, as Go's syscall.RTF_XRESOLVE. */
export declare const RTF_XRESOLVE: number;
/** Linux RTM_BASE, as Go's syscall.RTM_BASE. */
export declare const RTM_BASE: number;
/** Linux RTM_DELACTION, as Go's syscall.RTM_DELACTION. */
export declare const RTM_DELACTION: number;
/** Linux RTM_DELADDR, as Go's syscall.RTM_DELADDR. */
export declare const RTM_DELADDR: number;
/** Linux RTM_DELADDRLABEL, as Go's syscall.RTM_DELADDRLABEL. */
export declare const RTM_DELADDRLABEL: number;
/** Linux RTM_DELLINK, as Go's syscall.RTM_DELLINK. */
export declare const RTM_DELLINK: number;
/** Linux RTM_DELMDB, as Go's syscall.RTM_DELMDB. */
export declare const RTM_DELMDB: number;
/** Linux RTM_DELNEIGH, as Go's syscall.RTM_DELNEIGH. */
export declare const RTM_DELNEIGH: number;
/** Linux RTM_DELQDISC, as Go's syscall.RTM_DELQDISC. */
export declare const RTM_DELQDISC: number;
/** Linux RTM_DELROUTE, as Go's syscall.RTM_DELROUTE. */
export declare const RTM_DELROUTE: number;
/** Linux RTM_DELRULE, as Go's syscall.RTM_DELRULE. */
export declare const RTM_DELRULE: number;
/** Linux RTM_DELTCLASS, as Go's syscall.RTM_DELTCLASS. */
export declare const RTM_DELTCLASS: number;
/** Linux RTM_DELTFILTER, as Go's syscall.RTM_DELTFILTER. */
export declare const RTM_DELTFILTER: number;
/** Linux RTM_F_CLONED, as Go's syscall.RTM_F_CLONED. */
export declare const RTM_F_CLONED: number;
/** Linux RTM_F_EQUALIZE, as Go's syscall.RTM_F_EQUALIZE. */
export declare const RTM_F_EQUALIZE: number;
/** Linux RTM_F_NOTIFY, as Go's syscall.RTM_F_NOTIFY. */
export declare const RTM_F_NOTIFY: number;
/** Linux RTM_F_PREFIX, as Go's syscall.RTM_F_PREFIX. */
export declare const RTM_F_PREFIX: number;
/** Linux RTM_GETACTION, as Go's syscall.RTM_GETACTION. */
export declare const RTM_GETACTION: number;
/** Linux RTM_GETADDR, as Go's syscall.RTM_GETADDR. */
export declare const RTM_GETADDR: number;
/** Linux RTM_GETADDRLABEL, as Go's syscall.RTM_GETADDRLABEL. */
export declare const RTM_GETADDRLABEL: number;
/** Linux RTM_GETANYCAST, as Go's syscall.RTM_GETANYCAST. */
export declare const RTM_GETANYCAST: number;
/** Linux RTM_GETDCB, as Go's syscall.RTM_GETDCB. */
export declare const RTM_GETDCB: number;
/** Linux RTM_GETLINK, as Go's syscall.RTM_GETLINK. */
export declare const RTM_GETLINK: number;
/** Linux RTM_GETMDB, as Go's syscall.RTM_GETMDB. */
export declare const RTM_GETMDB: number;
/** Linux RTM_GETMULTICAST, as Go's syscall.RTM_GETMULTICAST. */
export declare const RTM_GETMULTICAST: number;
/** Linux RTM_GETNEIGH, as Go's syscall.RTM_GETNEIGH. */
export declare const RTM_GETNEIGH: number;
/** Linux RTM_GETNEIGHTBL, as Go's syscall.RTM_GETNEIGHTBL. */
export declare const RTM_GETNEIGHTBL: number;
/** Linux RTM_GETNETCONF, as Go's syscall.RTM_GETNETCONF. */
export declare const RTM_GETNETCONF: number;
/** Linux RTM_GETQDISC, as Go's syscall.RTM_GETQDISC. */
export declare const RTM_GETQDISC: number;
/** Linux RTM_GETROUTE, as Go's syscall.RTM_GETROUTE. */
export declare const RTM_GETROUTE: number;
/** Linux RTM_GETRULE, as Go's syscall.RTM_GETRULE. */
export declare const RTM_GETRULE: number;
/** Linux RTM_GETTCLASS, as Go's syscall.RTM_GETTCLASS. */
export declare const RTM_GETTCLASS: number;
/** Linux RTM_GETTFILTER, as Go's syscall.RTM_GETTFILTER. */
export declare const RTM_GETTFILTER: number;
/** Linux RTM_MAX, as Go's syscall.RTM_MAX. */
export declare const RTM_MAX: number;
/** Linux RTM_NEWACTION, as Go's syscall.RTM_NEWACTION. */
export declare const RTM_NEWACTION: number;
/** Linux RTM_NEWADDR, as Go's syscall.RTM_NEWADDR. */
export declare const RTM_NEWADDR: number;
/** Linux RTM_NEWADDRLABEL, as Go's syscall.RTM_NEWADDRLABEL. */
export declare const RTM_NEWADDRLABEL: number;
/** Linux RTM_NEWLINK, as Go's syscall.RTM_NEWLINK. */
export declare const RTM_NEWLINK: number;
/** Linux RTM_NEWMDB, as Go's syscall.RTM_NEWMDB. */
export declare const RTM_NEWMDB: number;
/** Linux RTM_NEWNDUSEROPT, as Go's syscall.RTM_NEWNDUSEROPT. */
export declare const RTM_NEWNDUSEROPT: number;
/** Linux RTM_NEWNEIGH, as Go's syscall.RTM_NEWNEIGH. */
export declare const RTM_NEWNEIGH: number;
/** Linux RTM_NEWNEIGHTBL, as Go's syscall.RTM_NEWNEIGHTBL. */
export declare const RTM_NEWNEIGHTBL: number;
/** Linux RTM_NEWNETCONF, as Go's syscall.RTM_NEWNETCONF. */
export declare const RTM_NEWNETCONF: number;
/** Linux RTM_NEWPREFIX, as Go's syscall.RTM_NEWPREFIX. */
export declare const RTM_NEWPREFIX: number;
/** Linux RTM_NEWQDISC, as Go's syscall.RTM_NEWQDISC. */
export declare const RTM_NEWQDISC: number;
/** Linux RTM_NEWROUTE, as Go's syscall.RTM_NEWROUTE. */
export declare const RTM_NEWROUTE: number;
/** Linux RTM_NEWRULE, as Go's syscall.RTM_NEWRULE. */
export declare const RTM_NEWRULE: number;
/** Linux RTM_NEWTCLASS, as Go's syscall.RTM_NEWTCLASS. */
export declare const RTM_NEWTCLASS: number;
/** Linux RTM_NEWTFILTER, as Go's syscall.RTM_NEWTFILTER. */
export declare const RTM_NEWTFILTER: number;
/** Linux RTM_NR_FAMILIES, as Go's syscall.RTM_NR_FAMILIES. */
export declare const RTM_NR_FAMILIES: number;
/** Linux RTM_NR_MSGTYPES, as Go's syscall.RTM_NR_MSGTYPES. */
export declare const RTM_NR_MSGTYPES: number;
/** Linux RTM_SETDCB, as Go's syscall.RTM_SETDCB. */
export declare const RTM_SETDCB: number;
/** Linux RTM_SETLINK, as Go's syscall.RTM_SETLINK. */
export declare const RTM_SETLINK: number;
/** Linux RTM_SETNEIGHTBL, as Go's syscall.RTM_SETNEIGHTBL. */
export declare const RTM_SETNEIGHTBL: number;
/** Linux RTNH_ALIGNTO, as Go's syscall.RTNH_ALIGNTO. */
export declare const RTNH_ALIGNTO: number;
/** Linux RTNH_F_DEAD, as Go's syscall.RTNH_F_DEAD. */
export declare const RTNH_F_DEAD: number;
/** Linux RTNH_F_ONLINK, as Go's syscall.RTNH_F_ONLINK. */
export declare const RTNH_F_ONLINK: number;
/** Linux RTNH_F_PERVASIVE, as Go's syscall.RTNH_F_PERVASIVE. */
export declare const RTNH_F_PERVASIVE: number;
/** Linux RTNLGRP_IPV4_IFADDR, as Go's syscall.RTNLGRP_IPV4_IFADDR. */
export declare const RTNLGRP_IPV4_IFADDR: number;
/** Linux RTNLGRP_IPV4_MROUTE, as Go's syscall.RTNLGRP_IPV4_MROUTE. */
export declare const RTNLGRP_IPV4_MROUTE: number;
/** Linux RTNLGRP_IPV4_ROUTE, as Go's syscall.RTNLGRP_IPV4_ROUTE. */
export declare const RTNLGRP_IPV4_ROUTE: number;
/** Linux RTNLGRP_IPV4_RULE, as Go's syscall.RTNLGRP_IPV4_RULE. */
export declare const RTNLGRP_IPV4_RULE: number;
/** Linux RTNLGRP_IPV6_IFADDR, as Go's syscall.RTNLGRP_IPV6_IFADDR. */
export declare const RTNLGRP_IPV6_IFADDR: number;
/** Linux RTNLGRP_IPV6_IFINFO, as Go's syscall.RTNLGRP_IPV6_IFINFO. */
export declare const RTNLGRP_IPV6_IFINFO: number;
/** Linux RTNLGRP_IPV6_MROUTE, as Go's syscall.RTNLGRP_IPV6_MROUTE. */
export declare const RTNLGRP_IPV6_MROUTE: number;
/** Linux RTNLGRP_IPV6_PREFIX, as Go's syscall.RTNLGRP_IPV6_PREFIX. */
export declare const RTNLGRP_IPV6_PREFIX: number;
/** Linux RTNLGRP_IPV6_ROUTE, as Go's syscall.RTNLGRP_IPV6_ROUTE. */
export declare const RTNLGRP_IPV6_ROUTE: number;
/** Linux RTNLGRP_IPV6_RULE, as Go's syscall.RTNLGRP_IPV6_RULE. */
export declare const RTNLGRP_IPV6_RULE: number;
/** Linux RTNLGRP_LINK, as Go's syscall.RTNLGRP_LINK. */
export declare const RTNLGRP_LINK: number;
/** Linux RTNLGRP_ND_USEROPT, as Go's syscall.RTNLGRP_ND_USEROPT. */
export declare const RTNLGRP_ND_USEROPT: number;
/** Linux RTNLGRP_NEIGH, as Go's syscall.RTNLGRP_NEIGH. */
export declare const RTNLGRP_NEIGH: number;
/** Linux RTNLGRP_NONE, as Go's syscall.RTNLGRP_NONE. */
export declare const RTNLGRP_NONE: number;
/** Linux RTNLGRP_NOTIFY, as Go's syscall.RTNLGRP_NOTIFY. */
export declare const RTNLGRP_NOTIFY: number;
/** Linux RTNLGRP_TC, as Go's syscall.RTNLGRP_TC. */
export declare const RTNLGRP_TC: number;
/** Linux RTN_ANYCAST, as Go's syscall.RTN_ANYCAST. */
export declare const RTN_ANYCAST: number;
/** Linux RTN_BLACKHOLE, as Go's syscall.RTN_BLACKHOLE. */
export declare const RTN_BLACKHOLE: number;
/** Linux RTN_BROADCAST, as Go's syscall.RTN_BROADCAST. */
export declare const RTN_BROADCAST: number;
/** Linux RTN_LOCAL, as Go's syscall.RTN_LOCAL. */
export declare const RTN_LOCAL: number;
/** Linux RTN_MAX, as Go's syscall.RTN_MAX. */
export declare const RTN_MAX: number;
/** Linux RTN_MULTICAST, as Go's syscall.RTN_MULTICAST. */
export declare const RTN_MULTICAST: number;
/** Linux RTN_NAT, as Go's syscall.RTN_NAT. */
export declare const RTN_NAT: number;
/** Linux RTN_PROHIBIT, as Go's syscall.RTN_PROHIBIT. */
export declare const RTN_PROHIBIT: number;
/** Linux RTN_THROW, as Go's syscall.RTN_THROW. */
export declare const RTN_THROW: number;
/** Linux RTN_UNICAST, as Go's syscall.RTN_UNICAST. */
export declare const RTN_UNICAST: number;
/** Linux RTN_UNREACHABLE, as Go's syscall.RTN_UNREACHABLE. */
export declare const RTN_UNREACHABLE: number;
/** Linux RTN_UNSPEC, as Go's syscall.RTN_UNSPEC. */
export declare const RTN_UNSPEC: number;
/** Linux RTN_XRESOLVE, as Go's syscall.RTN_XRESOLVE. */
export declare const RTN_XRESOLVE: number;
/** Linux RTPROT_BIRD, as Go's syscall.RTPROT_BIRD. */
export declare const RTPROT_BIRD: number;
/** Linux RTPROT_BOOT, as Go's syscall.RTPROT_BOOT. */
export declare const RTPROT_BOOT: number;
/** Linux RTPROT_DHCP, as Go's syscall.RTPROT_DHCP. */
export declare const RTPROT_DHCP: number;
/** Linux RTPROT_DNROUTED, as Go's syscall.RTPROT_DNROUTED. */
export declare const RTPROT_DNROUTED: number;
/** Linux RTPROT_GATED, as Go's syscall.RTPROT_GATED. */
export declare const RTPROT_GATED: number;
/** Linux RTPROT_KERNEL, as Go's syscall.RTPROT_KERNEL. */
export declare const RTPROT_KERNEL: number;
/** Linux RTPROT_MROUTED, as Go's syscall.RTPROT_MROUTED. */
export declare const RTPROT_MROUTED: number;
/** Linux RTPROT_MRT, as Go's syscall.RTPROT_MRT. */
export declare const RTPROT_MRT: number;
/** Linux RTPROT_NTK, as Go's syscall.RTPROT_NTK. */
export declare const RTPROT_NTK: number;
/** Linux RTPROT_RA, as Go's syscall.RTPROT_RA. */
export declare const RTPROT_RA: number;
/** Linux RTPROT_REDIRECT, as Go's syscall.RTPROT_REDIRECT. */
export declare const RTPROT_REDIRECT: number;
/** Linux RTPROT_STATIC, as Go's syscall.RTPROT_STATIC. */
export declare const RTPROT_STATIC: number;
/** Linux RTPROT_UNSPEC, as Go's syscall.RTPROT_UNSPEC. */
export declare const RTPROT_UNSPEC: number;
/** Linux RTPROT_XORP, as Go's syscall.RTPROT_XORP. */
export declare const RTPROT_XORP: number;
/** Linux RTPROT_ZEBRA, as Go's syscall.RTPROT_ZEBRA. */
export declare const RTPROT_ZEBRA: number;
/** Linux RT_CLASS_DEFAULT, as Go's syscall.RT_CLASS_DEFAULT. */
export declare const RT_CLASS_DEFAULT: number;
/** Linux RT_CLASS_LOCAL, as Go's syscall.RT_CLASS_LOCAL. */
export declare const RT_CLASS_LOCAL: number;
/** Linux RT_CLASS_MAIN, as Go's syscall.RT_CLASS_MAIN. */
export declare const RT_CLASS_MAIN: number;
/** Linux RT_CLASS_MAX, as Go's syscall.RT_CLASS_MAX. */
export declare const RT_CLASS_MAX: number;
/** Linux RT_CLASS_UNSPEC, as Go's syscall.RT_CLASS_UNSPEC. */
export declare const RT_CLASS_UNSPEC: number;
/** Linux RT_SCOPE_HOST, as Go's syscall.RT_SCOPE_HOST. */
export declare const RT_SCOPE_HOST: number;
/** Linux RT_SCOPE_LINK, as Go's syscall.RT_SCOPE_LINK. */
export declare const RT_SCOPE_LINK: number;
/** Linux RT_SCOPE_NOWHERE, as Go's syscall.RT_SCOPE_NOWHERE. */
export declare const RT_SCOPE_NOWHERE: number;
/** Linux RT_SCOPE_SITE, as Go's syscall.RT_SCOPE_SITE. */
export declare const RT_SCOPE_SITE: number;
/** Linux RT_SCOPE_UNIVERSE, as Go's syscall.RT_SCOPE_UNIVERSE. */
export declare const RT_SCOPE_UNIVERSE: number;
/** Linux RT_TABLE_COMPAT, as Go's syscall.RT_TABLE_COMPAT. */
export declare const RT_TABLE_COMPAT: number;
/** Linux RT_TABLE_DEFAULT, as Go's syscall.RT_TABLE_DEFAULT. */
export declare const RT_TABLE_DEFAULT: number;
/** Linux RT_TABLE_LOCAL, as Go's syscall.RT_TABLE_LOCAL. */
export declare const RT_TABLE_LOCAL: number;
/** Linux RT_TABLE_MAIN, as Go's syscall.RT_TABLE_MAIN. */
export declare const RT_TABLE_MAIN: number;
/** Linux RT_TABLE_MAX, as Go's syscall.RT_TABLE_MAX. */
export declare const RT_TABLE_MAX: number;
/** Linux RT_TABLE_UNSPEC, as Go's syscall.RT_TABLE_UNSPEC. */
export declare const RT_TABLE_UNSPEC: number;
/** Linux SCM_CREDENTIALS, as Go's syscall.SCM_CREDENTIALS. */
export declare const SCM_CREDENTIALS: number;
/** Linux SCM_RIGHTS, as Go's syscall.SCM_RIGHTS. */
export declare const SCM_RIGHTS: number;
/** Linux SCM_TIMESTAMP, as Go's syscall.SCM_TIMESTAMP. */
export declare const SCM_TIMESTAMP: number;
/** Linux SCM_TIMESTAMPING, as Go's syscall.SCM_TIMESTAMPING. */
export declare const SCM_TIMESTAMPING: number;
/** Linux SCM_TIMESTAMPNS, as Go's syscall.SCM_TIMESTAMPNS. */
export declare const SCM_TIMESTAMPNS: number;
/** Linux SCM_WIFI_STATUS, as Go's syscall.SCM_WIFI_STATUS. */
export declare const SCM_WIFI_STATUS: number;
/** Linux SHUT_RD, as Go's syscall.SHUT_RD. */
export declare const SHUT_RD: number;
/** Linux SHUT_RDWR, as Go's syscall.SHUT_RDWR. */
export declare const SHUT_RDWR: number;
/** Linux SHUT_WR, as Go's syscall.SHUT_WR. */
export declare const SHUT_WR: number;
/** Linux SIOCADDDLCI, as Go's syscall.SIOCADDDLCI. */
export declare const SIOCADDDLCI: number;
/** Linux SIOCADDMULTI, as Go's syscall.SIOCADDMULTI. */
export declare const SIOCADDMULTI: number;
/** Linux SIOCADDRT, as Go's syscall.SIOCADDRT. */
export declare const SIOCADDRT: number;
/** Linux SIOCATMARK, as Go's syscall.SIOCATMARK. */
export declare const SIOCATMARK: number;
/** Linux SIOCDARP, as Go's syscall.SIOCDARP. */
export declare const SIOCDARP: number;
/** Linux SIOCDELDLCI, as Go's syscall.SIOCDELDLCI. */
export declare const SIOCDELDLCI: number;
/** Linux SIOCDELMULTI, as Go's syscall.SIOCDELMULTI. */
export declare const SIOCDELMULTI: number;
/** Linux SIOCDELRT, as Go's syscall.SIOCDELRT. */
export declare const SIOCDELRT: number;
/** Linux SIOCDEVPRIVATE, as Go's syscall.SIOCDEVPRIVATE. */
export declare const SIOCDEVPRIVATE: number;
/** Linux SIOCDIFADDR, as Go's syscall.SIOCDIFADDR. */
export declare const SIOCDIFADDR: number;
/** Linux SIOCDRARP, as Go's syscall.SIOCDRARP. */
export declare const SIOCDRARP: number;
/** Linux SIOCGARP, as Go's syscall.SIOCGARP. */
export declare const SIOCGARP: number;
/** Linux SIOCGIFADDR, as Go's syscall.SIOCGIFADDR. */
export declare const SIOCGIFADDR: number;
/** Linux SIOCGIFBR, as Go's syscall.SIOCGIFBR. */
export declare const SIOCGIFBR: number;
/** Linux SIOCGIFBRDADDR, as Go's syscall.SIOCGIFBRDADDR. */
export declare const SIOCGIFBRDADDR: number;
/** Linux SIOCGIFCONF, as Go's syscall.SIOCGIFCONF. */
export declare const SIOCGIFCONF: number;
/** Linux SIOCGIFCOUNT, as Go's syscall.SIOCGIFCOUNT. */
export declare const SIOCGIFCOUNT: number;
/** Linux SIOCGIFDSTADDR, as Go's syscall.SIOCGIFDSTADDR. */
export declare const SIOCGIFDSTADDR: number;
/** Linux SIOCGIFENCAP, as Go's syscall.SIOCGIFENCAP. */
export declare const SIOCGIFENCAP: number;
/** Linux SIOCGIFFLAGS, as Go's syscall.SIOCGIFFLAGS. */
export declare const SIOCGIFFLAGS: number;
/** Linux SIOCGIFHWADDR, as Go's syscall.SIOCGIFHWADDR. */
export declare const SIOCGIFHWADDR: number;
/** Linux SIOCGIFINDEX, as Go's syscall.SIOCGIFINDEX. */
export declare const SIOCGIFINDEX: number;
/** Linux SIOCGIFMAP, as Go's syscall.SIOCGIFMAP. */
export declare const SIOCGIFMAP: number;
/** Linux SIOCGIFMEM, as Go's syscall.SIOCGIFMEM. */
export declare const SIOCGIFMEM: number;
/** Linux SIOCGIFMETRIC, as Go's syscall.SIOCGIFMETRIC. */
export declare const SIOCGIFMETRIC: number;
/** Linux SIOCGIFMTU, as Go's syscall.SIOCGIFMTU. */
export declare const SIOCGIFMTU: number;
/** Linux SIOCGIFNAME, as Go's syscall.SIOCGIFNAME. */
export declare const SIOCGIFNAME: number;
/** Linux SIOCGIFNETMASK, as Go's syscall.SIOCGIFNETMASK. */
export declare const SIOCGIFNETMASK: number;
/** Linux SIOCGIFPFLAGS, as Go's syscall.SIOCGIFPFLAGS. */
export declare const SIOCGIFPFLAGS: number;
/** Linux SIOCGIFSLAVE, as Go's syscall.SIOCGIFSLAVE. */
export declare const SIOCGIFSLAVE: number;
/** Linux SIOCGIFTXQLEN, as Go's syscall.SIOCGIFTXQLEN. */
export declare const SIOCGIFTXQLEN: number;
/** Linux SIOCGPGRP, as Go's syscall.SIOCGPGRP. */
export declare const SIOCGPGRP: number;
/** Linux SIOCGRARP, as Go's syscall.SIOCGRARP. */
export declare const SIOCGRARP: number;
/** Linux SIOCGSTAMP, as Go's syscall.SIOCGSTAMP. */
export declare const SIOCGSTAMP: number;
/** Linux SIOCGSTAMPNS, as Go's syscall.SIOCGSTAMPNS. */
export declare const SIOCGSTAMPNS: number;
/** Linux SIOCPROTOPRIVATE, as Go's syscall.SIOCPROTOPRIVATE. */
export declare const SIOCPROTOPRIVATE: number;
/** Linux SIOCRTMSG, as Go's syscall.SIOCRTMSG. */
export declare const SIOCRTMSG: number;
/** Linux SIOCSARP, as Go's syscall.SIOCSARP. */
export declare const SIOCSARP: number;
/** Linux SIOCSIFADDR, as Go's syscall.SIOCSIFADDR. */
export declare const SIOCSIFADDR: number;
/** Linux SIOCSIFBR, as Go's syscall.SIOCSIFBR. */
export declare const SIOCSIFBR: number;
/** Linux SIOCSIFBRDADDR, as Go's syscall.SIOCSIFBRDADDR. */
export declare const SIOCSIFBRDADDR: number;
/** Linux SIOCSIFDSTADDR, as Go's syscall.SIOCSIFDSTADDR. */
export declare const SIOCSIFDSTADDR: number;
/** Linux SIOCSIFENCAP, as Go's syscall.SIOCSIFENCAP. */
export declare const SIOCSIFENCAP: number;
/** Linux SIOCSIFFLAGS, as Go's syscall.SIOCSIFFLAGS. */
export declare const SIOCSIFFLAGS: number;
/** Linux SIOCSIFHWADDR, as Go's syscall.SIOCSIFHWADDR. */
export declare const SIOCSIFHWADDR: number;
/** Linux SIOCSIFHWBROADCAST, as Go's syscall.SIOCSIFHWBROADCAST. */
export declare const SIOCSIFHWBROADCAST: number;
/** Linux SIOCSIFLINK, as Go's syscall.SIOCSIFLINK. */
export declare const SIOCSIFLINK: number;
/** Linux SIOCSIFMAP, as Go's syscall.SIOCSIFMAP. */
export declare const SIOCSIFMAP: number;
/** Linux SIOCSIFMEM, as Go's syscall.SIOCSIFMEM. */
export declare const SIOCSIFMEM: number;
/** Linux SIOCSIFMETRIC, as Go's syscall.SIOCSIFMETRIC. */
export declare const SIOCSIFMETRIC: number;
/** Linux SIOCSIFMTU, as Go's syscall.SIOCSIFMTU. */
export declare const SIOCSIFMTU: number;
/** Linux SIOCSIFNAME, as Go's syscall.SIOCSIFNAME. */
export declare const SIOCSIFNAME: number;
/** Linux SIOCSIFNETMASK, as Go's syscall.SIOCSIFNETMASK. */
export declare const SIOCSIFNETMASK: number;
/** Linux SIOCSIFPFLAGS, as Go's syscall.SIOCSIFPFLAGS. */
export declare const SIOCSIFPFLAGS: number;
/** Linux SIOCSIFSLAVE, as Go's syscall.SIOCSIFSLAVE. */
export declare const SIOCSIFSLAVE: number;
/** Linux SIOCSIFTXQLEN, as Go's syscall.SIOCSIFTXQLEN. */
export declare const SIOCSIFTXQLEN: number;
/** Linux SIOCSPGRP, as Go's syscall.SIOCSPGRP. */
export declare const SIOCSPGRP: number;
/** Linux SIOCSRARP, as Go's syscall.SIOCSRARP. */
export declare const SIOCSRARP: number;
/** Linux SOCK_CLOEXEC, as Go's syscall.SOCK_CLOEXEC. */
export declare const SOCK_CLOEXEC: number;
/** Linux SOCK_DCCP, as Go's syscall.SOCK_DCCP. */
export declare const SOCK_DCCP: number;
/** Linux SOCK_DGRAM, as Go's syscall.SOCK_DGRAM. */
export declare const SOCK_DGRAM: number;
/** Linux SOCK_NONBLOCK, as Go's syscall.SOCK_NONBLOCK. */
export declare const SOCK_NONBLOCK: number;
/** Linux SOCK_PACKET, as Go's syscall.SOCK_PACKET. */
export declare const SOCK_PACKET: number;
/** Linux SOCK_RAW, as Go's syscall.SOCK_RAW. */
export declare const SOCK_RAW: number;
/** Linux SOCK_RDM, as Go's syscall.SOCK_RDM. */
export declare const SOCK_RDM: number;
/** Linux SOCK_SEQPACKET, as Go's syscall.SOCK_SEQPACKET. */
export declare const SOCK_SEQPACKET: number;
/** Linux SOCK_STREAM, as Go's syscall.SOCK_STREAM. */
export declare const SOCK_STREAM: number;
/** Linux SOL_AAL, as Go's syscall.SOL_AAL. */
export declare const SOL_AAL: number;
/** Linux SOL_ATM, as Go's syscall.SOL_ATM. */
export declare const SOL_ATM: number;
/** Linux SOL_DECNET, as Go's syscall.SOL_DECNET. */
export declare const SOL_DECNET: number;
/** Linux SOL_ICMPV6, as Go's syscall.SOL_ICMPV6. */
export declare const SOL_ICMPV6: number;
/** Linux SOL_IP, as Go's syscall.SOL_IP. */
export declare const SOL_IP: number;
/** Linux SOL_IPV6, as Go's syscall.SOL_IPV6. */
export declare const SOL_IPV6: number;
/** Linux SOL_IRDA, as Go's syscall.SOL_IRDA. */
export declare const SOL_IRDA: number;
/** Linux SOL_PACKET, as Go's syscall.SOL_PACKET. */
export declare const SOL_PACKET: number;
/** Linux SOL_RAW, as Go's syscall.SOL_RAW. */
export declare const SOL_RAW: number;
/** Linux SOL_SOCKET, as Go's syscall.SOL_SOCKET. */
export declare const SOL_SOCKET: number;
/** Linux SOL_TCP, as Go's syscall.SOL_TCP. */
export declare const SOL_TCP: number;
/** Linux SOL_X25, as Go's syscall.SOL_X25. */
export declare const SOL_X25: number;
/** Linux SOMAXCONN, as Go's syscall.SOMAXCONN. */
export declare const SOMAXCONN: number;
/** Linux SO_ACCEPTCONN, as Go's syscall.SO_ACCEPTCONN. */
export declare const SO_ACCEPTCONN: number;
/** Linux SO_ATTACH_FILTER, as Go's syscall.SO_ATTACH_FILTER. */
export declare const SO_ATTACH_FILTER: number;
/** Linux SO_BINDTODEVICE, as Go's syscall.SO_BINDTODEVICE. */
export declare const SO_BINDTODEVICE: number;
/** Linux SO_BROADCAST, as Go's syscall.SO_BROADCAST. */
export declare const SO_BROADCAST: number;
/** Linux SO_BSDCOMPAT, as Go's syscall.SO_BSDCOMPAT. */
export declare const SO_BSDCOMPAT: number;
/** Linux SO_BUSY_POLL, as Go's syscall.SO_BUSY_POLL. */
export declare const SO_BUSY_POLL: number;
/** Linux SO_DEBUG, as Go's syscall.SO_DEBUG. */
export declare const SO_DEBUG: number;
/** Linux SO_DETACH_FILTER, as Go's syscall.SO_DETACH_FILTER. */
export declare const SO_DETACH_FILTER: number;
/** Linux SO_DOMAIN, as Go's syscall.SO_DOMAIN. */
export declare const SO_DOMAIN: number;
/** Linux SO_DONTROUTE, as Go's syscall.SO_DONTROUTE. */
export declare const SO_DONTROUTE: number;
/** Linux SO_ERROR, as Go's syscall.SO_ERROR. */
export declare const SO_ERROR: number;
/** Linux SO_GET_FILTER, as Go's syscall.SO_GET_FILTER. */
export declare const SO_GET_FILTER: number;
/** Linux SO_KEEPALIVE, as Go's syscall.SO_KEEPALIVE. */
export declare const SO_KEEPALIVE: number;
/** Linux SO_LINGER, as Go's syscall.SO_LINGER. */
export declare const SO_LINGER: number;
/** Linux SO_LOCK_FILTER, as Go's syscall.SO_LOCK_FILTER. */
export declare const SO_LOCK_FILTER: number;
/** Linux SO_MARK, as Go's syscall.SO_MARK. */
export declare const SO_MARK: number;
/** Linux SO_MAX_PACING_RATE, as Go's syscall.SO_MAX_PACING_RATE. */
export declare const SO_MAX_PACING_RATE: number;
/** Linux SO_NOFCS, as Go's syscall.SO_NOFCS. */
export declare const SO_NOFCS: number;
/** Linux SO_NO_CHECK, as Go's syscall.SO_NO_CHECK. */
export declare const SO_NO_CHECK: number;
/** Linux SO_OOBINLINE, as Go's syscall.SO_OOBINLINE. */
export declare const SO_OOBINLINE: number;
/** Linux SO_PASSCRED, as Go's syscall.SO_PASSCRED. */
export declare const SO_PASSCRED: number;
/** Linux SO_PASSSEC, as Go's syscall.SO_PASSSEC. */
export declare const SO_PASSSEC: number;
/** Linux SO_PEEK_OFF, as Go's syscall.SO_PEEK_OFF. */
export declare const SO_PEEK_OFF: number;
/** Linux SO_PEERCRED, as Go's syscall.SO_PEERCRED. */
export declare const SO_PEERCRED: number;
/** Linux SO_PEERNAME, as Go's syscall.SO_PEERNAME. */
export declare const SO_PEERNAME: number;
/** Linux SO_PEERSEC, as Go's syscall.SO_PEERSEC. */
export declare const SO_PEERSEC: number;
/** Linux SO_PRIORITY, as Go's syscall.SO_PRIORITY. */
export declare const SO_PRIORITY: number;
/** Linux SO_PROTOCOL, as Go's syscall.SO_PROTOCOL. */
export declare const SO_PROTOCOL: number;
/** Linux SO_RCVBUF, as Go's syscall.SO_RCVBUF. */
export declare const SO_RCVBUF: number;
/** Linux SO_RCVBUFFORCE, as Go's syscall.SO_RCVBUFFORCE. */
export declare const SO_RCVBUFFORCE: number;
/** Linux SO_RCVLOWAT, as Go's syscall.SO_RCVLOWAT. */
export declare const SO_RCVLOWAT: number;
/** Linux SO_RCVTIMEO, as Go's syscall.SO_RCVTIMEO. */
export declare const SO_RCVTIMEO: number;
/** Linux SO_REUSEADDR, as Go's syscall.SO_REUSEADDR. */
export declare const SO_REUSEADDR: number;
/** Linux SO_REUSEPORT, as Go's syscall.SO_REUSEPORT. */
export declare const SO_REUSEPORT: number;
/** Linux SO_RXQ_OVFL, as Go's syscall.SO_RXQ_OVFL. */
export declare const SO_RXQ_OVFL: number;
/** Linux SO_SECURITY_AUTHENTICATION, as Go's syscall.SO_SECURITY_AUTHENTICATION. */
export declare const SO_SECURITY_AUTHENTICATION: number;
/** Linux SO_SECURITY_ENCRYPTION_NETWORK, as Go's syscall.SO_SECURITY_ENCRYPTION_NETWORK. */
export declare const SO_SECURITY_ENCRYPTION_NETWORK: number;
/** Linux SO_SECURITY_ENCRYPTION_TRANSPORT, as Go's syscall.SO_SECURITY_ENCRYPTION_TRANSPORT. */
export declare const SO_SECURITY_ENCRYPTION_TRANSPORT: number;
/** Linux SO_SELECT_ERR_QUEUE, as Go's syscall.SO_SELECT_ERR_QUEUE. */
export declare const SO_SELECT_ERR_QUEUE: number;
/** Linux SO_SNDBUF, as Go's syscall.SO_SNDBUF. */
export declare const SO_SNDBUF: number;
/** Linux SO_SNDBUFFORCE, as Go's syscall.SO_SNDBUFFORCE. */
export declare const SO_SNDBUFFORCE: number;
/** Linux SO_SNDLOWAT, as Go's syscall.SO_SNDLOWAT. */
export declare const SO_SNDLOWAT: number;
/** Linux SO_SNDTIMEO, as Go's syscall.SO_SNDTIMEO. */
export declare const SO_SNDTIMEO: number;
/** Linux SO_TIMESTAMP, as Go's syscall.SO_TIMESTAMP. */
export declare const SO_TIMESTAMP: number;
/** Linux SO_TIMESTAMPING, as Go's syscall.SO_TIMESTAMPING. */
export declare const SO_TIMESTAMPING: number;
/** Linux SO_TIMESTAMPNS, as Go's syscall.SO_TIMESTAMPNS. */
export declare const SO_TIMESTAMPNS: number;
/** Linux SO_TYPE, as Go's syscall.SO_TYPE. */
export declare const SO_TYPE: number;
/** Linux SO_WIFI_STATUS, as Go's syscall.SO_WIFI_STATUS. */
export declare const SO_WIFI_STATUS: number;
/** Linux SYS_ACCEPT, as Go's syscall.SYS_ACCEPT. */
export declare const SYS_ACCEPT: number;
/** Linux SYS_ACCEPT4, as Go's syscall.SYS_ACCEPT4. */
export declare const SYS_ACCEPT4: number;
/** Linux SYS_ACCESS, as Go's syscall.SYS_ACCESS (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_ACCESS: number;
/** Linux SYS_ACCT, as Go's syscall.SYS_ACCT. */
export declare const SYS_ACCT: number;
/** Linux SYS_ADD_KEY, as Go's syscall.SYS_ADD_KEY. */
export declare const SYS_ADD_KEY: number;
/** Linux SYS_ADJTIMEX, as Go's syscall.SYS_ADJTIMEX. */
export declare const SYS_ADJTIMEX: number;
/** Linux SYS_AFS_SYSCALL, as Go's syscall.SYS_AFS_SYSCALL (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_AFS_SYSCALL: number;
/** Linux SYS_ALARM, as Go's syscall.SYS_ALARM (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_ALARM: number;
/** Linux SYS_ARCH_PRCTL, as Go's syscall.SYS_ARCH_PRCTL (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_ARCH_PRCTL: number;
/** Linux SYS_ARCH_SPECIFIC_SYSCALL, as Go's syscall.SYS_ARCH_SPECIFIC_SYSCALL (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_ARCH_SPECIFIC_SYSCALL: number;
/** Linux SYS_BIND, as Go's syscall.SYS_BIND. */
export declare const SYS_BIND: number;
/** Linux SYS_BPF, as Go's syscall.SYS_BPF. */
export declare const SYS_BPF: number;
/** Linux SYS_BRK, as Go's syscall.SYS_BRK. */
export declare const SYS_BRK: number;
/** Linux SYS_CAPGET, as Go's syscall.SYS_CAPGET. */
export declare const SYS_CAPGET: number;
/** Linux SYS_CAPSET, as Go's syscall.SYS_CAPSET. */
export declare const SYS_CAPSET: number;
/** Linux SYS_CHDIR, as Go's syscall.SYS_CHDIR. */
export declare const SYS_CHDIR: number;
/** Linux SYS_CHMOD, as Go's syscall.SYS_CHMOD (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_CHMOD: number;
/** Linux SYS_CHOWN, as Go's syscall.SYS_CHOWN (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_CHOWN: number;
/** Linux SYS_CHROOT, as Go's syscall.SYS_CHROOT. */
export declare const SYS_CHROOT: number;
/** Linux SYS_CLOCK_ADJTIME, as Go's syscall.SYS_CLOCK_ADJTIME. */
export declare const SYS_CLOCK_ADJTIME: number;
/** Linux SYS_CLOCK_GETRES, as Go's syscall.SYS_CLOCK_GETRES. */
export declare const SYS_CLOCK_GETRES: number;
/** Linux SYS_CLOCK_GETTIME, as Go's syscall.SYS_CLOCK_GETTIME. */
export declare const SYS_CLOCK_GETTIME: number;
/** Linux SYS_CLOCK_NANOSLEEP, as Go's syscall.SYS_CLOCK_NANOSLEEP. */
export declare const SYS_CLOCK_NANOSLEEP: number;
/** Linux SYS_CLOCK_SETTIME, as Go's syscall.SYS_CLOCK_SETTIME. */
export declare const SYS_CLOCK_SETTIME: number;
/** Linux SYS_CLONE, as Go's syscall.SYS_CLONE. */
export declare const SYS_CLONE: number;
/** Linux SYS_CLOSE, as Go's syscall.SYS_CLOSE. */
export declare const SYS_CLOSE: number;
/** Linux SYS_CONNECT, as Go's syscall.SYS_CONNECT. */
export declare const SYS_CONNECT: number;
/** Linux SYS_CREAT, as Go's syscall.SYS_CREAT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_CREAT: number;
/** Linux SYS_CREATE_MODULE, as Go's syscall.SYS_CREATE_MODULE (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_CREATE_MODULE: number;
/** Linux SYS_DELETE_MODULE, as Go's syscall.SYS_DELETE_MODULE. */
export declare const SYS_DELETE_MODULE: number;
/** Linux SYS_DUP, as Go's syscall.SYS_DUP. */
export declare const SYS_DUP: number;
/** Linux SYS_DUP2, as Go's syscall.SYS_DUP2 (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_DUP2: number;
/** Linux SYS_DUP3, as Go's syscall.SYS_DUP3. */
export declare const SYS_DUP3: number;
/** Linux SYS_EPOLL_CREATE, as Go's syscall.SYS_EPOLL_CREATE (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_EPOLL_CREATE: number;
/** Linux SYS_EPOLL_CREATE1, as Go's syscall.SYS_EPOLL_CREATE1. */
export declare const SYS_EPOLL_CREATE1: number;
/** Linux SYS_EPOLL_CTL, as Go's syscall.SYS_EPOLL_CTL. */
export declare const SYS_EPOLL_CTL: number;
/** Linux SYS_EPOLL_CTL_OLD, as Go's syscall.SYS_EPOLL_CTL_OLD (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_EPOLL_CTL_OLD: number;
/** Linux SYS_EPOLL_PWAIT, as Go's syscall.SYS_EPOLL_PWAIT. */
export declare const SYS_EPOLL_PWAIT: number;
/** Linux SYS_EPOLL_WAIT, as Go's syscall.SYS_EPOLL_WAIT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_EPOLL_WAIT: number;
/** Linux SYS_EPOLL_WAIT_OLD, as Go's syscall.SYS_EPOLL_WAIT_OLD (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_EPOLL_WAIT_OLD: number;
/** Linux SYS_EVENTFD, as Go's syscall.SYS_EVENTFD (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_EVENTFD: number;
/** Linux SYS_EVENTFD2, as Go's syscall.SYS_EVENTFD2. */
export declare const SYS_EVENTFD2: number;
/** Linux SYS_EXECVE, as Go's syscall.SYS_EXECVE. */
export declare const SYS_EXECVE: number;
/** Linux SYS_EXECVEAT, as Go's syscall.SYS_EXECVEAT. */
export declare const SYS_EXECVEAT: number;
/** Linux SYS_EXIT, as Go's syscall.SYS_EXIT. */
export declare const SYS_EXIT: number;
/** Linux SYS_EXIT_GROUP, as Go's syscall.SYS_EXIT_GROUP. */
export declare const SYS_EXIT_GROUP: number;
/** Linux SYS_FACCESSAT, as Go's syscall.SYS_FACCESSAT. */
export declare const SYS_FACCESSAT: number;
/** Linux SYS_FADVISE64, as Go's syscall.SYS_FADVISE64. */
export declare const SYS_FADVISE64: number;
/** Linux SYS_FALLOCATE, as Go's syscall.SYS_FALLOCATE. */
export declare const SYS_FALLOCATE: number;
/** Linux SYS_FANOTIFY_INIT, as Go's syscall.SYS_FANOTIFY_INIT. */
export declare const SYS_FANOTIFY_INIT: number;
/** Linux SYS_FANOTIFY_MARK, as Go's syscall.SYS_FANOTIFY_MARK. */
export declare const SYS_FANOTIFY_MARK: number;
/** Linux SYS_FCHDIR, as Go's syscall.SYS_FCHDIR. */
export declare const SYS_FCHDIR: number;
/** Linux SYS_FCHMOD, as Go's syscall.SYS_FCHMOD. */
export declare const SYS_FCHMOD: number;
/** Linux SYS_FCHMODAT, as Go's syscall.SYS_FCHMODAT. */
export declare const SYS_FCHMODAT: number;
/** Linux SYS_FCHOWN, as Go's syscall.SYS_FCHOWN. */
export declare const SYS_FCHOWN: number;
/** Linux SYS_FCHOWNAT, as Go's syscall.SYS_FCHOWNAT. */
export declare const SYS_FCHOWNAT: number;
/** Linux SYS_FCNTL, as Go's syscall.SYS_FCNTL. */
export declare const SYS_FCNTL: number;
/** Linux SYS_FDATASYNC, as Go's syscall.SYS_FDATASYNC. */
export declare const SYS_FDATASYNC: number;
/** Linux SYS_FGETXATTR, as Go's syscall.SYS_FGETXATTR. */
export declare const SYS_FGETXATTR: number;
/** Linux SYS_FINIT_MODULE, as Go's syscall.SYS_FINIT_MODULE. */
export declare const SYS_FINIT_MODULE: number;
/** Linux SYS_FLISTXATTR, as Go's syscall.SYS_FLISTXATTR. */
export declare const SYS_FLISTXATTR: number;
/** Linux SYS_FLOCK, as Go's syscall.SYS_FLOCK. */
export declare const SYS_FLOCK: number;
/** Linux SYS_FORK, as Go's syscall.SYS_FORK (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_FORK: number;
/** Linux SYS_FREMOVEXATTR, as Go's syscall.SYS_FREMOVEXATTR. */
export declare const SYS_FREMOVEXATTR: number;
/** Linux SYS_FSETXATTR, as Go's syscall.SYS_FSETXATTR. */
export declare const SYS_FSETXATTR: number;
/** Linux SYS_FSTAT, as Go's syscall.SYS_FSTAT. */
export declare const SYS_FSTAT: number;
/** Linux SYS_FSTATAT, as Go's syscall.SYS_FSTATAT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_FSTATAT: number;
/** Linux SYS_FSTATFS, as Go's syscall.SYS_FSTATFS. */
export declare const SYS_FSTATFS: number;
/** Linux SYS_FSYNC, as Go's syscall.SYS_FSYNC. */
export declare const SYS_FSYNC: number;
/** Linux SYS_FTRUNCATE, as Go's syscall.SYS_FTRUNCATE. */
export declare const SYS_FTRUNCATE: number;
/** Linux SYS_FUTEX, as Go's syscall.SYS_FUTEX. */
export declare const SYS_FUTEX: number;
/** Linux SYS_FUTIMESAT, as Go's syscall.SYS_FUTIMESAT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_FUTIMESAT: number;
/** Linux SYS_GETCPU, as Go's syscall.SYS_GETCPU. */
export declare const SYS_GETCPU: number;
/** Linux SYS_GETCWD, as Go's syscall.SYS_GETCWD. */
export declare const SYS_GETCWD: number;
/** Linux SYS_GETDENTS, as Go's syscall.SYS_GETDENTS (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_GETDENTS: number;
/** Linux SYS_GETDENTS64, as Go's syscall.SYS_GETDENTS64. */
export declare const SYS_GETDENTS64: number;
/** Linux SYS_GETEGID, as Go's syscall.SYS_GETEGID. */
export declare const SYS_GETEGID: number;
/** Linux SYS_GETEUID, as Go's syscall.SYS_GETEUID. */
export declare const SYS_GETEUID: number;
/** Linux SYS_GETGID, as Go's syscall.SYS_GETGID. */
export declare const SYS_GETGID: number;
/** Linux SYS_GETGROUPS, as Go's syscall.SYS_GETGROUPS. */
export declare const SYS_GETGROUPS: number;
/** Linux SYS_GETITIMER, as Go's syscall.SYS_GETITIMER. */
export declare const SYS_GETITIMER: number;
/** Linux SYS_GETPEERNAME, as Go's syscall.SYS_GETPEERNAME. */
export declare const SYS_GETPEERNAME: number;
/** Linux SYS_GETPGID, as Go's syscall.SYS_GETPGID. */
export declare const SYS_GETPGID: number;
/** Linux SYS_GETPGRP, as Go's syscall.SYS_GETPGRP (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_GETPGRP: number;
/** Linux SYS_GETPID, as Go's syscall.SYS_GETPID. */
export declare const SYS_GETPID: number;
/** Linux SYS_GETPMSG, as Go's syscall.SYS_GETPMSG (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_GETPMSG: number;
/** Linux SYS_GETPPID, as Go's syscall.SYS_GETPPID. */
export declare const SYS_GETPPID: number;
/** Linux SYS_GETPRIORITY, as Go's syscall.SYS_GETPRIORITY. */
export declare const SYS_GETPRIORITY: number;
/** Linux SYS_GETRANDOM, as Go's syscall.SYS_GETRANDOM. */
export declare const SYS_GETRANDOM: number;
/** Linux SYS_GETRESGID, as Go's syscall.SYS_GETRESGID. */
export declare const SYS_GETRESGID: number;
/** Linux SYS_GETRESUID, as Go's syscall.SYS_GETRESUID. */
export declare const SYS_GETRESUID: number;
/** Linux SYS_GETRLIMIT, as Go's syscall.SYS_GETRLIMIT. */
export declare const SYS_GETRLIMIT: number;
/** Linux SYS_GETRUSAGE, as Go's syscall.SYS_GETRUSAGE. */
export declare const SYS_GETRUSAGE: number;
/** Linux SYS_GETSID, as Go's syscall.SYS_GETSID. */
export declare const SYS_GETSID: number;
/** Linux SYS_GETSOCKNAME, as Go's syscall.SYS_GETSOCKNAME. */
export declare const SYS_GETSOCKNAME: number;
/** Linux SYS_GETSOCKOPT, as Go's syscall.SYS_GETSOCKOPT. */
export declare const SYS_GETSOCKOPT: number;
/** Linux SYS_GETTID, as Go's syscall.SYS_GETTID. */
export declare const SYS_GETTID: number;
/** Linux SYS_GETTIMEOFDAY, as Go's syscall.SYS_GETTIMEOFDAY. */
export declare const SYS_GETTIMEOFDAY: number;
/** Linux SYS_GETUID, as Go's syscall.SYS_GETUID. */
export declare const SYS_GETUID: number;
/** Linux SYS_GETXATTR, as Go's syscall.SYS_GETXATTR. */
export declare const SYS_GETXATTR: number;
/** Linux SYS_GET_KERNEL_SYMS, as Go's syscall.SYS_GET_KERNEL_SYMS (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_GET_KERNEL_SYMS: number;
/** Linux SYS_GET_MEMPOLICY, as Go's syscall.SYS_GET_MEMPOLICY. */
export declare const SYS_GET_MEMPOLICY: number;
/** Linux SYS_GET_ROBUST_LIST, as Go's syscall.SYS_GET_ROBUST_LIST. */
export declare const SYS_GET_ROBUST_LIST: number;
/** Linux SYS_GET_THREAD_AREA, as Go's syscall.SYS_GET_THREAD_AREA (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_GET_THREAD_AREA: number;
/** Linux SYS_INIT_MODULE, as Go's syscall.SYS_INIT_MODULE. */
export declare const SYS_INIT_MODULE: number;
/** Linux SYS_INOTIFY_ADD_WATCH, as Go's syscall.SYS_INOTIFY_ADD_WATCH. */
export declare const SYS_INOTIFY_ADD_WATCH: number;
/** Linux SYS_INOTIFY_INIT, as Go's syscall.SYS_INOTIFY_INIT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_INOTIFY_INIT: number;
/** Linux SYS_INOTIFY_INIT1, as Go's syscall.SYS_INOTIFY_INIT1. */
export declare const SYS_INOTIFY_INIT1: number;
/** Linux SYS_INOTIFY_RM_WATCH, as Go's syscall.SYS_INOTIFY_RM_WATCH. */
export declare const SYS_INOTIFY_RM_WATCH: number;
/** Linux SYS_IOCTL, as Go's syscall.SYS_IOCTL. */
export declare const SYS_IOCTL: number;
/** Linux SYS_IOPERM, as Go's syscall.SYS_IOPERM (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_IOPERM: number;
/** Linux SYS_IOPL, as Go's syscall.SYS_IOPL (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_IOPL: number;
/** Linux SYS_IOPRIO_GET, as Go's syscall.SYS_IOPRIO_GET. */
export declare const SYS_IOPRIO_GET: number;
/** Linux SYS_IOPRIO_SET, as Go's syscall.SYS_IOPRIO_SET. */
export declare const SYS_IOPRIO_SET: number;
/** Linux SYS_IO_CANCEL, as Go's syscall.SYS_IO_CANCEL. */
export declare const SYS_IO_CANCEL: number;
/** Linux SYS_IO_DESTROY, as Go's syscall.SYS_IO_DESTROY. */
export declare const SYS_IO_DESTROY: number;
/** Linux SYS_IO_GETEVENTS, as Go's syscall.SYS_IO_GETEVENTS. */
export declare const SYS_IO_GETEVENTS: number;
/** Linux SYS_IO_SETUP, as Go's syscall.SYS_IO_SETUP. */
export declare const SYS_IO_SETUP: number;
/** Linux SYS_IO_SUBMIT, as Go's syscall.SYS_IO_SUBMIT. */
export declare const SYS_IO_SUBMIT: number;
/** Linux SYS_KCMP, as Go's syscall.SYS_KCMP. */
export declare const SYS_KCMP: number;
/** Linux SYS_KEXEC_LOAD, as Go's syscall.SYS_KEXEC_LOAD. */
export declare const SYS_KEXEC_LOAD: number;
/** Linux SYS_KEYCTL, as Go's syscall.SYS_KEYCTL. */
export declare const SYS_KEYCTL: number;
/** Linux SYS_KILL, as Go's syscall.SYS_KILL. */
export declare const SYS_KILL: number;
/** Linux SYS_LCHOWN, as Go's syscall.SYS_LCHOWN (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_LCHOWN: number;
/** Linux SYS_LGETXATTR, as Go's syscall.SYS_LGETXATTR. */
export declare const SYS_LGETXATTR: number;
/** Linux SYS_LINK, as Go's syscall.SYS_LINK (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_LINK: number;
/** Linux SYS_LINKAT, as Go's syscall.SYS_LINKAT. */
export declare const SYS_LINKAT: number;
/** Linux SYS_LISTEN, as Go's syscall.SYS_LISTEN. */
export declare const SYS_LISTEN: number;
/** Linux SYS_LISTXATTR, as Go's syscall.SYS_LISTXATTR. */
export declare const SYS_LISTXATTR: number;
/** Linux SYS_LLISTXATTR, as Go's syscall.SYS_LLISTXATTR. */
export declare const SYS_LLISTXATTR: number;
/** Linux SYS_LOOKUP_DCOOKIE, as Go's syscall.SYS_LOOKUP_DCOOKIE. */
export declare const SYS_LOOKUP_DCOOKIE: number;
/** Linux SYS_LREMOVEXATTR, as Go's syscall.SYS_LREMOVEXATTR. */
export declare const SYS_LREMOVEXATTR: number;
/** Linux SYS_LSEEK, as Go's syscall.SYS_LSEEK. */
export declare const SYS_LSEEK: number;
/** Linux SYS_LSETXATTR, as Go's syscall.SYS_LSETXATTR. */
export declare const SYS_LSETXATTR: number;
/** Linux SYS_LSTAT, as Go's syscall.SYS_LSTAT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_LSTAT: number;
/** Linux SYS_MADVISE, as Go's syscall.SYS_MADVISE. */
export declare const SYS_MADVISE: number;
/** Linux SYS_MBIND, as Go's syscall.SYS_MBIND. */
export declare const SYS_MBIND: number;
/** Linux SYS_MEMFD_CREATE, as Go's syscall.SYS_MEMFD_CREATE. */
export declare const SYS_MEMFD_CREATE: number;
/** Linux SYS_MIGRATE_PAGES, as Go's syscall.SYS_MIGRATE_PAGES. */
export declare const SYS_MIGRATE_PAGES: number;
/** Linux SYS_MINCORE, as Go's syscall.SYS_MINCORE. */
export declare const SYS_MINCORE: number;
/** Linux SYS_MKDIR, as Go's syscall.SYS_MKDIR (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_MKDIR: number;
/** Linux SYS_MKDIRAT, as Go's syscall.SYS_MKDIRAT. */
export declare const SYS_MKDIRAT: number;
/** Linux SYS_MKNOD, as Go's syscall.SYS_MKNOD (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_MKNOD: number;
/** Linux SYS_MKNODAT, as Go's syscall.SYS_MKNODAT. */
export declare const SYS_MKNODAT: number;
/** Linux SYS_MLOCK, as Go's syscall.SYS_MLOCK. */
export declare const SYS_MLOCK: number;
/** Linux SYS_MLOCKALL, as Go's syscall.SYS_MLOCKALL. */
export declare const SYS_MLOCKALL: number;
/** Linux SYS_MMAP, as Go's syscall.SYS_MMAP. */
export declare const SYS_MMAP: number;
/** Linux SYS_MODIFY_LDT, as Go's syscall.SYS_MODIFY_LDT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_MODIFY_LDT: number;
/** Linux SYS_MOUNT, as Go's syscall.SYS_MOUNT. */
export declare const SYS_MOUNT: number;
/** Linux SYS_MOVE_PAGES, as Go's syscall.SYS_MOVE_PAGES. */
export declare const SYS_MOVE_PAGES: number;
/** Linux SYS_MPROTECT, as Go's syscall.SYS_MPROTECT. */
export declare const SYS_MPROTECT: number;
/** Linux SYS_MQ_GETSETATTR, as Go's syscall.SYS_MQ_GETSETATTR. */
export declare const SYS_MQ_GETSETATTR: number;
/** Linux SYS_MQ_NOTIFY, as Go's syscall.SYS_MQ_NOTIFY. */
export declare const SYS_MQ_NOTIFY: number;
/** Linux SYS_MQ_OPEN, as Go's syscall.SYS_MQ_OPEN. */
export declare const SYS_MQ_OPEN: number;
/** Linux SYS_MQ_TIMEDRECEIVE, as Go's syscall.SYS_MQ_TIMEDRECEIVE. */
export declare const SYS_MQ_TIMEDRECEIVE: number;
/** Linux SYS_MQ_TIMEDSEND, as Go's syscall.SYS_MQ_TIMEDSEND. */
export declare const SYS_MQ_TIMEDSEND: number;
/** Linux SYS_MQ_UNLINK, as Go's syscall.SYS_MQ_UNLINK. */
export declare const SYS_MQ_UNLINK: number;
/** Linux SYS_MREMAP, as Go's syscall.SYS_MREMAP. */
export declare const SYS_MREMAP: number;
/** Linux SYS_MSGCTL, as Go's syscall.SYS_MSGCTL. */
export declare const SYS_MSGCTL: number;
/** Linux SYS_MSGGET, as Go's syscall.SYS_MSGGET. */
export declare const SYS_MSGGET: number;
/** Linux SYS_MSGRCV, as Go's syscall.SYS_MSGRCV. */
export declare const SYS_MSGRCV: number;
/** Linux SYS_MSGSND, as Go's syscall.SYS_MSGSND. */
export declare const SYS_MSGSND: number;
/** Linux SYS_MSYNC, as Go's syscall.SYS_MSYNC. */
export declare const SYS_MSYNC: number;
/** Linux SYS_MUNLOCK, as Go's syscall.SYS_MUNLOCK. */
export declare const SYS_MUNLOCK: number;
/** Linux SYS_MUNLOCKALL, as Go's syscall.SYS_MUNLOCKALL. */
export declare const SYS_MUNLOCKALL: number;
/** Linux SYS_MUNMAP, as Go's syscall.SYS_MUNMAP. */
export declare const SYS_MUNMAP: number;
/** Linux SYS_NAME_TO_HANDLE_AT, as Go's syscall.SYS_NAME_TO_HANDLE_AT. */
export declare const SYS_NAME_TO_HANDLE_AT: number;
/** Linux SYS_NANOSLEEP, as Go's syscall.SYS_NANOSLEEP. */
export declare const SYS_NANOSLEEP: number;
/** Linux SYS_NEWFSTATAT, as Go's syscall.SYS_NEWFSTATAT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_NEWFSTATAT: number;
/** Linux SYS_NFSSERVCTL, as Go's syscall.SYS_NFSSERVCTL. */
export declare const SYS_NFSSERVCTL: number;
/** Linux SYS_OPEN, as Go's syscall.SYS_OPEN (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_OPEN: number;
/** Linux SYS_OPENAT, as Go's syscall.SYS_OPENAT. */
export declare const SYS_OPENAT: number;
/** Linux SYS_OPEN_BY_HANDLE_AT, as Go's syscall.SYS_OPEN_BY_HANDLE_AT. */
export declare const SYS_OPEN_BY_HANDLE_AT: number;
/** Linux SYS_PAUSE, as Go's syscall.SYS_PAUSE (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_PAUSE: number;
/** Linux SYS_PERF_EVENT_OPEN, as Go's syscall.SYS_PERF_EVENT_OPEN. */
export declare const SYS_PERF_EVENT_OPEN: number;
/** Linux SYS_PERSONALITY, as Go's syscall.SYS_PERSONALITY. */
export declare const SYS_PERSONALITY: number;
/** Linux SYS_PIPE, as Go's syscall.SYS_PIPE (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_PIPE: number;
/** Linux SYS_PIPE2, as Go's syscall.SYS_PIPE2. */
export declare const SYS_PIPE2: number;
/** Linux SYS_PIVOT_ROOT, as Go's syscall.SYS_PIVOT_ROOT. */
export declare const SYS_PIVOT_ROOT: number;
/** Linux SYS_POLL, as Go's syscall.SYS_POLL (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_POLL: number;
/** Linux SYS_PPOLL, as Go's syscall.SYS_PPOLL. */
export declare const SYS_PPOLL: number;
/** Linux SYS_PRCTL, as Go's syscall.SYS_PRCTL. */
export declare const SYS_PRCTL: number;
/** Linux SYS_PREAD64, as Go's syscall.SYS_PREAD64. */
export declare const SYS_PREAD64: number;
/** Linux SYS_PREADV, as Go's syscall.SYS_PREADV. */
export declare const SYS_PREADV: number;
/** Linux SYS_PRLIMIT64, as Go's syscall.SYS_PRLIMIT64. */
export declare const SYS_PRLIMIT64: number;
/** Linux SYS_PROCESS_VM_READV, as Go's syscall.SYS_PROCESS_VM_READV. */
export declare const SYS_PROCESS_VM_READV: number;
/** Linux SYS_PROCESS_VM_WRITEV, as Go's syscall.SYS_PROCESS_VM_WRITEV. */
export declare const SYS_PROCESS_VM_WRITEV: number;
/** Linux SYS_PSELECT6, as Go's syscall.SYS_PSELECT6. */
export declare const SYS_PSELECT6: number;
/** Linux SYS_PTRACE, as Go's syscall.SYS_PTRACE. */
export declare const SYS_PTRACE: number;
/** Linux SYS_PUTPMSG, as Go's syscall.SYS_PUTPMSG (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_PUTPMSG: number;
/** Linux SYS_PWRITE64, as Go's syscall.SYS_PWRITE64. */
export declare const SYS_PWRITE64: number;
/** Linux SYS_PWRITEV, as Go's syscall.SYS_PWRITEV. */
export declare const SYS_PWRITEV: number;
/** Linux SYS_QUERY_MODULE, as Go's syscall.SYS_QUERY_MODULE (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_QUERY_MODULE: number;
/** Linux SYS_QUOTACTL, as Go's syscall.SYS_QUOTACTL. */
export declare const SYS_QUOTACTL: number;
/** Linux SYS_READ, as Go's syscall.SYS_READ. */
export declare const SYS_READ: number;
/** Linux SYS_READAHEAD, as Go's syscall.SYS_READAHEAD. */
export declare const SYS_READAHEAD: number;
/** Linux SYS_READLINK, as Go's syscall.SYS_READLINK (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_READLINK: number;
/** Linux SYS_READLINKAT, as Go's syscall.SYS_READLINKAT. */
export declare const SYS_READLINKAT: number;
/** Linux SYS_READV, as Go's syscall.SYS_READV. */
export declare const SYS_READV: number;
/** Linux SYS_REBOOT, as Go's syscall.SYS_REBOOT. */
export declare const SYS_REBOOT: number;
/** Linux SYS_RECVFROM, as Go's syscall.SYS_RECVFROM. */
export declare const SYS_RECVFROM: number;
/** Linux SYS_RECVMMSG, as Go's syscall.SYS_RECVMMSG. */
export declare const SYS_RECVMMSG: number;
/** Linux SYS_RECVMSG, as Go's syscall.SYS_RECVMSG. */
export declare const SYS_RECVMSG: number;
/** Linux SYS_REMAP_FILE_PAGES, as Go's syscall.SYS_REMAP_FILE_PAGES. */
export declare const SYS_REMAP_FILE_PAGES: number;
/** Linux SYS_REMOVEXATTR, as Go's syscall.SYS_REMOVEXATTR. */
export declare const SYS_REMOVEXATTR: number;
/** Linux SYS_RENAME, as Go's syscall.SYS_RENAME (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_RENAME: number;
/** Linux SYS_RENAMEAT, as Go's syscall.SYS_RENAMEAT. */
export declare const SYS_RENAMEAT: number;
/** Linux SYS_RENAMEAT2, as Go's syscall.SYS_RENAMEAT2. */
export declare const SYS_RENAMEAT2: number;
/** Linux SYS_REQUEST_KEY, as Go's syscall.SYS_REQUEST_KEY. */
export declare const SYS_REQUEST_KEY: number;
/** Linux SYS_RESTART_SYSCALL, as Go's syscall.SYS_RESTART_SYSCALL. */
export declare const SYS_RESTART_SYSCALL: number;
/** Linux SYS_RMDIR, as Go's syscall.SYS_RMDIR (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_RMDIR: number;
/** Linux SYS_RT_SIGACTION, as Go's syscall.SYS_RT_SIGACTION. */
export declare const SYS_RT_SIGACTION: number;
/** Linux SYS_RT_SIGPENDING, as Go's syscall.SYS_RT_SIGPENDING. */
export declare const SYS_RT_SIGPENDING: number;
/** Linux SYS_RT_SIGPROCMASK, as Go's syscall.SYS_RT_SIGPROCMASK. */
export declare const SYS_RT_SIGPROCMASK: number;
/** Linux SYS_RT_SIGQUEUEINFO, as Go's syscall.SYS_RT_SIGQUEUEINFO. */
export declare const SYS_RT_SIGQUEUEINFO: number;
/** Linux SYS_RT_SIGRETURN, as Go's syscall.SYS_RT_SIGRETURN. */
export declare const SYS_RT_SIGRETURN: number;
/** Linux SYS_RT_SIGSUSPEND, as Go's syscall.SYS_RT_SIGSUSPEND. */
export declare const SYS_RT_SIGSUSPEND: number;
/** Linux SYS_RT_SIGTIMEDWAIT, as Go's syscall.SYS_RT_SIGTIMEDWAIT. */
export declare const SYS_RT_SIGTIMEDWAIT: number;
/** Linux SYS_RT_TGSIGQUEUEINFO, as Go's syscall.SYS_RT_TGSIGQUEUEINFO. */
export declare const SYS_RT_TGSIGQUEUEINFO: number;
/** Linux SYS_SCHED_GETAFFINITY, as Go's syscall.SYS_SCHED_GETAFFINITY. */
export declare const SYS_SCHED_GETAFFINITY: number;
/** Linux SYS_SCHED_GETATTR, as Go's syscall.SYS_SCHED_GETATTR. */
export declare const SYS_SCHED_GETATTR: number;
/** Linux SYS_SCHED_GETPARAM, as Go's syscall.SYS_SCHED_GETPARAM. */
export declare const SYS_SCHED_GETPARAM: number;
/** Linux SYS_SCHED_GETSCHEDULER, as Go's syscall.SYS_SCHED_GETSCHEDULER. */
export declare const SYS_SCHED_GETSCHEDULER: number;
/** Linux SYS_SCHED_GET_PRIORITY_MAX, as Go's syscall.SYS_SCHED_GET_PRIORITY_MAX. */
export declare const SYS_SCHED_GET_PRIORITY_MAX: number;
/** Linux SYS_SCHED_GET_PRIORITY_MIN, as Go's syscall.SYS_SCHED_GET_PRIORITY_MIN. */
export declare const SYS_SCHED_GET_PRIORITY_MIN: number;
/** Linux SYS_SCHED_RR_GET_INTERVAL, as Go's syscall.SYS_SCHED_RR_GET_INTERVAL. */
export declare const SYS_SCHED_RR_GET_INTERVAL: number;
/** Linux SYS_SCHED_SETAFFINITY, as Go's syscall.SYS_SCHED_SETAFFINITY. */
export declare const SYS_SCHED_SETAFFINITY: number;
/** Linux SYS_SCHED_SETATTR, as Go's syscall.SYS_SCHED_SETATTR. */
export declare const SYS_SCHED_SETATTR: number;
/** Linux SYS_SCHED_SETPARAM, as Go's syscall.SYS_SCHED_SETPARAM. */
export declare const SYS_SCHED_SETPARAM: number;
/** Linux SYS_SCHED_SETSCHEDULER, as Go's syscall.SYS_SCHED_SETSCHEDULER. */
export declare const SYS_SCHED_SETSCHEDULER: number;
/** Linux SYS_SCHED_YIELD, as Go's syscall.SYS_SCHED_YIELD. */
export declare const SYS_SCHED_YIELD: number;
/** Linux SYS_SECCOMP, as Go's syscall.SYS_SECCOMP. */
export declare const SYS_SECCOMP: number;
/** Linux SYS_SECURITY, as Go's syscall.SYS_SECURITY (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_SECURITY: number;
/** Linux SYS_SELECT, as Go's syscall.SYS_SELECT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_SELECT: number;
/** Linux SYS_SEMCTL, as Go's syscall.SYS_SEMCTL. */
export declare const SYS_SEMCTL: number;
/** Linux SYS_SEMGET, as Go's syscall.SYS_SEMGET. */
export declare const SYS_SEMGET: number;
/** Linux SYS_SEMOP, as Go's syscall.SYS_SEMOP. */
export declare const SYS_SEMOP: number;
/** Linux SYS_SEMTIMEDOP, as Go's syscall.SYS_SEMTIMEDOP. */
export declare const SYS_SEMTIMEDOP: number;
/** Linux SYS_SENDFILE, as Go's syscall.SYS_SENDFILE. */
export declare const SYS_SENDFILE: number;
/** Linux SYS_SENDMMSG, as Go's syscall.SYS_SENDMMSG. */
export declare const SYS_SENDMMSG: number;
/** Linux SYS_SENDMSG, as Go's syscall.SYS_SENDMSG. */
export declare const SYS_SENDMSG: number;
/** Linux SYS_SENDTO, as Go's syscall.SYS_SENDTO. */
export declare const SYS_SENDTO: number;
/** Linux SYS_SETDOMAINNAME, as Go's syscall.SYS_SETDOMAINNAME. */
export declare const SYS_SETDOMAINNAME: number;
/** Linux SYS_SETFSGID, as Go's syscall.SYS_SETFSGID. */
export declare const SYS_SETFSGID: number;
/** Linux SYS_SETFSUID, as Go's syscall.SYS_SETFSUID. */
export declare const SYS_SETFSUID: number;
/** Linux SYS_SETGID, as Go's syscall.SYS_SETGID. */
export declare const SYS_SETGID: number;
/** Linux SYS_SETGROUPS, as Go's syscall.SYS_SETGROUPS. */
export declare const SYS_SETGROUPS: number;
/** Linux SYS_SETHOSTNAME, as Go's syscall.SYS_SETHOSTNAME. */
export declare const SYS_SETHOSTNAME: number;
/** Linux SYS_SETITIMER, as Go's syscall.SYS_SETITIMER. */
export declare const SYS_SETITIMER: number;
/** Linux SYS_SETNS, as Go's syscall.SYS_SETNS. */
export declare const SYS_SETNS: number;
/** Linux SYS_SETPGID, as Go's syscall.SYS_SETPGID. */
export declare const SYS_SETPGID: number;
/** Linux SYS_SETPRIORITY, as Go's syscall.SYS_SETPRIORITY. */
export declare const SYS_SETPRIORITY: number;
/** Linux SYS_SETREGID, as Go's syscall.SYS_SETREGID. */
export declare const SYS_SETREGID: number;
/** Linux SYS_SETRESGID, as Go's syscall.SYS_SETRESGID. */
export declare const SYS_SETRESGID: number;
/** Linux SYS_SETRESUID, as Go's syscall.SYS_SETRESUID. */
export declare const SYS_SETRESUID: number;
/** Linux SYS_SETREUID, as Go's syscall.SYS_SETREUID. */
export declare const SYS_SETREUID: number;
/** Linux SYS_SETRLIMIT, as Go's syscall.SYS_SETRLIMIT. */
export declare const SYS_SETRLIMIT: number;
/** Linux SYS_SETSID, as Go's syscall.SYS_SETSID. */
export declare const SYS_SETSID: number;
/** Linux SYS_SETSOCKOPT, as Go's syscall.SYS_SETSOCKOPT. */
export declare const SYS_SETSOCKOPT: number;
/** Linux SYS_SETTIMEOFDAY, as Go's syscall.SYS_SETTIMEOFDAY. */
export declare const SYS_SETTIMEOFDAY: number;
/** Linux SYS_SETUID, as Go's syscall.SYS_SETUID. */
export declare const SYS_SETUID: number;
/** Linux SYS_SETXATTR, as Go's syscall.SYS_SETXATTR. */
export declare const SYS_SETXATTR: number;
/** Linux SYS_SET_MEMPOLICY, as Go's syscall.SYS_SET_MEMPOLICY. */
export declare const SYS_SET_MEMPOLICY: number;
/** Linux SYS_SET_ROBUST_LIST, as Go's syscall.SYS_SET_ROBUST_LIST. */
export declare const SYS_SET_ROBUST_LIST: number;
/** Linux SYS_SET_THREAD_AREA, as Go's syscall.SYS_SET_THREAD_AREA (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_SET_THREAD_AREA: number;
/** Linux SYS_SET_TID_ADDRESS, as Go's syscall.SYS_SET_TID_ADDRESS. */
export declare const SYS_SET_TID_ADDRESS: number;
/** Linux SYS_SHMAT, as Go's syscall.SYS_SHMAT. */
export declare const SYS_SHMAT: number;
/** Linux SYS_SHMCTL, as Go's syscall.SYS_SHMCTL. */
export declare const SYS_SHMCTL: number;
/** Linux SYS_SHMDT, as Go's syscall.SYS_SHMDT. */
export declare const SYS_SHMDT: number;
/** Linux SYS_SHMGET, as Go's syscall.SYS_SHMGET. */
export declare const SYS_SHMGET: number;
/** Linux SYS_SHUTDOWN, as Go's syscall.SYS_SHUTDOWN. */
export declare const SYS_SHUTDOWN: number;
/** Linux SYS_SIGALTSTACK, as Go's syscall.SYS_SIGALTSTACK. */
export declare const SYS_SIGALTSTACK: number;
/** Linux SYS_SIGNALFD, as Go's syscall.SYS_SIGNALFD (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_SIGNALFD: number;
/** Linux SYS_SIGNALFD4, as Go's syscall.SYS_SIGNALFD4. */
export declare const SYS_SIGNALFD4: number;
/** Linux SYS_SOCKET, as Go's syscall.SYS_SOCKET. */
export declare const SYS_SOCKET: number;
/** Linux SYS_SOCKETPAIR, as Go's syscall.SYS_SOCKETPAIR. */
export declare const SYS_SOCKETPAIR: number;
/** Linux SYS_SPLICE, as Go's syscall.SYS_SPLICE. */
export declare const SYS_SPLICE: number;
/** Linux SYS_STAT, as Go's syscall.SYS_STAT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_STAT: number;
/** Linux SYS_STATFS, as Go's syscall.SYS_STATFS. */
export declare const SYS_STATFS: number;
/** Linux SYS_SWAPOFF, as Go's syscall.SYS_SWAPOFF. */
export declare const SYS_SWAPOFF: number;
/** Linux SYS_SWAPON, as Go's syscall.SYS_SWAPON. */
export declare const SYS_SWAPON: number;
/** Linux SYS_SYMLINK, as Go's syscall.SYS_SYMLINK (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_SYMLINK: number;
/** Linux SYS_SYMLINKAT, as Go's syscall.SYS_SYMLINKAT. */
export declare const SYS_SYMLINKAT: number;
/** Linux SYS_SYNC, as Go's syscall.SYS_SYNC. */
export declare const SYS_SYNC: number;
/** Linux SYS_SYNCFS, as Go's syscall.SYS_SYNCFS. */
export declare const SYS_SYNCFS: number;
/** Linux SYS_SYNC_FILE_RANGE, as Go's syscall.SYS_SYNC_FILE_RANGE. */
export declare const SYS_SYNC_FILE_RANGE: number;
/** Linux SYS_SYNC_FILE_RANGE2, as Go's syscall.SYS_SYNC_FILE_RANGE2 (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_SYNC_FILE_RANGE2: number;
/** Linux SYS_SYSFS, as Go's syscall.SYS_SYSFS (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_SYSFS: number;
/** Linux SYS_SYSINFO, as Go's syscall.SYS_SYSINFO. */
export declare const SYS_SYSINFO: number;
/** Linux SYS_SYSLOG, as Go's syscall.SYS_SYSLOG. */
export declare const SYS_SYSLOG: number;
/** Linux SYS_TEE, as Go's syscall.SYS_TEE. */
export declare const SYS_TEE: number;
/** Linux SYS_TGKILL, as Go's syscall.SYS_TGKILL. */
export declare const SYS_TGKILL: number;
/** Linux SYS_TIME, as Go's syscall.SYS_TIME (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_TIME: number;
/** Linux SYS_TIMERFD_CREATE, as Go's syscall.SYS_TIMERFD_CREATE. */
export declare const SYS_TIMERFD_CREATE: number;
/** Linux SYS_TIMERFD_GETTIME, as Go's syscall.SYS_TIMERFD_GETTIME. */
export declare const SYS_TIMERFD_GETTIME: number;
/** Linux SYS_TIMERFD_SETTIME, as Go's syscall.SYS_TIMERFD_SETTIME. */
export declare const SYS_TIMERFD_SETTIME: number;
/** Linux SYS_TIMER_CREATE, as Go's syscall.SYS_TIMER_CREATE. */
export declare const SYS_TIMER_CREATE: number;
/** Linux SYS_TIMER_DELETE, as Go's syscall.SYS_TIMER_DELETE. */
export declare const SYS_TIMER_DELETE: number;
/** Linux SYS_TIMER_GETOVERRUN, as Go's syscall.SYS_TIMER_GETOVERRUN. */
export declare const SYS_TIMER_GETOVERRUN: number;
/** Linux SYS_TIMER_GETTIME, as Go's syscall.SYS_TIMER_GETTIME. */
export declare const SYS_TIMER_GETTIME: number;
/** Linux SYS_TIMER_SETTIME, as Go's syscall.SYS_TIMER_SETTIME. */
export declare const SYS_TIMER_SETTIME: number;
/** Linux SYS_TIMES, as Go's syscall.SYS_TIMES. */
export declare const SYS_TIMES: number;
/** Linux SYS_TKILL, as Go's syscall.SYS_TKILL. */
export declare const SYS_TKILL: number;
/** Linux SYS_TRUNCATE, as Go's syscall.SYS_TRUNCATE. */
export declare const SYS_TRUNCATE: number;
/** Linux SYS_TUXCALL, as Go's syscall.SYS_TUXCALL (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_TUXCALL: number;
/** Linux SYS_UMASK, as Go's syscall.SYS_UMASK. */
export declare const SYS_UMASK: number;
/** Linux SYS_UMOUNT2, as Go's syscall.SYS_UMOUNT2. */
export declare const SYS_UMOUNT2: number;
/** Linux SYS_UNAME, as Go's syscall.SYS_UNAME. */
export declare const SYS_UNAME: number;
/** Linux SYS_UNLINK, as Go's syscall.SYS_UNLINK (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_UNLINK: number;
/** Linux SYS_UNLINKAT, as Go's syscall.SYS_UNLINKAT. */
export declare const SYS_UNLINKAT: number;
/** Linux SYS_UNSHARE, as Go's syscall.SYS_UNSHARE. */
export declare const SYS_UNSHARE: number;
/** Linux SYS_USELIB, as Go's syscall.SYS_USELIB (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_USELIB: number;
/** Linux SYS_USTAT, as Go's syscall.SYS_USTAT (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_USTAT: number;
/** Linux SYS_UTIME, as Go's syscall.SYS_UTIME (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_UTIME: number;
/** Linux SYS_UTIMENSAT, as Go's syscall.SYS_UTIMENSAT. */
export declare const SYS_UTIMENSAT: number;
/** Linux SYS_UTIMES, as Go's syscall.SYS_UTIMES (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_UTIMES: number;
/** Linux SYS_VFORK, as Go's syscall.SYS_VFORK (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_VFORK: number;
/** Linux SYS_VHANGUP, as Go's syscall.SYS_VHANGUP. */
export declare const SYS_VHANGUP: number;
/** Linux SYS_VMSPLICE, as Go's syscall.SYS_VMSPLICE. */
export declare const SYS_VMSPLICE: number;
/** Linux SYS_VSERVER, as Go's syscall.SYS_VSERVER (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS_VSERVER: number;
/** Linux SYS_WAIT4, as Go's syscall.SYS_WAIT4. */
export declare const SYS_WAIT4: number;
/** Linux SYS_WAITID, as Go's syscall.SYS_WAITID. */
export declare const SYS_WAITID: number;
/** Linux SYS_WRITE, as Go's syscall.SYS_WRITE. */
export declare const SYS_WRITE: number;
/** Linux SYS_WRITEV, as Go's syscall.SYS_WRITEV. */
export declare const SYS_WRITEV: number;
/** Linux SYS__SYSCTL, as Go's syscall.SYS__SYSCTL (-1 where the architecture has no such call: Syscall returns ENOSYS). */
export declare const SYS__SYSCTL: number;
/** Linux S_BLKSIZE, as Go's syscall.S_BLKSIZE. */
export declare const S_BLKSIZE: number;
/** Linux S_IEXEC, as Go's syscall.S_IEXEC. */
export declare const S_IEXEC: number;
/** Linux S_IFBLK, as Go's syscall.S_IFBLK. */
export declare const S_IFBLK: number;
/** Linux S_IFCHR, as Go's syscall.S_IFCHR. */
export declare const S_IFCHR: number;
/** Linux S_IFDIR, as Go's syscall.S_IFDIR. */
export declare const S_IFDIR: number;
/** Linux S_IFIFO, as Go's syscall.S_IFIFO. */
export declare const S_IFIFO: number;
/** Linux S_IFLNK, as Go's syscall.S_IFLNK. */
export declare const S_IFLNK: number;
/** Linux S_IFMT, as Go's syscall.S_IFMT. */
export declare const S_IFMT: number;
/** Linux S_IFREG, as Go's syscall.S_IFREG. */
export declare const S_IFREG: number;
/** Linux S_IFSOCK, as Go's syscall.S_IFSOCK. */
export declare const S_IFSOCK: number;
/** Linux S_IREAD, as Go's syscall.S_IREAD. */
export declare const S_IREAD: number;
/** Linux S_IRGRP, as Go's syscall.S_IRGRP. */
export declare const S_IRGRP: number;
/** Linux S_IROTH, as Go's syscall.S_IROTH. */
export declare const S_IROTH: number;
/** Linux S_IRUSR, as Go's syscall.S_IRUSR. */
export declare const S_IRUSR: number;
/** Linux S_IRWXG, as Go's syscall.S_IRWXG. */
export declare const S_IRWXG: number;
/** Linux S_IRWXO, as Go's syscall.S_IRWXO. */
export declare const S_IRWXO: number;
/** Linux S_IRWXU, as Go's syscall.S_IRWXU. */
export declare const S_IRWXU: number;
/** Linux S_ISGID, as Go's syscall.S_ISGID. */
export declare const S_ISGID: number;
/** Linux S_ISUID, as Go's syscall.S_ISUID. */
export declare const S_ISUID: number;
/** Linux S_ISVTX, as Go's syscall.S_ISVTX. */
export declare const S_ISVTX: number;
/** Linux S_IWGRP, as Go's syscall.S_IWGRP. */
export declare const S_IWGRP: number;
/** Linux S_IWOTH, as Go's syscall.S_IWOTH. */
export declare const S_IWOTH: number;
/** Linux S_IWRITE, as Go's syscall.S_IWRITE. */
export declare const S_IWRITE: number;
/** Linux S_IWUSR, as Go's syscall.S_IWUSR. */
export declare const S_IWUSR: number;
/** Linux S_IXGRP, as Go's syscall.S_IXGRP. */
export declare const S_IXGRP: number;
/** Linux S_IXOTH, as Go's syscall.S_IXOTH. */
export declare const S_IXOTH: number;
/** Linux S_IXUSR, as Go's syscall.S_IXUSR. */
export declare const S_IXUSR: number;
/** Linux SizeofCmsghdr, as Go's syscall.SizeofCmsghdr. */
export declare const SizeofCmsghdr: number;
/** Linux SizeofICMPv6Filter, as Go's syscall.SizeofICMPv6Filter. */
export declare const SizeofICMPv6Filter: number;
/** Linux SizeofIPMreq, as Go's syscall.SizeofIPMreq. */
export declare const SizeofIPMreq: number;
/** Linux SizeofIPMreqn, as Go's syscall.SizeofIPMreqn. */
export declare const SizeofIPMreqn: number;
/** Linux SizeofIPv6MTUInfo, as Go's syscall.SizeofIPv6MTUInfo. */
export declare const SizeofIPv6MTUInfo: number;
/** Linux SizeofIPv6Mreq, as Go's syscall.SizeofIPv6Mreq. */
export declare const SizeofIPv6Mreq: number;
/** Linux SizeofIfAddrmsg, as Go's syscall.SizeofIfAddrmsg. */
export declare const SizeofIfAddrmsg: number;
/** Linux SizeofIfInfomsg, as Go's syscall.SizeofIfInfomsg. */
export declare const SizeofIfInfomsg: number;
/** Linux SizeofInet4Pktinfo, as Go's syscall.SizeofInet4Pktinfo. */
export declare const SizeofInet4Pktinfo: number;
/** Linux SizeofInet6Pktinfo, as Go's syscall.SizeofInet6Pktinfo. */
export declare const SizeofInet6Pktinfo: number;
/** Linux SizeofInotifyEvent, as Go's syscall.SizeofInotifyEvent. */
export declare const SizeofInotifyEvent: number;
/** Linux SizeofLinger, as Go's syscall.SizeofLinger. */
export declare const SizeofLinger: number;
/** Linux SizeofMsghdr, as Go's syscall.SizeofMsghdr. */
export declare const SizeofMsghdr: number;
/** Linux SizeofNlAttr, as Go's syscall.SizeofNlAttr. */
export declare const SizeofNlAttr: number;
/** Linux SizeofNlMsgerr, as Go's syscall.SizeofNlMsgerr. */
export declare const SizeofNlMsgerr: number;
/** Linux SizeofNlMsghdr, as Go's syscall.SizeofNlMsghdr. */
export declare const SizeofNlMsghdr: number;
/** Linux SizeofRtAttr, as Go's syscall.SizeofRtAttr. */
export declare const SizeofRtAttr: number;
/** Linux SizeofRtGenmsg, as Go's syscall.SizeofRtGenmsg. */
export declare const SizeofRtGenmsg: number;
/** Linux SizeofRtMsg, as Go's syscall.SizeofRtMsg. */
export declare const SizeofRtMsg: number;
/** Linux SizeofRtNexthop, as Go's syscall.SizeofRtNexthop. */
export declare const SizeofRtNexthop: number;
/** Linux SizeofSockFilter, as Go's syscall.SizeofSockFilter. */
export declare const SizeofSockFilter: number;
/** Linux SizeofSockFprog, as Go's syscall.SizeofSockFprog. */
export declare const SizeofSockFprog: number;
/** Linux SizeofSockaddrAny, as Go's syscall.SizeofSockaddrAny. */
export declare const SizeofSockaddrAny: number;
/** Linux SizeofSockaddrInet4, as Go's syscall.SizeofSockaddrInet4. */
export declare const SizeofSockaddrInet4: number;
/** Linux SizeofSockaddrInet6, as Go's syscall.SizeofSockaddrInet6. */
export declare const SizeofSockaddrInet6: number;
/** Linux SizeofSockaddrLinklayer, as Go's syscall.SizeofSockaddrLinklayer. */
export declare const SizeofSockaddrLinklayer: number;
/** Linux SizeofSockaddrNetlink, as Go's syscall.SizeofSockaddrNetlink. */
export declare const SizeofSockaddrNetlink: number;
/** Linux SizeofSockaddrUnix, as Go's syscall.SizeofSockaddrUnix. */
export declare const SizeofSockaddrUnix: number;
/** Linux SizeofTCPInfo, as Go's syscall.SizeofTCPInfo. */
export declare const SizeofTCPInfo: number;
/** Linux SizeofUcred, as Go's syscall.SizeofUcred. */
export declare const SizeofUcred: number;
/** Linux TCFLSH, as Go's syscall.TCFLSH. */
export declare const TCFLSH: number;
/** Linux TCGETS, as Go's syscall.TCGETS. */
export declare const TCGETS: number;
/** Linux TCIFLUSH, as Go's syscall.TCIFLUSH. */
export declare const TCIFLUSH: number;
/** Linux TCIOFLUSH, as Go's syscall.TCIOFLUSH. */
export declare const TCIOFLUSH: number;
/** Linux TCOFLUSH, as Go's syscall.TCOFLUSH. */
export declare const TCOFLUSH: number;
/** Linux TCP_CONGESTION, as Go's syscall.TCP_CONGESTION. */
export declare const TCP_CONGESTION: number;
/** Linux TCP_COOKIE_IN_ALWAYS, as Go's syscall.TCP_COOKIE_IN_ALWAYS. */
export declare const TCP_COOKIE_IN_ALWAYS: number;
/** Linux TCP_COOKIE_MAX, as Go's syscall.TCP_COOKIE_MAX. */
export declare const TCP_COOKIE_MAX: number;
/** Linux TCP_COOKIE_MIN, as Go's syscall.TCP_COOKIE_MIN. */
export declare const TCP_COOKIE_MIN: number;
/** Linux TCP_COOKIE_OUT_NEVER, as Go's syscall.TCP_COOKIE_OUT_NEVER. */
export declare const TCP_COOKIE_OUT_NEVER: number;
/** Linux TCP_COOKIE_PAIR_SIZE, as Go's syscall.TCP_COOKIE_PAIR_SIZE. */
export declare const TCP_COOKIE_PAIR_SIZE: number;
/** Linux TCP_COOKIE_TRANSACTIONS, as Go's syscall.TCP_COOKIE_TRANSACTIONS. */
export declare const TCP_COOKIE_TRANSACTIONS: number;
/** Linux TCP_CORK, as Go's syscall.TCP_CORK. */
export declare const TCP_CORK: number;
/** Linux TCP_DEFER_ACCEPT, as Go's syscall.TCP_DEFER_ACCEPT. */
export declare const TCP_DEFER_ACCEPT: number;
/** Linux TCP_FASTOPEN, as Go's syscall.TCP_FASTOPEN. */
export declare const TCP_FASTOPEN: number;
/** Linux TCP_INFO, as Go's syscall.TCP_INFO. */
export declare const TCP_INFO: number;
/** Linux TCP_KEEPCNT, as Go's syscall.TCP_KEEPCNT. */
export declare const TCP_KEEPCNT: number;
/** Linux TCP_KEEPIDLE, as Go's syscall.TCP_KEEPIDLE. */
export declare const TCP_KEEPIDLE: number;
/** Linux TCP_KEEPINTVL, as Go's syscall.TCP_KEEPINTVL. */
export declare const TCP_KEEPINTVL: number;
/** Linux TCP_LINGER2, as Go's syscall.TCP_LINGER2. */
export declare const TCP_LINGER2: number;
/** Linux TCP_MAXSEG, as Go's syscall.TCP_MAXSEG. */
export declare const TCP_MAXSEG: number;
/** Linux TCP_MAXWIN, as Go's syscall.TCP_MAXWIN. */
export declare const TCP_MAXWIN: number;
/** Linux TCP_MAX_WINSHIFT, as Go's syscall.TCP_MAX_WINSHIFT. */
export declare const TCP_MAX_WINSHIFT: number;
/** Linux TCP_MD5SIG, as Go's syscall.TCP_MD5SIG. */
export declare const TCP_MD5SIG: number;
/** Linux TCP_MD5SIG_MAXKEYLEN, as Go's syscall.TCP_MD5SIG_MAXKEYLEN. */
export declare const TCP_MD5SIG_MAXKEYLEN: number;
/** Linux TCP_MSS, as Go's syscall.TCP_MSS. */
export declare const TCP_MSS: number;
/** Linux TCP_MSS_DEFAULT, as Go's syscall.TCP_MSS_DEFAULT. */
export declare const TCP_MSS_DEFAULT: number;
/** Linux TCP_MSS_DESIRED, as Go's syscall.TCP_MSS_DESIRED. */
export declare const TCP_MSS_DESIRED: number;
/** Linux TCP_NODELAY, as Go's syscall.TCP_NODELAY. */
export declare const TCP_NODELAY: number;
/** Linux TCP_QUEUE_SEQ, as Go's syscall.TCP_QUEUE_SEQ. */
export declare const TCP_QUEUE_SEQ: number;
/** Linux TCP_QUICKACK, as Go's syscall.TCP_QUICKACK. */
export declare const TCP_QUICKACK: number;
/** Linux TCP_REPAIR, as Go's syscall.TCP_REPAIR. */
export declare const TCP_REPAIR: number;
/** Linux TCP_REPAIR_OPTIONS, as Go's syscall.TCP_REPAIR_OPTIONS. */
export declare const TCP_REPAIR_OPTIONS: number;
/** Linux TCP_REPAIR_QUEUE, as Go's syscall.TCP_REPAIR_QUEUE. */
export declare const TCP_REPAIR_QUEUE: number;
/** Linux TCP_SYNCNT, as Go's syscall.TCP_SYNCNT. */
export declare const TCP_SYNCNT: number;
/** Linux TCP_S_DATA_IN, as Go's syscall.TCP_S_DATA_IN. */
export declare const TCP_S_DATA_IN: number;
/** Linux TCP_S_DATA_OUT, as Go's syscall.TCP_S_DATA_OUT. */
export declare const TCP_S_DATA_OUT: number;
/** Linux TCP_THIN_DUPACK, as Go's syscall.TCP_THIN_DUPACK. */
export declare const TCP_THIN_DUPACK: number;
/** Linux TCP_THIN_LINEAR_TIMEOUTS, as Go's syscall.TCP_THIN_LINEAR_TIMEOUTS. */
export declare const TCP_THIN_LINEAR_TIMEOUTS: number;
/** Linux TCP_TIMESTAMP, as Go's syscall.TCP_TIMESTAMP. */
export declare const TCP_TIMESTAMP: number;
/** Linux TCP_USER_TIMEOUT, as Go's syscall.TCP_USER_TIMEOUT. */
export declare const TCP_USER_TIMEOUT: number;
/** Linux TCP_WINDOW_CLAMP, as Go's syscall.TCP_WINDOW_CLAMP. */
export declare const TCP_WINDOW_CLAMP: number;
/** Linux TCSAFLUSH, as Go's syscall.TCSAFLUSH. */
export declare const TCSAFLUSH: number;
/** Linux TCSETS, as Go's syscall.TCSETS. */
export declare const TCSETS: number;
/** Linux TIOCCBRK, as Go's syscall.TIOCCBRK. */
export declare const TIOCCBRK: number;
/** Linux TIOCCONS, as Go's syscall.TIOCCONS. */
export declare const TIOCCONS: number;
/** Linux TIOCEXCL, as Go's syscall.TIOCEXCL. */
export declare const TIOCEXCL: number;
/** Linux TIOCGDEV, as Go's syscall.TIOCGDEV. */
export declare const TIOCGDEV: number;
/** Linux TIOCGETD, as Go's syscall.TIOCGETD. */
export declare const TIOCGETD: number;
/** Linux TIOCGEXCL, as Go's syscall.TIOCGEXCL. */
export declare const TIOCGEXCL: number;
/** Linux TIOCGICOUNT, as Go's syscall.TIOCGICOUNT. */
export declare const TIOCGICOUNT: number;
/** Linux TIOCGLCKTRMIOS, as Go's syscall.TIOCGLCKTRMIOS. */
export declare const TIOCGLCKTRMIOS: number;
/** Linux TIOCGPGRP, as Go's syscall.TIOCGPGRP. */
export declare const TIOCGPGRP: number;
/** Linux TIOCGPKT, as Go's syscall.TIOCGPKT. */
export declare const TIOCGPKT: number;
/** Linux TIOCGPTLCK, as Go's syscall.TIOCGPTLCK. */
export declare const TIOCGPTLCK: number;
/** Linux TIOCGPTN, as Go's syscall.TIOCGPTN. */
export declare const TIOCGPTN: number;
/** Linux TIOCGRS485, as Go's syscall.TIOCGRS485. */
export declare const TIOCGRS485: number;
/** Linux TIOCGSERIAL, as Go's syscall.TIOCGSERIAL. */
export declare const TIOCGSERIAL: number;
/** Linux TIOCGSID, as Go's syscall.TIOCGSID. */
export declare const TIOCGSID: number;
/** Linux TIOCGSOFTCAR, as Go's syscall.TIOCGSOFTCAR. */
export declare const TIOCGSOFTCAR: number;
/** Linux TIOCGWINSZ, as Go's syscall.TIOCGWINSZ. */
export declare const TIOCGWINSZ: number;
/** Linux TIOCINQ, as Go's syscall.TIOCINQ. */
export declare const TIOCINQ: number;
/** Linux TIOCLINUX, as Go's syscall.TIOCLINUX. */
export declare const TIOCLINUX: number;
/** Linux TIOCMBIC, as Go's syscall.TIOCMBIC. */
export declare const TIOCMBIC: number;
/** Linux TIOCMBIS, as Go's syscall.TIOCMBIS. */
export declare const TIOCMBIS: number;
/** Linux TIOCMGET, as Go's syscall.TIOCMGET. */
export declare const TIOCMGET: number;
/** Linux TIOCMIWAIT, as Go's syscall.TIOCMIWAIT. */
export declare const TIOCMIWAIT: number;
/** Linux TIOCMSET, as Go's syscall.TIOCMSET. */
export declare const TIOCMSET: number;
/** Linux TIOCM_CAR, as Go's syscall.TIOCM_CAR. */
export declare const TIOCM_CAR: number;
/** Linux TIOCM_CD, as Go's syscall.TIOCM_CD. */
export declare const TIOCM_CD: number;
/** Linux TIOCM_CTS, as Go's syscall.TIOCM_CTS. */
export declare const TIOCM_CTS: number;
/** Linux TIOCM_DSR, as Go's syscall.TIOCM_DSR. */
export declare const TIOCM_DSR: number;
/** Linux TIOCM_DTR, as Go's syscall.TIOCM_DTR. */
export declare const TIOCM_DTR: number;
/** Linux TIOCM_LE, as Go's syscall.TIOCM_LE. */
export declare const TIOCM_LE: number;
/** Linux TIOCM_RI, as Go's syscall.TIOCM_RI. */
export declare const TIOCM_RI: number;
/** Linux TIOCM_RNG, as Go's syscall.TIOCM_RNG. */
export declare const TIOCM_RNG: number;
/** Linux TIOCM_RTS, as Go's syscall.TIOCM_RTS. */
export declare const TIOCM_RTS: number;
/** Linux TIOCM_SR, as Go's syscall.TIOCM_SR. */
export declare const TIOCM_SR: number;
/** Linux TIOCM_ST, as Go's syscall.TIOCM_ST. */
export declare const TIOCM_ST: number;
/** Linux TIOCNOTTY, as Go's syscall.TIOCNOTTY. */
export declare const TIOCNOTTY: number;
/** Linux TIOCNXCL, as Go's syscall.TIOCNXCL. */
export declare const TIOCNXCL: number;
/** Linux TIOCOUTQ, as Go's syscall.TIOCOUTQ. */
export declare const TIOCOUTQ: number;
/** Linux TIOCPKT, as Go's syscall.TIOCPKT. */
export declare const TIOCPKT: number;
/** Linux TIOCPKT_DATA, as Go's syscall.TIOCPKT_DATA. */
export declare const TIOCPKT_DATA: number;
/** Linux TIOCPKT_DOSTOP, as Go's syscall.TIOCPKT_DOSTOP. */
export declare const TIOCPKT_DOSTOP: number;
/** Linux TIOCPKT_FLUSHREAD, as Go's syscall.TIOCPKT_FLUSHREAD. */
export declare const TIOCPKT_FLUSHREAD: number;
/** Linux TIOCPKT_FLUSHWRITE, as Go's syscall.TIOCPKT_FLUSHWRITE. */
export declare const TIOCPKT_FLUSHWRITE: number;
/** Linux TIOCPKT_IOCTL, as Go's syscall.TIOCPKT_IOCTL. */
export declare const TIOCPKT_IOCTL: number;
/** Linux TIOCPKT_NOSTOP, as Go's syscall.TIOCPKT_NOSTOP. */
export declare const TIOCPKT_NOSTOP: number;
/** Linux TIOCPKT_START, as Go's syscall.TIOCPKT_START. */
export declare const TIOCPKT_START: number;
/** Linux TIOCPKT_STOP, as Go's syscall.TIOCPKT_STOP. */
export declare const TIOCPKT_STOP: number;
/** Linux TIOCSBRK, as Go's syscall.TIOCSBRK. */
export declare const TIOCSBRK: number;
/** Linux TIOCSCTTY, as Go's syscall.TIOCSCTTY. */
export declare const TIOCSCTTY: number;
/** Linux TIOCSERCONFIG, as Go's syscall.TIOCSERCONFIG. */
export declare const TIOCSERCONFIG: number;
/** Linux TIOCSERGETLSR, as Go's syscall.TIOCSERGETLSR. */
export declare const TIOCSERGETLSR: number;
/** Linux TIOCSERGETMULTI, as Go's syscall.TIOCSERGETMULTI. */
export declare const TIOCSERGETMULTI: number;
/** Linux TIOCSERGSTRUCT, as Go's syscall.TIOCSERGSTRUCT. */
export declare const TIOCSERGSTRUCT: number;
/** Linux TIOCSERGWILD, as Go's syscall.TIOCSERGWILD. */
export declare const TIOCSERGWILD: number;
/** Linux TIOCSERSETMULTI, as Go's syscall.TIOCSERSETMULTI. */
export declare const TIOCSERSETMULTI: number;
/** Linux TIOCSERSWILD, as Go's syscall.TIOCSERSWILD. */
export declare const TIOCSERSWILD: number;
/** Linux TIOCSER_TEMT, as Go's syscall.TIOCSER_TEMT. */
export declare const TIOCSER_TEMT: number;
/** Linux TIOCSETD, as Go's syscall.TIOCSETD. */
export declare const TIOCSETD: number;
/** Linux TIOCSIG, as Go's syscall.TIOCSIG. */
export declare const TIOCSIG: number;
/** Linux TIOCSLCKTRMIOS, as Go's syscall.TIOCSLCKTRMIOS. */
export declare const TIOCSLCKTRMIOS: number;
/** Linux TIOCSPGRP, as Go's syscall.TIOCSPGRP. */
export declare const TIOCSPGRP: number;
/** Linux TIOCSPTLCK, as Go's syscall.TIOCSPTLCK. */
export declare const TIOCSPTLCK: number;
/** Linux TIOCSRS485, as Go's syscall.TIOCSRS485. */
export declare const TIOCSRS485: number;
/** Linux TIOCSSERIAL, as Go's syscall.TIOCSSERIAL. */
export declare const TIOCSSERIAL: number;
/** Linux TIOCSSOFTCAR, as Go's syscall.TIOCSSOFTCAR. */
export declare const TIOCSSOFTCAR: number;
/** Linux TIOCSTI, as Go's syscall.TIOCSTI. */
export declare const TIOCSTI: number;
/** Linux TIOCSWINSZ, as Go's syscall.TIOCSWINSZ. */
export declare const TIOCSWINSZ: number;
/** Linux TIOCVHANGUP, as Go's syscall.TIOCVHANGUP. */
export declare const TIOCVHANGUP: number;
/** Linux TOSTOP, as Go's syscall.TOSTOP. */
export declare const TOSTOP: number;
/** Linux TUNATTACHFILTER, as Go's syscall.TUNATTACHFILTER. */
export declare const TUNATTACHFILTER: number;
/** Linux TUNDETACHFILTER, as Go's syscall.TUNDETACHFILTER. */
export declare const TUNDETACHFILTER: number;
/** Linux TUNGETFEATURES, as Go's syscall.TUNGETFEATURES. */
export declare const TUNGETFEATURES: number;
/** Linux TUNGETFILTER, as Go's syscall.TUNGETFILTER. */
export declare const TUNGETFILTER: number;
/** Linux TUNGETIFF, as Go's syscall.TUNGETIFF. */
export declare const TUNGETIFF: number;
/** Linux TUNGETSNDBUF, as Go's syscall.TUNGETSNDBUF. */
export declare const TUNGETSNDBUF: number;
/** Linux TUNGETVNETHDRSZ, as Go's syscall.TUNGETVNETHDRSZ. */
export declare const TUNGETVNETHDRSZ: number;
/** Linux TUNSETDEBUG, as Go's syscall.TUNSETDEBUG. */
export declare const TUNSETDEBUG: number;
/** Linux TUNSETGROUP, as Go's syscall.TUNSETGROUP. */
export declare const TUNSETGROUP: number;
/** Linux TUNSETIFF, as Go's syscall.TUNSETIFF. */
export declare const TUNSETIFF: number;
/** Linux TUNSETIFINDEX, as Go's syscall.TUNSETIFINDEX. */
export declare const TUNSETIFINDEX: number;
/** Linux TUNSETLINK, as Go's syscall.TUNSETLINK. */
export declare const TUNSETLINK: number;
/** Linux TUNSETNOCSUM, as Go's syscall.TUNSETNOCSUM. */
export declare const TUNSETNOCSUM: number;
/** Linux TUNSETOFFLOAD, as Go's syscall.TUNSETOFFLOAD. */
export declare const TUNSETOFFLOAD: number;
/** Linux TUNSETOWNER, as Go's syscall.TUNSETOWNER. */
export declare const TUNSETOWNER: number;
/** Linux TUNSETPERSIST, as Go's syscall.TUNSETPERSIST. */
export declare const TUNSETPERSIST: number;
/** Linux TUNSETQUEUE, as Go's syscall.TUNSETQUEUE. */
export declare const TUNSETQUEUE: number;
/** Linux TUNSETSNDBUF, as Go's syscall.TUNSETSNDBUF. */
export declare const TUNSETSNDBUF: number;
/** Linux TUNSETTXFILTER, as Go's syscall.TUNSETTXFILTER. */
export declare const TUNSETTXFILTER: number;
/** Linux TUNSETVNETHDRSZ, as Go's syscall.TUNSETVNETHDRSZ. */
export declare const TUNSETVNETHDRSZ: number;
/** Linux VDISCARD, as Go's syscall.VDISCARD. */
export declare const VDISCARD: number;
/** Linux VEOF, as Go's syscall.VEOF. */
export declare const VEOF: number;
/** Linux VEOL, as Go's syscall.VEOL. */
export declare const VEOL: number;
/** Linux VEOL2, as Go's syscall.VEOL2. */
export declare const VEOL2: number;
/** Linux VERASE, as Go's syscall.VERASE. */
export declare const VERASE: number;
/** Linux VINTR, as Go's syscall.VINTR. */
export declare const VINTR: number;
/** Linux VKILL, as Go's syscall.VKILL. */
export declare const VKILL: number;
/** Linux VLNEXT, as Go's syscall.VLNEXT. */
export declare const VLNEXT: number;
/** Linux VMIN, as Go's syscall.VMIN. */
export declare const VMIN: number;
/** Linux VQUIT, as Go's syscall.VQUIT. */
export declare const VQUIT: number;
/** Linux VREPRINT, as Go's syscall.VREPRINT. */
export declare const VREPRINT: number;
/** Linux VSTART, as Go's syscall.VSTART. */
export declare const VSTART: number;
/** Linux VSTOP, as Go's syscall.VSTOP. */
export declare const VSTOP: number;
/** Linux VSUSP, as Go's syscall.VSUSP. */
export declare const VSUSP: number;
/** Linux VSWTC, as Go's syscall.VSWTC. */
export declare const VSWTC: number;
/** Linux VT0, as Go's syscall.VT0. */
export declare const VT0: number;
/** Linux VT1, as Go's syscall.VT1. */
export declare const VT1: number;
/** Linux VTDLY, as Go's syscall.VTDLY. */
export declare const VTDLY: number;
/** Linux VTIME, as Go's syscall.VTIME. */
export declare const VTIME: number;
/** Linux VWERASE, as Go's syscall.VWERASE. */
export declare const VWERASE: number;
/** Linux WALL, as Go's syscall.WALL. */
export declare const WALL: number;
/** Linux WCLONE, as Go's syscall.WCLONE. */
export declare const WCLONE: number;
/** Linux WCONTINUED, as Go's syscall.WCONTINUED. */
export declare const WCONTINUED: number;
/** Linux WEXITED, as Go's syscall.WEXITED. */
export declare const WEXITED: number;
/** Linux WNOHANG, as Go's syscall.WNOHANG. */
export declare const WNOHANG: number;
/** Linux WNOTHREAD, as Go's syscall.WNOTHREAD. */
export declare const WNOTHREAD: number;
/** Linux WNOWAIT, as Go's syscall.WNOWAIT. */
export declare const WNOWAIT: number;
/** Linux WORDSIZE, as Go's syscall.WORDSIZE. */
export declare const WORDSIZE: number;
/** Linux WSTOPPED, as Go's syscall.WSTOPPED. */
export declare const WSTOPPED: number;
/** Linux WUNTRACED, as Go's syscall.WUNTRACED. */
export declare const WUNTRACED: number;
/** Linux XCASE, as Go's syscall.XCASE. */
export declare const XCASE: number;
