/*
 * The benchmark's floors, compiled by bun:ffi's cc in the benchmarking
 * process (not part of the package): n iterations of
 *   clone(CLONE_VM|CLONE_VFORK) + execve + wait4   (what ForkExec does), or
 *   fork() + execve + wait4                        (what a fork-based design costs),
 * with nothing else. block = [path, argv[0..7] NULL-padded, envp..., NULL].
 */
long syscall(long number, ...);
int *__errno_location(void);
int clone(int (*fn)(void *), void *stack, int flags, void *arg, ...);
int fork(void);

#if defined(__x86_64__)
#define SYS_execve 59
#define SYS_wait4 61
#define SYS_exit_group 231
#elif defined(__aarch64__)
#define SYS_execve 221
#define SYS_wait4 260
#define SYS_exit_group 94
#endif
#define CLONE_VM 0x100
#define CLONE_VFORK 0x4000
#define SIGCHLD 17
#define EINTR 4

static int floor_child(void *arg) {
  char *const *a = (char *const *)arg;
  syscall(SYS_execve, a[0], a + 1, a + 1 + 8, 0, 0, 0);
  for (;;) syscall(SYS_exit_group, 127, 0, 0, 0, 0, 0);
  return 0;
}

static long reap(int pid) {
  int st = 0;
  while (syscall(SYS_wait4, pid, &st, 0, 0, 0, 0) < 0 && *__errno_location() == EINTR) {}
  return st == 0;
}

/* clone(CLONE_VM|CLONE_VFORK) floor: returns how many children exited 0. */
long floor_vfork(char *const *block, char *stack_top, long n) {
  long ok = 0;
  for (long i = 0; i < n; i++) {
    int pid = clone(floor_child, stack_top, CLONE_VM | CLONE_VFORK | SIGCHLD, (void *)block);
    if (pid < 0) return -1;
    ok += reap(pid);
  }
  return ok;
}

/* fork() floor: returns how many children exited 0. */
long floor_fork(char *const *block, long n) {
  long ok = 0;
  for (long i = 0; i < n; i++) {
    int pid = fork();
    if (pid < 0) return -1;
    if (pid == 0) floor_child((void *)block);
    ok += reap(pid);
  }
  return ok;
}
#if defined(__x86_64__)
#define SYS_rt_sigaction 13
#define SYS_rt_sigprocmask 14
#elif defined(__aarch64__)
#define SYS_rt_sigaction 134
#define SYS_rt_sigprocmask 135
#endif
#define SYS_close_range 436
/*
 * The floor plus ForkExec's own steps around the clone, added one level at
 * a time, to price them: 1, the parent blocks every signal across the
 * clone; 2, the child resets SIGPIPE and SIGXFSZ (the ignored signals a Go
 * child does not keep); 3, it marks every fd past 2 close-on-exec
 * (close_range); 4, it empties its signal mask before execve.
 */
static long steps_level;
static int steps_child(void *arg) {
  char *const *a = (char *const *)arg;
  if (steps_level >= 2) {
    unsigned long dfl[4] = {0, 0, 0, 0};
    syscall(SYS_rt_sigaction, 13, dfl, 0, 8, 0, 0);
    syscall(SYS_rt_sigaction, 25, dfl, 0, 8, 0, 0);
  }
  if (steps_level >= 3) syscall(SYS_close_range, 3, ~0U, 4, 0, 0, 0);
  if (steps_level >= 4) { unsigned long empty = 0; syscall(SYS_rt_sigprocmask, 2, &empty, 0, 8, 0, 0); }
  syscall(SYS_execve, a[0], a + 1, a + 1 + 8, 0, 0, 0);
  for (;;) syscall(SYS_exit_group, 127, 0, 0, 0, 0, 0);
  return 0;
}
long floor_steps(char *const *block, char *stack_top, long n, long level) {
  long ok = 0;
  steps_level = level;
  for (long i = 0; i < n; i++) {
    unsigned long all = ~0UL, old = 0;
    if (level >= 1) syscall(SYS_rt_sigprocmask, 2, &all, &old, 8, 0, 0);
    int pid = clone(steps_child, stack_top, CLONE_VM | CLONE_VFORK | SIGCHLD, (void *)block);
    if (level >= 1) syscall(SYS_rt_sigprocmask, 2, &old, 0, 8, 0, 0);
    if (pid < 0) return -1;
    ok += reap(pid);
  }
  return ok;
}
