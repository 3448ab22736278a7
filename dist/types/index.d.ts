/**
 * bun-syscall: Go's `syscall` package for Bun on Linux. Names, signatures
 * and semantics follow Go's; see the README for the Go-to-TypeScript rules.
 * @module
 */
export { Errno, ErrPermission, ErrExist, ErrNotExist, ErrUnsupported } from "./errno.ts";
export { Signal } from "./signal.ts";
export { Timespec, Timeval, Stat_t, Rlimit, Rusage, NsecToTimespec, NsecToTimeval } from "./types.ts";
export * from "./zconsts_linux.ts";
export * from "./clone.ts";
export { Stdin, Stdout, Stderr, ImplementsGetwd, AT_FDCWD, AT_SYMLINK_NOFOLLOW, AT_REMOVEDIR, AT_EACCESS, AT_SYMLINK_FOLLOW, AT_NO_AUTOMOUNT, AT_EMPTY_PATH, SEEK_SET, SEEK_CUR, SEEK_END, Open, Close, Read, Write, Pread, Pwrite, Seek, Pipe, Pipe2, Dup, Dup2, Dup3, CloseOnExec, SetNonblock, Fsync, Ftruncate, Fchmod, Fchdir, Fstatat, Stat, Lstat, Fstat, Chmod, Chdir, Chroot, Mkdir, Rmdir, Unlink, Rename, Symlink, Readlink, Link, Mknod, Mkfifo, Chown, Lchown, Fchown, Access, Umask, Getcwd, Getwd, Faccessat, } from "./file.ts";
export { Getpid, Getppid, Getuid, Geteuid, Getgid, Getegid, Getgroups, Getpgid, Setpgid, Setsid, Kill, Tgkill, PidfdOpen, PidfdSendSignal, PIDFD_NONBLOCK, Getpagesize, Getrlimit, Setrlimit, RLIM_INFINITY, Exit, PtraceAttach, PtraceDetach, PtraceCont, PtraceSyscall, PtraceSingleStep, PtraceKill, PtraceSetOptions, PtraceGetEventMsg, Getrusage, RUSAGE_SELF, RUSAGE_CHILDREN, RUSAGE_THREAD, } from "./process.ts";
export { Getenv, Setenv, Unsetenv, Clearenv, Environ } from "./env.ts";
export { WaitStatus, Wait4 } from "./wait.ts";
export { Wait4Async, PendingWaits, PollAsync, type Wait4AsyncOptions } from "./waitasync.ts";
export { ReadAsync, WriteAsync, FdReadableStream, FdWritableStream, Openpty, type AsyncIOOptions, type FdReadableStreamOptions, type FdWritableStreamOptions, } from "./asyncio.ts";
export { ForkExec, StartProcess, Exec, SetChildRlimitNofile, ChildRlimitNofile, LastForkExecFailure, type ProcAttr, type SysProcAttr, type Credential, type SysProcIDMap, type ForkExecFailure, } from "./exec/forkexec.ts";
export { ForkLock, RWMutex } from "./exec/forklock.ts";
export { Prepare } from "./native.ts";
export * from "./sys/creds.ts";
export * from "./sys/mount.ts";
export * from "./sys/raw.ts";
export * from "./sys/files.ts";
export * from "./sys/dirent.ts";
export * from "./sys/socket.ts";
export * from "./sys/poll.ts";
export * from "./sys/mman.ts";
export * from "./sys/time.ts";
export * from "./sys/misc.ts";
export * from "./sys/unix.ts";
export type { Conn, RawConn } from "./sys/conn.ts";
export * from "./exec/landlock.ts";
