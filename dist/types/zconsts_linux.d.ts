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
/** Linux FD_CLOEXEC, as Go's syscall.FD_CLOEXEC. */
export declare const FD_CLOEXEC: number;
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
/** Linux WSTOPPED, as Go's syscall.WSTOPPED. */
export declare const WSTOPPED: number;
/** Linux WUNTRACED, as Go's syscall.WUNTRACED. */
export declare const WUNTRACED: number;
