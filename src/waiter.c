/*
 * bun-syscall: the process-exit waiter behind Wait4Async, compiled by
 * bun:ffi's cc on the first asynchronous wait (one per JavaScript thread).
 *
 * One native thread sleeps in epoll_wait on the pidfds of the children being
 * waited for. When a child exits its pidfd becomes readable, and the thread
 * writes the child's 8-byte token to a pipe that Bun's event loop reads. It
 * never reaps: JavaScript reaps the child (wait4 with WNOHANG) only if the
 * wait is still wanted, so a cancelled wait leaves the child reapable.
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
int pthread_sigmask(int how, const void *set, void *old);
int epoll_create1(int flags);
int epoll_ctl(int epfd, int op, int fd, void *event);
int epoll_wait(int epfd, void *events, int maxevents, int timeout);
long write(int fd, const void *buf, u64 n);
int waitid(int idtype, int id, void *info, int options);
int *__errno_location(void);

#define EINTR 4
#define EPOLL_CLOEXEC 02000000
#define EPOLL_CTL_ADD 1
#define EPOLL_CTL_DEL 2
#define EPOLLIN 0x001
#define EPOLLONESHOT (1U << 30)
#define SIG_SETMASK 2
#define P_PID 1
#define WEXITED 4
#define WNOWAIT 0x01000000

/* struct epoll_event is packed on x86_64 (12 bytes), natural on aarch64 (16). */
#if defined(__x86_64__)
#define EV_SIZE 12
#elif defined(__aarch64__)
#define EV_SIZE 16
#else
#error "bun-syscall: waiter.c supports x86_64 and aarch64 only"
#endif

static int epfd = -1;
static int notify_fd = -1;

static void notify(u64 token) {
  long n;
  do n = write(notify_fd, &token, 8);
  while (n < 0 && *__errno_location() == EINTR);
}

static void *epoll_loop(void *arg) {
  unsigned char events[64 * EV_SIZE];
  for (;;) {
    int n = epoll_wait(epfd, events, 64, -1);
    if (n < 0) continue; /* EINTR */
    for (int i = 0; i < n; i++) {
      u64 token;
      unsigned char *p = events + i * EV_SIZE + (EV_SIZE == 12 ? 4 : 8);
      token = *(u64 *)p;
      notify(token);
    }
  }
  return 0;
}

/* Starts the waiter thread, which writes tokens to notify_write_fd. Returns 0 or -errno. */
int bsc_waiter_start(int notify_write_fd) {
  u64 all = ~0UL, old = 0;
  pthread_t t;
  int e;
  epfd = epoll_create1(EPOLL_CLOEXEC);
  if (epfd < 0) return -*__errno_location();
  notify_fd = notify_write_fd;
  /* The thread runs with every signal blocked, so no handler of Bun's runs on it. */
  pthread_sigmask(SIG_SETMASK, &all, &old);
  e = pthread_create(&t, 0, epoll_loop, 0);
  pthread_sigmask(SIG_SETMASK, &old, 0);
  if (e != 0) return -e;
  pthread_detach(t);
  return 0;
}

/* Watches pidfd once (EPOLLONESHOT); token comes back when it is readable. Returns 0 or -errno. */
int bsc_waiter_add(int pidfd, u64 token) {
  unsigned char ev[16] = {0};
  *(unsigned int *)ev = EPOLLIN | EPOLLONESHOT;
  *(u64 *)(ev + (EV_SIZE == 12 ? 4 : 8)) = token;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, pidfd, ev) < 0) return -*__errno_location();
  return 0;
}

/* Stops watching pidfd (a cancelled wait). Returns 0 or -errno. */
int bsc_waiter_del(int pidfd) {
  unsigned char ev[16] = {0};
  if (epoll_ctl(epfd, EPOLL_CTL_DEL, pidfd, ev) < 0) return -*__errno_location();
  return 0;
}

static void *waitid_loop(void *arg) {
  u64 token = (u64)arg;
  unsigned char info[128];
  while (waitid(P_PID, (int)(token & 0x7fffffff), info, WEXITED | WNOWAIT) < 0 && *__errno_location() == EINTR) {}
  notify(token);
  return 0;
}

/* The fallback without pidfds: a thread blocks in waitid(WNOWAIT) for pid = token's low 31 bits. */
int bsc_waiter_add_thread(u64 token) {
  u64 all = ~0UL, old = 0;
  pthread_t t;
  int e;
  pthread_sigmask(SIG_SETMASK, &all, &old);
  e = pthread_create(&t, 0, waitid_loop, (void *)token);
  pthread_sigmask(SIG_SETMASK, &old, 0);
  if (e != 0) return -e;
  pthread_detach(t);
  return 0;
}
