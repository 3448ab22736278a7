/**
 * bun-syscall: Go's `syscall` package for Bun on Linux. Names, signatures
 * and semantics follow Go's; see the README for the Go-to-TypeScript rules.
 * @module
 */
export { Errno, ErrPermission, ErrExist, ErrNotExist, ErrUnsupported } from "./errno.js";
export { Signal } from "./signal.js";
export { Timespec, Timeval, Stat_t, Rlimit, Rusage, NsecToTimespec, NsecToTimeval } from "./types.js";
export * from "./zconsts_linux.js";
export * from "./clone.js";
export { Stdin, Stdout, Stderr, ImplementsGetwd, AT_FDCWD, AT_SYMLINK_NOFOLLOW, AT_REMOVEDIR, AT_EACCESS, AT_SYMLINK_FOLLOW, AT_NO_AUTOMOUNT, AT_EMPTY_PATH, SEEK_SET, SEEK_CUR, SEEK_END, Open, Close, Read, Write, Pread, Pwrite, Seek, Pipe, Pipe2, Dup, Dup2, Dup3, CloseOnExec, SetNonblock, Fsync, Ftruncate, Fchmod, Fchdir, Fstatat, Stat, Lstat, Fstat, Chmod, Chdir, Chroot, Mkdir, Rmdir, Unlink, Rename, Symlink, Readlink, Link, Mknod, Mkfifo, Chown, Lchown, Fchown, Access, Umask, Getcwd, Getwd, Faccessat, } from "./file.js";
export { Getpid, Getppid, Getuid, Geteuid, Getgid, Getegid, Getgroups, Getpgid, Setpgid, Setsid, Kill, Tgkill, PidfdOpen, PidfdSendSignal, PIDFD_NONBLOCK, Getpagesize, Getrlimit, Setrlimit, RLIM_INFINITY, Exit, PtraceAttach, PtraceDetach, PtraceCont, PtraceSyscall, PtraceSingleStep, PtraceKill, PtraceSetOptions, PtraceGetEventMsg, Getrusage, RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD, } from "./process.js";
export { Getenv, Setenv, Unsetenv, Clearenv, Environ } from "./env.js";
export { WaitStatus, Wait4 } from "./wait.js";
export { Wait4Async, PendingWaits, PollAsync, type Wait4AsyncOptions } from "./waitasync.js";
export { ReadAsync, WriteAsync, FdReadableStream, FdWritableStream, Openpty, type AsyncIOOptions, type FdReadableStreamOptions, type FdWritableStreamOptions, } from "./asyncio.js";
export { ForkExec, StartProcess, Exec, SetChildRlimitNofile, ChildRlimitNofile, LastForkExecFailure, type ProcAttr, type SysProcAttr, type Credential, type SysProcIDMap, type ForkExecFailure, } from "./exec/forkexec.js";
export { ForkLock, RWMutex } from "./exec/forklock.js";
export { Prepare } from "./native.js";
export * from "./sys/creds.js";
export * from "./sys/mount.js";
export * from "./sys/raw.js";
export * from "./sys/files.js";
export * from "./sys/dirent.js";
export * from "./sys/socket.js";
export * from "./sys/poll.js";
export * from "./sys/mman.js";
export * from "./sys/time.js";
export * from "./sys/misc.js";
export * from "./sys/unix.js";
export type { Conn, RawConn } from "./sys/conn.js";
export * from "./exec/landlock.js";
