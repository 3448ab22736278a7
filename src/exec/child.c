/*
 * bun-syscall: the child path of ForkExec, everything between clone and
 * execve, compiled at run time by bun:ffi's cc (TinyCC) on the first
 * ForkExec. JavaScript never runs in the child.
 *
 * Rules this file keeps (see DESIGN.md, "The child path"):
 *  - no system headers: prototypes and syscall numbers are declared here;
 *  - in the child: raw syscalls only (syscall(2), a lock-free stub), no
 *    malloc, no stdio, no locks; leave with exit_group after a failure;
 *  - the child is made with clone(CLONE_VM|CLONE_VFORK) on its own stack,
 *    except where the parent must act while the child waits (CLONE_NEWUSER
 *    id maps) or where only clone3 can do it (CLONE_INTO_CGROUP);
 *  - Go's order of steps (exec_linux.go forkAndExecInChild1), with the
 *    sandbox steps (beyond Go) each at the one place that works, and each
 *    behind one flag test so that an absent field costs nothing:
 *      signals; keepcaps; wait for the id maps (every later step runs with
 *      them); setns (user namespaces first: joining one gives the caps that
 *      joining its other namespaces needs; before unshare, so that new
 *      namespaces nest under the joined ones); setsid, setpgid, foreground;
 *      unshare (+ id maps, MS_PRIVATE for CLONE_NEWNS); sethostname and
 *      setdomainname (the new UTS namespace exists now); the mount program
 *      (after the namespaces and id maps that allow it, before pivot_root
 *      and chroot, which it prepares); pivot_root; chroot; the bounding set
 *      (while CAP_SETPCAP is still held: a setuid away from root loses it);
 *      setgroups, setgid, setuid; capset of the chosen sets (after the
 *      credential change, before the ambient caps that need them); ambient
 *      caps; chdir; umask (the program's, not the mount targets'); pdeathsig
 *      (after the credential change, which clears it); no_new_privs, then
 *      landlock_restrict_self (which needs it; after every mount, which a
 *      Landlock domain may not make; before the fd shuffle, which may reuse
 *      the ruleset's fd number); the fd shuffle; close-on-exec past Files;
 *      TIOCNOTTY, TIOCSCTTY; rlimits (late: a low NOFILE or NPROC must not
 *      fail a step above); ptrace(TRACEME); the seccomp filter (last, so
 *      that it cannot refuse the setup's own syscalls); execve.
 *    forkexec.ts's SysProcAttr comment gives the same order, by field.
 *
 * The request is one flat block of 64-bit words that src/exec/forkexec.ts
 * fills; R_* are its word indices, defined there.
 */

long syscall(long number, ...);
int *__errno_location(void);
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);

typedef unsigned long u64;
typedef long i64;

#if defined(__x86_64__)
#define SYS_read 0
#define SYS_write 1
#define SYS_close 3
#define SYS_rt_sigaction 13
#define SYS_rt_sigprocmask 14
#define SYS_ioctl 16
#define SYS_getpid 39
#define SYS_execve 59
#define SYS_exit 60
#define SYS_wait4 61
#define SYS_waitid 247
#define SYS_kill 62
#define SYS_fcntl 72
#define SYS_chdir 80
#define SYS_ptrace 101
#define SYS_setuid 105
#define SYS_setgid 106
#define SYS_setpgid 109
#define SYS_getppid 110
#define SYS_setsid 112
#define SYS_setgroups 116
#define SYS_capget 125
#define SYS_capset 126
#define SYS_prctl 157
#define SYS_chroot 161
#define SYS_mount 165
#define SYS_getdents64 217
#define SYS_exit_group 231
#define SYS_openat 257
#define SYS_unshare 272
#define SYS_dup3 292
#define SYS_pipe2 293
#define SYS_prlimit64 302
#define SYS_umask 95
#define SYS_sethostname 170
#define SYS_setdomainname 171
#define SYS_setns 308
#define SYS_pivot_root 155
#define SYS_umount2 166
#define SYS_mkdirat 258
#define SYS_mknodat 259
#define SYS_symlinkat 266
#define SYS_statfs 137
#elif defined(__aarch64__)
#define SYS_read 63
#define SYS_write 64
#define SYS_close 57
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#define SYS_ioctl 29
#define SYS_getpid 172
#define SYS_execve 221
#define SYS_exit 93
#define SYS_wait4 260
#define SYS_waitid 95
#define SYS_kill 129
#define SYS_fcntl 25
#define SYS_chdir 49
#define SYS_ptrace 117
#define SYS_setuid 146
#define SYS_setgid 144
#define SYS_setpgid 154
#define SYS_getppid 173
#define SYS_setsid 157
#define SYS_setgroups 159
#define SYS_capget 90
#define SYS_capset 91
#define SYS_prctl 167
#define SYS_chroot 51
#define SYS_mount 40
#define SYS_getdents64 61
#define SYS_exit_group 94
#define SYS_openat 56
#define SYS_unshare 97
#define SYS_dup3 24
#define SYS_pipe2 59
#define SYS_prlimit64 261
#define SYS_umask 166
#define SYS_sethostname 161
#define SYS_setdomainname 162
#define SYS_setns 268
#define SYS_pivot_root 41
#define SYS_umount2 39
#define SYS_mkdirat 34
#define SYS_mknodat 33
#define SYS_symlinkat 36
#define SYS_statfs 43
#else
#error "bun-syscall: child.c supports x86_64 and aarch64 only"
#endif
/* Numbered alike on every architecture since Linux 5.0. */
#define SYS_clone3 435
#define SYS_close_range 436
#define SYS_landlock_restrict_self 446
#define SYS_mount_setattr 442

#define EINTR 4
#define EAGAIN 11
#define EINVAL 22
#define EEXIST 17
#define ENAMETOOLONG 36
#define ENOENT 2
#define EACCES 13

#define O_WRONLY 01
#define O_RDONLY 0
#define O_CLOEXEC 02000000
#define O_NONBLOCK 04000 /* the same on x86_64 and aarch64 */
#define P_PID 1
#define WSTOPPED 2
#define WEXITED 4
#define WNOWAIT 0x01000000
#if defined(__x86_64__)
#define O_DIRECTORY 0200000
#else
#define O_DIRECTORY 040000
#endif
#define O_PATH 010000000 /* the same on x86_64 and aarch64 */
#define AT_FDCWD (-100)
#define F_SETFD 2
#define FD_CLOEXEC 1
#define SIGCHLD 17
#define SIGHUP 1
#define SIGINT 2
#define SIGCONT 18
#define SIGTSTP 20
#define SIGTTIN 21
#define SIGTTOU 22
#define SA_NOCLDWAIT 2
#define SIGPIPE 13
#define SIGXFSZ 25
#define SIGKILL 9
#define SIGSTOP 19
#define NSIG 64
#define SIG_SETMASK 2
#define SIGBIT(n) (1UL << ((n) - 1))
/* Signals whose inherited SIG_IGN a Go child keeps (measured with go1.19:
 * runtime initsig installs no handler for them). */
#define KEEP_IGNORED (SIGBIT(SIGHUP) | SIGBIT(SIGINT) | SIGBIT(SIGCONT) | SIGBIT(SIGTSTP) | \
                      SIGBIT(SIGTTIN) | SIGBIT(SIGTTOU) | SIGBIT(32) | SIGBIT(34))
#define TIOCSCTTY 0x540E
#define TIOCNOTTY 0x5422
#define TIOCSPGRP 0x5410
#define PR_SET_PDEATHSIG 1
#define PR_GET_DUMPABLE 3
#define PR_SET_DUMPABLE 4
#define PR_SET_KEEPCAPS 8
#define PR_CAP_AMBIENT 47
#define PR_CAP_AMBIENT_RAISE 2
#define PTRACE_TRACEME 0
#define RLIMIT_NOFILE 7
#define MS_REC 0x4000
#define MS_PRIVATE 0x40000
#define MS_SLAVE 0x80000
#define MS_REMOUNT 32
#define MS_BIND 4096
#define MS_RELATIME (1 << 21)
#define ST_RELATIME 4096
#define MS_NOSUID 2
#define MS_NODEV 4
#define MS_NOEXEC 8
#define MS_RDONLY 1
#define MS_NOSYMFOLLOW 256
#define MS_NOATIME 1024
#define MS_NODIRATIME 2048
#define MS_STRICTATIME (1 << 24)
#define AT_RECURSIVE 0x8000
#define MOUNT_ATTR_RDONLY 0x1
#define MOUNT_ATTR_NOSUID 0x2
#define MOUNT_ATTR_NODEV 0x4
#define MOUNT_ATTR_NOEXEC 0x8
#define MOUNT_ATTR__ATIME 0x70
#define MOUNT_ATTR_RELATIME 0x0
#define MOUNT_ATTR_NOATIME 0x10
#define MOUNT_ATTR_STRICTATIME 0x20
#define MOUNT_ATTR_NODIRATIME 0x80
#define MOUNT_ATTR_NOSYMFOLLOW 0x200000
#define MNT_DETACH 2
#define S_IFREG 0100000
#define PR_SET_SECCOMP 22
#define SECCOMP_MODE_FILTER 2
#define PR_CAPBSET_READ 23
#define PR_CAPBSET_DROP 24
#define PR_SET_NO_NEW_PRIVS 38
#define CLONE_VM 0x100
#define CLONE_VFORK 0x4000
#define CLONE_PIDFD 0x1000
#define CLONE_NEWNS 0x20000
#define CLONE_NEWTIME 0x80
#define CLONE_NEWUSER 0x10000000
#define CLONE_INTO_CGROUP 0x200000000UL
#define CLONE_CLEAR_SIGHAND 0x100000000UL
#define ENOSYS 38
#define EPERM 1
#define CLOSE_RANGE_CLOEXEC 4
#define LINUX_CAPABILITY_VERSION_3 0x20080522

/* Declared once, in forkexec.ts, and prepended to this text when it is
 * compiled: the request's word indices R_*, its flag bits F_*, the step
 * enum S_* (forkexec.ts: R, F, STEPS) and BAD_CLONEFLAGS, the Cloneflags
 * bits ForkExec refuses (REFUSED_CLONEFLAGS): the exit-signal bits,
 * CLONE_VM, CLONE_FS, CLONE_FILES, CLONE_SIGHAND, CLONE_VFORK,
 * CLONE_PARENT, CLONE_THREAD, CLONE_SYSVSEM, CLONE_SETTLS and the three
 * *TID flags, refused here too, so that no caller can turn the clone
 * against the parent; and M_*, the kinds of a mount program's ops
 * (forkexec.ts: MOUNT_OPS), with MOP_WORDS, the words of one op. */

#define MODE_VM 0      /* clone(CLONE_VM|CLONE_VFORK): results in shared memory */
#define MODE_FORK 1    /* clone without CLONE_VM: results through a pipe */
#define MODE_CLONE3 2  /* clone3 without CLONE_VM (CLONE_INTO_CGROUP) */

/* A raw syscall that returns -errno instead of touching errno. In a
 * CLONE_VM child errno is the parent thread's (shared TLS): the parent saves
 * and restores it around the spawn. */
#if defined(__x86_64__)
/* On x86_64 the syscall instruction itself, which leaves errno alone: a
 * child that shares the parent's memory (and so its thread's errno) while
 * the parent also runs (the id-map path) must not write it. The arguments
 * go through memory and rax alone, so no register the asm loads can hold
 * an input it still needs. */
static i64 rs(i64 n, i64 a, i64 b, i64 c, i64 d, i64 e, i64 f) {
  i64 v[7];
  i64 ret;
  v[0] = n; v[1] = a; v[2] = b; v[3] = c; v[4] = d; v[5] = e; v[6] = f;
  __asm__ volatile(
    "mov 8(%%rax), %%rdi\n\t"
    "mov 16(%%rax), %%rsi\n\t"
    "mov 24(%%rax), %%rdx\n\t"
    "mov 32(%%rax), %%r10\n\t"
    "mov 40(%%rax), %%r8\n\t"
    "mov 48(%%rax), %%r9\n\t"
    "mov 0(%%rax), %%rax\n\t"
    "syscall\n\t"
    : "=a"(ret)
    : "0"(v)
    : "rcx", "r11", "rdi", "rsi", "rdx", "r8", "r9", "r10", "memory");
  return ret;
}
#else
static i64 rs(i64 n, i64 a, i64 b, i64 c, i64 d, i64 e, i64 f) {
  i64 r = syscall(n, a, b, c, d, e, f);
  return r == -1 ? -(i64)*__errno_location() : r;
}
#endif

static void child_fail(i64 *r, int step, i64 err) {
  if (r[R_MODE] == MODE_VM) {
    r[R_ERR] = err;
    r[R_STEP] = step;
  } else {
    int msg[2];
    msg[0] = (int)err;
    msg[1] = step;
    rs(SYS_write, r[R_ERRPIPE_WR], (i64)msg, 8, 0, 0, 0);
  }
  syscall(SYS_exit_group, 253, 0, 0, 0, 0, 0);
  /* Still here: a seccomp filter refused exit_group (the filter is in
   * place once the last step has run). A fault kills the child even with
   * every signal blocked, and the vfork parent wakes. */
  for (;;) *(volatile int *)0 = 0;
}

static int write_file(const char *path, const char *data, i64 len) {
  i64 fd = rs(SYS_openat, AT_FDCWD, (i64)path, O_WRONLY | O_CLOEXEC, 0, 0, 0);
  if (fd < 0) return (int)fd;
  i64 n = rs(SYS_write, fd, (i64)data, len, 0, 0, 0);
  rs(SYS_close, fd, 0, 0, 0, 0, 0);
  if (n < 0) return (int)n;
  return n == len ? 0 : -EINVAL;
}

/* Marks every fd >= lowfd close-on-exec, except keep. close_range(2) where
 * the kernel has it (5.11); otherwise /proc/self/fd; otherwise every number
 * up to the NOFILE limit. */
static int cloexec_from(int lowfd) {
  if (rs(SYS_close_range, lowfd, ~0U, CLOSE_RANGE_CLOEXEC, 0, 0, 0) == 0) return 0;
  i64 dfd = rs(SYS_openat, AT_FDCWD, (i64)"/proc/self/fd", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0, 0, 0);
  if (dfd >= 0) {
    char buf[2048];
    for (;;) {
      i64 n = rs(SYS_getdents64, dfd, (i64)buf, sizeof buf, 0, 0, 0);
      if (n <= 0) break;
      i64 off = 0;
      while (off < n) {
        /* struct linux_dirent64 { u64 ino; i64 off; u16 reclen; u8 type; char name[]; } */
        unsigned short reclen = *(unsigned short *)(buf + off + 16);
        const char *name = buf + off + 19;
        int fd = 0, ok = name[0] != 0;
        for (const char *p = name; *p; p++) {
          if (*p < '0' || *p > '9') { ok = 0; break; }
          fd = fd * 10 + (*p - '0');
        }
        if (ok && fd >= lowfd && fd != dfd) rs(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC, 0, 0, 0);
        off += reclen;
      }
    }
    rs(SYS_close, dfd, 0, 0, 0, 0, 0);
    return 0;
  }
  u64 lim[2];
  if (rs(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, (i64)lim, 0, 0) < 0) return -EINVAL;
  u64 max = lim[0] > 65536 ? 65536 : lim[0];
  for (u64 fd = lowfd; fd < max; fd++) rs(SYS_fcntl, fd, F_SETFD, FD_CLOEXEC, 0, 0, 0);
  return 0;
}

/* mkdir -p: every missing directory of path (all of it when whole, else
 * all but its last component), the last with mode, the others 0755.
 * No allocation: a copy on the stack, cut at each '/' in turn. */
static i64 mkdir_p(const char *path, i64 mode, int whole) {
  char buf[4096];
  i64 n = 0, i, e;
  while (path[n]) {
    if (n >= (i64)sizeof buf - 1) return -ENAMETOOLONG;
    buf[n] = path[n];
    n++;
  }
  buf[n] = 0;
  /* Trailing slashes name the same directory: without them it is the last
   * one made, and gets mode (with them it got 0755, and "file" made a
   * directory where mknod then found one). */
  while (n > 1 && buf[n - 1] == '/') buf[--n] = 0;
  if (!whole) {
    while (n > 0 && buf[n - 1] != '/') n--;
    if (n <= 1) return 0;
    buf[--n] = 0;
  }
  for (i = 1; i <= n; i++) {
    if (buf[i] != '/' && buf[i] != 0) continue;
    if (buf[i - 1] == '/') continue;
    char c = buf[i];
    buf[i] = 0;
    e = rs(SYS_mkdirat, AT_FDCWD, (i64)buf, i == n ? mode : 0755, 0, 0, 0);
    buf[i] = c;
    if (e < 0 && e != -EEXIST) return e;
  }
  return 0;
}

/* An empty regular file at path (its directories made first), unless
 * something is there already: the target of a bind mount of a file or a
 * device node. mknod, not open: an existing device is never opened. */
static i64 make_file(const char *path, i64 mode) {
  i64 e = mkdir_p(path, 0755, 0);
  if (e < 0) return e;
  e = rs(SYS_mknodat, AT_FDCWD, (i64)path, S_IFREG | mode, 0, 0, 0);
  return e == -EEXIST ? 0 : e;
}

/* Remounts the bind at target with flags added to the flags it has: as
 * bwrap, a remount keeps them (statfs f_flags, the same bits as MS_* but
 * relatime), or a user namespace's locked nosuid/nodev/noexec makes it EPERM. */
static i64 remount_one(const char *target, i64 flags) {
  u64 st[15];
  i64 e, keep;
  if ((e = rs(SYS_statfs, (i64)target, (i64)st, 0, 0, 0, 0)) < 0) return e;
  keep = (i64)(st[10] & 0x0c5f) | ((st[10] & ST_RELATIME) ? MS_RELATIME : 0);
  return rs(SYS_mount, 0, (i64)target, 0, MS_REMOUNT | MS_BIND | keep | (flags & ~MS_REC), 0, 0);
}

/* Every mount point strictly below target that /proc/self/mountinfo lists
 * (its fifth field, octal escapes undone), remounted in turn with flags
 * added, as bwrap's bind_mount does; a submount that says EACCES is one the
 * program cannot reach, skipped as bwrap skips it. The file is read in
 * small pieces on the stack, so a line of any length costs nothing here. */
static i64 remount_below(i64 procfd, const char *target, i64 flags) {
  char buf[512], mp[4096];
  i64 fd, n, e = 0, k;
  int field = 0, len = 0, esc = 0, code = 0, tlen = 0, over = 0;
  while (target[tlen]) tlen++;
  while (tlen > 1 && target[tlen - 1] == '/') tlen--;
  if (tlen == 1) tlen = 0; /* "/": everything is below it */
  /* Opened now, through the /proc of the start: mountinfo shows the mounts
   * as seen from the root its opener has at open (after a pivot, the new one). */
  if (procfd < 0) return procfd;
  if ((fd = rs(SYS_openat, procfd, (i64)"self/mountinfo", O_RDONLY | O_CLOEXEC, 0, 0, 0)) < 0) return fd;
  for (;;) {
    n = rs(SYS_read, fd, (i64)buf, sizeof buf, 0, 0, 0);
    if (n == -EINTR) continue;
    if (n <= 0) {
      if (n < 0) e = n;
      break;
    }
    for (k = 0; k < n; k++) {
      char c = buf[k];
      if (c == '\n') {
        field = len = esc = over = 0;
        continue;
      }
      if (field != 4) {
        if (c == ' ') field++;
        continue;
      }
      if (c == ' ') {
        /* The mount point has ended (whole, or cut at mp's size): below target? */
        int i, below = len > tlen && mp[tlen] == '/';
        for (i = 0; below && i < tlen; i++) below = mp[i] == target[i];
        field++;
        if (!below) continue;
        /* Below target, but longer than mp (a path past PATH_MAX, made with
         * relative paths): no mount(2) can name it, and skipping it, as
         * before, left it writable under a read-only tree. The start fails. */
        if (over) {
          e = -ENAMETOOLONG;
          goto done;
        }
        mp[len] = 0;
        e = remount_one(mp, flags);
        if (e == -EACCES) e = 0;
        if (e < 0) goto done;
        continue;
      }
      if (esc) {
        code = code * 8 + (c - '0');
        if (++esc < 4) continue;
        c = (char)code;
        esc = 0;
      } else if (c == '\\') {
        esc = 1;
        code = 0;
        continue;
      }
      if (len < (int)sizeof mp - 1) mp[len++] = c;
      else over = 1;
    }
  }
done:
  rs(SYS_close, fd, 0, 0, 0, 0, 0);
  return e;
}

/* A remount with MS_REC: the bind at target and every mount below it,
 * each keeping its own flags. mount_setattr(AT_RECURSIVE) does it in one
 * call where the kernel has it (5.12); before, mountinfo is walked. */
static i64 remount_rec(i64 procfd, const char *target, i64 flags) {
  u64 attr[4] = {0, 0, 0, 0};
  i64 e;
  if (flags & MS_RDONLY) attr[0] |= MOUNT_ATTR_RDONLY;
  if (flags & MS_NOSUID) attr[0] |= MOUNT_ATTR_NOSUID;
  if (flags & MS_NODEV) attr[0] |= MOUNT_ATTR_NODEV;
  if (flags & MS_NOEXEC) attr[0] |= MOUNT_ATTR_NOEXEC;
  if (flags & MS_NODIRATIME) attr[0] |= MOUNT_ATTR_NODIRATIME;
  if (flags & MS_NOSYMFOLLOW) attr[0] |= MOUNT_ATTR_NOSYMFOLLOW;
  if (flags & (MS_NOATIME | MS_RELATIME | MS_STRICTATIME)) {
    attr[1] = MOUNT_ATTR__ATIME;
    attr[0] |= (flags & MS_NOATIME) ? MOUNT_ATTR_NOATIME : (flags & MS_STRICTATIME) ? MOUNT_ATTR_STRICTATIME : MOUNT_ATTR_RELATIME;
  }
  e = rs(SYS_mount_setattr, AT_FDCWD, (i64)target, AT_RECURSIVE, (i64)attr, sizeof attr, 0);
  if (e != -ENOSYS) return e;
  if ((e = remount_one(target, flags)) < 0) return e;
  return remount_below(procfd, target, flags);
}

/* The mount program: ops of MOP_WORDS words each, { kind | create << 8 |
 * mode << 16 | MOP_TRY, flags, source, target, fstype, data } (strings NUL-terminated,
 * 0 for NULL). First every mount becomes a slave of the host's, as bwrap
 * does, so that nothing mounted here propagates back. Fails the child at the
 * first op that fails. */
static void run_mounts(i64 *r) {
  i64 *op = (i64 *)r[R_MOUNTS];
  i64 n = r[R_NMOUNTS], i, e;
  /* The host's /proc, while it is there, for a recursive remount's walk of
   * mountinfo (only where the kernel has no mount_setattr); -errno if not. */
  i64 procfd = -ENOENT;
  for (i = 0; i < n; i++)
    if ((op[i * MOP_WORDS] & 0xff) == M_REMOUNT && (op[i * MOP_WORDS + 1] & MS_REC)) {
      procfd = rs(SYS_openat, AT_FDCWD, (i64)"/proc", O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0, 0, 0);
      break;
    }
  if ((e = rs(SYS_mount, (i64)"none", (i64)"/", 0, MS_REC | MS_SLAVE, 0, 0)) < 0) child_fail(r, S_MOUNT_SLAVE, -e);
  for (i = 0; i < n; i++, op += MOP_WORDS) {
    int kind = (int)(op[0] & 0xff), create = (int)((op[0] >> 8) & 0xff);
    i64 mode = (op[0] >> 16) & 07777;
    const char *target = (const char *)op[3];
    /* A Try bind whose source is missing is skipped whole, as bwrap's
     * --bind-try: its Create makes nothing (the mount alone used to be
     * skipped, and an empty target was left in the tree). */
    if (kind == M_MOUNT && (op[0] & MOP_TRY) && (op[1] & MS_BIND) && op[2]) {
      e = rs(SYS_openat, AT_FDCWD, op[2], O_PATH | O_CLOEXEC, 0, 0, 0);
      if (e == -ENOENT) continue;
      if (e >= 0) rs(SYS_close, e, 0, 0, 0, 0, 0);
    }
    if (create == MC_DIR || kind == M_MKDIR) e = mkdir_p(target, mode, 1);
    else if (create == MC_FILE || kind == M_FILE) e = make_file(target, mode);
    else e = 0;
    if (e < 0) child_fail(r, S_MOUNT_CREATE, -e);
    if (kind == M_MOUNT) {
      e = rs(SYS_mount, op[2], op[3], op[4], op[1], op[5], 0);
      if (e < 0 && !(e == -ENOENT && (op[0] & MOP_TRY))) child_fail(r, S_MOUNT, -e);
    } else if (kind == M_REMOUNT) {
      e = (op[1] & MS_REC) ? remount_rec(procfd, target, op[1]) : remount_one(target, op[1]);
      if (e < 0 && !(e == -ENOENT && (op[0] & MOP_TRY))) child_fail(r, S_REMOUNT, -e);
    } else if (kind == M_SYMLINK) {
      if ((e = rs(SYS_symlinkat, op[2], AT_FDCWD, op[3], 0, 0, 0)) < 0) child_fail(r, S_SYMLINK, -e);
    } else if (kind == M_PIVOT) {
      if ((e = rs(SYS_pivot_root, op[3], op[2], 0, 0, 0, 0)) < 0) child_fail(r, S_PIVOT_ROOT, -e);
      if ((e = rs(SYS_chdir, (i64)"/", 0, 0, 0, 0, 0)) < 0) child_fail(r, S_PIVOT_ROOT, -e);
    }
  }
  if (procfd >= 0) rs(SYS_close, procfd, 0, 0, 0, 0, 0);
}

/* The capability sets, read (capget) into data: two { effective,
 * permitted, inheritable } for caps 0-31 and 32-63. */
static void caps_get(i64 *r, unsigned int *hdr, unsigned int *data) {
  i64 e;
  hdr[0] = LINUX_CAPABILITY_VERSION_3;
  hdr[1] = 0;
  if ((e = rs(SYS_capget, (i64)hdr, (i64)data, 0, 0, 0, 0)) < 0) child_fail(r, S_CAPGET, -e);
}

/* A Files entry that names an fd this call has just made (one of its pipes:
 * a number that was free when the call began, so a closed fd of the
 * caller's) gets EBADF in the child, as a closed fd does, instead of the
 * pipe: the child holding the error pipe's write end would block the
 * parent until the program ended (Go's ForkExec does). */
static void files_not(i64 *r, int a, int b) {
  int *fd = (int *)r[R_FILES];
  int n = (int)r[R_NFILES], i;
  for (i = 0; i < n; i++)
    if (fd[i] == a || fd[i] == b) fd[i] = -2;
}

static int child_main(void *arg) {
  i64 *r = (i64 *)arg;
  i64 flags = r[R_FLAGS];
  i64 e;
  int i;
  int nfiles = (int)r[R_NFILES];
  int *fd = (int *)r[R_FILES];
  int errpipe = (int)r[R_ERRPIPE_WR];
  int nextfd;

  /* Signal handlers: the child has a copy of the parent's table. Any handler
   * would run parent code in the child, so every caught signal goes back to
   * SIG_DFL (done by the kernel when clone3 had CLONE_CLEAR_SIGHAND, else
   * here, one query per signal). Ignored signals get what a Go child gets:
   * Go's runtime replaces an inherited SIG_IGN with its own handler for all
   * but SIGHUP, SIGINT, SIGCONT, SIGTSTP, SIGTTIN, SIGTTOU, 32 and 34
   * (KEEP_IGNORED), so its children find those ignored and the rest at
   * SIG_DFL; so do ours (R_IGNRESET, from the parent). Bun's own SIGPIPE and
   * SIGXFSZ are among the reset ones. All signals stay blocked (the parent
   * blocked them) until just before execve. */
  if (r[R_SIGCLEARED]) {
    u64 m = (u64)r[R_IGNRESET];
    for (i = 1; i <= NSIG; i++) {
      if (m & (1UL << (i - 1))) {
        u64 dfl[4] = {0, 0, 0, 0};
        rs(SYS_rt_sigaction, i, (i64)dfl, 0, 8, 0, 0);
      }
    }
  } else for (i = 1; i <= NSIG; i++) {
    u64 act[4];
    if (i == SIGKILL || i == SIGSTOP) continue;
    if (rs(SYS_rt_sigaction, i, 0, (i64)act, 8, 0, 0) < 0) continue;
    if (act[0] > 1 || (act[0] == 1 && !(KEEP_IGNORED & (1UL << (i - 1))))) {
      u64 dfl[4] = {0, 0, 0, 0};
      rs(SYS_rt_sigaction, i, (i64)dfl, 0, 8, 0, 0);
    }
  }

  /* Keep capabilities across setuid, for AmbientCaps and the chosen sets. */
  if (r[R_NAMBIENT] > 0 || (flags & F_CAPSETS)) {
    if ((e = rs(SYS_prctl, PR_SET_KEEPCAPS, 1, 0, 0, 0, 0)) < 0) child_fail(r, S_KEEPCAPS, -e);
  }

  /* Wait for the parent to write the id maps (CLONE_NEWUSER by clone). */
  if (flags & (F_UIDMAP | F_GIDMAP)) {
    int err2 = 0;
    rs(SYS_close, r[R_MAPPIPE_WR], 0, 0, 0, 0, 0);
    do e = rs(SYS_read, r[R_MAPPIPE_RD], (i64)&err2, sizeof err2, 0, 0, 0);
    while (e == -EINTR);
    if (e < 0) child_fail(r, S_IDMAP_WAIT, -e);
    if (e != sizeof err2) child_fail(r, S_IDMAP_WAIT, EINVAL);
    if (err2 != 0) child_fail(r, S_IDMAP_WRITE, err2);
    rs(SYS_close, r[R_MAPPIPE_RD], 0, 0, 0, 0, 0);
  }

  /* Join namespaces by fd: user namespaces first (joining one gives the
   * capabilities there that joining its other namespaces needs), then the
   * rest in order; before unshare, so that Unshareflags make new namespaces
   * under the joined ones. A PID namespace joined here holds the children of
   * the program, not the program itself; a time namespace holds both. */
  if (flags & F_SETNS) {
    i64 *ns = (i64 *)r[R_SETNS];
    int pass;
    for (pass = 0; pass < 2; pass++)
      for (i = 0; i < r[R_NSETNS]; i++) {
        if ((ns[2 * i + 1] == CLONE_NEWUSER) != (pass == 0)) continue;
        if ((e = rs(SYS_setns, ns[2 * i], ns[2 * i + 1], 0, 0, 0, 0)) < 0) child_fail(r, S_SETNS, -e);
      }
  }

  if (flags & F_SETSID) {
    if ((e = rs(SYS_setsid, 0, 0, 0, 0, 0, 0)) < 0) child_fail(r, S_SETSID, -e);
  }
  if (flags & (F_SETPGID | F_FOREGROUND)) {
    if ((e = rs(SYS_setpgid, 0, r[R_PGID], 0, 0, 0, 0)) < 0) child_fail(r, S_SETPGID, -e);
  }
  if (flags & F_FOREGROUND) {
    int pgrp = (int)r[R_PGID];
    if (pgrp == 0) pgrp = (int)rs(SYS_getpid, 0, 0, 0, 0, 0, 0);
    if ((e = rs(SYS_ioctl, r[R_CTTY], TIOCSPGRP, (i64)&pgrp, 0, 0, 0)) < 0) child_fail(r, S_FOREGROUND, -e);
  }

  if (r[R_UNSHAREFLAGS] != 0) {
    u64 uf = (u64)r[R_UNSHAREFLAGS];
    if ((e = rs(SYS_unshare, uf, 0, 0, 0, 0, 0)) < 0) child_fail(r, S_UNSHARE, -e);
    if ((uf & CLONE_NEWUSER) && (flags & F_GIDMAP)) {
      const char *sg = (flags & F_GID_SETGROUPS) ? "allow" : "deny";
      if ((e = write_file("/proc/self/setgroups", sg, (flags & F_GID_SETGROUPS) ? 5 : 4)) < 0) child_fail(r, S_SETGROUPS_FILE, -e);
      if ((e = write_file("/proc/self/gid_map", (const char *)r[R_GIDMAP], r[R_GIDMAP_LEN])) < 0) child_fail(r, S_GID_MAP, -e);
    }
    if ((uf & CLONE_NEWUSER) && (flags & F_UIDMAP)) {
      if ((e = write_file("/proc/self/uid_map", (const char *)r[R_UIDMAP], r[R_UIDMAP_LEN])) < 0) child_fail(r, S_UID_MAP, -e);
    }
    /* As unshare(1) and Go: a new mount namespace does not propagate back. */
    if (uf & CLONE_NEWNS) {
      if ((e = rs(SYS_mount, (i64)"none", (i64)"/", 0, MS_REC | MS_PRIVATE, 0, 0)) < 0) child_fail(r, S_MOUNT_PRIVATE, -e);
    }
  }

  /* The new UTS namespace exists now (Cloneflags or Unshareflags: ForkExec
   * refuses a name without one), with the capabilities the id maps gave. */
  if (flags & F_HOSTNAME) {
    if ((e = rs(SYS_sethostname, r[R_HOSTNAME], r[R_HOSTNAME_LEN], 0, 0, 0, 0)) < 0) child_fail(r, S_SETHOSTNAME, -e);
  }
  if (flags & F_DOMAINNAME) {
    if ((e = rs(SYS_setdomainname, r[R_DOMAINNAME], r[R_DOMAINNAME_LEN], 0, 0, 0, 0)) < 0) child_fail(r, S_SETDOMAINNAME, -e);
  }

  /* The mount program, in the child's own mount namespace (ForkExec refuses
   * one without CLONE_NEWNS), after the id maps that give a rootless child
   * the right to mount, before pivot_root and chroot, which it prepares. */
  if (flags & F_MOUNTS) run_mounts(r);

  /* pivot_root into the new root (a mount point), the old root stacked on
   * it by pivot_root(".", ".") and detached, then cwd "/", as bwrap. */
  if (flags & F_PIVOT) {
    if ((e = rs(SYS_chdir, r[R_PIVOT], 0, 0, 0, 0, 0)) < 0) child_fail(r, S_PIVOT_ROOT, -e);
    if ((e = rs(SYS_pivot_root, (i64)".", (i64)".", 0, 0, 0, 0)) < 0) child_fail(r, S_PIVOT_ROOT, -e);
    if ((e = rs(SYS_umount2, (i64)".", MNT_DETACH, 0, 0, 0, 0)) < 0) child_fail(r, S_UMOUNT_OLDROOT, -e);
    if ((e = rs(SYS_chdir, (i64)"/", 0, 0, 0, 0, 0)) < 0) child_fail(r, S_PIVOT_ROOT, -e);
  }

  if (r[R_CHROOT]) {
    if ((e = rs(SYS_chroot, r[R_CHROOT], 0, 0, 0, 0, 0)) < 0) child_fail(r, S_CHROOT, -e);
  }

  /* The bounding set, while the child still has CAP_SETPCAP: after a
   * setuid away from root it could not. It limits what execve gives. */
  if (flags & F_CAPBSET) {
    u64 keep = (u64)r[R_CAPBSET];
    for (i = 0; i < 64; i++) {
      if ((keep >> i) & 1) continue;
      e = rs(SYS_prctl, PR_CAPBSET_READ, i, 0, 0, 0, 0);
      if (e == -EINVAL) break; /* past the kernel's last capability */
      if (e == 0) continue;
      if ((e = rs(SYS_prctl, PR_CAPBSET_DROP, i, 0, 0, 0, 0)) < 0) child_fail(r, S_CAPBSET, -e);
    }
  }

  if (flags & F_CRED) {
    i64 ngroups = r[R_NGROUPS];
    int skip = ((flags & F_GIDMAP) && !(flags & F_GID_SETGROUPS) && ngroups == 0) || (flags & F_NOSETGROUPS);
    if (!skip) {
      if ((e = rs(SYS_setgroups, ngroups, ngroups > 0 ? r[R_GROUPS] : 0, 0, 0, 0, 0)) < 0) child_fail(r, S_SETGROUPS, -e);
    }
    if ((e = rs(SYS_setgid, r[R_GID], 0, 0, 0, 0, 0)) < 0) child_fail(r, S_SETGID, -e);
    if ((e = rs(SYS_setuid, r[R_UID], 0, 0, 0, 0, 0)) < 0) child_fail(r, S_SETUID, -e);
  }

  /* The chosen effective, permitted and inheritable sets, after the
   * credential change (which, without keepcaps, would clear them) and
   * before AmbientCaps, whose caps must be in the permitted and
   * inheritable sets. R_CAPWHICH: bit 0 effective, 1 permitted, 2 inheritable. */
  if (flags & F_CAPSETS) {
    unsigned int hdr[2];
    unsigned int data[6];
    int s;
    caps_get(r, hdr, data);
    for (s = 0; s < 3; s++) {
      if (!((r[R_CAPWHICH] >> s) & 1)) continue;
      data[s] = (unsigned int)((u64)r[R_CAPEFF + s] & 0xffffffffUL);
      data[3 + s] = (unsigned int)((u64)r[R_CAPEFF + s] >> 32);
    }
    if ((e = rs(SYS_capset, (i64)hdr, (i64)data, 0, 0, 0, 0)) < 0) child_fail(r, S_CAPSETS, -e);
  }

  if (r[R_NAMBIENT] > 0) {
    unsigned int hdr[2];
    unsigned int data[6]; /* two { effective, permitted, inheritable } */
    u64 *caps = (u64 *)r[R_AMBIENT];
    caps_get(r, hdr, data);
    for (i = 0; i < r[R_NAMBIENT]; i++) {
      u64 c = caps[i];
      if ((c >> 5) > 1) child_fail(r, S_CAPSET, EINVAL);
      data[(c >> 5) * 3 + 1] |= 1U << (c & 31);
      data[(c >> 5) * 3 + 2] |= 1U << (c & 31);
    }
    if ((e = rs(SYS_capset, (i64)hdr, (i64)data, 0, 0, 0, 0)) < 0) child_fail(r, S_CAPSET, -e);
    for (i = 0; i < r[R_NAMBIENT]; i++) {
      if ((e = rs(SYS_prctl, PR_CAP_AMBIENT, PR_CAP_AMBIENT_RAISE, (i64)caps[i], 0, 0, 0)) < 0) child_fail(r, S_AMBIENT, -e);
    }
  }

  if (r[R_DIR]) {
    if ((e = rs(SYS_chdir, r[R_DIR], 0, 0, 0, 0, 0)) < 0) child_fail(r, S_CHDIR, -e);
  }
  /* After the mount program, so it governs the program's files, not the
   * targets made for mounts (they get their own Mode). */
  if (flags & F_UMASK) rs(SYS_umask, r[R_UMASK], 0, 0, 0, 0, 0);

  /* After the credential change, which clears it; then check the parent is
   * still the one that spawned us, as Go does. In a new PID namespace
   * getppid() is 0 (the parent is outside it) and says nothing of the
   * parent: no self-signal there. Go's child would send it, and the kernel
   * drops it because the child is that namespace's init; ours has signals
   * blocked, so it would stay pending and, after PTRACE_TRACEME, become a
   * ptrace stop that the waiting parent never sees. */
  if (r[R_PDEATHSIG] != 0) {
    i64 ppid;
    if ((e = rs(SYS_prctl, PR_SET_PDEATHSIG, r[R_PDEATHSIG], 0, 0, 0, 0)) < 0) child_fail(r, S_PDEATHSIG, -e);
    ppid = rs(SYS_getppid, 0, 0, 0, 0, 0, 0);
    if (ppid != 0 && ppid != r[R_PPID]) {
      i64 self = rs(SYS_getpid, 0, 0, 0, 0, 0, 0);
      if ((e = rs(SYS_kill, self, r[R_PDEATHSIG], 0, 0, 0, 0)) < 0) child_fail(r, S_PDEATHSIG, -e);
    }
  }

  /* no_new_privs, then Landlock (which needs it, or CAP_SYS_ADMIN): after
   * every mount and pivot_root (a Landlock domain may not mount), and before
   * the fd shuffle, which may reuse the number of the ruleset fd. */
  if (flags & F_NONEWPRIVS) {
    if ((e = rs(SYS_prctl, PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0, 0)) < 0) child_fail(r, S_NO_NEW_PRIVS, -e);
  }
  if (flags & F_LANDLOCK) {
    if ((e = rs(SYS_landlock_restrict_self, r[R_LANDLOCK_FD], r[R_LANDLOCK_FLAGS], 0, 0, 0, 0)) < 0) child_fail(r, S_LANDLOCK, -e);
  }

  /* Pass 1: move the error pipe and every fd[i] < i above all of fd[], so
   * pass 2 cannot overwrite an fd it still needs. */
  nextfd = nfiles;
  for (i = 0; i < nfiles; i++)
    if (fd[i] > nextfd) nextfd = fd[i];
  nextfd++;
  /* The error pipe also stays clear of 0-2, which are closed past
   * len(Files) below: a process that closed its own stdio gets its pipe
   * there, and a report written to a closed fd would read as success. */
  if (errpipe >= 0 && (errpipe < nextfd || errpipe < 3)) {
    if (nextfd < 3) nextfd = 3;
    if ((e = rs(SYS_dup3, errpipe, nextfd, O_CLOEXEC, 0, 0, 0)) < 0) child_fail(r, S_DUP, -e);
    r[R_ERRPIPE_WR] = errpipe = nextfd;
    nextfd++;
  }
  for (i = 0; i < nfiles; i++) {
    if (fd[i] >= 0 && fd[i] < i) {
      if (nextfd == errpipe) nextfd++;
      if ((e = rs(SYS_dup3, fd[i], nextfd, O_CLOEXEC, 0, 0, 0)) < 0) child_fail(r, S_DUP, -e);
      fd[i] = nextfd;
      nextfd++;
    }
  }
  /* Pass 2: dup fd[i] onto i; -1 closes i. */
  for (i = 0; i < nfiles; i++) {
    if (fd[i] == -1) {
      rs(SYS_close, i, 0, 0, 0, 0, 0);
      continue;
    }
    if (fd[i] == i) {
      /* dup3(i, i) would fail; clear close-on-exec instead. */
      if ((e = rs(SYS_fcntl, i, F_SETFD, 0, 0, 0, 0)) < 0) child_fail(r, S_FCNTL, -e);
      continue;
    }
    if ((e = rs(SYS_dup3, fd[i], i, 0, 0, 0, 0)) < 0) child_fail(r, S_DUP, -e);
  }
  /* As Go: stdio past len(Files) is closed, not inherited. */
  for (i = nfiles; i < 3; i++) rs(SYS_close, i, 0, 0, 0, 0, 0);

  /* Beyond Go: nothing past len(Files) reaches the new program. */
  if (flags & F_CLOSEFDS) {
    if ((e = cloexec_from(nfiles > 3 ? nfiles : 3)) < 0) child_fail(r, S_CLOSE_FDS, -e);
  }

  if (flags & F_NOCTTY) {
    if ((e = rs(SYS_ioctl, 0, TIOCNOTTY, 0, 0, 0, 0)) < 0) child_fail(r, S_NOCTTY, -e);
  }
  if (flags & F_SETCTTY) {
    if ((e = rs(SYS_ioctl, r[R_CTTY], TIOCSCTTY, 1, 0, 0, 0)) < 0) child_fail(r, S_SETCTTY, -e);
  }
  /* Rlimits late, so that a low NOFILE or NPROC cannot fail a step above:
   * { resource, cur, max } each (the NOFILE of SetChildRlimitNofile among them). */
  if (flags & F_RLIMIT) {
    u64 *rl = (u64 *)r[R_RLIMITS];
    for (i = 0; i < r[R_NRLIMITS]; i++)
      if ((e = rs(SYS_prlimit64, 0, rl[3 * i], (i64)&rl[3 * i + 1], 0, 0, 0)) < 0) child_fail(r, S_RLIMIT, -e);
  }
  if (flags & F_PTRACE) {
    if ((e = rs(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0, 0, 0)) < 0) child_fail(r, S_PTRACE, -e);
  }
  /* The seccomp filter last, so that it cannot refuse the setup's own
   * syscalls: only rt_sigprocmask and execve run under it (and, should
   * execve fail, the report). Without no_new_privs or CAP_SYS_ADMIN the
   * kernel refuses it: EACCES. */
  if (flags & F_SECCOMP) {
    /* Not dumpable first: a filter that kills or traps the last syscalls
     * (SECCOMP_RET_KILL_*, SECCOMP_RET_TRAP, or the fault after an
     * exit_group it refuses) kills a child that has not exec'd, whose memory
     * is Bun's (CLONE_VM; the parent sets the flag back) or a copy of it:
     * with RLIMIT_CORE above 0 the kernel wrote a core of all of Bun's
     * memory into the child's cwd. execve gives the program its own flag.
     * Only now, after the id maps the parent writes (a non-dumpable
     * process's /proc files are root's), and only from 1: 2 (suid_dumpable)
     * could not be set back. */
    if (rs(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0, 0) == 1) rs(SYS_prctl, PR_SET_DUMPABLE, 0, 0, 0, 0, 0);
    if ((e = rs(SYS_prctl, PR_SET_SECCOMP, SECCOMP_MODE_FILTER, r[R_SECCOMP], 0, 0, 0)) < 0) child_fail(r, S_SECCOMP, -e);
  }

  /* The new program starts with an empty signal mask. */
  {
    u64 empty = 0;
    rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&empty, 0, 8, 0, 0);
  }
  e = rs(SYS_execve, r[R_PATH], r[R_ARGV], r[R_ENVP], 0, 0, 0);
  /* Still here: block signals again so nothing runs between here and exit. */
  {
    u64 all = ~0UL;
    rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&all, 0, 8, 0, 0);
  }
  /* execve returns only on failure, but a seccomp filter's SECCOMP_RET_ERRNO
   * with errno 0 makes it return 0 without running anything: reported as 0,
   * that read as success (the parent then returned a reaped child's pid, or
   * pid 0 with no error). The filter refused the exec: EPERM. */
  child_fail(r, S_EXECVE, e < 0 ? -e : EPERM);
  return 0;
}

#if defined(__x86_64__)
/* clone3 with a new stack, on which the child calls fn(arg) and exits with
 * its result: the child never returns through a C frame, so CLONE_VM with
 * CLONE_VFORK is safe here, as in glibc's clone(). Returns the pid or
 * -errno. (aarch64 builds use glibc's clone() and reset handlers by hand.) */
#define HAVE_CLONE3_VM 1
static i64 clone3_vm(u64 *args, i64 size, int (*fn)(void *), void *arg) {
  i64 ret;
  __asm__ volatile(
    "mov %3, %%r12\n\t"
    "mov %4, %%r13\n\t"
    "syscall\n\t"
    "test %%rax, %%rax\n\t"
    "jnz 1f\n\t"
    "xor %%ebp, %%ebp\n\t"
    "and $-16, %%rsp\n\t"
    "mov %%r13, %%rdi\n\t"
    "call *%%r12\n\t"
    "mov %%eax, %%edi\n\t"
    "mov $231, %%eax\n\t"
    "syscall\n\t"
    "hlt\n\t"
    "1:\n\t"
    : "=a"(ret)
    : "0"((i64)SYS_clone3), "D"(args), "r"(fn), "r"(arg), "S"(size)
    : "rcx", "r11", "r12", "r13", "memory");
  return ret;
}
#else
#define HAVE_CLONE3_VM 0
static i64 clone3_vm(u64 *args, i64 size, int (*fn)(void *), void *arg) { return -ENOSYS; }
#endif
static int clone3_vm_missing = 0;

static int write_idmaps(i64 *r, i64 pid) {
  /* /proc/<pid>/{setgroups,gid_map,uid_map}, as Go's writeUidGidMappings */
  char *path = (char *)r[R_PROCPATH];
  char digits[24];
  int n = 0, len, i;
  i64 v = pid;
  do { digits[n++] = (char)('0' + v % 10); v /= 10; } while (v > 0);
  len = 0;
  const char *pre = "/proc/";
  for (i = 0; pre[i]; i++) path[len++] = pre[i];
  while (n > 0) path[len++] = digits[--n];
  path[len++] = '/';
  int e;
  if (r[R_FLAGS] & F_GIDMAP) {
    const char *sg = (r[R_FLAGS] & F_GID_SETGROUPS) ? "allow" : "deny";
    const char *name = "setgroups";
    for (i = 0; name[i]; i++) path[len + i] = name[i];
    path[len + i] = 0;
    /* Linux < 3.19 has no setgroups file: Go ignores ENOENT there. */
    e = write_file(path, sg, (r[R_FLAGS] & F_GID_SETGROUPS) ? 5 : 4);
    if (e < 0 && e != -2) return -e;
    name = "gid_map";
    for (i = 0; name[i]; i++) path[len + i] = name[i];
    path[len + i] = 0;
    if ((e = write_file(path, (const char *)r[R_GIDMAP], r[R_GIDMAP_LEN])) < 0) return -e;
  }
  if (r[R_FLAGS] & F_UIDMAP) {
    const char *name = "uid_map";
    for (i = 0; name[i]; i++) path[len + i] = name[i];
    path[len + i] = 0;
    if ((e = write_file(path, (const char *)r[R_UIDMAP], r[R_UIDMAP_LEN])) < 0) return -e;
  }
  return 0;
}

/* Ignored signals a child resets (see child_main), learnt once per thread
 * on the first spawn: reading 62 dispositions costs about 10 us, too much
 * for every spawn, and only native code can make a signal ignored after
 * that. On that first spawn, SIGCHLD goes back to SIG_DFL if the Bun
 * process inherited it ignored (or with SA_NOCLDWAIT): otherwise the kernel
 * reaps every child and Wait4 finds none, where Go's runtime, which catches
 * SIGCHLD, gets the status. */
static int sig_known = 0;
static u64 ign_reset = 0;
static void learn_signals(void) {
  int i;
  u64 act[4];
  if (rs(SYS_rt_sigaction, SIGCHLD, 0, (i64)act, 8, 0, 0) == 0 && (act[0] == 1 || (act[0] == 0 && (act[1] & SA_NOCLDWAIT)))) {
    u64 dfl[4] = {0, 0, 0, 0};
    rs(SYS_rt_sigaction, SIGCHLD, (i64)dfl, 0, 8, 0, 0);
  }
  ign_reset = 0;
  for (i = 1; i <= NSIG; i++) {
    if (i == SIGKILL || i == SIGSTOP || (KEEP_IGNORED & SIGBIT(i))) continue;
    if (rs(SYS_rt_sigaction, i, 0, (i64)act, 8, 0, 0) == 0 && act[0] == 1) ign_reset |= SIGBIT(i);
  }
  sig_known = 1;
}

static void reap(i64 pid) {
  i64 e;
  do e = rs(SYS_wait4, pid, 0, 0, 0, 0, 0);
  while (e == -EINTR);
}

/*
 * ForkExec's native half. Returns 0 with r[R_PID] (and r[R_PIDFD]) set, or
 * an errno with r[R_STEP] naming the failed step; a child that failed has
 * been reaped. The caller's signal mask, errno and dumpable flag are as
 * they were.
 */
int bsc_forkexec(i64 *r) {
  int saved_errno = *__errno_location();
  u64 all = ~0UL, old = 0;
  i64 pid, e;
  i64 flags = r[R_FLAGS];
  u64 cloneflags = (u64)r[R_CLONEFLAGS];
  int mp[2] = {-1, -1}, ep[2] = {-1, -1};
  int pidfd = -1;
  int dumpable = -1;
  int needmaps = (flags & (F_UIDMAP | F_GIDMAP)) != 0;
  int classic = MODE_VM;
  int fast, mode, vmmaps, vm = 0, novm = 0, traced;
  u64 ca[11];

  /* The classic choice, as Go makes it. clone(2) cannot carry
   * CLONE_NEWTIME (it overlaps the exit signal) nor flags past 32 bits
   * (CLONE_CLEAR_SIGHAND, CLONE_INTO_CGROUP): clone3. Id maps are written by
   * the parent when the user namespace comes from clone; with unshare the
   * child writes them itself, but still waits on the pipe as Go's does.
   * Either way the parent must run while the child waits: no CLONE_VFORK. */
  if ((flags & F_CGROUP) || (cloneflags & CLONE_NEWTIME) || (cloneflags >> 32)) classic = MODE_CLONE3;
  else if ((cloneflags & CLONE_NEWUSER) || needmaps) classic = MODE_FORK;
  /* Joining a time namespace needs a child alone in its memory (the
   * kernel's timens_install: EUSERS otherwise), so not CLONE_VM: a
   * fork-like clone, fast path or not. ForkExec resolves Nstype 0 to the
   * namespace's own type first, so a time namespace given as "any" counts. */
  if (flags & F_SETNS) {
    i64 *ns = (i64 *)r[R_SETNS];
    for (e = 0; e < r[R_NSETNS]; e++)
      if (ns[2 * e + 1] & CLONE_NEWTIME) novm = 1;
    if (novm && classic == MODE_VM) classic = MODE_FORK;
  }
  /* Ptrace with a seccomp filter: a filter that traps the child's last
   * syscalls (SECCOMP_RET_TRAP on rt_sigprocmask or execve; the fault after
   * an exit_group it refuses) raises a signal before execve, which a traced
   * child takes as a ptrace stop, for a tracer that is this thread, blocked
   * in vfork (or on the pipe) until the child execs or exits: both hung for
   * good. So such a child gets no share of our memory (it may stay stopped
   * once we return), and the parent waits for its first stop or its exit
   * (waitid, WNOWAIT: the stop stays for the caller's Wait4) before reading
   * the pipe, without blocking (traced). */
  traced = (flags & F_PTRACE) && (flags & F_SECCOMP);
  if (traced) {
    novm = 1;
    if (classic == MODE_VM) classic = MODE_FORK;
  }
  /* The fast path, where it exists: clone3(CLONE_VM|CLONE_VFORK|
   * CLONE_CLEAR_SIGHAND) on our stack. It carries every flag. Id maps from
   * clone take the same child without CLONE_VFORK (vmmaps): the parent,
   * which must write the maps while the child waits, runs beside it in the
   * shared memory, touching only its own locals and the pipes (rs() leaves
   * errno alone on x86_64), and returns only once the child has exec'd or
   * died, as under vfork; so no page table of Bun's is copied. A child that
   * unshares its own user namespace cannot share memory (unshare refuses
   * CLONE_NEWUSER then): a fork-like clone, as Go. */
  vmmaps = needmaps && !((u64)r[R_UNSHAREFLAGS] & CLONE_NEWUSER);
  fast = (!needmaps || vmmaps) && !novm && HAVE_CLONE3_VM && !clone3_vm_missing;
  mode = fast ? MODE_VM : classic;
  r[R_MODE] = mode;

  r[R_ERR] = 0;
  r[R_STEP] = S_NONE;
  r[R_PID] = 0;
  r[R_PIDFD] = -1;
  r[R_ERRPIPE_WR] = -1;
  if ((cloneflags & BAD_CLONEFLAGS) || ((cloneflags & CLONE_PIDFD) && !(flags & F_PIDFD)) ||
      ((cloneflags & CLONE_INTO_CGROUP) && !(flags & F_CGROUP))) {
    r[R_STEP] = S_CLONEFLAGS;
    r[R_ERR] = EINVAL;
    return EINVAL;
  }
  if (!sig_known) learn_signals();
  r[R_IGNRESET] = (i64)ign_reset;
  /* For the Pdeathsig check: the parent the child must still have. */
  r[R_PPID] = r[R_PDEATHSIG] != 0 ? rs(SYS_getpid, 0, 0, 0, 0, 0, 0) : 0;

  if (needmaps) {
    if ((e = rs(SYS_pipe2, (i64)mp, O_CLOEXEC, 0, 0, 0, 0)) < 0) { r[R_STEP] = S_PIPE; goto out_err; }
    r[R_MAPPIPE_RD] = mp[0];
    r[R_MAPPIPE_WR] = mp[1];
    files_not(r, mp[0], mp[1]);
  }
  /* A credential change in a CLONE_VM child clears the shared dumpable
   * flag: a Credential, or joining a user namespace that is not below ours
   * (setns commits new credentials whose capabilities are no subset); and
   * the child clears it itself before a seccomp filter. */
  if ((flags & (F_CRED | F_SETNS | F_SECCOMP)) && (fast || classic == MODE_VM)) dumpable = (int)rs(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0, 0);

  /* clone3's arguments: the fast path adds CLONE_VM|CLONE_VFORK|
   * CLONE_CLEAR_SIGHAND and the stack; the classic clone3 uses them as they are. */
  for (e = 0; e < 11; e++) ca[e] = 0;
  ca[0] = cloneflags | ((flags & F_CGROUP) ? CLONE_INTO_CGROUP : 0) | ((flags & F_PIDFD) ? CLONE_PIDFD : 0);
  ca[1] = (u64)&pidfd;
  ca[4] = SIGCHLD;
  if (flags & F_CGROUP) ca[10] = (u64)r[R_CGROUPFD];

  /* The id-map child reports through the pipe even when it shares memory:
   * the parent is reading it anyway. */
  if (fast && vmmaps) {
    if ((e = rs(SYS_pipe2, (i64)ep, O_CLOEXEC, 0, 0, 0, 0)) < 0) { r[R_STEP] = S_PIPE; goto out_err; }
    r[R_ERRPIPE_WR] = ep[1];
    files_not(r, ep[0], ep[1]);
    if (flags & (F_CRED | F_SETNS | F_SECCOMP)) dumpable = (int)rs(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0, 0);
  }
  rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&all, (i64)&old, 8, 0, 0);
  if (fast) {
    u64 fa[11];
    for (e = 0; e < 11; e++) fa[e] = ca[e];
    fa[0] |= CLONE_VM | CLONE_CLEAR_SIGHAND | (vmmaps ? 0 : CLONE_VFORK);
    fa[5] = (u64)r[R_STACK];
    fa[6] = (u64)r[R_STACK_SIZE];
    r[R_MODE] = mode = vmmaps ? MODE_FORK : MODE_VM;
    r[R_SIGCLEARED] = 1;
    pid = clone3_vm(fa, sizeof fa, child_main, r);
    if (pid != -ENOSYS && pid != -EPERM && pid != -EINVAL) {
      vm = 1;
      goto cloned;
    }
    if (vmmaps) {
      /* Back to Go's fork-like clone: its error pipe is made below. */
      rs(SYS_close, ep[0], 0, 0, 0, 0, 0);
      rs(SYS_close, ep[1], 0, 0, 0, 0, 0);
      ep[0] = ep[1] = -1;
      r[R_ERRPIPE_WR] = -1;
      dumpable = -1;
    }
    /* Refused: no clone3 (Linux < 5.3, or a seccomp filter), no
     * CLONE_CLEAR_SIGHAND (< 5.5), or the caller's own flags. Go's classic
     * path for this call; and for good when the refusal cannot be the
     * caller's flags. */
    if (pid == -ENOSYS || (ca[0] == 0)) clone3_vm_missing = 1;
    mode = classic;
  }
  r[R_MODE] = mode;
  r[R_SIGCLEARED] = 0;
  /* Without CLONE_VM the child reports through a pipe, not shared memory. */
  if (mode != MODE_VM) {
    if ((e = rs(SYS_pipe2, (i64)ep, O_CLOEXEC | (traced ? O_NONBLOCK : 0), 0, 0, 0, 0)) < 0) {
      rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&old, 0, 8, 0, 0);
      r[R_STEP] = S_PIPE;
      goto out_err;
    }
    r[R_ERRPIPE_WR] = ep[1];
    files_not(r, ep[0], ep[1]);
  }
  if (mode == MODE_CLONE3) {
    pid = rs(SYS_clone3, (i64)ca, sizeof ca, 0, 0, 0, 0);
    if (pid == 0) {
      child_main(r);
      for (;;) syscall(SYS_exit_group, 253, 0, 0, 0, 0, 0);
    }
  } else {
    u64 cf = cloneflags | SIGCHLD | ((flags & F_PIDFD) ? CLONE_PIDFD : 0);
    if (mode == MODE_VM) cf |= CLONE_VM | CLONE_VFORK;
    /* glibc's clone takes an int: the flags clone(2) accepts all fit in 32 bits. */
    /* Every argument glibc may read is passed: ptid (the pidfd with
     * CLONE_PIDFD), tls and ctid as NULL (the flags that use them are refused). */
    pid = clone(child_main, (void *)(r[R_STACK] + r[R_STACK_SIZE]), (int)cf, r, &pidfd, (void *)0, (void *)0);
    if (pid == -1) pid = -(i64)*__errno_location();
  }
cloned:
  rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&old, 0, 8, 0, 0);

  if (pid < 0) {
    e = pid;
    r[R_STEP] = S_CLONE;
    goto out_err;
  }

  if (mode == MODE_VM) {
    /* The child has exec'd or died: its report, if any, is in r. */
    if (dumpable >= 0 && rs(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0, 0) != dumpable)
      rs(SYS_prctl, PR_SET_DUMPABLE, dumpable, 0, 0, 0, 0);
    if (r[R_ERR] != 0) {
      reap(pid);
      if (pidfd >= 0) rs(SYS_close, pidfd, 0, 0, 0, 0, 0);
      *__errno_location() = saved_errno;
      return (int)r[R_ERR];
    }
  } else {
    int msg[2] = {0, 0};
    rs(SYS_close, ep[1], 0, 0, 0, 0, 0);
    ep[1] = -1;
    if (needmaps) {
      int err2 = 0;
      rs(SYS_close, mp[0], 0, 0, 0, 0, 0);
      mp[0] = -1;
      if (!((u64)r[R_UNSHAREFLAGS] & CLONE_NEWUSER)) err2 = write_idmaps(r, pid);
      rs(SYS_write, mp[1], (i64)&err2, sizeof err2, 0, 0, 0);
      rs(SYS_close, mp[1], 0, 0, 0, 0, 0);
      mp[1] = -1;
    }
    if (traced) {
      /* Its exec (the SIGTRAP stop after it), its exit, or a stop before
       * execve, whose signal the caller, its tracer, sees in Wait4. */
      u64 info[16];
      do e = rs(SYS_waitid, P_PID, pid, (i64)info, WEXITED | WSTOPPED | WNOWAIT, 0, 0);
      while (e == -EINTR);
    }
    do e = rs(SYS_read, ep[0], (i64)msg, 8, 0, 0, 0);
    while (e == -EINTR);
    if (traced && e == -EAGAIN) e = 0; /* stopped before execve, no report: started */
    rs(SYS_close, ep[0], 0, 0, 0, 0, 0);
    ep[0] = -1;
    /* A child that shared our memory has exec'd (its copy of the pipe
     * closed after the kernel switched its memory) or reported; a
     * credential change in it cleared the shared dumpable flag. */
    if (vm && dumpable >= 0 && rs(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0, 0) != dumpable)
      rs(SYS_prctl, PR_SET_DUMPABLE, dumpable, 0, 0, 0, 0);
    if (e != 0) {
      /* A report (or a broken read): the child failed and has exited (a
       * child sharing our memory is off it only once reaped: reap first). */
      r[R_ERR] = e == 8 ? msg[0] : (e < 0 ? -e : EINVAL);
      r[R_STEP] = e == 8 ? msg[1] : S_EXECVE;
      /* A traced child may be stopped after its report (the fault that
       * follows an exit_group the filter refused): no wait4 would return. */
      if (traced) rs(SYS_kill, pid, SIGKILL, 0, 0, 0, 0);
      reap(pid);
      if (pidfd >= 0) rs(SYS_close, pidfd, 0, 0, 0, 0, 0);
      *__errno_location() = saved_errno;
      return (int)r[R_ERR];
    }
  }
  r[R_PID] = pid;
  r[R_PIDFD] = pidfd;
  *__errno_location() = saved_errno;
  return 0;

out_err:
  if (mp[0] >= 0) rs(SYS_close, mp[0], 0, 0, 0, 0, 0);
  if (mp[1] >= 0) rs(SYS_close, mp[1], 0, 0, 0, 0, 0);
  if (ep[0] >= 0) rs(SYS_close, ep[0], 0, 0, 0, 0, 0);
  if (ep[1] >= 0) rs(SYS_close, ep[1], 0, 0, 0, 0, 0);
  r[R_ERR] = -e;
  *__errno_location() = saved_errno;
  return (int)-e;
}

/*
 * Exec's native half: the calling process becomes path. Signal handlers go
 * back to SIG_DFL (execve does that for caught ones; ignored ones are reset
 * here as a Go program's would be, SIGPIPE and SIGXFSZ among them) and the
 * mask is emptied. nofile_cur,
 * if not -1, becomes the NOFILE soft limit. Returns the errno of execve
 * only on failure, after restoring what it changed.
 */
int bsc_exec(const char *path, char *const *argv, char *const *envp, i64 nofile_cur) {
  int saved_errno = *__errno_location();
  u64 all = ~0UL, old = 0, empty = 0;
  u64 saved[NSIG][4];
  u64 dfl[4] = {0, 0, 0, 0};
  u64 oldlim[2], newlim[2];
  u64 reset;
  int setlim = 0, i;
  i64 e;
  rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&all, (i64)&old, 8, 0, 0);
  /* The chosen NOFILE soft limit, capped at the hard limit, which stays as
   * it is so that a failed execve can put the soft limit back. */
  if (nofile_cur >= 0 && rs(SYS_prlimit64, 0, RLIMIT_NOFILE, 0, (i64)oldlim, 0, 0) == 0) {
    newlim[0] = (u64)nofile_cur < oldlim[1] ? (u64)nofile_cur : oldlim[1];
    newlim[1] = oldlim[1];
    if ((e = rs(SYS_prlimit64, 0, RLIMIT_NOFILE, (i64)newlim, 0, 0, 0)) < 0) {
      rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&old, 0, 8, 0, 0);
      *__errno_location() = saved_errno;
      return (int)-e;
    }
    setlim = 1;
  }
  /* The ignored signals a Go program's Exec would not pass on (see
   * learn_signals), read now: Exec happens once. */
  reset = 0;
  for (i = 1; i <= NSIG; i++) {
    if (i == SIGKILL || i == SIGSTOP || (KEEP_IGNORED & SIGBIT(i))) continue;
    if (rs(SYS_rt_sigaction, i, 0, (i64)saved[i - 1], 8, 0, 0) == 0 && saved[i - 1][0] == 1) {
      reset |= SIGBIT(i);
      rs(SYS_rt_sigaction, i, (i64)dfl, 0, 8, 0, 0);
    }
  }
  rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&empty, 0, 8, 0, 0);
  e = rs(SYS_execve, (i64)path, (i64)argv, (i64)envp, 0, 0, 0);
  rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&all, 0, 8, 0, 0);
  for (i = 1; i <= NSIG; i++)
    if (reset & SIGBIT(i)) rs(SYS_rt_sigaction, i, (i64)saved[i - 1], 0, 8, 0, 0);
  if (setlim) rs(SYS_prlimit64, 0, RLIMIT_NOFILE, (i64)oldlim, 0, 0, 0);
  rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&old, 0, 8, 0, 0);
  *__errno_location() = saved_errno;
  return (int)-e;
}
