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
