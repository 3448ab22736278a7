/*
 * bun-syscall: the process-exit waiter behind Wait4Async, compiled by
 * bun:ffi's cc on the first asynchronous wait (one per JavaScript thread).
 *
 * One native thread sleeps in epoll_wait on the pidfds of the children being
 * waited for, and on the fds PollAsync waits on. When one is ready (a child
 * exits and its pidfd becomes readable; an fd becomes readable or
 * writable), the thread writes a 16-byte record, the watch's token and the
 * events seen, to a pipe that Bun's event loop reads, or calls a bun:ffi
 * threadsafe callback with them (on the main thread). It never reaps:
 * JavaScript reaps the child (wait4 with WNOHANG) only if the wait is still
 * wanted, so a cancelled wait leaves the child reapable. Every watch is
 * one-shot (EPOLLONESHOT): JavaScript re-arms it when it still wants it.
 *
 * Where pidfds are missing (Linux < 5.3, or a seccomp filter), a thread per
 * child blocks in waitid(P_PID, pid, WEXITED | WNOWAIT), which also does not
 * reap, and then writes the token.
 *
 * No system headers (see DESIGN.md): prototypes and constants are here.
 */

typedef unsigned long u64;
typedef unsigned long pthread_t;

int pthread_create(pthread_t *thread, const void *attr, void *(*fn)(void *), void *arg);
int pthread_detach(pthread_t thread);
int pthread_join(pthread_t thread, void **ret);
int pthread_sigmask(int how, const void *set, void *old);
int epoll_create1(int flags);
int epoll_ctl(int epfd, int op, int fd, void *event);
int epoll_wait(int epfd, void *events, int maxevents, int timeout);
long write(int fd, const void *buf, u64 n);
int waitid(int idtype, int id, void *info, int options);
int *__errno_location(void);
int close(int fd);
int fcntl(int fd, int cmd, ...);
void *malloc(u64 n);
void free(void *p);
int eventfd(unsigned int initval, int flags);
int prctl(int option, ...);
long syscall(long n, ...);
int nanosleep(const void *req, void *rem);

#define EINTR 4
#define ECHILD 10
#define EPERM 1
#define ENOSYS 38
#define EPOLL_CLOEXEC 02000000
#define EPOLL_CTL_ADD 1
#define EPOLL_CTL_DEL 2
#define EPOLL_CTL_MOD 3
#define EPOLLIN 0x001
#define EPOLLONESHOT (1U << 30)
#define SIG_SETMASK 2
#define P_PID 1
#define WEXITED 4
#define WNOWAIT 0x01000000
#define EFD_CLOEXEC 02000000
#define STOP_TOKEN (~0UL)
#define F_DUPFD_CLOEXEC 1030
#define PR_SET_NAME 15

/* struct epoll_event is packed on x86_64 (12 bytes), natural on aarch64 (16).
 * epoll_pwait2 and epoll_pwait, for where epoll_wait is refused. */
#if defined(__x86_64__)
#define EV_SIZE 12
#define SYS_epoll_pwait 281
#elif defined(__aarch64__)
#define EV_SIZE 16
#define SYS_epoll_pwait 22
#else
#error "bun-syscall: waiter.c supports x86_64 and aarch64 only"
#endif

/* The running waiter: its epoll set, the pipe end it writes to, and the
 * eventfd that tells it to stop. One at a time per compiled instance (that
 * is, per JavaScript thread); the thread owns and closes all three. */
static int epfd = -1;
static int notify_fd = -1;
static int stop_fd = -1;
static pthread_t loop_thread;

/* Where reports go: a bun:ffi threadsafe callback when JavaScript gave one
 * (the main thread: Bun queues the call onto its event loop, with no pipe
 * and no stream in between), else the pipe. The callback gets a batch:
 * (records, count), records malloc'd here and freed by JavaScript through
 * bsc_waiter_free once it has read them, so that the children that exit
 * together cost one turn of the event loop, not one each. */
static void (*report_cb)(u64, u64) = 0;

/* Frees a batch the callback was given. */
int bsc_waiter_free(void *records) {
  free(records);
  return 0;
}

/* Reports n records (token, events) at once: one callback, or n pipe writes. */
static void notify(int fd, u64 token, unsigned int revents);
static void notify_batch(int fd, u64 *rec, int n) {
  if (report_cb != 0) {
    u64 *copy;
    /* No memory (malloc returned NULL): there is no pipe to fall back on
     * (fd is -1 with a callback), and a report must not be lost (its wait
     * would never settle): try again a millisecond later, until memory is
     * back. Not through notify, which comes back here: the two called each
     * other without end, until this thread's stack overflowed and Bun died. */
    while ((copy = malloc((u64)n * 16)) == 0) {
      long pause[2] = {0, 1000 * 1000};
      nanosleep(pause, 0);
    }
    for (int i = 0; i < 2 * n; i++) copy[i] = rec[i];
    report_cb((u64)copy, (u64)n);
    return;
  }
  for (int i = 0; i < n; i++) notify(fd, rec[2 * i], (unsigned int)rec[2 * i + 1]);
}

/* One record: the token, then the events (a 16-byte write is atomic on a pipe). */
static void notify(int fd, u64 token, unsigned int revents) {
  u64 rec[2];
  long n;
  if (report_cb != 0 && fd < 0) {
    notify_batch(fd, (rec[0] = token, rec[1] = revents, rec), 1);
    return;
  }
  rec[0] = token;
  rec[1] = revents;
  do n = write(fd, rec, 16);
  while (n < 0 && *__errno_location() == EINTR);
}

/* Sends reports to cb (a threadsafe callback) instead of the pipe; 0 goes back to the pipe.
 * Call only while no waiter thread runs. */
int bsc_waiter_set_callback(void (*cb)(u64, u64)) {
  report_cb = cb;
  return 0;
}

/* The thread's fds. A next start comes only after bsc_waiter_stop has
 * joined this thread, so one static copy is enough. */
struct loop_args { int epfd, notify_fd, stop_fd; };
static struct loop_args loop_args;

#define SYS_epoll_pwait2 441

/* Which call waits: glibc's epoll_wait (x86_64's epoll_wait(2), an
 * epoll_pwait(2) on aarch64), else epoll_pwait2(2), which Bun's own event
 * loop uses, else epoll_pwait(2). A seccomp filter that lets Bun run may
 * refuse the first (EPERM or ENOSYS): the thread then moves on to the
 * next, instead of retrying a refused call for ever. Set once per
 * compiled copy (each JavaScript thread has one). */
static int wait_call = 0;

static int wait_events(int epfd, unsigned char *events) {
  if (wait_call == 0) return epoll_wait(epfd, events, 64, -1);
  /* Every argument a long: syscall(2) reads six of them (a NULL timeout waits for ever). */
  if (wait_call == 1) return (int)syscall(SYS_epoll_pwait2, (long)epfd, (long)events, 64L, 0L, 0L, 0L);
  return (int)syscall(SYS_epoll_pwait, (long)epfd, (long)events, 64L, -1L, 0L, 8L);
}

static void *epoll_loop(void *arg) {
  struct loop_args a = *(struct loop_args *)arg;
  /* Named, so that /proc/PID/task shows which thread is ours. */
  prctl(PR_SET_NAME, "bsc-waiter", 0, 0, 0);
  unsigned char events[64 * EV_SIZE];
  u64 rec[128];
  for (;;) {
    int n = wait_events(a.epfd, events), m = 0, stop = 0;
    if (n < 0) {
      int e = *__errno_location();
      if ((e == ENOSYS || e == EPERM) && wait_call < 2) wait_call++;
      continue; /* EINTR, or the next call */
    }
    for (int i = 0; i < n; i++) {
      u64 token = *(u64 *)(events + i * EV_SIZE + (EV_SIZE == 12 ? 4 : 8));
      if (token == STOP_TOKEN) {
        stop = 1;
        continue;
      }
      rec[2 * m] = token;
      rec[2 * m + 1] = *(unsigned int *)(events + i * EV_SIZE);
      m++;
    }
    if (m > 0 && !stop) notify_batch(a.notify_fd, rec, m);
    if (stop) {
      close(a.stop_fd);
      close(a.epfd);
      if (a.notify_fd >= 0) close(a.notify_fd);
      return 0;
    }
  }
  return 0;
}

/* Starts a waiter thread, which writes tokens to notify_write_fd and owns
 * it from now on. Returns 0 or -errno. */
int bsc_waiter_start(int notify_write_fd) {
  u64 all[16], old[16]; /* glibc's sigset_t: 1024 bits */
  pthread_t t;
  int e;
  unsigned char ev[16] = {0};
  epfd = epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0) return -*__errno_location();
  stop_fd = eventfd(0, EFD_CLOEXEC);
  if (stop_fd < 0) {
    e = *__errno_location();
    close(epfd);
    return -e;
  }
  *(unsigned int *)ev = EPOLLIN;
  *(u64 *)(ev + (EV_SIZE == 12 ? 4 : 8)) = STOP_TOKEN;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, stop_fd, ev) < 0) {
    /* ENOMEM, or ENOSPC past fs.epoll.max_user_watches: a thread whose
     * stop eventfd is not in its set could never be told to stop, and
     * bsc_waiter_stop would wait for it for ever. */
    e = *__errno_location();
    close(stop_fd);
    close(epfd);
    stop_fd = epfd = -1;
    return -e;
  }
  notify_fd = notify_write_fd;
  /* The thread runs with every signal blocked, so no handler of Bun's runs on it. */
  for (e = 0; e < 16; e++) all[e] = ~0UL;
  pthread_sigmask(SIG_SETMASK, all, old);
  loop_args.epfd = epfd;
  loop_args.notify_fd = notify_fd;
  loop_args.stop_fd = stop_fd;
  e = pthread_create(&t, 0, epoll_loop, &loop_args);
  pthread_sigmask(SIG_SETMASK, old, 0);
  if (e != 0) {
    close(stop_fd);
    close(epfd);
    return -e;
  }
  loop_thread = t;
  return 0;
}

/* Tells the waiter thread to close its fds (the pipe's write end too) and
 * exit, and waits until it has: when this returns, they are closed. */
int bsc_waiter_stop(void) {
  u64 one = 1;
  if (stop_fd < 0) return 0;
  write(stop_fd, &one, 8);
  pthread_join(loop_thread, 0);
  stop_fd = epfd = notify_fd = -1;
  return 0;
}

/* Watches fd once (EPOLLONESHOT) for events (EPOLLIN for a pidfd); token
 * comes back with the events seen. op is EPOLL_CTL_ADD, or EPOLL_CTL_MOD to
 * watch once more after a one-shot event. Returns 0 or -errno. */
int bsc_waiter_watch(int fd, int op, unsigned int events, u64 token) {
  unsigned char ev[16] = {0};
  if (op != EPOLL_CTL_ADD && op != EPOLL_CTL_MOD) return -22; /* EINVAL */
  *(unsigned int *)ev = events | EPOLLONESHOT;
  *(u64 *)(ev + (EV_SIZE == 12 ? 4 : 8)) = token;
  if (epoll_ctl(epfd, op, fd, ev) < 0) return -*__errno_location();
  return 0;
}

/* The running waiter's stop eventfd (registered in its epoll set), or -1:
 * JavaScript must not let a PollAsync of that number modify its registration. */
int bsc_waiter_stop_fd(void) {
  return stop_fd;
}

/* Stops watching fd (a cancelled wait). Returns 0 or -errno. */
int bsc_waiter_del(int fd) {
  unsigned char ev[16] = {0};
  if (epoll_ctl(epfd, EPOLL_CTL_DEL, fd, ev) < 0) return -*__errno_location();
  return 0;
}

/* A fallback thread: the pid to wait for, the token to report, and its own
 * dup of the pipe's write end, so that it never writes to an fd number the
 * JavaScript side has since closed and reused. */
struct thread_args { int pid; int fd; u64 token; };

static void *waitid_loop(void *arg) {
  struct thread_args a = *(struct thread_args *)arg;
  unsigned char info[128];
  free(arg);
  prctl(PR_SET_NAME, "bsc-waitid", 0, 0, 0);
  while (waitid(P_PID, a.pid, info, WEXITED | WNOWAIT) < 0) {
    if (*__errno_location() == EINTR) continue;
    if (*__errno_location() == ECHILD) break; /* reaped already (SIGCHLD ignored, another wait): said at once */
    /* Refused (a seccomp filter that denies waitid as well as pidfd_open):
     * JavaScript's WNOHANG check decides and asks again. Not at once: that
     * would be a new thread and a report per turn of its loop, a spin. */
    long pause[2] = {0, 10 * 1000 * 1000};
    nanosleep(pause, 0);
    break;
  }
  notify(a.fd, a.token, EPOLLIN);
  if (a.fd >= 0) close(a.fd);
  return 0;
}

/* The fallback without pidfds: a thread blocks in waitid(WNOWAIT) for pid,
 * then reports token. Returns 0 or -errno. */
int bsc_waiter_add_thread(int pid, u64 token) {
  u64 all[16], old[16];
  pthread_t t;
  int e;
  struct thread_args *a = malloc(sizeof *a);
  if (a == 0) return -12; /* ENOMEM */
  a->pid = pid;
  a->token = token;
  a->fd = report_cb != 0 ? -1 : fcntl(notify_fd, F_DUPFD_CLOEXEC, 0);
  if (a->fd < 0 && report_cb == 0) {
    e = *__errno_location();
    free(a);
    return -e;
  }
  for (e = 0; e < 16; e++) all[e] = ~0UL;
  pthread_sigmask(SIG_SETMASK, all, old);
  e = pthread_create(&t, 0, waitid_loop, a);
  pthread_sigmask(SIG_SETMASK, old, 0);
  if (e != 0) {
    if (a->fd >= 0) close(a->fd);
    free(a);
    return -e;
  }
  pthread_detach(t);
  return 0;
}
