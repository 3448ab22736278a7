// @bun
// bun-syscall: built from src/ by scripts/build.ts. Do not edit; edit src/ and run `bun run build`.
var __require = import.meta.require;

// src/layout.ts
var semver = (v) => v.split(/[.+-]/).slice(0, 3).map((x) => Number.parseInt(x, 10) || 0);
function detect() {
  let bun = globalThis.Bun;
  if (bun === void 0 || typeof bun.version !== "string") {
    let node = globalThis.process?.versions?.node;
    throw Error(`bun-syscall runs on Bun >= 1.4.5 (it uses bun:ffi); this is ${node !== void 0 ? `Node.js ${node}` : "not Bun"}: run it with bun`);
  }
  let [a = 0, b = 0, c = 0] = semver(bun.version), [x = 0, y = 0, z = 0] = semver("1.4.5");
  if (a < x || a === x && (b < y || b === y && c < z))
    throw Error(`bun-syscall needs Bun >= 1.4.5; this is Bun ${bun.version}: upgrade Bun (bun upgrade)`);
  if (process.platform !== "linux")
    throw Error(`bun-syscall supports Linux only; this is ${process.platform}/${process.arch}`);
  if (process.arch === "x64")
    return "amd64";
  if (process.arch === "arm64")
    return "arm64";
  throw Error(`bun-syscall supports linux/x64 and linux/arm64 only; this is linux/${process.arch}`);
}
var ARCH = detect(), statAmd64 = {
  size: 144,
  dev: 0,
  ino: 8,
  nlink: 16,
  nlinkSize: 8,
  mode: 24,
  uid: 28,
  gid: 32,
  rdev: 40,
  fsize: 48,
  blksize: 56,
  blksizeSize: 8,
  blocks: 64,
  atim: 72,
  mtim: 88,
  ctim: 104
}, statArm64 = {
  size: 128,
  dev: 0,
  ino: 8,
  mode: 16,
  nlink: 20,
  nlinkSize: 4,
  uid: 24,
  gid: 28,
  rdev: 32,
  fsize: 48,
  blksize: 56,
  blksizeSize: 4,
  blocks: 64,
  atim: 72,
  mtim: 88,
  ctim: 104
}, STAT = ARCH === "amd64" ? statAmd64 : statArm64, SIZEOF_RLIMIT = 16, SIZEOF_RUSAGE = 144, SYS = ARCH === "amd64" ? { getcwd: 79, newfstatat: 262, fstat: 5, tgkill: 234, pidfd_open: 434, pidfd_send_signal: 424, faccessat: 269, faccessat2: 439, prlimit64: 302, mknodat: 259 } : { getcwd: 17, newfstatat: 79, fstat: 80, tgkill: 131, pidfd_open: 434, pidfd_send_signal: 424, faccessat: 48, faccessat2: 439, prlimit64: 261, mknodat: 33 };

// src/zerrors_linux.ts
var errors_amd64 = [
  "",
  "operation not permitted",
  "no such file or directory",
  "no such process",
  "interrupted system call",
  "input/output error",
  "no such device or address",
  "argument list too long",
  "exec format error",
  "bad file descriptor",
  "no child processes",
  "resource temporarily unavailable",
  "cannot allocate memory",
  "permission denied",
  "bad address",
  "block device required",
  "device or resource busy",
  "file exists",
  "invalid cross-device link",
  "no such device",
  "not a directory",
  "is a directory",
  "invalid argument",
  "too many open files in system",
  "too many open files",
  "inappropriate ioctl for device",
  "text file busy",
  "file too large",
  "no space left on device",
  "illegal seek",
  "read-only file system",
  "too many links",
  "broken pipe",
  "numerical argument out of domain",
  "numerical result out of range",
  "resource deadlock avoided",
  "file name too long",
  "no locks available",
  "function not implemented",
  "directory not empty",
  "too many levels of symbolic links",
  "",
  "no message of desired type",
  "identifier removed",
  "channel number out of range",
  "level 2 not synchronized",
  "level 3 halted",
  "level 3 reset",
  "link number out of range",
  "protocol driver not attached",
  "no CSI structure available",
  "level 2 halted",
  "invalid exchange",
  "invalid request descriptor",
  "exchange full",
  "no anode",
  "invalid request code",
  "invalid slot",
  "",
  "bad font file format",
  "device not a stream",
  "no data available",
  "timer expired",
  "out of streams resources",
  "machine is not on the network",
  "package not installed",
  "object is remote",
  "link has been severed",
  "advertise error",
  "srmount error",
  "communication error on send",
  "protocol error",
  "multihop attempted",
  "RFS specific error",
  "bad message",
  "value too large for defined data type",
  "name not unique on network",
  "file descriptor in bad state",
  "remote address changed",
  "can not access a needed shared library",
  "accessing a corrupted shared library",
  ".lib section in a.out corrupted",
  "attempting to link in too many shared libraries",
  "cannot exec a shared library directly",
  "invalid or incomplete multibyte or wide character",
  "interrupted system call should be restarted",
  "streams pipe error",
  "too many users",
  "socket operation on non-socket",
  "destination address required",
  "message too long",
  "protocol wrong type for socket",
  "protocol not available",
  "protocol not supported",
  "socket type not supported",
  "operation not supported",
  "protocol family not supported",
  "address family not supported by protocol",
  "address already in use",
  "cannot assign requested address",
  "network is down",
  "network is unreachable",
  "network dropped connection on reset",
  "software caused connection abort",
  "connection reset by peer",
  "no buffer space available",
  "transport endpoint is already connected",
  "transport endpoint is not connected",
  "cannot send after transport endpoint shutdown",
  "too many references: cannot splice",
  "connection timed out",
  "connection refused",
  "host is down",
  "no route to host",
  "operation already in progress",
  "operation now in progress",
  "stale NFS file handle",
  "structure needs cleaning",
  "not a XENIX named type file",
  "no XENIX semaphores available",
  "is a named type file",
  "remote I/O error",
  "disk quota exceeded",
  "no medium found",
  "wrong medium type",
  "operation canceled",
  "required key not available",
  "key has expired",
  "key has been revoked",
  "key was rejected by service",
  "owner died",
  "state not recoverable",
  "operation not possible due to RF-kill"
], errors_arm64 = [
  "",
  "operation not permitted",
  "no such file or directory",
  "no such process",
  "interrupted system call",
  "input/output error",
  "no such device or address",
  "argument list too long",
  "exec format error",
  "bad file descriptor",
  "no child processes",
  "resource temporarily unavailable",
  "cannot allocate memory",
  "permission denied",
  "bad address",
  "block device required",
  "device or resource busy",
  "file exists",
  "invalid cross-device link",
  "no such device",
  "not a directory",
  "is a directory",
  "invalid argument",
  "too many open files in system",
  "too many open files",
  "inappropriate ioctl for device",
  "text file busy",
  "file too large",
  "no space left on device",
  "illegal seek",
  "read-only file system",
  "too many links",
  "broken pipe",
  "numerical argument out of domain",
  "numerical result out of range",
  "resource deadlock avoided",
  "file name too long",
  "no locks available",
  "function not implemented",
  "directory not empty",
  "too many levels of symbolic links",
  "",
  "no message of desired type",
  "identifier removed",
  "channel number out of range",
  "level 2 not synchronized",
  "level 3 halted",
  "level 3 reset",
  "link number out of range",
  "protocol driver not attached",
  "no CSI structure available",
  "level 2 halted",
  "invalid exchange",
  "invalid request descriptor",
  "exchange full",
  "no anode",
  "invalid request code",
  "invalid slot",
  "",
  "bad font file format",
  "device not a stream",
  "no data available",
  "timer expired",
  "out of streams resources",
  "machine is not on the network",
  "package not installed",
  "object is remote",
  "link has been severed",
  "advertise error",
  "srmount error",
  "communication error on send",
  "protocol error",
  "multihop attempted",
  "RFS specific error",
  "bad message",
  "value too large for defined data type",
  "name not unique on network",
  "file descriptor in bad state",
  "remote address changed",
  "can not access a needed shared library",
  "accessing a corrupted shared library",
  ".lib section in a.out corrupted",
  "attempting to link in too many shared libraries",
  "cannot exec a shared library directly",
  "invalid or incomplete multibyte or wide character",
  "interrupted system call should be restarted",
  "streams pipe error",
  "too many users",
  "socket operation on non-socket",
  "destination address required",
  "message too long",
  "protocol wrong type for socket",
  "protocol not available",
  "protocol not supported",
  "socket type not supported",
  "operation not supported",
  "protocol family not supported",
  "address family not supported by protocol",
  "address already in use",
  "cannot assign requested address",
  "network is down",
  "network is unreachable",
  "network dropped connection on reset",
  "software caused connection abort",
  "connection reset by peer",
  "no buffer space available",
  "transport endpoint is already connected",
  "transport endpoint is not connected",
  "cannot send after transport endpoint shutdown",
  "too many references: cannot splice",
  "connection timed out",
  "connection refused",
  "host is down",
  "no route to host",
  "operation already in progress",
  "operation now in progress",
  "stale file handle",
  "structure needs cleaning",
  "not a XENIX named type file",
  "no XENIX semaphores available",
  "is a named type file",
  "remote I/O error",
  "disk quota exceeded",
  "no medium found",
  "wrong medium type",
  "operation canceled",
  "required key not available",
  "key has expired",
  "key has been revoked",
  "key was rejected by service",
  "owner died",
  "state not recoverable",
  "operation not possible due to RF-kill",
  "memory page has hardware error"
], signals_amd64 = [
  "",
  "hangup",
  "interrupt",
  "quit",
  "illegal instruction",
  "trace/breakpoint trap",
  "aborted",
  "bus error",
  "floating point exception",
  "killed",
  "user defined signal 1",
  "segmentation fault",
  "user defined signal 2",
  "broken pipe",
  "alarm clock",
  "terminated",
  "stack fault",
  "child exited",
  "continued",
  "stopped (signal)",
  "stopped",
  "stopped (tty input)",
  "stopped (tty output)",
  "urgent I/O condition",
  "CPU time limit exceeded",
  "file size limit exceeded",
  "virtual timer expired",
  "profiling timer expired",
  "window changed",
  "I/O possible",
  "power failure",
  "bad system call"
], signals_arm64 = [
  "",
  "hangup",
  "interrupt",
  "quit",
  "illegal instruction",
  "trace/breakpoint trap",
  "aborted",
  "bus error",
  "floating point exception",
  "killed",
  "user defined signal 1",
  "segmentation fault",
  "user defined signal 2",
  "broken pipe",
  "alarm clock",
  "terminated",
  "stack fault",
  "child exited",
  "continued",
  "stopped (signal)",
  "stopped",
  "stopped (tty input)",
  "stopped (tty output)",
  "urgent I/O condition",
  "CPU time limit exceeded",
  "file size limit exceeded",
  "virtual timer expired",
  "profiling timer expired",
  "window changed",
  "I/O possible",
  "power failure",
  "bad system call"
], errorTable = ARCH === "arm64" ? errors_arm64 : errors_amd64, signalTable = ARCH === "arm64" ? signals_arm64 : signals_amd64;

// src/libc.ts
var LIBC_CANDIDATES = [
  "libc.so.6",
  ARCH === "amd64" ? "libc.musl-x86_64.so.1" : "libc.musl-aarch64.so.1",
  ARCH === "amd64" ? "/lib/ld-musl-x86_64.so.1" : "/lib/ld-musl-aarch64.so.1"
], I64 = 15, ffiModule = null;
function ffi() {
  return ffiModule ??= import.meta.require("bun:ffi");
}
var SYSCALL_ARGS = ["i64", "i64", "i64", "i64", "i64", "i64", "i64"], table = {
  __errno_location: { args: [], returns: "ptr" },
  syscall: { args: SYSCALL_ARGS, returns: I64 },
  openat: { args: ["i32", "ptr", "i32", "u32"], returns: "i32" },
  close: { args: ["i32"], returns: "i32" },
  read: { args: ["i32", "ptr", "u64"], returns: I64 },
  write: { args: ["i32", "ptr", "u64"], returns: I64 },
  pread64: { args: ["i32", "ptr", "u64", "i64"], returns: I64 },
  pwrite64: { args: ["i32", "ptr", "u64", "i64"], returns: I64 },
  lseek64: { args: ["i32", "i64", "i32"], returns: I64 },
  pipe2: { args: ["ptr", "i32"], returns: "i32" },
  dup: { args: ["i32"], returns: "i32" },
  dup2: { args: ["i32", "i32"], returns: "i32" },
  dup3: { args: ["i32", "i32", "i32"], returns: "i32" },
  fcntl: { args: ["i32", "i32", "i64"], returns: "i32" },
  fchmod: { args: ["i32", "u32"], returns: "i32" },
  fchmodat: { args: ["i32", "ptr", "u32", "i32"], returns: "i32" },
  fchdir: { args: ["i32"], returns: "i32" },
  chdir: { args: ["ptr"], returns: "i32" },
  mkdirat: { args: ["i32", "ptr", "u32"], returns: "i32" },
  unlinkat: { args: ["i32", "ptr", "i32"], returns: "i32" },
  renameat: { args: ["i32", "ptr", "i32", "ptr"], returns: "i32" },
  symlinkat: { args: ["ptr", "i32", "ptr"], returns: "i32" },
  linkat: { args: ["i32", "ptr", "i32", "ptr", "i32"], returns: "i32" },
  fchownat: { args: ["i32", "ptr", "u32", "u32", "i32"], returns: "i32" },
  fchown: { args: ["i32", "u32", "u32"], returns: "i32" },
  getrusage: { args: ["i32", "ptr"], returns: "i32" },
  readlinkat: { args: ["i32", "ptr", "ptr", "u64"], returns: I64 },
  ftruncate64: { args: ["i32", "i64"], returns: "i32" },
  fsync: { args: ["i32"], returns: "i32" },
  umask: { args: ["u32"], returns: "u32" },
  getpid: { args: [], returns: "i32" },
  getppid: { args: [], returns: "i32" },
  getuid: { args: [], returns: "u32" },
  geteuid: { args: [], returns: "u32" },
  getgid: { args: [], returns: "u32" },
  getegid: { args: [], returns: "u32" },
  getgroups: { args: ["i32", "ptr"], returns: "i32" },
  getpgid: { args: ["i32"], returns: "i32" },
  setpgid: { args: ["i32", "i32"], returns: "i32" },
  setsid: { args: [], returns: "i32" },
  kill: { args: ["i32", "i32"], returns: "i32" },
  getpagesize: { args: [], returns: "i32" },
  getrlimit64: { args: ["i32", "ptr"], returns: "i32" },
  setrlimit64: { args: ["i32", "ptr"], returns: "i32" },
  setenv: { args: ["ptr", "ptr", "i32"], returns: "i32" },
  unsetenv: { args: ["ptr"], returns: "i32" },
  clearenv: { args: [], returns: "i32" },
  getenv: { args: ["ptr"], returns: "ptr" },
  ptrace: { args: ["i64", "i32", "ptr", "ptr"], returns: I64 },
  wait4: { args: ["i32", "ptr", "i32", "ptr"], returns: "i32" },
  _exit: { args: ["i32"], returns: "void" },
  memfd_create: { args: ["ptr", "u32"], returns: "i32" },
  chroot: { args: ["ptr"], returns: "i32" }
}, libcUnavailable = null;
function openLibc() {
  if (libcUnavailable !== null)
    throw libcUnavailable;
  let errors = [];
  for (let name of LIBC_CANDIDATES)
    try {
      return { name, lib: ffi().dlopen(name, { __errno_location: table.__errno_location }) };
    } catch (e) {
      let msg = e?.message ?? String(e);
      if (/requires the JIT/.test(msg))
        throw libcUnavailable = Error("bun-syscall: bun:ffi cannot call the C library in this process because the JIT is off (BUN_JSC_useJIT=0, or a W^X policy that forbids it); run Bun with the JIT enabled");
      errors.push(`${name}: ${msg}`);
    }
  throw libcUnavailable = Error(`bun-syscall: cannot open the C library (glibc or musl); tried:
  ${errors.join(`
  `)}`);
}
var libc = null, openedLibc = () => libc ??= openLibc();
function requireLibc() {
  openedLibc();
}
var bound = [];
function lazyTable(names, bind) {
  let known = new Set(names), proto = new Proxy(Object.create(null), {
    get(_target, key, receiver) {
      if (typeof key !== "string" || !known.has(key))
        return;
      let lib = bind(key);
      bound.push(lib);
      let fn = lib.symbols[key];
      return Object.defineProperty(receiver, key, { value: fn, enumerable: !0, writable: !1, configurable: !1 }), fn;
    }
  });
  return Object.create(proto);
}
var C = lazyTable(Object.keys(table), (key) => ffi().dlopen(openedLibc().name, { [key]: table[key] }));
function symbolAddress(name) {
  return C[name].ptr;
}
var sysTable = {
  sys_ippi: { args: ["i64", "i64", "ptr", "ptr", "i64", "i64", "i64"], returns: I64 },
  sys_pi: { args: ["i64", "ptr", "i64", "i64", "i64", "i64", "i64"], returns: I64 },
  sys_ip: { args: ["i64", "i64", "ptr", "i64", "i64", "i64", "i64"], returns: I64 }
}, sys = lazyTable(Object.keys(sysTable), (key) => ffi().linkSymbols({ [key]: { ...sysTable[key], ptr: symbolAddress("syscall") } })), errnoAddress = 0, readI32 = null;
function errno() {
  if (readI32 === null)
    errnoAddress = openedLibc().lib.symbols.__errno_location(), readI32 = ffi().read.i32;
  return readI32(errnoAddress, 0);
}
var BAD_FD = -1;
function fdArg(fd) {
  if (typeof fd !== "number" || !Number.isInteger(fd))
    throw TypeError(`fd must be an integer, got ${describe(fd)}`);
  return fd >= -2147483648 && fd <= 2147483647 ? fd : BAD_FD;
}
function intArg(name, v, min = -2147483648, max = 4294967295) {
  if (typeof v !== "number" || !Number.isInteger(v))
    throw TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (v < min || v > max)
    throw RangeError(`${name} out of range: ${v}`);
  return v;
}
function int64Arg(name, v) {
  if (typeof v !== "number" || !Number.isInteger(v))
    throw TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (!Number.isSafeInteger(v))
    throw RangeError(`${name} is not a safe integer: ${v}`);
  return v;
}
function bytesArg(name, v) {
  if (!(v instanceof Uint8Array))
    throw TypeError(`${name} must be a Uint8Array, got ${describe(v)}`);
  return v;
}
function objArg(name, v) {
  if (typeof v !== "object" || v === null)
    throw TypeError(`${name} must be an object, got ${describe(v)}`);
  return v;
}
function describe(v) {
  if (v === null)
    return "null";
  if (typeof v === "number" || typeof v === "bigint" || typeof v === "boolean")
    return `${typeof v} ${String(v)}`;
  if (typeof v === "string")
    return `string ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + "\u2026" : v)}`;
  if (typeof v === "symbol")
    return "symbol";
  if (typeof v === "function")
    return "function";
  if (typeof v !== "object")
    return typeof v;
  try {
    if (Array.isArray(v))
      return "array";
    let name = v.constructor?.name;
    return typeof name === "string" && name !== "" ? name.slice(0, 40) : "object";
  } catch {
    return "object";
  }
}
function arrayArg(name, v, max, each) {
  if (v === void 0 || v === null)
    return [];
  if (!Array.isArray(v))
    throw TypeError(`${name} must be an array, got ${describe(v)}`);
  let len = v.length;
  if (typeof len !== "number" || !Number.isSafeInteger(len) || len < 0)
    throw TypeError(`${name} has an invalid length`);
  if (len > max)
    return null;
  let out = Array(len);
  for (let i = 0;i < len; i++)
    out[i] = each(v[i], `${name}[${i}]`);
  return out;
}
function strElem(x, name) {
  if (typeof x !== "string")
    throw TypeError(`${name} must be a string, got ${describe(x)}`);
  return x;
}
function outArg(name, v, keys) {
  if (typeof v !== "object" || v === null)
    throw TypeError(`${name} must be an object, got ${describe(v)}`);
  for (let k of keys) {
    let d = Object.getOwnPropertyDescriptor(v, k);
    if (!(d === void 0 ? Object.isExtensible(v) && !hasSetter(v, k) : ("value" in d) && d.writable === !0))
      throw TypeError(`${name}.${k} cannot be written (frozen, read-only or an accessor)`);
  }
  return v;
}
function hasSetter(v, k) {
  for (let p = Object.getPrototypeOf(v);p !== null; p = Object.getPrototypeOf(p)) {
    let d = Object.getOwnPropertyDescriptor(p, k);
    if (d !== void 0)
      return !("value" in d) || d.writable !== !0;
  }
  return !1;
}
var ZERO = new Uint8Array(1);
function bufPtr(b) {
  return b.byteLength === 0 ? ZERO : b;
}
var encoder = /* @__PURE__ */ new TextEncoder, SCRATCH_BYTES = 12289, scratch = [new Uint8Array(SCRATCH_BYTES), new Uint8Array(SCRATCH_BYTES)];
function cstring(s, slot = 0, name = "path") {
  if (typeof s !== "string")
    throw TypeError(`${name} must be a string, got ${describe(s)}`);
  if (s.includes("\x00"))
    return null;
  let max = s.length * 3 + 1;
  if (slot !== -1 && max <= SCRATCH_BYTES) {
    let buf = scratch[slot], { written } = encoder.encodeInto(s, buf);
    return buf[written] = 0, buf;
  }
  let bytes = encoder.encode(s), out = new Uint8Array(bytes.length + 1);
  return out.set(bytes), out;
}

// src/errno.ts
var ErrPermission = Error("permission denied"), ErrExist = Error("file already exists"), ErrNotExist = Error("file does not exist"), ErrUnsupported = Error("unsupported operation"), interned = /* @__PURE__ */ new Map;

class Errno extends Error {
  constructor(n) {
    let text = errorTable[n];
    super(text ? text : `errno ${n}`);
    this.errno = n;
  }
  static of(n) {
    let e = interned.get(n);
    if (e === void 0) {
      if (typeof n !== "number" || !Number.isInteger(n))
        throw TypeError(`Errno: not an integer: ${describe(n)}`);
      if (n < 0 || n > 4294967295)
        throw RangeError(`Errno out of range: ${n}`);
      let limit = Error.stackTraceLimit;
      Error.stackTraceLimit = 0, e = new Errno(n), Error.stackTraceLimit = limit, interned.set(n, e);
    }
    return e;
  }
  Error() {
    return this.message;
  }
  Is(target) {
    let n = this.errno;
    switch (target) {
      case ErrPermission:
        return n === 13 || n === 1;
      case ErrExist:
        return n === 17 || n === 39;
      case ErrNotExist:
        return n === 2;
      case ErrUnsupported:
        return n === 38 || n === 95;
    }
    return !1;
  }
  Temporary() {
    let n = this.errno;
    return n === 4 || n === 24 || n === 23 || this.Timeout();
  }
  Timeout() {
    let n = this.errno;
    return n === 11 || n === 110;
  }
  toString() {
    return this.message;
  }
  valueOf() {
    return this.errno;
  }
}
Object.defineProperty(Errno.prototype, "name", { value: "Errno", writable: !0, configurable: !0 });
function lastErr() {
  return Errno.of(errno());
}
function check(r) {
  return r < 0 ? lastErr() : null;
}
// src/signal.ts
var interned2 = /* @__PURE__ */ new Map;

class Signal {
  signo;
  constructor(n) {
    this.signo = n;
  }
  static of(n) {
    let s = interned2.get(n);
    if (s === void 0) {
      if (typeof n !== "number" || !Number.isInteger(n))
        throw TypeError(`Signal: not an integer: ${describe(n)}`);
      if (n < -2147483648 || n > 2147483647)
        throw RangeError(`Signal out of range: ${n}`);
      s = new Signal(n), interned2.set(n, s);
    }
    return s;
  }
  Signal() {}
  String() {
    let text = signalTable[this.signo];
    return text ? text : `signal ${this.signo}`;
  }
  toString() {
    return this.String();
  }
  valueOf() {
    return this.signo;
  }
}
function signalArg(sig) {
  if (sig instanceof Signal)
    return sig.signo;
  if (typeof sig === "number" && Number.isInteger(sig))
    return sig >= -2147483648 && sig <= 2147483647 ? sig : -1;
  throw TypeError(`sig must be a Signal or an integer, got ${describe(sig)}`);
}
// src/types.ts
class Timespec {
  Sec;
  Nsec;
  constructor(sec = 0, nsec = 0) {
    this.Sec = int64Arg("Timespec sec", sec), this.Nsec = int64Arg("Timespec nsec", nsec);
  }
  Unix() {
    return [this.Sec, this.Nsec];
  }
  Nano() {
    return BigInt(int64Arg("Timespec.Sec", this.Sec)) * 1000000000n + BigInt(int64Arg("Timespec.Nsec", this.Nsec));
  }
}

class Timeval {
  Sec;
  Usec;
  constructor(sec = 0, usec = 0) {
    this.Sec = int64Arg("Timeval sec", sec), this.Usec = int64Arg("Timeval usec", usec);
  }
  Unix() {
    return [int64Arg("Timeval.Sec", this.Sec), int64Arg("Timeval.Usec", this.Usec) * 1000];
  }
  Nano() {
    return BigInt(int64Arg("Timeval.Sec", this.Sec)) * 1000000000n + BigInt(int64Arg("Timeval.Usec", this.Usec)) * 1000n;
  }
}
function nsecArg(nsec) {
  if (typeof nsec === "number")
    return BigInt(int64Arg("nsec", nsec));
  if (typeof nsec !== "bigint")
    throw TypeError(`nsec must be a bigint, got ${describe(nsec)}`);
  if (nsec < -(1n << 63n) || nsec >= 1n << 63n)
    throw RangeError("nsec out of the int64 range");
  return nsec;
}
function NsecToTimespec(nsec) {
  nsec = nsecArg(nsec);
  let sec = nsec / 1000000000n, rem = nsec % 1000000000n;
  if (rem < 0n)
    rem += 1000000000n, sec -= 1n;
  return new Timespec(Number(sec), Number(rem));
}
function NsecToTimeval(nsec) {
  nsec = nsecArg(nsec);
  let usecTotal = (nsec + 999n) / 1000n, sec = usecTotal / 1000000n, usec = usecTotal % 1000000n;
  if (usec < 0n)
    usec += 1000000n, sec -= 1n;
  return new Timeval(Number(sec), Number(usec));
}

class Stat_t {
  Dev = 0n;
  Ino = 0n;
  Nlink = 0;
  Mode = 0;
  Uid = 0;
  Gid = 0;
  Rdev = 0n;
  Size = 0;
  Blksize = 0;
  Blocks = 0;
  Atim = new Timespec;
  Mtim = new Timespec;
  Ctim = new Timespec;
}

class Rlimit {
  Cur;
  Max;
  constructor(cur = 0n, max = 0n) {
    if (typeof cur !== "bigint" || typeof max !== "bigint")
      throw TypeError(`Rlimit takes bigints, got ${describe(cur)}, ${describe(max)}`);
    this.Cur = cur, this.Max = max;
  }
}

class Rusage {
  Utime = new Timeval;
  Stime = new Timeval;
  Maxrss = 0;
  Ixrss = 0;
  Idrss = 0;
  Isrss = 0;
  Minflt = 0;
  Majflt = 0;
  Nswap = 0;
  Inblock = 0;
  Oublock = 0;
  Msgsnd = 0;
  Msgrcv = 0;
  Nsignals = 0;
  Nvcsw = 0;
  Nivcsw = 0;
}
function i64At(u32, i32, w) {
  return i32[w + 1] * 4294967296 + u32[w];
}
function timespecAt(u32, i32, w, into) {
  let t = into instanceof Timespec ? into : new Timespec;
  return t.Sec = i64At(u32, i32, w), t.Nsec = u32[w + 2], t;
}
function newStatBuffer() {
  let bytes = new Uint8Array(STAT.size);
  return { bytes, dv: new DataView(bytes.buffer), u32: new Uint32Array(bytes.buffer), i32: new Int32Array(bytes.buffer) };
}
function decodeStat(b, st) {
  let L = STAT, { dv, u32, i32 } = b;
  st.Dev = dv.getBigUint64(L.dev, !0), st.Ino = dv.getBigUint64(L.ino, !0), st.Nlink = L.nlinkSize === 8 ? u32[(L.nlink >> 2) + 1] * 4294967296 + u32[L.nlink >> 2] : u32[L.nlink >> 2], st.Mode = u32[L.mode >> 2], st.Uid = u32[L.uid >> 2], st.Gid = u32[L.gid >> 2], st.Rdev = dv.getBigUint64(L.rdev, !0), st.Size = i64At(u32, i32, L.fsize >> 2), st.Blksize = L.blksizeSize === 8 ? i64At(u32, i32, L.blksize >> 2) : i32[L.blksize >> 2], st.Blocks = i64At(u32, i32, L.blocks >> 2), st.Atim = timespecAt(u32, i32, L.atim >> 2, st.Atim), st.Mtim = timespecAt(u32, i32, L.mtim >> 2, st.Mtim), st.Ctim = timespecAt(u32, i32, L.ctim >> 2, st.Ctim);
}
function timevalAt(dv, off, into) {
  let t = into instanceof Timeval ? into : new Timeval;
  return t.Sec = Number(dv.getBigInt64(off, !0)), t.Usec = Number(dv.getBigInt64(off + 8, !0)), t;
}
var RUSAGE_LONGS = ["Maxrss", "Ixrss", "Idrss", "Isrss", "Minflt", "Majflt", "Nswap", "Inblock", "Oublock", "Msgsnd", "Msgrcv", "Nsignals", "Nvcsw", "Nivcsw"], RUSAGE_FIELDS = ["Utime", "Stime", ...RUSAGE_LONGS], TIMEVAL_FIELDS = ["Sec", "Usec"];
function rusageOut(name, ru) {
  outArg(name, ru, RUSAGE_FIELDS);
  for (let k of ["Utime", "Stime"]) {
    let t = ru[k];
    if (t instanceof Timeval)
      outArg(`${name}.${k}`, t, TIMEVAL_FIELDS);
  }
}
function decodeRusage(dv, ru) {
  ru.Utime = timevalAt(dv, 0, ru.Utime), ru.Stime = timevalAt(dv, 16, ru.Stime);
  for (let i = 0;i < RUSAGE_LONGS.length; i++)
    ru[RUSAGE_LONGS[i]] = Number(dv.getBigInt64(32 + 8 * i, !0));
}
function copyRusage(from, to) {
  for (let k of RUSAGE_LONGS)
    to[k] = from[k];
  for (let k of ["Utime", "Stime"]) {
    let t = to[k];
    if (t instanceof Timeval)
      t.Sec = from[k].Sec, t.Usec = from[k].Usec;
    else
      to[k] = from[k];
  }
}
// src/zconsts_linux.ts
var arm64 = ARCH === "arm64", E2BIG = Errno.of(7), EACCES = Errno.of(13), EADDRINUSE = Errno.of(98), EADDRNOTAVAIL = Errno.of(99), EADV = Errno.of(68), EAFNOSUPPORT = Errno.of(97), EAGAIN = Errno.of(11), EALREADY = Errno.of(114), EBADE = Errno.of(52), EBADF = Errno.of(9), EBADFD = Errno.of(77), EBADMSG = Errno.of(74), EBADR = Errno.of(53), EBADRQC = Errno.of(56), EBADSLT = Errno.of(57), EBFONT = Errno.of(59), EBUSY = Errno.of(16), ECANCELED = Errno.of(125), ECHILD = Errno.of(10), ECHRNG = Errno.of(44), ECOMM = Errno.of(70), ECONNABORTED = Errno.of(103), ECONNREFUSED = Errno.of(111), ECONNRESET = Errno.of(104), EDEADLK = Errno.of(35), EDEADLOCK = Errno.of(35), EDESTADDRREQ = Errno.of(89), EDOM = Errno.of(33), EDOTDOT = Errno.of(73), EDQUOT = Errno.of(122), EEXIST = Errno.of(17), EFAULT = Errno.of(14), EFBIG = Errno.of(27), EHOSTDOWN = Errno.of(112), EHOSTUNREACH = Errno.of(113), EHWPOISON = Errno.of(133), EIDRM = Errno.of(43), EILSEQ = Errno.of(84), EINPROGRESS = Errno.of(115), EINTR = Errno.of(4), EINVAL = Errno.of(22), EIO = Errno.of(5), EISCONN = Errno.of(106), EISDIR = Errno.of(21), EISNAM = Errno.of(120), EKEYEXPIRED = Errno.of(127), EKEYREJECTED = Errno.of(129), EKEYREVOKED = Errno.of(128), EL2HLT = Errno.of(51), EL2NSYNC = Errno.of(45), EL3HLT = Errno.of(46), EL3RST = Errno.of(47), ELIBACC = Errno.of(79), ELIBBAD = Errno.of(80), ELIBEXEC = Errno.of(83), ELIBMAX = Errno.of(82), ELIBSCN = Errno.of(81), ELNRNG = Errno.of(48), ELOOP = Errno.of(40), EMEDIUMTYPE = Errno.of(124), EMFILE = Errno.of(24), EMLINK = Errno.of(31), EMSGSIZE = Errno.of(90), EMULTIHOP = Errno.of(72), ENAMETOOLONG = Errno.of(36), ENAVAIL = Errno.of(119), ENETDOWN = Errno.of(100), ENETRESET = Errno.of(102), ENETUNREACH = Errno.of(101), ENFILE = Errno.of(23), ENOANO = Errno.of(55), ENOBUFS = Errno.of(105), ENOCSI = Errno.of(50), ENODATA = Errno.of(61), ENODEV = Errno.of(19), ENOENT = Errno.of(2), ENOEXEC = Errno.of(8), ENOKEY = Errno.of(126), ENOLCK = Errno.of(37), ENOLINK = Errno.of(67), ENOMEDIUM = Errno.of(123), ENOMEM = Errno.of(12), ENOMSG = Errno.of(42), ENONET = Errno.of(64), ENOPKG = Errno.of(65), ENOPROTOOPT = Errno.of(92), ENOSPC = Errno.of(28), ENOSR = Errno.of(63), ENOSTR = Errno.of(60), ENOSYS = Errno.of(38), ENOTBLK = Errno.of(15), ENOTCONN = Errno.of(107), ENOTDIR = Errno.of(20), ENOTEMPTY = Errno.of(39), ENOTNAM = Errno.of(118), ENOTRECOVERABLE = Errno.of(131), ENOTSOCK = Errno.of(88), ENOTSUP = Errno.of(95), ENOTTY = Errno.of(25), ENOTUNIQ = Errno.of(76), ENXIO = Errno.of(6), EOPNOTSUPP = Errno.of(95), EOVERFLOW = Errno.of(75), EOWNERDEAD = Errno.of(130), EPERM = Errno.of(1), EPFNOSUPPORT = Errno.of(96), EPIPE = Errno.of(32), EPROTO = Errno.of(71), EPROTONOSUPPORT = Errno.of(93), EPROTOTYPE = Errno.of(91), ERANGE = Errno.of(34), EREMCHG = Errno.of(78), EREMOTE = Errno.of(66), EREMOTEIO = Errno.of(121), ERESTART = Errno.of(85), ERFKILL = Errno.of(132), EROFS = Errno.of(30), ESHUTDOWN = Errno.of(108), ESOCKTNOSUPPORT = Errno.of(94), ESPIPE = Errno.of(29), ESRCH = Errno.of(3), ESRMNT = Errno.of(69), ESTALE = Errno.of(116), ESTRPIPE = Errno.of(86), ETIME = Errno.of(62), ETIMEDOUT = Errno.of(110), ETOOMANYREFS = Errno.of(109), ETXTBSY = Errno.of(26), EUCLEAN = Errno.of(117), EUNATCH = Errno.of(49), EUSERS = Errno.of(87), EWOULDBLOCK = Errno.of(11), EXDEV = Errno.of(18), EXFULL = Errno.of(54), SIGABRT = Signal.of(6), SIGALRM = Signal.of(14), SIGBUS = Signal.of(7), SIGCHLD = Signal.of(17), SIGCLD = Signal.of(17), SIGCONT = Signal.of(18), SIGFPE = Signal.of(8), SIGHUP = Signal.of(1), SIGILL = Signal.of(4), SIGINT = Signal.of(2), SIGIO = Signal.of(29), SIGIOT = Signal.of(6), SIGKILL = Signal.of(9), SIGPIPE = Signal.of(13), SIGPOLL = Signal.of(29), SIGPROF = Signal.of(27), SIGPWR = Signal.of(30), SIGQUIT = Signal.of(3), SIGSEGV = Signal.of(11), SIGSTKFLT = Signal.of(16), SIGSTOP = Signal.of(19), SIGSYS = Signal.of(31), SIGTERM = Signal.of(15), SIGTRAP = Signal.of(5), SIGTSTP = Signal.of(20), SIGTTIN = Signal.of(21), SIGTTOU = Signal.of(22), SIGUNUSED = Signal.of(31), SIGURG = Signal.of(23), SIGUSR1 = Signal.of(10), SIGUSR2 = Signal.of(12), SIGVTALRM = Signal.of(26), SIGWINCH = Signal.of(28), SIGXCPU = Signal.of(24), SIGXFSZ = Signal.of(25), FD_CLOEXEC = 1, F_DUPFD = 0, F_DUPFD_CLOEXEC = 1030, F_EXLCK = 4, F_GETFD = 1, F_GETFL = 3, F_GETLEASE = 1025, F_GETLK = 5, F_GETLK64 = 5, F_GETOWN = 9, F_GETOWN_EX = 16, F_GETPIPE_SZ = 1032, F_GETSIG = 11, F_LOCK = 1, F_NOTIFY = 1026, F_RDLCK = 0, F_SETFD = 2, F_SETFL = 4, F_SETLEASE = 1024, F_SETLK = 6, F_SETLK64 = 6, F_SETLKW = 7, F_SETLKW64 = 7, F_SETOWN = 8, F_SETOWN_EX = 15, F_SETPIPE_SZ = 1031, F_SETSIG = 10, F_SHLCK = 8, F_TEST = 3, F_TLOCK = 2, F_ULOCK = 0, F_UNLCK = 2, F_WRLCK = 1, O_ACCMODE = 3, O_APPEND = 1024, O_ASYNC = 8192, O_CLOEXEC = 524288, O_CREAT = 64, O_DIRECT = arm64 ? 65536 : 16384, O_DIRECTORY = arm64 ? 16384 : 65536, O_DSYNC = 4096, O_EXCL = 128, O_FSYNC = 1052672, O_LARGEFILE = 0, O_NDELAY = 2048, O_NOATIME = 262144, O_NOCTTY = 256, O_NOFOLLOW = arm64 ? 32768 : 131072, O_NONBLOCK = 2048, O_PATH = 2097152, O_RDONLY = 0, O_RDWR = 2, O_RSYNC = 1052672, O_SYNC = 1052672, O_TMPFILE = arm64 ? 4210688 : 4259840, O_TRUNC = 512, O_WRONLY = 1, PTRACE_ARCH_PRCTL = 30, PTRACE_ATTACH = 16, PTRACE_CONT = 7, PTRACE_DETACH = 17, PTRACE_EVENT_CLONE = 3, PTRACE_EVENT_EXEC = 4, PTRACE_EVENT_EXIT = 6, PTRACE_EVENT_FORK = 1, PTRACE_EVENT_SECCOMP = 7, PTRACE_EVENT_STOP = 128, PTRACE_EVENT_VFORK = 2, PTRACE_EVENT_VFORK_DONE = 5, PTRACE_GETEVENTMSG = 16897, PTRACE_GETFPREGS = 14, PTRACE_GETFPXREGS = 18, PTRACE_GETREGS = 12, PTRACE_GETREGSET = 16900, PTRACE_GETSIGINFO = 16898, PTRACE_GETSIGMASK = 16906, PTRACE_GET_THREAD_AREA = 25, PTRACE_INTERRUPT = 16903, PTRACE_KILL = 8, PTRACE_LISTEN = 16904, PTRACE_OLDSETOPTIONS = 21, PTRACE_O_EXITKILL = 1048576, PTRACE_O_MASK = arm64 ? 1048831 : 127, PTRACE_O_TRACECLONE = 8, PTRACE_O_TRACEEXEC = 16, PTRACE_O_TRACEEXIT = 64, PTRACE_O_TRACEFORK = 2, PTRACE_O_TRACESECCOMP = 128, PTRACE_O_TRACESYSGOOD = 1, PTRACE_O_TRACEVFORK = 4, PTRACE_O_TRACEVFORKDONE = 32, PTRACE_PEEKDATA = 2, PTRACE_PEEKSIGINFO = 16905, PTRACE_PEEKSIGINFO_SHARED = 1, PTRACE_PEEKTEXT = 1, PTRACE_PEEKUSR = 3, PTRACE_POKEDATA = 5, PTRACE_POKETEXT = 4, PTRACE_POKEUSR = 6, PTRACE_SEIZE = 16902, PTRACE_SETFPREGS = 15, PTRACE_SETFPXREGS = 19, PTRACE_SETOPTIONS = 16896, PTRACE_SETREGS = 13, PTRACE_SETREGSET = 16901, PTRACE_SETSIGINFO = 16899, PTRACE_SETSIGMASK = 16907, PTRACE_SET_THREAD_AREA = 26, PTRACE_SINGLEBLOCK = 33, PTRACE_SINGLESTEP = 9, PTRACE_SYSCALL = 24, PTRACE_SYSEMU = 31, PTRACE_SYSEMU_SINGLESTEP = 32, PTRACE_TRACEME = 0, RLIMIT_AS = 9, RLIMIT_CORE = 4, RLIMIT_CPU = 0, RLIMIT_DATA = 2, RLIMIT_FSIZE = 1, RLIMIT_NOFILE = 7, RLIMIT_STACK = 3, S_IFBLK = 24576, S_IFCHR = 8192, S_IFDIR = 16384, S_IFIFO = 4096, S_IFLNK = 40960, S_IFMT = 61440, S_IFREG = 32768, S_IFSOCK = 49152, S_IREAD = 256, S_IRGRP = 32, S_IROTH = 4, S_IRUSR = 256, S_IRWXG = 56, S_IRWXO = 7, S_IRWXU = 448, S_ISGID = 1024, S_ISUID = 2048, S_ISVTX = 512, S_IWGRP = 16, S_IWOTH = 2, S_IWRITE = 128, S_IWUSR = 128, S_IXGRP = 8, S_IXOTH = 1, S_IXUSR = 64, WALL = 1073741824, WCLONE = 2147483648, WCONTINUED = 8, WEXITED = 4, WNOHANG = 1, WNOTHREAD = 536870912, WNOWAIT = 16777216, WSTOPPED = 2, WUNTRACED = 2;
// src/clone.ts
var CLONE_VM = 256, CLONE_FS = 512, CLONE_FILES = 1024, CLONE_SIGHAND = 2048, CLONE_PIDFD = 4096, CLONE_PTRACE = 8192, CLONE_VFORK = 16384, CLONE_PARENT = 32768, CLONE_THREAD = 65536, CLONE_NEWNS = 131072, CLONE_SYSVSEM = 262144, CLONE_SETTLS = 524288, CLONE_PARENT_SETTID = 1048576, CLONE_CHILD_CLEARTID = 2097152, CLONE_DETACHED = 4194304, CLONE_UNTRACED = 8388608, CLONE_CHILD_SETTID = 16777216, CLONE_NEWCGROUP = 33554432, CLONE_NEWUTS = 67108864, CLONE_NEWIPC = 134217728, CLONE_NEWUSER = 268435456, CLONE_NEWPID = 536870912, CLONE_NEWNET = 1073741824, CLONE_IO = 2147483648, CLONE_CLEAR_SIGHAND = 4294967296, CLONE_INTO_CGROUP = 8589934592, CLONE_NEWTIME = 128;
// src/native.ts
class NativeUnavailable extends Error {
  name = "NativeUnavailable";
}
var failure = null;
function setFailure(f) {
  failure = f;
}
function getFailure() {
  return failure;
}
var rootChanged = !1;
function noteRootChanged() {
  rootChanged = !0;
}
var unavailable = null;
function causeOf(e) {
  let err = e, msg = typeof err?.message === "string" ? err.message : String(e);
  if (err?.code === "ERR_FFI_CC_DISABLED")
    return "bun:ffi cc is disabled (--no-ffi-cc or --no-addons): run Bun without those flags to use ForkExec, Exec and Wait4Async";
  if (/mprotect|W\^X|MDWE|executable/i.test(msg))
    return "bun:ffi cc cannot make code executable here (mprotect refused: a W^X policy such as PR_SET_MDWE or systemd's MemoryDenyWriteExecute)";
  if (/JIT/.test(msg))
    return `bun:ffi is unavailable: ${msg.split(`
`)[0]} (BUN_JSC_useJIT=0 turns the JIT off)`;
  return `bun:ffi cc failed: ${msg.split(`
`)[0]}`;
}
function compile(name, text, symbols) {
  if (requireLibc(), unavailable !== null)
    throw unavailable;
  if (rootChanged)
    throw unavailable = new NativeUnavailable("the process changed its root directory after loading bun-syscall, and compiling now would write Bun's compiler headers into the new root: call Prepare() before Chroot");
  let F = ffi(), fd = -1, dir = null;
  try {
    let source = null;
    if (fd = memfd(name), fd >= 0) {
      let bytes = (/* @__PURE__ */ new TextEncoder()).encode(text);
      if (C.write(fd, bytes, bytes.byteLength) === bytes.byteLength) {
        if (source = `/proc/self/fd/${fd}`, !__require("fs").existsSync(source))
          source = null;
      }
    }
    if (source === null) {
      let fs = __require("fs");
      dir = fs.mkdtempSync(`${__require("os").tmpdir()}/bun-syscall-`), source = `${dir}/${name}`, fs.writeFileSync(source, text, { mode: 384 });
    }
    try {
      return F.cc({ source, symbols });
    } catch (e) {
      let cause = causeOf(e), err = new NativeUnavailable(cause);
      if (/disabled|executable|JIT/.test(cause))
        unavailable = err;
      throw err;
    }
  } finally {
    if (fd >= 0)
      C.close(fd);
    if (dir !== null)
      __require("fs").rmSync(dir, { recursive: !0, force: !0 });
  }
}
var MFD_CLOEXEC = 1;
function memfd(name) {
  try {
    let n = (/* @__PURE__ */ new TextEncoder()).encode(`bun-syscall:${name}\x00`);
    return C.memfd_create(n, MFD_CLOEXEC);
  } catch {
    return -1;
  }
}
var preparers = [];
function unavailableErr(e) {
  let err = Errno.of(38);
  return setFailure({ Step: "compile", Err: err, Cause: e.message }), err;
}
function Prepare() {
  try {
    for (let p of preparers)
      p();
    return null;
  } catch (e) {
    if (e instanceof NativeUnavailable)
      return unavailableErr(e);
    throw e;
  }
}

// src/file.ts
var Stdin = 0, Stdout = 1, Stderr = 2, AT_FDCWD = -100, AT_SYMLINK_NOFOLLOW = 256, AT_REMOVEDIR = 512, AT_EACCESS = 512, AT_SYMLINK_FOLLOW = 1024, AT_NO_AUTOMOUNT = 2048, AT_EMPTY_PATH = 4096, SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
function Open(path, mode, perm) {
  let p = cstring(path), m = intArg("mode", mode), pm = intArg("perm", perm, 0);
  if (p === null)
    return [-1, EINVAL];
  let fd = C.openat(AT_FDCWD, p, m | O_LARGEFILE, pm);
  return fd < 0 ? [-1, lastErr()] : [fd, null];
}
function Close(fd) {
  return check(C.close(fdArg(fd)));
}
function Read(fd, p) {
  let f = fdArg(fd), b = bytesArg("p", p), n = C.read(f, bufPtr(b), b.byteLength);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Write(fd, p) {
  let f = fdArg(fd), b = bytesArg("p", p), n = C.write(f, bufPtr(b), b.byteLength);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Pread(fd, p, offset) {
  let f = fdArg(fd), b = bytesArg("p", p), off = int64Arg("offset", offset), n = C.pread64(f, bufPtr(b), b.byteLength, off);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Pwrite(fd, p, offset) {
  let f = fdArg(fd), b = bytesArg("p", p), off = int64Arg("offset", offset), n = C.pwrite64(f, bufPtr(b), b.byteLength, off);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Seek(fd, offset, whence) {
  let f = fdArg(fd), off = int64Arg("offset", offset), w = intArg("whence", whence), r = C.lseek64(f, off, w);
  return r < 0 ? [-1, lastErr()] : [r, null];
}
var pipeFds = new Int32Array(2);
function Pipe2(p, flags) {
  if (!Array.isArray(p))
    throw TypeError("p must be an array of length 2");
  let fl = intArg("flags", flags);
  if (p.length !== 2)
    return EINVAL;
  if (outArg("p", p, PIPE_FIELDS), C.pipe2(pipeFds, fl) < 0)
    return lastErr();
  let [r, w] = [pipeFds[0], pipeFds[1]];
  try {
    p[0] = r, p[1] = w;
  } catch (e) {
    throw C.close(r), C.close(w), e;
  }
  return null;
}
var PIPE_FIELDS = ["0", "1"];
function Pipe(p) {
  return Pipe2(p, 0);
}
function Dup(oldfd) {
  let fd = C.dup(fdArg(oldfd));
  return fd < 0 ? [-1, lastErr()] : [fd, null];
}
function Dup2(oldfd, newfd) {
  return check(C.dup2(fdArg(oldfd), fdArg(newfd)));
}
function Dup3(oldfd, newfd, flags) {
  let o = fdArg(oldfd), n = fdArg(newfd);
  return check(C.dup3(o, n, intArg("flags", flags)));
}
function CloseOnExec(fd) {
  C.fcntl(fdArg(fd), F_SETFD, 1);
}
function SetNonblock(fd, nonblocking) {
  let f = fdArg(fd);
  if (typeof nonblocking !== "boolean")
    throw TypeError("nonblocking must be a boolean");
  let fl = C.fcntl(f, F_GETFL, 0);
  if (fl < 0)
    return lastErr();
  let want = nonblocking ? fl | O_NONBLOCK : fl & ~O_NONBLOCK;
  if (want === fl)
    return null;
  return check(C.fcntl(f, F_SETFL, want));
}
function Fsync(fd) {
  return check(C.fsync(fdArg(fd)));
}
function Ftruncate(fd, length) {
  let f = fdArg(fd);
  return check(C.ftruncate64(f, int64Arg("length", length)));
}
function Fchmod(fd, mode) {
  let f = fdArg(fd);
  return check(C.fchmod(f, intArg("mode", mode, 0)));
}
function Fchdir(fd) {
  return check(C.fchdir(fdArg(fd)));
}
var statBuffer = newStatBuffer(), statBuf = statBuffer.bytes;
function fillStat(r, st) {
  if (r < 0)
    return lastErr();
  return decodeStat(statBuffer, st), null;
}
function Fstatat(dirfd, path, stat, flags) {
  let d = fdArg(dirfd), p = cstring(path);
  objArg("stat", stat);
  let fl = intArg("flags", flags);
  if (p === null)
    return EINVAL;
  return fillStat(sys.sys_ippi(SYS.newfstatat, d, p, statBuf, fl, 0, 0), stat);
}
function Stat(path, stat) {
  let p = cstring(path);
  if (objArg("stat", stat), p === null)
    return EINVAL;
  return fillStat(sys.sys_ippi(SYS.newfstatat, AT_FDCWD, p, statBuf, 0, 0, 0), stat);
}
function Lstat(path, stat) {
  let p = cstring(path);
  if (objArg("stat", stat), p === null)
    return EINVAL;
  return fillStat(sys.sys_ippi(SYS.newfstatat, AT_FDCWD, p, statBuf, AT_SYMLINK_NOFOLLOW, 0, 0), stat);
}
function Fstat(fd, stat) {
  let f = fdArg(fd);
  return objArg("stat", stat), fillStat(sys.sys_ip(SYS.fstat, f, statBuf, 0, 0, 0, 0), stat);
}
function Chmod(path, mode) {
  let p = cstring(path), m = intArg("mode", mode, 0);
  if (p === null)
    return EINVAL;
  return check(C.fchmodat(AT_FDCWD, p, m, 0));
}
function Chdir(path) {
  let p = cstring(path);
  if (p === null)
    return EINVAL;
  return check(C.chdir(p));
}
function Chroot(path) {
  let p = cstring(path);
  if (p === null)
    return EINVAL;
  let err = check(C.chroot(p));
  if (err === null)
    noteRootChanged();
  return err;
}
function Mkdir(path, mode) {
  let p = cstring(path), m = intArg("mode", mode, 0);
  if (p === null)
    return EINVAL;
  return check(C.mkdirat(AT_FDCWD, p, m));
}
function Rmdir(path) {
  let p = cstring(path);
  if (p === null)
    return EINVAL;
  return check(C.unlinkat(AT_FDCWD, p, AT_REMOVEDIR));
}
function Unlink(path) {
  let p = cstring(path);
  if (p === null)
    return EINVAL;
  return check(C.unlinkat(AT_FDCWD, p, 0));
}
function Rename(oldpath, newpath) {
  let a = cstring(oldpath, 0, "oldpath"), b = cstring(newpath, 1, "newpath");
  if (a === null || b === null)
    return EINVAL;
  return check(C.renameat(AT_FDCWD, a, AT_FDCWD, b));
}
function Symlink(oldpath, newpath) {
  let a = cstring(oldpath, 0, "oldpath"), b = cstring(newpath, 1, "newpath");
  if (a === null || b === null)
    return EINVAL;
  return check(C.symlinkat(a, AT_FDCWD, b));
}
function Link(oldpath, newpath) {
  let a = cstring(oldpath, 0, "oldpath"), b = cstring(newpath, 1, "newpath");
  if (a === null || b === null)
    return EINVAL;
  return check(C.linkat(AT_FDCWD, a, AT_FDCWD, b, 0));
}
function Mknod(path, mode, dev) {
  let p = cstring(path), m = intArg("mode", mode, 0), d = int64Arg("dev", dev);
  if (p === null)
    return EINVAL;
  return check(sys.sys_ip(SYS.mknodat, AT_FDCWD, p, m, d, 0, 0));
}
function Mkfifo(path, mode) {
  return Mknod(path, intArg("mode", mode, 0) | 4096, 0);
}
function Chown(path, uid, gid) {
  return chownat(path, uid, gid, 0);
}
function Lchown(path, uid, gid) {
  return chownat(path, uid, gid, AT_SYMLINK_NOFOLLOW);
}
function chownat(path, uid, gid, flags) {
  let p = cstring(path), u = intArg("uid", uid, -1) >>> 0, g = intArg("gid", gid, -1) >>> 0;
  if (p === null)
    return EINVAL;
  return check(C.fchownat(AT_FDCWD, p, u, g, flags));
}
function Fchown(fd, uid, gid) {
  let f = fdArg(fd), u = intArg("uid", uid, -1) >>> 0, g = intArg("gid", gid, -1) >>> 0;
  return check(C.fchown(f, u, g));
}
function Access(path, mode) {
  return Faccessat(AT_FDCWD, path, mode, 0);
}
function Readlink(path, buf) {
  let p = cstring(path), b = bytesArg("buf", buf);
  if (p === null)
    return [-1, EINVAL];
  let n = C.readlinkat(AT_FDCWD, p, bufPtr(b), b.byteLength);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Umask(mask) {
  return C.umask(intArg("mask", mask, 0) & 511);
}
function Getcwd(buf) {
  let b = bytesArg("buf", buf), r = getcwdRaw(b);
  return r < 0 ? [-1, lastErr()] : [r, null];
}
var cwdBuf = new Uint8Array(4096), utf8 = /* @__PURE__ */ new TextDecoder;
function Getwd() {
  let n = getcwdRaw(cwdBuf);
  if (n < 0)
    return ["", lastErr()];
  if (n < 1 || n > cwdBuf.length || cwdBuf[n - 1] !== 0)
    return ["", EINVAL];
  if (cwdBuf[0] !== 47)
    return ["", ENOENT];
  return [utf8.decode(cwdBuf.subarray(0, n - 1)), null];
}
function getcwdRaw(b) {
  return sys.sys_pi(SYS.getcwd, bufPtr(b), b.byteLength, 0, 0, 0, 0);
}
function Faccessat(dirfd, path, mode, flags) {
  let d = fdArg(dirfd), p = cstring(path), m = intArg("mode", mode, 0), fl = intArg("flags", flags);
  if (p === null)
    return EINVAL;
  if (fl === 0)
    return check(sys.sys_ip(SYS.faccessat, d, p, m, 0, 0, 0));
  if (sys.sys_ip(SYS.faccessat2, d, p, m, fl, 0, 0) === 0)
    return null;
  let e = errno();
  if (e !== ENOSYS.errno && e !== EPERM.errno)
    return Errno.of(e);
  return faccessatEmulated(d, path, m, fl);
}
function faccessatEmulated(dirfd, path, mode, flags) {
  if ((flags & ~(AT_SYMLINK_NOFOLLOW | AT_EACCESS)) !== 0)
    return EINVAL;
  let st = new Stat_t, err = Fstatat(dirfd, path, st, flags & AT_SYMLINK_NOFOLLOW);
  if (err)
    return err;
  if (mode &= 7, mode === 0)
    return null;
  let eff = (flags & AT_EACCESS) !== 0, uid = eff ? C.geteuid() : C.getuid();
  if (uid === 0) {
    if ((mode & 1) === 0 || (st.Mode & 73) !== 0)
      return null;
    return EACCES;
  }
  let granted;
  if (uid === st.Uid)
    granted = st.Mode >> 6 & 7;
  else if ((eff ? C.getegid() : C.getgid()) === st.Gid || inGroups(st.Gid))
    granted = st.Mode >> 3 & 7;
  else
    granted = st.Mode & 7;
  return (granted & mode) === mode ? null : EACCES;
}
function inGroups(gid) {
  let n = C.getgroups(0, null);
  if (n <= 0)
    return !1;
  let gids = new Uint32Array(n), got = C.getgroups(n, gids);
  for (let i = 0;i < got; i++)
    if (gids[i] === gid)
      return !0;
  return !1;
}
// src/process.ts
function pidArg(name, v) {
  return intArg(name, v, -2147483648, 2147483647);
}
function Getpid() {
  return C.getpid();
}
function Getppid() {
  return C.getppid();
}
function Getuid() {
  return C.getuid();
}
function Geteuid() {
  return C.geteuid();
}
function Getgid() {
  return C.getgid();
}
function Getegid() {
  return C.getegid();
}
function Getgroups() {
  for (;; ) {
    let n = C.getgroups(0, null);
    if (n < 0)
      return [[], lastErr()];
    if (n === 0)
      return [[], null];
    let buf = new Uint32Array(n), got = C.getgroups(n, buf);
    if (got < 0) {
      let e = errno();
      if (e === 22)
        continue;
      return [[], Errno.of(e)];
    }
    return [Array.from(buf.subarray(0, got)), null];
  }
}
function Getpgid(pid) {
  let r = C.getpgid(pidArg("pid", pid));
  return r < 0 ? [-1, lastErr()] : [r, null];
}
function Setpgid(pid, pgid) {
  return check(C.setpgid(pidArg("pid", pid), pidArg("pgid", pgid)));
}
function Setsid() {
  let r = C.setsid();
  return r < 0 ? [-1, lastErr()] : [r, null];
}
function Kill(pid, sig) {
  let p = pidArg("pid", pid);
  return check(C.kill(p, signalArg(sig)));
}
function Tgkill(tgid, tid, sig) {
  let a = pidArg("tgid", tgid), b = pidArg("tid", tid);
  return check(C.syscall(SYS.tgkill, a, b, signalArg(sig), 0, 0, 0));
}
function PidfdOpen(pid, flags) {
  let p = pidArg("pid", pid), r = C.syscall(SYS.pidfd_open, p, intArg("flags", flags), 0, 0, 0, 0);
  return r < 0 ? [-1, lastErr()] : [r, null];
}
var PIDFD_NONBLOCK = 2048;
function PidfdSendSignal(pidfd, sig, info, flags) {
  let f = fdArg(pidfd), s = signalArg(sig);
  if (info !== null)
    throw TypeError("info must be null");
  return check(C.syscall(SYS.pidfd_send_signal, f, s, 0, intArg("flags", flags), 0, 0));
}
function Getpagesize() {
  return C.getpagesize();
}
var rlimBuf = new BigUint64Array(SIZEOF_RLIMIT / 8);
function Getrlimit(resource, rlim) {
  let r = intArg("resource", resource);
  if (objArg("rlim", rlim), C.getrlimit64(r, rlimBuf) < 0)
    return lastErr();
  return rlim.Cur = rlimBuf[0], rlim.Max = rlimBuf[1], null;
}
var rlimitHooks = [];
function Setrlimit(resource, rlim) {
  let r = intArg("resource", resource);
  if (objArg("rlim", rlim), rlimBuf[0] = u64Arg("rlim.Cur", rlim.Cur), rlimBuf[1] = u64Arg("rlim.Max", rlim.Max), C.setrlimit64(r, rlimBuf) < 0)
    return lastErr();
  for (let h of rlimitHooks)
    h(r, rlim);
  return null;
}
function u64Arg(name, v) {
  if (typeof v === "number" && Number.isSafeInteger(v))
    v = BigInt(v);
  if (typeof v !== "bigint")
    throw TypeError(`${name} must be a bigint`);
  if (v < 0n || v > 0xffffffffffffffffn)
    throw RangeError(`${name} out of range: ${v}`);
  return v;
}
var RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1, rusageBuf = new Uint8Array(SIZEOF_RUSAGE), rusageView = new DataView(rusageBuf.buffer);
function Getrusage(who, rusage) {
  let w = intArg("who", who);
  if (rusageOut("rusage", rusage), C.getrusage(w, rusageBuf) < 0)
    return lastErr();
  return decodeRusage(rusageView, rusage), null;
}
var RLIM_INFINITY = 0xffffffffffffffffn;
function Exit(code) {
  throw C._exit(intArg("code", code)), Error("unreachable: _exit returned");
}
function ptraceReq(req, pid, addr, data) {
  let p = pidArg("pid", pid);
  return check(C.ptrace(req, p, addr, data));
}
function PtraceAttach(pid) {
  return ptraceReq(PTRACE_ATTACH, pid, 0, 0);
}
function PtraceDetach(pid) {
  return ptraceReq(PTRACE_DETACH, pid, 0, 0);
}
function PtraceCont(pid, signal) {
  return ptraceReq(PTRACE_CONT, pid, 0, intArg("signal", signal, 0, 64));
}
function PtraceSyscall(pid, signal) {
  return ptraceReq(PTRACE_SYSCALL, pid, 0, intArg("signal", signal, 0, 64));
}
function PtraceSingleStep(pid) {
  return ptraceReq(PTRACE_SINGLESTEP, pid, 0, 0);
}
function PtraceKill(pid) {
  return ptraceReq(PTRACE_KILL, pid, 0, 0);
}
function PtraceSetOptions(pid, options) {
  return ptraceReq(PTRACE_SETOPTIONS, pid, 0, intArg("options", options, 0));
}
var eventMsg = new BigUint64Array(1);
function PtraceGetEventMsg(pid) {
  let p = pidArg("pid", pid);
  if (eventMsg[0] = 0n, C.ptrace(PTRACE_GETEVENTMSG, p, null, eventMsg) < 0)
    return [0, lastErr()];
  return [Number(eventMsg[0]), null];
}
// src/env.ts
function validKey(key) {
  return key.length > 0 && !key.includes("=") && !key.includes("\x00");
}
function Getenv(key) {
  if (typeof key !== "string")
    throw TypeError("key must be a string");
  if (!validKey(key))
    return ["", !1];
  let v = process.env[key];
  return typeof v === "string" ? [v, !0] : ["", !1];
}
function Setenv(key, value) {
  if (typeof key !== "string")
    throw TypeError("key must be a string");
  if (typeof value !== "string")
    throw TypeError("value must be a string");
  if (!validKey(key) || value.includes("\x00"))
    return EINVAL;
  let k = cstring(key, 0), v = cstring(value, 1);
  if (C.setenv(k, v, 1) < 0)
    return EINVAL;
  return process.env[key] = value, null;
}
function Unsetenv(key) {
  if (typeof key !== "string")
    throw TypeError("key must be a string");
  delete process.env[key];
  let k = cstring(key, 0);
  if (k !== null && key.length > 0 && !key.includes("="))
    C.unsetenv(k);
  return null;
}
function Clearenv() {
  for (let k of Object.keys(process.env))
    delete process.env[k];
  C.clearenv();
}
function Environ() {
  let env = process.env, out = [];
  for (let k in env) {
    let v = env[k];
    if (v !== void 0)
      out.push(`${k}=${v}`);
  }
  return out;
}
// src/wait.ts
var MASK = 127, CORE = 128, EXITED = 0, STOPPED = 127, SHIFT = 8, SIGTRAP2 = 5;

class WaitStatus {
  status;
  constructor(status = 0) {
    this.status = intArg("status", status, -2147483648, 4294967295);
  }
  Exited() {
    return (this.status & MASK) === EXITED;
  }
  Signaled() {
    let m = this.status & MASK;
    return m !== STOPPED && m !== EXITED;
  }
  Stopped() {
    return (this.status & 255) === STOPPED;
  }
  Continued() {
    return this.status === 65535;
  }
  CoreDump() {
    return this.Signaled() && (this.status & CORE) !== 0;
  }
  ExitStatus() {
    if (!this.Exited())
      return -1;
    return this.status >> SHIFT & 255;
  }
  Signal() {
    if (!this.Signaled())
      return Signal.of(-1);
    return Signal.of(this.status & MASK);
  }
  StopSignal() {
    if (!this.Stopped())
      return Signal.of(-1);
    return Signal.of(this.status >> SHIFT & 255);
  }
  TrapCause() {
    if (this.StopSignal().signo !== SIGTRAP2)
      return -1;
    return this.status >> SHIFT >> 8;
  }
}
var statusBuf = new Int32Array(1), STATUS_FIELDS = ["status"], rusageBuf2 = new Uint8Array(SIZEOF_RUSAGE), rusageView2 = new DataView(rusageBuf2.buffer);
function Wait4(pid, wstatus, options, rusage) {
  let p = intArg("pid", pid, -2147483648, 2147483647), o = intArg("options", options);
  if (wstatus !== null)
    outArg("wstatus", wstatus, STATUS_FIELDS);
  if (rusage !== null)
    rusageOut("rusage", rusage);
  statusBuf[0] = 0;
  let r = C.wait4(p, statusBuf, o, rusage === null ? null : rusageBuf2), err = r < 0 ? lastErr() : null;
  if (wstatus !== null)
    wstatus.status = statusBuf[0];
  if (err !== null)
    return [-1, err];
  if (rusage !== null && r > 0)
    decodeRusage(rusageView2, rusage);
  return [r, null];
}
// src/waiter.c
var waiter_default = `/*
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

#define EINTR 4
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

/* struct epoll_event is packed on x86_64 (12 bytes), natural on aarch64 (16). */
#if defined(__x86_64__)
#define EV_SIZE 12
#elif defined(__aarch64__)
#define EV_SIZE 16
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

static void notify(int fd, u64 token) {
  long n;
  do n = write(fd, &token, 8);
  while (n < 0 && *__errno_location() == EINTR);
}

/* The thread's fds. A next start comes only after bsc_waiter_stop has
 * joined this thread, so one static copy is enough. */
struct loop_args { int epfd, notify_fd, stop_fd; };
static struct loop_args loop_args;

static void *epoll_loop(void *arg) {
  struct loop_args a = *(struct loop_args *)arg;
  unsigned char events[64 * EV_SIZE];
  for (;;) {
    int n = epoll_wait(a.epfd, events, 64, -1);
    if (n < 0) continue; /* EINTR */
    for (int i = 0; i < n; i++) {
      u64 token = *(u64 *)(events + i * EV_SIZE + (EV_SIZE == 12 ? 4 : 8));
      if (token == STOP_TOKEN) {
        close(a.stop_fd);
        close(a.epfd);
        close(a.notify_fd);
        return 0;
      }
      notify(a.notify_fd, token);
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
  epoll_ctl(epfd, EPOLL_CTL_ADD, stop_fd, ev);
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

/* Watches pidfd once (EPOLLONESHOT); token comes back when it is readable. Returns 0 or -errno. */
int bsc_waiter_add(int pidfd, u64 token) {
  unsigned char ev[16] = {0};
  *(unsigned int *)ev = EPOLLIN | EPOLLONESHOT;
  *(u64 *)(ev + (EV_SIZE == 12 ? 4 : 8)) = token;
  if (epoll_ctl(epfd, EPOLL_CTL_ADD, pidfd, ev) < 0) return -*__errno_location();
  return 0;
}

/* Watches pidfd once more after its one-shot event (EPOLL_CTL_MOD). Returns 0 or -errno. */
int bsc_waiter_rearm(int pidfd, u64 token) {
  unsigned char ev[16] = {0};
  *(unsigned int *)ev = EPOLLIN | EPOLLONESHOT;
  *(u64 *)(ev + (EV_SIZE == 12 ? 4 : 8)) = token;
  if (epoll_ctl(epfd, EPOLL_CTL_MOD, pidfd, ev) < 0) return -*__errno_location();
  return 0;
}

/* Stops watching pidfd (a cancelled wait). Returns 0 or -errno. */
int bsc_waiter_del(int pidfd) {
  unsigned char ev[16] = {0};
  if (epoll_ctl(epfd, EPOLL_CTL_DEL, pidfd, ev) < 0) return -*__errno_location();
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
  while (waitid(P_PID, a.pid, info, WEXITED | WNOWAIT) < 0 && *__errno_location() == EINTR) {}
  notify(a.fd, a.token);
  close(a.fd);
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
  a->fd = fcntl(notify_fd, F_DUPFD_CLOEXEC, 0);
  if (a->fd < 0) {
    e = *__errno_location();
    free(a);
    return -e;
  }
  for (e = 0; e < 16; e++) all[e] = ~0UL;
  pthread_sigmask(SIG_SETMASK, all, old);
  e = pthread_create(&t, 0, waitid_loop, a);
  pthread_sigmask(SIG_SETMASK, old, 0);
  if (e != 0) {
    close(a->fd);
    free(a);
    return -e;
  }
  pthread_detach(t);
  return 0;
}
`;

// src/waitasync.ts
var native = null;
preparers.push(() => void loadNative());
var notifyRead = -1, watches = /* @__PURE__ */ new Map, byToken = /* @__PURE__ */ new Map, nextToken = 1, reader = null, closing = null, pending = new Uint8Array(0);
function loadNative() {
  if (native !== null)
    return native;
  let s = compile("waiter.c", waiter_default, {
    bsc_waiter_start: { args: ["i32"], returns: "i32" },
    bsc_waiter_stop: { args: [], returns: "i32" },
    bsc_waiter_add: { args: ["i32", "u64"], returns: "i32" },
    bsc_waiter_rearm: { args: ["i32", "u64"], returns: "i32" },
    bsc_waiter_del: { args: ["i32"], returns: "i32" },
    bsc_waiter_add_thread: { args: ["i32", "u64"], returns: "i32" }
  }).symbols;
  return native = {
    start: (fd) => s.bsc_waiter_start(fd),
    stop: () => s.bsc_waiter_stop(),
    add: (fd, token) => s.bsc_waiter_add(fd, token),
    rearm: (fd, token) => s.bsc_waiter_rearm(fd, token),
    del: (fd) => s.bsc_waiter_del(fd),
    addThread: (pid, token) => s.bsc_waiter_add_thread(pid, token)
  }, native;
}
var LINGER_MS = 1000, lingerTimer = null;
async function ensureReader() {
  while (closing !== null)
    await closing;
  if (lingerTimer !== null)
    clearTimeout(lingerTimer), lingerTimer = null;
  if (reader !== null)
    return;
  if (notifyRead < 0) {
    let N = loadNative(), p = [0, 0], err = Pipe2(p, O_CLOEXEC);
    if (err)
      throw err;
    SetNonblock(p[0], !0);
    let r = N.start(p[1]);
    if (r < 0)
      throw Close(p[0]), Close(p[1]), Errno.of(-r);
    notifyRead = p[0], pending = new Uint8Array(0);
  }
  let rd = Bun.file(notifyRead).stream().getReader();
  reader = rd, pump(rd);
}
var stopScheduled = !1;
function maybeStopReader() {
  if (watches.size > 0 || reader === null || closing !== null || stopScheduled)
    return;
  stopScheduled = !0, setImmediate(stopReaderNow);
}
function stopReaderNow() {
  if (stopScheduled = !1, watches.size > 0 || reader === null || closing !== null)
    return;
  let r = reader;
  closing = r.cancel().catch(() => {}).then(() => {
    if (reader === r)
      reader = null;
    if (closing = null, watches.size > 0 || reader !== null)
      return;
    if (Bun.isMainThread)
      lingerTimer = setTimeout(stopWaiter, LINGER_MS), lingerTimer.unref();
    else
      stopWaiter();
  });
}
function stopWaiter() {
  if (lingerTimer = null, watches.size > 0 || reader !== null || notifyRead < 0)
    return;
  loadNative().stop(), Close(notifyRead), notifyRead = -1;
}
async function pump(r) {
  for (;; ) {
    let chunk;
    try {
      chunk = await r.read();
    } catch {
      break;
    }
    if (chunk.done || chunk.value === void 0)
      break;
    let bytes = chunk.value;
    if (pending.length > 0) {
      let joined = new Uint8Array(pending.length + bytes.length);
      joined.set(pending), joined.set(bytes, pending.length), bytes = joined;
    }
    let whole = bytes.length - bytes.length % 8, dv = new DataView(bytes.buffer, bytes.byteOffset, whole);
    for (let o = 0;o < whole; o += 8)
      try {
        exited(dv.getUint32(o, !0));
      } catch {}
    pending = bytes.slice(whole), maybeStopReader();
  }
}
function exited(token) {
  let w = byToken.get(token);
  if (w === void 0)
    return;
  let first = w.waiters[0], ws = new WaitStatus, ru = first.rusage === null ? null : new Rusage, r;
  do
    r = Wait4(w.pid, ws, WNOHANG, ru);
  while (r[1] === EINTR);
  if (r[1] === null && r[0] === 0)
    if (w.pidfd >= 0 && !w.ownPidfd)
      r = [-1, EINVAL];
    else {
      let e = w.pidfd >= 0 ? loadNative().rearm(w.pidfd, token) : loadNative().addThread(w.pid, token);
      if (e === 0)
        return;
      r = [-1, Errno.of(-e)];
    }
  finish(w);
  try {
    if (first.wstatus !== null)
      first.wstatus.status = ws.status;
    if (first.rusage !== null && ru !== null && r[0] > 0)
      copyRusage(ru, first.rusage);
    settle(first, r);
  } catch (e) {
    unlisten(first), first.reject(e);
  }
  for (let other of w.waiters.slice(1))
    settle(other, [-1, ECHILD]);
}
function unlisten(waiter) {
  if (waiter.signal && waiter.onAbort)
    waiter.signal.removeEventListener("abort", waiter.onAbort);
}
function settle(waiter, r) {
  unlisten(waiter), waiter.resolve(r);
}
function finish(w) {
  if (watches.delete(w.pid), byToken.delete(w.token), w.armed && native !== null)
    native.del(w.pidfd);
  if (w.armed = !1, w.ownPidfd)
    Close(w.pidfd), w.ownPidfd = !1;
}
function Wait4Async(pid, wstatus, rusage, options) {
  if (typeof pid !== "number" || !Number.isInteger(pid))
    throw TypeError(`pid must be an integer, got ${describe(pid)}`);
  if (pid <= 0 || pid > 2147483647)
    throw RangeError(`Wait4Async waits for one child: pid must be > 0, got ${pid}`);
  if (wstatus !== null && !(wstatus instanceof WaitStatus))
    throw TypeError(`wstatus must be a WaitStatus or null, got ${describe(wstatus)}`);
  if (rusage !== null && !(rusage instanceof Rusage))
    throw TypeError(`rusage must be an Rusage or null, got ${describe(rusage)}`);
  if (wstatus !== null)
    outArg("wstatus", wstatus, ["status"]);
  if (rusage !== null)
    rusageOut("rusage", rusage);
  if (options !== void 0 && options !== null && typeof options !== "object")
    throw TypeError(`options must be an object, got ${describe(options)}`);
  let signal = options?.signal;
  if (signal !== void 0 && !(signal instanceof AbortSignal))
    throw TypeError("options.signal must be an AbortSignal");
  let givenPidfd = options?.pidfd;
  if (givenPidfd !== void 0 && (typeof givenPidfd !== "number" || !Number.isInteger(givenPidfd)))
    throw TypeError("options.pidfd must be an integer fd");
  if (givenPidfd !== void 0 && (givenPidfd < 0 || givenPidfd > 2147483647))
    throw RangeError(`options.pidfd out of range: ${givenPidfd}`);
  if (signal?.aborted)
    return Promise.reject(signal.reason);
  let r;
  do
    r = Wait4(pid, wstatus ?? new WaitStatus, WNOHANG, rusage);
  while (r[1] === EINTR);
  if (r[1] !== null || r[0] !== 0)
    return Promise.resolve(r);
  return new Promise((resolve, reject) => {
    let waiter = { wstatus, rusage, resolve, reject, signal }, existing = watches.get(pid);
    if (existing !== void 0) {
      existing.waiters.push(waiter), arm(waiter, existing);
      return;
    }
    let pidfd = givenPidfd ?? -1, own = !1;
    if (pidfd < 0) {
      let [fd, err] = PidfdOpen(pid, 0);
      if (err === null)
        pidfd = fd, own = !0;
      else if (err !== ENOSYS && err !== EPERM) {
        resolve([-1, err === ESRCH ? ECHILD : err]);
        return;
      }
    }
    let token = nextToken;
    nextToken = nextToken >= 2147483647 ? 1 : nextToken + 1;
    let watch = { pid, token, pidfd, ownPidfd: own, armed: !1, waiters: [waiter] };
    watches.set(pid, watch), byToken.set(token, watch), arm(waiter, watch), ensureReader().then(() => {
      if (byToken.get(token) !== watch)
        return;
      let N = loadNative(), e = pidfd >= 0 ? N.add(pidfd, token) : N.addThread(pid, token);
      if (e === 0) {
        watch.armed = pidfd >= 0;
        return;
      }
      finish(watch);
      for (let w of watch.waiters)
        settle(w, [-1, Errno.of(-e)]);
      maybeStopReader();
    }, (e) => {
      finish(watch);
      let err = e instanceof NativeUnavailable ? unavailableErr(e) : e;
      for (let w of watch.waiters)
        if (err instanceof Errno)
          settle(w, [-1, err]);
        else
          w.reject(err);
    });
  });
}
function arm(waiter, watch) {
  let signal = waiter.signal;
  if (signal === void 0)
    return;
  waiter.onAbort = () => {
    let i = watch.waiters.indexOf(waiter);
    if (i < 0)
      return;
    if (watch.waiters.splice(i, 1), watch.waiters.length === 0 && byToken.get(watch.token) === watch)
      finish(watch), maybeStopReader();
    waiter.reject(signal.reason);
  }, signal.addEventListener("abort", waiter.onAbort, { once: !0 });
}
function PendingWaits() {
  return watches.size;
}
// src/exec/forklock.ts
class RWMutex {
  readers = 0;
  writer = !1;
  Lock() {
    if (this.writer || this.readers > 0)
      throw Error("ForkLock: Lock would deadlock: the lock is held on this thread");
    this.writer = !0;
  }
  Unlock() {
    if (!this.writer)
      throw Error("sync: Unlock of unlocked RWMutex");
    this.writer = !1;
  }
  RLock() {
    if (this.writer)
      throw Error("ForkLock: RLock would deadlock: the lock is held for writing on this thread");
    this.readers++;
  }
  RUnlock() {
    if (this.readers === 0)
      throw Error("sync: RUnlock of unlocked RWMutex");
    this.readers--;
  }
  TryLock() {
    if (this.writer || this.readers > 0)
      return !1;
    return this.writer = !0, !0;
  }
  TryRLock() {
    if (this.writer)
      return !1;
    return this.readers++, !0;
  }
}
var ForkLock = new RWMutex;

// src/exec/child.c
var child_default = `/*
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
 *  - Go's order of steps (exec_linux.go forkAndExecInChild1).
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
#else
#error "bun-syscall: child.c supports x86_64 and aarch64 only"
#endif
/* Numbered alike on every architecture since Linux 5.0. */
#define SYS_clone3 435
#define SYS_close_range 436

#define EINTR 4
#define EINVAL 22

#define O_WRONLY 01
#define O_RDONLY 0
#define O_CLOEXEC 02000000
#if defined(__x86_64__)
#define O_DIRECTORY 0200000
#else
#define O_DIRECTORY 040000
#endif
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
#define KEEP_IGNORED (SIGBIT(SIGHUP) | SIGBIT(SIGINT) | SIGBIT(SIGCONT) | SIGBIT(SIGTSTP) | \\
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
 * against the parent. */

#define MODE_VM 0      /* clone(CLONE_VM|CLONE_VFORK): results in shared memory */
#define MODE_FORK 1    /* clone without CLONE_VM: results through a pipe */
#define MODE_CLONE3 2  /* clone3 without CLONE_VM (CLONE_INTO_CGROUP) */

/* A raw syscall that returns -errno instead of touching errno. In a
 * CLONE_VM child errno is the parent thread's (shared TLS): the parent saves
 * and restores it around the spawn. */
static i64 rs(i64 n, i64 a, i64 b, i64 c, i64 d, i64 e, i64 f) {
  i64 r = syscall(n, a, b, c, d, e, f);
  return r == -1 ? -(i64)*__errno_location() : r;
}

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
  for (;;) syscall(SYS_exit_group, 253, 0, 0, 0, 0, 0);
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

  /* Keep capabilities across setuid, for AmbientCaps. */
  if (r[R_NAMBIENT] > 0) {
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

  if (r[R_CHROOT]) {
    if ((e = rs(SYS_chroot, r[R_CHROOT], 0, 0, 0, 0, 0)) < 0) child_fail(r, S_CHROOT, -e);
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

  if (r[R_NAMBIENT] > 0) {
    unsigned int hdr[2];
    unsigned int data[6]; /* two { effective, permitted, inheritable } */
    u64 *caps = (u64 *)r[R_AMBIENT];
    hdr[0] = LINUX_CAPABILITY_VERSION_3;
    hdr[1] = 0;
    if ((e = rs(SYS_capget, (i64)hdr, (i64)data, 0, 0, 0, 0)) < 0) child_fail(r, S_CAPGET, -e);
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

  /* Pass 1: move the error pipe and every fd[i] < i above all of fd[], so
   * pass 2 cannot overwrite an fd it still needs. */
  nextfd = nfiles;
  for (i = 0; i < nfiles; i++)
    if (fd[i] > nextfd) nextfd = fd[i];
  nextfd++;
  if (errpipe >= 0 && errpipe < nextfd) {
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
  if (flags & F_RLIMIT) {
    u64 lim[2];
    lim[0] = (u64)r[R_RLIM_CUR];
    lim[1] = (u64)r[R_RLIM_MAX];
    if ((e = rs(SYS_prlimit64, 0, RLIMIT_NOFILE, (i64)lim, 0, 0, 0)) < 0) child_fail(r, S_RLIMIT, -e);
  }
  if (flags & F_PTRACE) {
    if ((e = rs(SYS_ptrace, PTRACE_TRACEME, 0, 0, 0, 0, 0)) < 0) child_fail(r, S_PTRACE, -e);
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
  child_fail(r, S_EXECVE, -e);
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
    "mov %3, %%r12\\n\\t"
    "mov %4, %%r13\\n\\t"
    "syscall\\n\\t"
    "test %%rax, %%rax\\n\\t"
    "jnz 1f\\n\\t"
    "xor %%ebp, %%ebp\\n\\t"
    "and $-16, %%rsp\\n\\t"
    "mov %%r13, %%rdi\\n\\t"
    "call *%%r12\\n\\t"
    "mov %%eax, %%edi\\n\\t"
    "mov $231, %%eax\\n\\t"
    "syscall\\n\\t"
    "hlt\\n\\t"
    "1:\\n\\t"
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
  int fast, mode;
  u64 ca[11];

  /* The classic choice, as Go makes it. clone(2) cannot carry
   * CLONE_NEWTIME (it overlaps the exit signal) nor flags past 32 bits
   * (CLONE_CLEAR_SIGHAND, CLONE_INTO_CGROUP): clone3. Id maps are written by
   * the parent when the user namespace comes from clone; with unshare the
   * child writes them itself, but still waits on the pipe as Go's does.
   * Either way the parent must run while the child waits: no CLONE_VFORK. */
  if ((flags & F_CGROUP) || (cloneflags & CLONE_NEWTIME) || (cloneflags >> 32)) classic = MODE_CLONE3;
  else if ((cloneflags & CLONE_NEWUSER) || needmaps) classic = MODE_FORK;
  /* The fast path, where it exists: clone3(CLONE_VM|CLONE_VFORK|
   * CLONE_CLEAR_SIGHAND) on our stack. It carries every flag, so only id
   * maps need a fork-like clone. */
  fast = !needmaps && HAVE_CLONE3_VM && !clone3_vm_missing;
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
  }
  /* A credential change in a CLONE_VM child clears the shared dumpable flag. */
  if ((flags & F_CRED) && (fast || classic == MODE_VM)) dumpable = (int)rs(SYS_prctl, PR_GET_DUMPABLE, 0, 0, 0, 0, 0);

  /* clone3's arguments: the fast path adds CLONE_VM|CLONE_VFORK|
   * CLONE_CLEAR_SIGHAND and the stack; the classic clone3 uses them as they are. */
  for (e = 0; e < 11; e++) ca[e] = 0;
  ca[0] = cloneflags | ((flags & F_CGROUP) ? CLONE_INTO_CGROUP : 0) | ((flags & F_PIDFD) ? CLONE_PIDFD : 0);
  ca[1] = (u64)&pidfd;
  ca[4] = SIGCHLD;
  if (flags & F_CGROUP) ca[10] = (u64)r[R_CGROUPFD];

  rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&all, (i64)&old, 8, 0, 0);
  if (fast) {
    u64 fa[11];
    for (e = 0; e < 11; e++) fa[e] = ca[e];
    fa[0] |= CLONE_VM | CLONE_VFORK | CLONE_CLEAR_SIGHAND;
    fa[5] = (u64)r[R_STACK];
    fa[6] = (u64)r[R_STACK_SIZE];
    r[R_MODE] = mode = MODE_VM;
    r[R_SIGCLEARED] = 1;
    pid = clone3_vm(fa, sizeof fa, child_main, r);
    if (pid != -ENOSYS && pid != -EPERM && pid != -EINVAL) goto cloned;
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
    if ((e = rs(SYS_pipe2, (i64)ep, O_CLOEXEC, 0, 0, 0, 0)) < 0) {
      rs(SYS_rt_sigprocmask, SIG_SETMASK, (i64)&old, 0, 8, 0, 0);
      r[R_STEP] = S_PIPE;
      goto out_err;
    }
    r[R_ERRPIPE_WR] = ep[1];
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
    do e = rs(SYS_read, ep[0], (i64)msg, 8, 0, 0, 0);
    while (e == -EINTR);
    rs(SYS_close, ep[0], 0, 0, 0, 0, 0);
    ep[0] = -1;
    if (e != 0) {
      /* A report (or a broken read): the child failed and has exited. */
      r[R_ERR] = e == 8 ? msg[0] : (e < 0 ? -e : EINVAL);
      r[R_STEP] = e == 8 ? msg[1] : S_EXECVE;
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
`;

// src/exec/forkexec.ts
var R = {
  PATH: 0,
  ARGV: 1,
  ENVP: 2,
  CHROOT: 3,
  DIR: 4,
  FILES: 5,
  NFILES: 6,
  FLAGS: 7,
  PGID: 8,
  CTTY: 9,
  PDEATHSIG: 10,
  CLONEFLAGS: 11,
  UNSHAREFLAGS: 12,
  UID: 13,
  GID: 14,
  GROUPS: 15,
  NGROUPS: 16,
  AMBIENT: 17,
  NAMBIENT: 18,
  UIDMAP: 19,
  UIDMAP_LEN: 20,
  GIDMAP: 21,
  GIDMAP_LEN: 22,
  CGROUPFD: 23,
  RLIM_CUR: 24,
  RLIM_MAX: 25,
  STACK: 26,
  STACK_SIZE: 27,
  PROCPATH: 28,
  PID: 32,
  ERR: 33,
  STEP: 34,
  PIDFD: 35,
  MAPPIPE_RD: 36,
  MAPPIPE_WR: 37,
  ERRPIPE_WR: 38,
  PPID: 39,
  MODE: 40,
  SIGCLEARED: 41,
  IGNRESET: 42,
  WORDS: 48
}, F = {
  SETSID: 1,
  SETPGID: 2,
  SETCTTY: 4,
  NOCTTY: 8,
  FOREGROUND: 16,
  PTRACE: 32,
  CRED: 64,
  NOSETGROUPS: 128,
  CGROUP: 256,
  PIDFD: 512,
  GID_SETGROUPS: 1024,
  UIDMAP: 2048,
  GIDMAP: 4096,
  RLIMIT: 8192,
  CLOSEFDS: 16384
}, STEPS = [
  "none",
  "pipe",
  "clone",
  "keepcaps",
  "idmap-wait",
  "setsid",
  "setpgid",
  "foreground",
  "unshare",
  "setgroups-file",
  "gid_map",
  "uid_map",
  "mount-private",
  "chroot",
  "setgroups",
  "setgid",
  "setuid",
  "capget",
  "capset",
  "ambient",
  "chdir",
  "pdeathsig",
  "dup",
  "fcntl",
  "noctty",
  "setctty",
  "rlimit",
  "close-fds",
  "ptrace",
  "execve",
  "idmap-write",
  "cloneflags"
], HEADER_BYTES = R.WORDS * 8, PROCPATH_BYTES = 64, STACK_BYTES = 65536, native2 = null;
function childSource() {
  let lines = ["/* Generated by forkexec.ts from its R, F, STEPS and REFUSED_CLONEFLAGS. */"];
  for (let [k, v] of Object.entries(R))
    lines.push(`#define R_${k} ${v}`);
  for (let [k, v] of Object.entries(F))
    lines.push(`#define F_${k} (${v})`);
  return lines.push(`enum { ${STEPS.map((n) => `S_${n.toUpperCase().replace(/-/g, "_")}`).join(", ")} };`), lines.push(`#define BAD_CLONEFLAGS 0x${REFUSED_CLONEFLAGS_MASK.toString(16)}UL`), `${lines.join(`
`)}
#line 1 "child.c"
${child_default}`;
}
function loadNative2() {
  if (native2 !== null)
    return native2;
  let s = compile("child.c", childSource(), {
    bsc_forkexec: { args: ["ptr"], returns: "i32" },
    bsc_exec: { args: ["ptr", "ptr", "ptr", "i64"], returns: "i32" }
  }).symbols;
  return native2 = {
    forkexec: (req) => s.bsc_forkexec(req),
    exec: (p, a, e, n) => s.bsc_exec(p, a, e, n)
  }, native2;
}

class Arena {
  buf = new Uint8Array(0);
  u32 = new Uint32Array(0);
  i32 = new Int32Array(0);
  base = 0;
  off = 0;
  stack = null;
  stackBase = 0;
  reset(minBytes) {
    if (this.buf.byteLength < minBytes) {
      let size = Math.max(minBytes, this.buf.byteLength * 2, 16384) + 7 & -8;
      this.buf = new Uint8Array(size), this.u32 = new Uint32Array(this.buf.buffer), this.i32 = new Int32Array(this.buf.buffer), this.base = ffi().ptr(this.buf);
    } else
      this.buf.fill(0, 0, HEADER_BYTES);
    this.off = HEADER_BYTES;
  }
  ensureStack() {
    if (this.stack === null) {
      this.stack = new Uint8Array(STACK_BYTES);
      let lo = ffi().ptr(this.stack);
      this.stackBase = lo;
    }
  }
  word(i, v) {
    putWord(this.u32, i, v);
  }
  wordBig(i, v) {
    this.u32[i * 2] = Number(v & 0xffffffffn), this.u32[i * 2 + 1] = Number(v >> 32n & 0xffffffffn);
  }
  read32(i) {
    return this.i32[i * 2];
  }
  alloc(n) {
    let o = this.off;
    return this.off = o + n + 7 & -8, o;
  }
  str(s) {
    let o = this.off, { written } = encoder2.encodeInto(s, this.buf.subarray(o));
    return this.buf[o + written] = 0, this.off = o + written + 1, this.base + o;
  }
  strArray(items) {
    let at = this.alloc((items.length + 1) * 8), w = at / 8;
    for (let i = 0;i < items.length; i++)
      this.word(w + i, this.str(items[i]));
    return this.word(w + items.length, 0), this.off = this.off + 7 & -8, this.base + at;
  }
}
function putWord(u32, i, v) {
  u32[i * 2] = v >>> 0, u32[i * 2 + 1] = v < 0 ? Math.floor(v / 4294967296) >>> 0 : v / 4294967296 >>> 0;
}
var encoder2 = /* @__PURE__ */ new TextEncoder, arena = new Arena;

class EnvBlock {
  strings = [];
  buf = new Uint8Array(0);
  u32 = new Uint32Array(0);
  base = 0;
  envp = 0;
  get(env) {
    let prev = this.strings;
    if (this.envp !== 0 && prev.length === env.length) {
      let i = 0;
      while (i < env.length && env[i] === prev[i])
        i++;
      if (i === env.length)
        return this.envp;
    }
    return this.build(env);
  }
  build(env) {
    let chars = 0;
    for (let s of env) {
      if (typeof s !== "string")
        throw TypeError(`attr.Env must hold strings, got ${describe(s)}`);
      if (s.includes("\x00"))
        return -1;
      chars += s.length + 1;
    }
    let ptrBytes = (env.length + 1) * 8, need = ptrBytes + chars * 3 + 8;
    if (this.buf.byteLength < need)
      this.buf = new Uint8Array(Math.max(need, this.buf.byteLength * 2, 4096) + 7 & -8), this.u32 = new Uint32Array(this.buf.buffer), this.base = ffi().ptr(this.buf);
    let { written } = encoder2.encodeInto(env.join("\x00") + "\x00", this.buf.subarray(ptrBytes)), ascii = written === chars || env.length === 0, at = ptrBytes;
    for (let i = 0;i < env.length; i++)
      putWord(this.u32, i, this.base + at), at = ascii ? at + env[i].length + 1 : this.buf.indexOf(0, at) + 1;
    return putWord(this.u32, env.length, 0), this.strings = env.slice(), this.envp = this.base, this.envp;
  }
}
var envBlock = new EnvBlock;
function optStr(name, v) {
  if (v === void 0 || v === null)
    return "";
  if (typeof v !== "string")
    throw TypeError(`${name} must be a string, got ${describe(v)}`);
  return v;
}
function optInt(name, v) {
  if (v === void 0 || v === null)
    return 0;
  if (typeof v !== "number" || !Number.isInteger(v))
    throw TypeError(`${name} must be an integer, got ${describe(v)}`);
  return v;
}
function uintField(name, v, max) {
  if (typeof v !== "number" || !Number.isInteger(v))
    throw TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (v < 0 || v > max)
    throw RangeError(`${name} out of range: ${v}`);
  return v;
}
var optUint = (name, v, max) => v === void 0 || v === null ? 0 : uintField(name, v, max);
function optBool(name, v) {
  if (v === void 0 || v === null)
    return !1;
  if (typeof v !== "boolean")
    throw TypeError(`${name} must be a boolean, got ${describe(v)}`);
  return v;
}
function optObj(name, v) {
  if (v === void 0 || v === null)
    return null;
  if (typeof v !== "object")
    throw TypeError(`${name} must be an object, got ${describe(v)}`);
  return v;
}
var U32 = 4294967295, uint32Elem = (x, name) => uintField(name, x, U32), cInt = (v) => v >= -2147483648 && v <= 2147483647 ? v : -1, LIMITS = {
  ARG_BYTES: 6291456,
  GROUPS: 65536,
  IDMAP_LINES: 340,
  FILES: 1048576,
  CAPS: 4096
};
function idMaps(name, v) {
  if (v === void 0 || v === null)
    return null;
  let lines = arrayArg(name, v, LIMITS.IDMAP_LINES, (m, n) => {
    let o = optObj(n, m);
    if (o === null)
      throw TypeError(`${n} must be a SysProcIDMap, got ${describe(m)}`);
    return `${uintField(`${n}.ContainerID`, o.ContainerID, U32)} ${uintField(`${n}.HostID`, o.HostID, U32)} ${uintField(`${n}.Size`, o.Size, U32)}
`;
  });
  return lines === null ? TOO_MANY : lines.join("");
}
var TOO_MANY = Symbol("too many"), hasNul = (s) => s.includes("\x00"), REFUSED_CLONEFLAGS = [
  [127, "CSIGNAL"],
  [CLONE_VM, "CLONE_VM"],
  [CLONE_FS, "CLONE_FS"],
  [CLONE_FILES, "CLONE_FILES"],
  [CLONE_SIGHAND, "CLONE_SIGHAND"],
  [CLONE_VFORK, "CLONE_VFORK"],
  [CLONE_PARENT, "CLONE_PARENT"],
  [CLONE_THREAD, "CLONE_THREAD"],
  [CLONE_SYSVSEM, "CLONE_SYSVSEM"],
  [CLONE_SETTLS, "CLONE_SETTLS"],
  [CLONE_PARENT_SETTID, "CLONE_PARENT_SETTID"],
  [CLONE_CHILD_SETTID, "CLONE_CHILD_SETTID"],
  [CLONE_CHILD_CLEARTID, "CLONE_CHILD_CLEARTID"]
], REFUSED_CLONEFLAGS_MASK = REFUSED_CLONEFLAGS.reduce((m, [bit]) => m | bit, 0) >>> 0;
function refusedCloneflags(flags, pidfd, cgroup) {
  let lo = flags >>> 0, names = REFUSED_CLONEFLAGS.filter(([bit]) => (lo & bit) !== 0).map(([, n]) => n);
  if ((lo & CLONE_PIDFD) !== 0 && !pidfd)
    names.push("CLONE_PIDFD without Sys.PidFD");
  if (Math.floor(flags / 4294967296) & CLONE_INTO_CGROUP / 4294967296 && !cgroup)
    names.push("CLONE_INTO_CGROUP without Sys.UseCgroupFD");
  return names.join("|");
}
var errSetcttyForeground = Error("both Setctty and Foreground set in SysProcAttr"), errSetcttyCtty = Error("Setctty set but Ctty not valid in child");
function readRequest(argv0, argv, attr) {
  if (typeof argv0 !== "string")
    throw TypeError(`argv0 must be a string, got ${describe(argv0)}`);
  let a = optObj("attr", attr) ?? {}, argvV = argv, { Env: envV, Dir: dirV, Files: filesV } = a, sys = optObj("attr.Sys", a.Sys) ?? {}, args = arrayArg("argv", argvV, LIMITS.ARG_BYTES / 8, strElem), env = arrayArg("attr.Env", envV, LIMITS.ARG_BYTES / 8, strElem);
  if (args === null || env === null)
    return [E2BIG, "validate"];
  let dir = optStr("attr.Dir", dirV), files = arrayArg("attr.Files", filesV, LIMITS.FILES, (x, n) => optIntElem(n, x)), chroot = optStr("Sys.Chroot", sys.Chroot), setsid = optBool("Sys.Setsid", sys.Setsid), setpgid = optBool("Sys.Setpgid", sys.Setpgid), setctty = optBool("Sys.Setctty", sys.Setctty), noctty = optBool("Sys.Noctty", sys.Noctty), foreground = optBool("Sys.Foreground", sys.Foreground), ptrace = optBool("Sys.Ptrace", sys.Ptrace), ctty = optInt("Sys.Ctty", sys.Ctty), pgid = optInt("Sys.Pgid", sys.Pgid), pdeathsigV = sys.Pdeathsig, pdeathsig = pdeathsigV === void 0 || pdeathsigV === null ? 0 : pdeathsigV instanceof Signal ? pdeathsigV.signo : optInt("Sys.Pdeathsig", pdeathsigV), cloneflags = optUint("Sys.Cloneflags", sys.Cloneflags, Number.MAX_SAFE_INTEGER), unshareflags = optUint("Sys.Unshareflags", sys.Unshareflags, Number.MAX_SAFE_INTEGER), uidmap = idMaps("Sys.UidMappings", sys.UidMappings), gidmap = idMaps("Sys.GidMappings", sys.GidMappings), gidSetgroups = optBool("Sys.GidMappingsEnableSetgroups", sys.GidMappingsEnableSetgroups), useCgroup = optBool("Sys.UseCgroupFD", sys.UseCgroupFD), cgroupFd = cInt(optInt("Sys.CgroupFD", sys.CgroupFD)), ambient = arrayArg("Sys.AmbientCaps", sys.AmbientCaps, LIMITS.CAPS, (x, n) => uintField(n, x, Number.MAX_SAFE_INTEGER)), credV = optObj("Sys.Credential", sys.Credential), cred = null, groups = [];
  if (credV !== null) {
    let uid = uintField("Credential.Uid", credV.Uid ?? 0, U32), gid = uintField("Credential.Gid", credV.Gid ?? 0, U32);
    groups = arrayArg("Credential.Groups", credV.Groups, LIMITS.GROUPS, uint32Elem), cred = { uid, gid, groups: groups ?? [], noSetGroups: optBool("Credential.NoSetGroups", credV.NoSetGroups) };
  }
  let pidfdOut = optObj("Sys.PidFD", sys.PidFD);
  if (pidfdOut !== null)
    pidfdOut.value = -1, outArg("Sys.PidFD", pidfdOut, ["value"]);
  if (files === null)
    return [EBADF, "validate"];
  if (uidmap === TOO_MANY || gidmap === TOO_MANY)
    return [EINVAL, "validate"];
  if (ambient === null || groups === null)
    return [EINVAL, "validate"];
  let refused = refusedCloneflags(cloneflags, pidfdOut !== null, useCgroup);
  if (refused !== "")
    return [EINVAL, `cloneflags: ${refused}`];
  if (setctty && foreground)
    return [errSetcttyForeground, "validate"];
  if (setctty && ctty >= files.length)
    return [errSetcttyCtty, "validate"];
  let bytes = (args.length + env.length + 2) * 8;
  for (let s of args)
    bytes += s.length + 1;
  for (let s of env)
    bytes += s.length + 1;
  if (bytes > LIMITS.ARG_BYTES)
    return [E2BIG, "validate"];
  if (hasNul(argv0) || args.some(hasNul) || env.some(hasNul) || hasNul(dir) || hasNul(chroot))
    return [EINVAL, "validate"];
  if ((setpgid || foreground) && (pgid < 0 || pgid > 2147483647))
    return [EINVAL, "setpgid"];
  return {
    argv0,
    args,
    env,
    dir,
    files,
    chroot,
    setsid,
    setpgid,
    setctty,
    noctty,
    foreground,
    ptrace,
    ctty: cInt(ctty),
    pgid: setpgid || foreground ? pgid : 0,
    pdeathsig: pdeathsig > 0 && pdeathsig <= 2147483647 ? pdeathsig : pdeathsig === 0 ? 0 : -1,
    cloneflags,
    unshareflags,
    uidmap,
    gidmap,
    gidSetgroups,
    useCgroup,
    cgroupFd,
    ambient,
    cred,
    pidfdOut
  };
}
function optIntElem(name, x) {
  if (typeof x !== "number" || !Number.isInteger(x))
    throw TypeError(`${name} must be an integer fd, got ${describe(x)}`);
  return x;
}
var childRlimitNofile = null;
function SetChildRlimitNofile(rlim) {
  if (rlim !== null && (typeof rlim !== "object" || typeof rlim.Cur !== "bigint" || typeof rlim.Max !== "bigint"))
    throw TypeError("rlim must be an Rlimit with bigint Cur and Max, or null");
  if (rlim !== null && (rlim.Cur < 0n || rlim.Max < 0n || rlim.Cur > RLIM_INFINITY || rlim.Max > RLIM_INFINITY))
    throw RangeError("rlim.Cur and rlim.Max must be in [0, 2^64-1]");
  childRlimitNofile = rlim === null ? null : new Rlimit(rlim.Cur, rlim.Max);
}
function ChildRlimitNofile() {
  return childRlimitNofile === null ? null : new Rlimit(childRlimitNofile.Cur, childRlimitNofile.Max);
}
var RLIMIT_NOFILE2 = 7;
rlimitHooks.push((resource) => {
  if (resource === RLIMIT_NOFILE2)
    childRlimitNofile = null;
});
function LastForkExecFailure() {
  return getFailure();
}
function ForkExec(argv0, argv, attr) {
  let [pid, , err] = start(argv0, argv, attr);
  return [pid, err];
}
function StartProcess(argv0, argv, attr) {
  return start(argv0, argv, attr);
}
function start(argv0, argv, attr) {
  let q = readRequest(argv0, argv, attr);
  if (Array.isArray(q))
    return fail(q[0], q[1]);
  let { args, env, dir, files, chroot, uidmap, gidmap, ambient, cred } = q, groups = cred?.groups ?? [], envp = envBlock.get(env), strBytes = q.argv0.length + dir.length + chroot.length + 3;
  for (let s of args)
    strBytes += s.length + 1;
  strBytes *= 3;
  let total = HEADER_BYTES + PROCPATH_BYTES + files.length * 4 + groups.length * 4 + ambient.length * 8 + (args.length + 1) * 8 + ((uidmap?.length ?? 0) + (gidmap?.length ?? 0)) * 3 + 64 + strBytes, A = arena;
  A.reset(total), A.ensureStack();
  let flags = F.CLOSEFDS;
  if (q.setsid)
    flags |= F.SETSID;
  if (q.setpgid)
    flags |= F.SETPGID;
  if (q.setctty)
    flags |= F.SETCTTY;
  if (q.noctty)
    flags |= F.NOCTTY;
  if (q.foreground)
    flags |= F.FOREGROUND;
  if (q.ptrace)
    flags |= F.PTRACE;
  if (cred !== null)
    flags |= F.CRED;
  if (cred?.noSetGroups)
    flags |= F.NOSETGROUPS;
  if (q.useCgroup)
    flags |= F.CGROUP;
  if (q.pidfdOut !== null)
    flags |= F.PIDFD;
  if (q.gidSetgroups)
    flags |= F.GID_SETGROUPS;
  if (uidmap !== null)
    flags |= F.UIDMAP;
  if (gidmap !== null)
    flags |= F.GIDMAP;
  let rl = childRlimitNofile;
  if (rl !== null)
    flags |= F.RLIMIT;
  A.word(R.PROCPATH, A.base + A.alloc(PROCPATH_BYTES));
  let filesAt = A.alloc(files.length * 4);
  for (let i = 0;i < files.length; i++) {
    let f = files[i];
    A.i32[filesAt / 4 + i] = f >= -1 && f < 1073741824 ? f : -2;
  }
  if (A.word(R.FILES, A.base + filesAt), A.word(R.NFILES, files.length), groups.length > 0) {
    let g = A.alloc(groups.length * 4);
    for (let i = 0;i < groups.length; i++)
      A.u32[g / 4 + i] = groups[i];
    A.word(R.GROUPS, A.base + g);
  }
  if (A.word(R.NGROUPS, groups.length), ambient.length > 0) {
    let c = A.alloc(ambient.length * 8);
    for (let i = 0;i < ambient.length; i++)
      A.word(c / 8 + i, ambient[i]);
    A.word(R.AMBIENT, A.base + c);
  }
  if (A.word(R.NAMBIENT, ambient.length), A.word(R.ARGV, A.strArray(args)), A.word(R.ENVP, envp), A.word(R.PATH, A.str(q.argv0)), dir !== "")
    A.word(R.DIR, A.str(dir));
  if (chroot !== "")
    A.word(R.CHROOT, A.str(chroot));
  if (uidmap !== null) {
    let o = A.off;
    A.word(R.UIDMAP, A.str(uidmap)), A.word(R.UIDMAP_LEN, A.off - o - 1);
  }
  if (gidmap !== null) {
    let o = A.off;
    A.word(R.GIDMAP, A.str(gidmap)), A.word(R.GIDMAP_LEN, A.off - o - 1);
  }
  if (A.word(R.FLAGS, flags), A.word(R.PGID, q.pgid), A.word(R.CTTY, q.ctty), A.word(R.PDEATHSIG, q.pdeathsig), A.word(R.CLONEFLAGS, q.cloneflags), A.word(R.UNSHAREFLAGS, q.unshareflags), cred !== null)
    A.word(R.UID, cred.uid), A.word(R.GID, cred.gid);
  if (A.word(R.CGROUPFD, q.cgroupFd), rl !== null)
    A.wordBig(R.RLIM_CUR, rl.Cur), A.wordBig(R.RLIM_MAX, rl.Max);
  A.word(R.STACK, A.stackBase), A.word(R.STACK_SIZE, STACK_BYTES - 64);
  let N = native2 ?? loadOrFail();
  if (N === null)
    return [0, 0, getFailure().Err];
  ForkLock.Lock();
  let e;
  try {
    e = N.forkexec(A.base);
  } finally {
    ForkLock.Unlock();
  }
  if (e !== 0)
    return fail(Errno.of(e), STEPS[A.read32(R.STEP)] ?? `step ${A.read32(R.STEP)}`);
  setFailure(null);
  let pid = A.read32(R.PID);
  if (q.pidfdOut !== null) {
    let pidfd = A.read32(R.PIDFD);
    try {
      q.pidfdOut.value = pidfd;
    } catch {
      C.close(pidfd);
    }
  }
  return [pid, 0, null];
}
function fail(err, step) {
  return setFailure({ Step: step, Err: err }), [0, 0, err];
}
function loadOrFail() {
  try {
    return loadNative2();
  } catch (e) {
    if (!(e instanceof NativeUnavailable))
      throw e;
    return unavailableErr(e), null;
  }
}
preparers.push(() => void loadNative2());
function Exec(argv0, argv, envv) {
  if (typeof argv0 !== "string")
    throw TypeError(`argv0 must be a string, got ${describe(argv0)}`);
  let args = arrayArg("argv", argv, LIMITS.ARG_BYTES / 8, strElem), env = arrayArg("envv", envv, LIMITS.ARG_BYTES / 8, strElem), refuse = (err) => (setFailure({ Step: "validate", Err: err }), err);
  if (args === null || env === null)
    return refuse(E2BIG);
  let bytes = argv0.length + 1;
  for (let s of args)
    bytes += s.length + 1;
  for (let s of env)
    bytes += s.length + 1;
  if (bytes + (args.length + env.length + 2) * 8 > LIMITS.ARG_BYTES)
    return refuse(E2BIG);
  if (hasNul(argv0) || args.some(hasNul) || env.some(hasNul))
    return refuse(EINVAL);
  let A = arena;
  A.reset(HEADER_BYTES + bytes * 3 + (args.length + env.length + 2) * 8 + 64);
  let argvP = A.strArray(args), envP = A.strArray(env), pathP = A.str(argv0), N = native2 ?? loadOrFail();
  if (N === null)
    return getFailure().Err;
  let rl = childRlimitNofile, e = N.exec(pathP, argvP, envP, rl === null ? -1 : rl.Cur > 0x7fffffffffffffffn ? 0x7fffffffffffffffn : rl.Cur), err = Errno.of(e);
  return setFailure({ Step: "execve", Err: err }), err;
}
export {
  AT_EACCESS,
  AT_EMPTY_PATH,
  AT_FDCWD,
  AT_NO_AUTOMOUNT,
  AT_REMOVEDIR,
  AT_SYMLINK_FOLLOW,
  AT_SYMLINK_NOFOLLOW,
  Access,
  CLONE_CHILD_CLEARTID,
  CLONE_CHILD_SETTID,
  CLONE_CLEAR_SIGHAND,
  CLONE_DETACHED,
  CLONE_FILES,
  CLONE_FS,
  CLONE_INTO_CGROUP,
  CLONE_IO,
  CLONE_NEWCGROUP,
  CLONE_NEWIPC,
  CLONE_NEWNET,
  CLONE_NEWNS,
  CLONE_NEWPID,
  CLONE_NEWTIME,
  CLONE_NEWUSER,
  CLONE_NEWUTS,
  CLONE_PARENT,
  CLONE_PARENT_SETTID,
  CLONE_PIDFD,
  CLONE_PTRACE,
  CLONE_SETTLS,
  CLONE_SIGHAND,
  CLONE_SYSVSEM,
  CLONE_THREAD,
  CLONE_UNTRACED,
  CLONE_VFORK,
  CLONE_VM,
  Chdir,
  ChildRlimitNofile,
  Chmod,
  Chown,
  Chroot,
  Clearenv,
  Close,
  CloseOnExec,
  Dup,
  Dup2,
  Dup3,
  E2BIG,
  EACCES,
  EADDRINUSE,
  EADDRNOTAVAIL,
  EADV,
  EAFNOSUPPORT,
  EAGAIN,
  EALREADY,
  EBADE,
  EBADF,
  EBADFD,
  EBADMSG,
  EBADR,
  EBADRQC,
  EBADSLT,
  EBFONT,
  EBUSY,
  ECANCELED,
  ECHILD,
  ECHRNG,
  ECOMM,
  ECONNABORTED,
  ECONNREFUSED,
  ECONNRESET,
  EDEADLK,
  EDEADLOCK,
  EDESTADDRREQ,
  EDOM,
  EDOTDOT,
  EDQUOT,
  EEXIST,
  EFAULT,
  EFBIG,
  EHOSTDOWN,
  EHOSTUNREACH,
  EHWPOISON,
  EIDRM,
  EILSEQ,
  EINPROGRESS,
  EINTR,
  EINVAL,
  EIO,
  EISCONN,
  EISDIR,
  EISNAM,
  EKEYEXPIRED,
  EKEYREJECTED,
  EKEYREVOKED,
  EL2HLT,
  EL2NSYNC,
  EL3HLT,
  EL3RST,
  ELIBACC,
  ELIBBAD,
  ELIBEXEC,
  ELIBMAX,
  ELIBSCN,
  ELNRNG,
  ELOOP,
  EMEDIUMTYPE,
  EMFILE,
  EMLINK,
  EMSGSIZE,
  EMULTIHOP,
  ENAMETOOLONG,
  ENAVAIL,
  ENETDOWN,
  ENETRESET,
  ENETUNREACH,
  ENFILE,
  ENOANO,
  ENOBUFS,
  ENOCSI,
  ENODATA,
  ENODEV,
  ENOENT,
  ENOEXEC,
  ENOKEY,
  ENOLCK,
  ENOLINK,
  ENOMEDIUM,
  ENOMEM,
  ENOMSG,
  ENONET,
  ENOPKG,
  ENOPROTOOPT,
  ENOSPC,
  ENOSR,
  ENOSTR,
  ENOSYS,
  ENOTBLK,
  ENOTCONN,
  ENOTDIR,
  ENOTEMPTY,
  ENOTNAM,
  ENOTRECOVERABLE,
  ENOTSOCK,
  ENOTSUP,
  ENOTTY,
  ENOTUNIQ,
  ENXIO,
  EOPNOTSUPP,
  EOVERFLOW,
  EOWNERDEAD,
  EPERM,
  EPFNOSUPPORT,
  EPIPE,
  EPROTO,
  EPROTONOSUPPORT,
  EPROTOTYPE,
  ERANGE,
  EREMCHG,
  EREMOTE,
  EREMOTEIO,
  ERESTART,
  ERFKILL,
  EROFS,
  ESHUTDOWN,
  ESOCKTNOSUPPORT,
  ESPIPE,
  ESRCH,
  ESRMNT,
  ESTALE,
  ESTRPIPE,
  ETIME,
  ETIMEDOUT,
  ETOOMANYREFS,
  ETXTBSY,
  EUCLEAN,
  EUNATCH,
  EUSERS,
  EWOULDBLOCK,
  EXDEV,
  EXFULL,
  Environ,
  ErrExist,
  ErrNotExist,
  ErrPermission,
  ErrUnsupported,
  Errno,
  Exec,
  Exit,
  FD_CLOEXEC,
  F_DUPFD,
  F_DUPFD_CLOEXEC,
  F_EXLCK,
  F_GETFD,
  F_GETFL,
  F_GETLEASE,
  F_GETLK,
  F_GETLK64,
  F_GETOWN,
  F_GETOWN_EX,
  F_GETPIPE_SZ,
  F_GETSIG,
  F_LOCK,
  F_NOTIFY,
  F_RDLCK,
  F_SETFD,
  F_SETFL,
  F_SETLEASE,
  F_SETLK,
  F_SETLK64,
  F_SETLKW,
  F_SETLKW64,
  F_SETOWN,
  F_SETOWN_EX,
  F_SETPIPE_SZ,
  F_SETSIG,
  F_SHLCK,
  F_TEST,
  F_TLOCK,
  F_ULOCK,
  F_UNLCK,
  F_WRLCK,
  Faccessat,
  Fchdir,
  Fchmod,
  Fchown,
  ForkExec,
  ForkLock,
  Fstat,
  Fstatat,
  Fsync,
  Ftruncate,
  Getcwd,
  Getegid,
  Getenv,
  Geteuid,
  Getgid,
  Getgroups,
  Getpagesize,
  Getpgid,
  Getpid,
  Getppid,
  Getrlimit,
  Getrusage,
  Getuid,
  Getwd,
  Kill,
  LastForkExecFailure,
  Lchown,
  Link,
  Lstat,
  Mkdir,
  Mkfifo,
  Mknod,
  NsecToTimespec,
  NsecToTimeval,
  O_ACCMODE,
  O_APPEND,
  O_ASYNC,
  O_CLOEXEC,
  O_CREAT,
  O_DIRECT,
  O_DIRECTORY,
  O_DSYNC,
  O_EXCL,
  O_FSYNC,
  O_LARGEFILE,
  O_NDELAY,
  O_NOATIME,
  O_NOCTTY,
  O_NOFOLLOW,
  O_NONBLOCK,
  O_PATH,
  O_RDONLY,
  O_RDWR,
  O_RSYNC,
  O_SYNC,
  O_TMPFILE,
  O_TRUNC,
  O_WRONLY,
  Open,
  PIDFD_NONBLOCK,
  PTRACE_ARCH_PRCTL,
  PTRACE_ATTACH,
  PTRACE_CONT,
  PTRACE_DETACH,
  PTRACE_EVENT_CLONE,
  PTRACE_EVENT_EXEC,
  PTRACE_EVENT_EXIT,
  PTRACE_EVENT_FORK,
  PTRACE_EVENT_SECCOMP,
  PTRACE_EVENT_STOP,
  PTRACE_EVENT_VFORK,
  PTRACE_EVENT_VFORK_DONE,
  PTRACE_GETEVENTMSG,
  PTRACE_GETFPREGS,
  PTRACE_GETFPXREGS,
  PTRACE_GETREGS,
  PTRACE_GETREGSET,
  PTRACE_GETSIGINFO,
  PTRACE_GETSIGMASK,
  PTRACE_GET_THREAD_AREA,
  PTRACE_INTERRUPT,
  PTRACE_KILL,
  PTRACE_LISTEN,
  PTRACE_OLDSETOPTIONS,
  PTRACE_O_EXITKILL,
  PTRACE_O_MASK,
  PTRACE_O_TRACECLONE,
  PTRACE_O_TRACEEXEC,
  PTRACE_O_TRACEEXIT,
  PTRACE_O_TRACEFORK,
  PTRACE_O_TRACESECCOMP,
  PTRACE_O_TRACESYSGOOD,
  PTRACE_O_TRACEVFORK,
  PTRACE_O_TRACEVFORKDONE,
  PTRACE_PEEKDATA,
  PTRACE_PEEKSIGINFO,
  PTRACE_PEEKSIGINFO_SHARED,
  PTRACE_PEEKTEXT,
  PTRACE_PEEKUSR,
  PTRACE_POKEDATA,
  PTRACE_POKETEXT,
  PTRACE_POKEUSR,
  PTRACE_SEIZE,
  PTRACE_SETFPREGS,
  PTRACE_SETFPXREGS,
  PTRACE_SETOPTIONS,
  PTRACE_SETREGS,
  PTRACE_SETREGSET,
  PTRACE_SETSIGINFO,
  PTRACE_SETSIGMASK,
  PTRACE_SET_THREAD_AREA,
  PTRACE_SINGLEBLOCK,
  PTRACE_SINGLESTEP,
  PTRACE_SYSCALL,
  PTRACE_SYSEMU,
  PTRACE_SYSEMU_SINGLESTEP,
  PTRACE_TRACEME,
  PendingWaits,
  PidfdOpen,
  PidfdSendSignal,
  Pipe,
  Pipe2,
  Pread,
  Prepare,
  PtraceAttach,
  PtraceCont,
  PtraceDetach,
  PtraceGetEventMsg,
  PtraceKill,
  PtraceSetOptions,
  PtraceSingleStep,
  PtraceSyscall,
  Pwrite,
  RLIMIT_AS,
  RLIMIT_CORE,
  RLIMIT_CPU,
  RLIMIT_DATA,
  RLIMIT_FSIZE,
  RLIMIT_NOFILE,
  RLIMIT_STACK,
  RLIM_INFINITY,
  RUSAGE_CHILDREN,
  RUSAGE_SELF,
  RUSAGE_THREAD,
  RWMutex,
  Read,
  Readlink,
  Rename,
  Rlimit,
  Rmdir,
  Rusage,
  SEEK_CUR,
  SEEK_END,
  SEEK_SET,
  SIGABRT,
  SIGALRM,
  SIGBUS,
  SIGCHLD,
  SIGCLD,
  SIGCONT,
  SIGFPE,
  SIGHUP,
  SIGILL,
  SIGINT,
  SIGIO,
  SIGIOT,
  SIGKILL,
  SIGPIPE,
  SIGPOLL,
  SIGPROF,
  SIGPWR,
  SIGQUIT,
  SIGSEGV,
  SIGSTKFLT,
  SIGSTOP,
  SIGSYS,
  SIGTERM,
  SIGTRAP,
  SIGTSTP,
  SIGTTIN,
  SIGTTOU,
  SIGUNUSED,
  SIGURG,
  SIGUSR1,
  SIGUSR2,
  SIGVTALRM,
  SIGWINCH,
  SIGXCPU,
  SIGXFSZ,
  S_IFBLK,
  S_IFCHR,
  S_IFDIR,
  S_IFIFO,
  S_IFLNK,
  S_IFMT,
  S_IFREG,
  S_IFSOCK,
  S_IREAD,
  S_IRGRP,
  S_IROTH,
  S_IRUSR,
  S_IRWXG,
  S_IRWXO,
  S_IRWXU,
  S_ISGID,
  S_ISUID,
  S_ISVTX,
  S_IWGRP,
  S_IWOTH,
  S_IWRITE,
  S_IWUSR,
  S_IXGRP,
  S_IXOTH,
  S_IXUSR,
  Seek,
  SetChildRlimitNofile,
  SetNonblock,
  Setenv,
  Setpgid,
  Setrlimit,
  Setsid,
  Signal,
  StartProcess,
  Stat,
  Stat_t,
  Stderr,
  Stdin,
  Stdout,
  Symlink,
  Tgkill,
  Timespec,
  Timeval,
  Umask,
  Unlink,
  Unsetenv,
  WALL,
  WCLONE,
  WCONTINUED,
  WEXITED,
  WNOHANG,
  WNOTHREAD,
  WNOWAIT,
  WSTOPPED,
  WUNTRACED,
  Wait4,
  Wait4Async,
  WaitStatus,
  Write
};

//# debugId=5C868A2B92ED789564756E2164756E21
//# sourceMappingURL=bun-syscall.js.map
