// bun-syscall (CommonJS)
// bun-syscall: built from src/ by scripts/build.ts. Do not edit; edit src/ and run `bun run build`.
var __require = require;

// src/layout.ts
function semver(v) {
  let out = [0, 0, 0], part = 0, n = 0, digits = !0, seen = !1;
  for (let i = 0;i <= v.length && part < 3; i++) {
    let c = i < v.length ? v.charCodeAt(i) : 46;
    if (c === 46 || c === 43 || c === 45)
      out[part++] = seen ? n : 0, n = 0, digits = !0, seen = !1;
    else if (digits && c >= 48 && c <= 57)
      n = n * 10 + (c - 48), seen = !0;
    else
      digits = !1;
  }
  return out;
}
function runtimeProblem(bun, node) {
  if (bun === void 0 || typeof bun.version !== "string")
    return `bun-syscall runs on Bun >= 1.4.0 (it uses bun:ffi); this is ${node !== void 0 ? `Node.js ${node}` : "not Bun"}: run it with bun`;
  let v = semver(bun.version), m = semver("1.4.0"), a = v[0], b = v[1], c = v[2], x = m[0], y = m[1], z = m[2];
  if (a < x || a === x && (b < y || b === y && c < z))
    return `bun-syscall needs Bun >= 1.4.0; this is Bun ${bun.version}: upgrade Bun (bun upgrade)`;
  return null;
}
function detect() {
  let problem = runtimeProblem(globalThis.Bun, globalThis.process?.versions?.node);
  if (problem !== null)
    throw Error(problem);
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
var { Uint8Array, DataView: DataView2, ArrayBuffer } = globalThis, LIBC_CANDIDATES = [
  "libc.so.6",
  ARCH === "amd64" ? "libc.musl-x86_64.so.1" : "libc.musl-aarch64.so.1",
  ARCH === "amd64" ? "/lib/ld-musl-x86_64.so.1" : "/lib/ld-musl-aarch64.so.1"
], I64 = 15, ffiModule = null;
function ffi() {
  return ffiModule ??= __require("bun:ffi");
}
var { isInteger: isInt, isSafeInteger: isSafeInt } = Number, APPLY = Reflect.apply, NO_ARGS = Object.freeze([]);
function invoke(f, self, ...args) {
  return APPLY(f, self, args);
}
var PROTO_OF = Object.getPrototypeOf;
function isA(C, v) {
  if (typeof v !== "object" ? typeof v !== "function" : v === null)
    return !1;
  let p = C.prototype, n = 0;
  for (let o = PROTO_OF(v);o !== null && n < PROTO_DEPTH; o = PROTO_OF(o), n++)
    if (o === p)
      return !0;
  return !1;
}
var PROTO_DEPTH = 4096, CWD_FD = -100, SYSCALL_ARGS = ["i64", "i64", "i64", "i64", "i64", "i64", "i64"], table = {
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
  epoll_ctl: { args: ["i32", "i32", "i32", "ptr"], returns: "i32" },
  epoll_wait: { args: ["i32", "ptr", "i32", "i32"], returns: "i32" },
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
        throw libcUnavailable = Error("bun-syscall: bun:ffi cannot call the C library in this process because the JIT is off (BUN_JSC_useJIT=0, a W^X policy that forbids it, or an address-space limit, RLIMIT_AS or RLIMIT_DATA, too small for its executable memory); run Bun with the JIT enabled");
      errors.push(`${name}: ${msg}`);
    }
  throw libcUnavailable = Error(`bun-syscall: cannot open the C library (glibc or musl); tried:
  ${errors.join(`
  `)}`);
}
var libc = null, openedLibc = () => libc ??= openLibc();
function libcName() {
  return openedLibc().name;
}
function requireLibc() {
  openedLibc();
}
var bound = [];
function lazyTable(table, bind) {
  let has = Object.hasOwn, proto = new Proxy(Object.create(null), {
    get(_target, key, receiver) {
      if (typeof key !== "string" || !has(table, key))
        return;
      let lib = bind(key);
      bound.push(lib);
      let fn = lib.symbols[key];
      return Object.defineProperty(receiver, key, { value: fn, enumerable: !0, writable: !1, configurable: !1 }), fn;
    }
  });
  return Object.create(proto);
}
var C = lazyTable(table, (key) => ffi().dlopen(openedLibc().name, { [key]: table[key] }));
function bindOptional(name, fn) {
  let libName = openedLibc().name, lib;
  try {
    lib = ffi().dlopen(libName, { [name]: fn });
  } catch {
    return null;
  }
  return bound[bound.length] = lib, lib.symbols[name];
}
function symbolAddress(name) {
  return C[name].ptr;
}
var sysTable = {
  sys_ippi: { args: ["i64", "i64", "ptr", "ptr", "i64", "i64", "i64"], returns: I64 },
  sys_pi: { args: ["i64", "ptr", "i64", "i64", "i64", "i64", "i64"], returns: I64 },
  sys_ip: { args: ["i64", "i64", "ptr", "i64", "i64", "i64", "i64"], returns: I64 }
}, sys = lazyTable(sysTable, (key) => ffi().linkSymbols({ [key]: { ...sysTable[key], ptr: symbolAddress("syscall") } })), errnoAddress = 0, readI32 = null;
function errno() {
  if (readI32 === null)
    errnoAddress = openedLibc().lib.symbols.__errno_location(), readI32 = ffi().read.i32;
  return readI32(errnoAddress, 0);
}
var BAD_FD = -1;
function fdArg(fd) {
  if (typeof fd !== "number" || !isInt(fd))
    throw TypeError(`fd must be an integer, got ${describe(fd)}`);
  return fd >= -2147483648 && fd <= 2147483647 ? fd : BAD_FD;
}
function intArg(name, v, min = -2147483648, max = 4294967295) {
  if (typeof v !== "number" || !isInt(v))
    throw TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (v < min || v > max)
    throw RangeError(`${name} out of range: ${v}`);
  return v;
}
function u64Arg(name, v) {
  if (typeof v === "number" && isSafeInt(v))
    v = BigInt(v);
  if (typeof v !== "bigint")
    throw TypeError(`${name} must be a bigint, got ${describe(v)}`);
  if (v < 0n || v > 0xffffffffffffffffn)
    throw RangeError(`${name} out of range: ${v}`);
  return v;
}
function int64Arg(name, v) {
  if (typeof v !== "number" || !isInt(v))
    throw TypeError(`${name} must be an integer, got ${describe(v)}`);
  if (!isSafeInt(v))
    throw RangeError(`${name} is not a safe integer: ${v}`);
  return v;
}
function bytesArg(name, v) {
  if (IS_VIEW(v)) {
    let p = GET_PROTO(v);
    if ((p === U8_PROTO || p === BUFFER_PROTO) && !HAS_OWN(v, "byteLength") && !HAS_OWN(v, "length"))
      return v;
  }
  let tag;
  try {
    tag = RGET(TA_GET, "tag", v);
  } catch {
    tag = void 0;
  }
  if (tag !== "Uint8Array")
    throw TypeError(`${name} must be a Uint8Array, got ${describe(v)}`);
  let n = RGET(TA_GET, "byteLength", v);
  return n === 0 ? new Uint8Array(0) : new Uint8Array(RGET(TA_GET, "buffer", v), RGET(TA_GET, "byteOffset", v), n);
}
function typedArrayTag(v) {
  return RGET(TA_GET, "tag", v);
}
function byteLengthOf(u) {
  return RGET(TA_GET, "byteLength", u);
}
function dataViewOf(u) {
  let n = RGET(TA_GET, "byteLength", u);
  return n === 0 ? EMPTY_VIEW : new DataView2(RGET(TA_GET, "buffer", u), RGET(TA_GET, "byteOffset", u), n);
}
var EMPTY_VIEW = new DataView2(new ArrayBuffer(0));
function elementCountOf(v) {
  return RGET(TA_GET, "length", v);
}
function bufferOf(u) {
  return RGET(TA_GET, "buffer", u);
}
function subview(u, start, end) {
  return new Uint8Array(RGET(TA_GET, "buffer", u), RGET(TA_GET, "byteOffset", u) + start, end - start);
}
var IS_VIEW = ArrayBuffer.isView, { getPrototypeOf: GET_PROTO, hasOwn: HAS_OWN } = Object, U8_PROTO = Uint8Array.prototype, BUFFER_PROTO = Buffer.prototype, TA_PROTO = Object.getPrototypeOf(Uint8Array.prototype), taGetter = (k) => Object.getOwnPropertyDescriptor(TA_PROTO, k).get, TA_TAG = taGetter(Symbol.toStringTag), TA_BUFFER = taGetter("buffer"), TA_OFFSET = taGetter("byteOffset"), TA_LENGTH = taGetter("byteLength"), TA_COUNT = taGetter("length"), TA_GET = Object.create(null, {
  tag: { get: TA_TAG },
  buffer: { get: TA_BUFFER },
  byteOffset: { get: TA_OFFSET },
  byteLength: { get: TA_LENGTH },
  length: { get: TA_COUNT }
}), RGET = Reflect.get, { fill: TA_FILL, set: TA_SET } = TA_PROTO;
function fillOf(u, v, start, end) {
  APPLY(TA_FILL, u, [v, start, end]);
}
function setOf(dst, src, at = 0) {
  APPLY(TA_SET, dst, [src, at]);
}
function copyView(u) {
  return dataViewOf(new Uint8Array(u));
}
function initFields(obj, init) {
  if (init === void 0 || init === null)
    return;
  if (typeof init !== "object")
    throw TypeError(`${obj.constructor.name}'s init must be an object, got ${describe(init)}`);
  let o = obj, src = init;
  for (let k of Object.keys(o))
    if (Object.hasOwn(src, k))
      o[k] = src[k];
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
function lengthArg(name, v, top = Number.MAX_SAFE_INTEGER) {
  let len = v.length;
  if (typeof len !== "number" || !isSafeInt(len) || len < 0 || len > top)
    throw TypeError(`${name} has an invalid length`);
  return len;
}
function arrayArg(name, v, max, each, prev) {
  if (v === void 0 || v === null)
    return [];
  if (!Array.isArray(v))
    throw TypeError(`${name} must be an array, got ${describe(v)}`);
  let len = lengthArg(name, v);
  if (len > max)
    return null;
  let ok = each.ok, i = 0;
  if (prev !== void 0 && prev.length === len) {
    for (;i < len; i++) {
      let x = v[i];
      if (x !== prev[i]) {
        let out = prev.slice(0, i);
        out.push(take(each, ok, name, x, i));
        for (i++;i < len; i++)
          out.push(take(each, ok, name, v[i], i));
        return out;
      }
    }
    return prev;
  }
  let out = Array(len);
  for (;i < len; i++)
    out[i] = take(each, ok, name, v[i], i);
  return out;
}
function take(each, ok, name, x, i) {
  return ok !== void 0 && ok(x) ? x : each(x, `${name}[${i}]`);
}
function elemCheck(ok, check) {
  return Object.assign(check, { ok });
}
var strElem = elemCheck((x) => typeof x === "string", (x, name) => {
  if (typeof x !== "string")
    throw TypeError(`${name} must be a string, got ${describe(x)}`);
  return x;
});
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
  return byteLengthOf(b) === 0 ? ZERO : b;
}
function bufPtrOf(b, n) {
  return n === 0 ? ZERO : b;
}
var encoder = /* @__PURE__ */ new TextEncoder, strIncludes = String.prototype.includes, strWellFormed = String.prototype.isWellFormed, encodeIntoOf = TextEncoder.prototype.encodeInto, encodeOf = TextEncoder.prototype.encode, NUL = Object.freeze(["\x00"]);
function strHas(s, sub) {
  return APPLY(strIncludes, s, [sub]);
}
function wellFormed(s) {
  return APPLY(strWellFormed, s, NO_ARGS);
}
function notCString(s) {
  return APPLY(strIncludes, s, NUL) || !APPLY(strWellFormed, s, NO_ARGS);
}
function utf8(s) {
  return APPLY(encodeOf, encoder, [s]);
}
function utf8Into(s, buf) {
  return APPLY(encodeIntoOf, encoder, [s, buf]).written;
}
var SCRATCH_BYTES = 12289, scratch = [new Uint8Array(SCRATCH_BYTES), new Uint8Array(SCRATCH_BYTES)], held = [null, null];
function cstring(s, slot = 0, name = "path") {
  if (typeof s !== "string")
    throw TypeError(`${name} must be a string, got ${describe(s)}`);
  if (slot !== -1 && held[slot] === s)
    return scratch[slot];
  if (notCString(s))
    return null;
  let max = s.length * 3 + 1;
  if (slot !== -1 && max <= SCRATCH_BYTES) {
    let buf = scratch[slot];
    return buf[utf8Into(s, buf)] = 0, held[slot] = s, buf;
  }
  let bytes = utf8(s), out = new Uint8Array(byteLengthOf(bytes) + 1);
  return setOf(out, bytes), out;
}

// src/errno.ts
var ErrPermission = Error("permission denied"), ErrExist = Error("file already exists"), ErrNotExist = Error("file does not exist"), ErrUnsupported = Error("unsupported operation"), interned = /* @__PURE__ */ new Map, defineProp = Object.defineProperty;

class Errno extends Error {
  constructor(n) {
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0 || n > 4294967295)
      throw TypeError(`Errno: not an errno: ${describe(n)}`);
    let text = errorTable[n];
    super(text ? text : `errno ${n}`);
    defineProp(this, "errno", { value: n, enumerable: !0 }), defineProp(this, "message", { value: this.message, writable: !1, enumerable: !1, configurable: !1 });
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
{
  let limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    for (let n = 1;n < errorTable.length; n++)
      if (errorTable[n])
        interned.set(n, new Errno(n));
  } finally {
    Error.stackTraceLimit = limit;
  }
}
function errnoErr(n) {
  return n === 0 ? null : Errno.of(n);
}
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
    if (typeof n !== "number" || !Number.isInteger(n) || n < -2147483648 || n > 2147483647)
      throw TypeError(`Signal: not a signal number: ${describe(n)}`);
    this.signo = n === 0 ? 0 : n, Object.freeze(this);
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
  let n = isA(Signal, sig) ? sig.signo : sig;
  if (typeof n === "number" && Number.isInteger(n))
    return n >= -2147483648 && n <= 2147483647 ? n : -1;
  if (isA(Signal, sig))
    return -1;
  throw TypeError(`sig must be a Signal or an integer, got ${describe(sig)}`);
}
// src/types.ts
var { Uint8Array: Uint8Array2, Int32Array } = globalThis;

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
    return BigInt.asIntN(64, BigInt(int64Arg("Timespec.Sec", this.Sec)) * 1000000000n + BigInt(int64Arg("Timespec.Nsec", this.Nsec)));
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
    return BigInt.asIntN(64, BigInt(int64Arg("Timeval.Sec", this.Sec)) * 1000000000n + BigInt(int64Arg("Timeval.Usec", this.Usec)) * 1000n);
  }
}
function nsecArg(nsec) {
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
  let usecTotal = BigInt.asIntN(64, nsec + 999n) / 1000n, sec = usecTotal / 1000000n, usec = usecTotal % 1000000n;
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
    if (cur < 0n || max < 0n || cur >= 1n << 64n || max >= 1n << 64n)
      throw RangeError("Rlimit's Cur and Max are uint64: [0, 2^64-1]");
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
function newStatBuffer() {
  let bytes = new Uint8Array2(STAT.size);
  return { bytes, i32: new Int32Array(bytes.buffer) };
}
var W_DEV = STAT.dev >> 2, W_INO = STAT.ino >> 2, W_NLINK = STAT.nlink >> 2, W_MODE = STAT.mode >> 2, W_UID = STAT.uid >> 2, W_GID = STAT.gid >> 2, W_RDEV = STAT.rdev >> 2, W_SIZE = STAT.fsize >> 2, W_BLKSIZE = STAT.blksize >> 2, W_BLOCKS = STAT.blocks >> 2, W_ATIM = STAT.atim >> 2, W_MTIM = STAT.mtim >> 2, W_CTIM = STAT.ctim >> 2, NLINK64 = STAT.nlinkSize === 8, BLKSIZE64 = STAT.blksizeSize === 8, TWO32 = 4294967296, devLo = 0, devHi = 0, dev = 0n, inoLo = 0, inoHi = 0, ino = 0n, rdevLo = 0, rdevHi = 0, rdev = 0n;
function decodeStat(b, st) {
  let w = b.i32, lo = w[W_DEV], hi = w[W_DEV + 1];
  if (lo !== devLo || hi !== devHi)
    devLo = lo, devHi = hi, dev = BigInt(hi >>> 0) << 32n | BigInt(lo >>> 0);
  if (lo = w[W_INO], hi = w[W_INO + 1], lo !== inoLo || hi !== inoHi)
    inoLo = lo, inoHi = hi, ino = BigInt(hi >>> 0) << 32n | BigInt(lo >>> 0);
  if (lo = w[W_RDEV], hi = w[W_RDEV + 1], lo !== rdevLo || hi !== rdevHi)
    rdevLo = lo, rdevHi = hi, rdev = BigInt(hi >>> 0) << 32n | BigInt(lo >>> 0);
  let Dev = dev, Ino = ino, Rdev = rdev, Nlink = NLINK64 ? (w[W_NLINK + 1] >>> 0) * TWO32 + (w[W_NLINK] >>> 0) : w[W_NLINK] >>> 0, Mode = w[W_MODE] >>> 0, Uid = w[W_UID] >>> 0, Gid = w[W_GID] >>> 0, Size = w[W_SIZE + 1] * TWO32 + (w[W_SIZE] >>> 0), Blksize = BLKSIZE64 ? w[W_BLKSIZE + 1] * TWO32 + (w[W_BLKSIZE] >>> 0) : w[W_BLKSIZE], Blocks = w[W_BLOCKS + 1] * TWO32 + (w[W_BLOCKS] >>> 0), aSec = w[W_ATIM + 1] * TWO32 + (w[W_ATIM] >>> 0), aNsec = w[W_ATIM + 2] >>> 0, mSec = w[W_MTIM + 1] * TWO32 + (w[W_MTIM] >>> 0), mNsec = w[W_MTIM + 2] >>> 0, cSec = w[W_CTIM + 1] * TWO32 + (w[W_CTIM] >>> 0), cNsec = w[W_CTIM + 2] >>> 0;
  st.Dev = Dev, st.Ino = Ino, st.Nlink = Nlink, st.Mode = Mode, st.Uid = Uid, st.Gid = Gid, st.Rdev = Rdev, st.Size = Size, st.Blksize = Blksize, st.Blocks = Blocks;
  let t = st.Atim;
  if (!isA(Timespec, t))
    st.Atim = t = new Timespec;
  if (t.Sec = aSec, t.Nsec = aNsec, t = st.Mtim, !isA(Timespec, t))
    st.Mtim = t = new Timespec;
  if (t.Sec = mSec, t.Nsec = mNsec, t = st.Ctim, !isA(Timespec, t))
    st.Ctim = t = new Timespec;
  t.Sec = cSec, t.Nsec = cNsec;
}
function timevalAt(dv, off, into) {
  let t = isA(Timeval, into) ? into : new Timeval;
  return t.Sec = Number(dv.getBigInt64(off, !0)), t.Usec = Number(dv.getBigInt64(off + 8, !0)), t;
}
var RUSAGE_LONGS = ["Maxrss", "Ixrss", "Idrss", "Isrss", "Minflt", "Majflt", "Nswap", "Inblock", "Oublock", "Msgsnd", "Msgrcv", "Nsignals", "Nvcsw", "Nivcsw"], RUSAGE_FIELDS = ["Utime", "Stime", ...RUSAGE_LONGS], TIMEVAL_FIELDS = ["Sec", "Usec"];
function rusageOut(name, ru) {
  outArg(name, ru, RUSAGE_FIELDS);
  for (let k of ["Utime", "Stime"]) {
    let t = ru[k];
    if (isA(Timeval, t))
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
    if (isA(Timeval, t))
      t.Sec = from[k].Sec, t.Usec = from[k].Usec;
    else
      to[k] = from[k];
  }
}
// src/zconsts_linux.ts
var K = require("./zconsts_linux.cjs");
var E2BIG = Errno.of(7), EACCES = Errno.of(13), EADDRINUSE = Errno.of(98), EADDRNOTAVAIL = Errno.of(99), EADV = Errno.of(68), EAFNOSUPPORT = Errno.of(97), EAGAIN = Errno.of(11), EALREADY = Errno.of(114), EBADE = Errno.of(52), EBADF = Errno.of(9), EBADFD = Errno.of(77), EBADMSG = Errno.of(74), EBADR = Errno.of(53), EBADRQC = Errno.of(56), EBADSLT = Errno.of(57), EBFONT = Errno.of(59), EBUSY = Errno.of(16), ECANCELED = Errno.of(125), ECHILD = Errno.of(10), ECHRNG = Errno.of(44), ECOMM = Errno.of(70), ECONNABORTED = Errno.of(103), ECONNREFUSED = Errno.of(111), ECONNRESET = Errno.of(104), EDEADLK = Errno.of(35), EDEADLOCK = Errno.of(35), EDESTADDRREQ = Errno.of(89), EDOM = Errno.of(33), EDOTDOT = Errno.of(73), EDQUOT = Errno.of(122), EEXIST = Errno.of(17), EFAULT = Errno.of(14), EFBIG = Errno.of(27), EHOSTDOWN = Errno.of(112), EHOSTUNREACH = Errno.of(113), EHWPOISON = Errno.of(133), EIDRM = Errno.of(43), EILSEQ = Errno.of(84), EINPROGRESS = Errno.of(115), EINTR = Errno.of(4), EINVAL = Errno.of(22), EIO = Errno.of(5), EISCONN = Errno.of(106), EISDIR = Errno.of(21), EISNAM = Errno.of(120), EKEYEXPIRED = Errno.of(127), EKEYREJECTED = Errno.of(129), EKEYREVOKED = Errno.of(128), EL2HLT = Errno.of(51), EL2NSYNC = Errno.of(45), EL3HLT = Errno.of(46), EL3RST = Errno.of(47), ELIBACC = Errno.of(79), ELIBBAD = Errno.of(80), ELIBEXEC = Errno.of(83), ELIBMAX = Errno.of(82), ELIBSCN = Errno.of(81), ELNRNG = Errno.of(48), ELOOP = Errno.of(40), EMEDIUMTYPE = Errno.of(124), EMFILE = Errno.of(24), EMLINK = Errno.of(31), EMSGSIZE = Errno.of(90), EMULTIHOP = Errno.of(72), ENAMETOOLONG = Errno.of(36), ENAVAIL = Errno.of(119), ENETDOWN = Errno.of(100), ENETRESET = Errno.of(102), ENETUNREACH = Errno.of(101), ENFILE = Errno.of(23), ENOANO = Errno.of(55), ENOBUFS = Errno.of(105), ENOCSI = Errno.of(50), ENODATA = Errno.of(61), ENODEV = Errno.of(19), ENOENT = Errno.of(2), ENOEXEC = Errno.of(8), ENOKEY = Errno.of(126), ENOLCK = Errno.of(37), ENOLINK = Errno.of(67), ENOMEDIUM = Errno.of(123), ENOMEM = Errno.of(12), ENOMSG = Errno.of(42), ENONET = Errno.of(64), ENOPKG = Errno.of(65), ENOPROTOOPT = Errno.of(92), ENOSPC = Errno.of(28), ENOSR = Errno.of(63), ENOSTR = Errno.of(60), ENOSYS = Errno.of(38), ENOTBLK = Errno.of(15), ENOTCONN = Errno.of(107), ENOTDIR = Errno.of(20), ENOTEMPTY = Errno.of(39), ENOTNAM = Errno.of(118), ENOTRECOVERABLE = Errno.of(131), ENOTSOCK = Errno.of(88), ENOTSUP = Errno.of(95), ENOTTY = Errno.of(25), ENOTUNIQ = Errno.of(76), ENXIO = Errno.of(6), EOPNOTSUPP = Errno.of(95), EOVERFLOW = Errno.of(75), EOWNERDEAD = Errno.of(130), EPERM = Errno.of(1), EPFNOSUPPORT = Errno.of(96), EPIPE = Errno.of(32), EPROTO = Errno.of(71), EPROTONOSUPPORT = Errno.of(93), EPROTOTYPE = Errno.of(91), ERANGE = Errno.of(34), EREMCHG = Errno.of(78), EREMOTE = Errno.of(66), EREMOTEIO = Errno.of(121), ERESTART = Errno.of(85), ERFKILL = Errno.of(132), EROFS = Errno.of(30), ESHUTDOWN = Errno.of(108), ESOCKTNOSUPPORT = Errno.of(94), ESPIPE = Errno.of(29), ESRCH = Errno.of(3), ESRMNT = Errno.of(69), ESTALE = Errno.of(116), ESTRPIPE = Errno.of(86), ETIME = Errno.of(62), ETIMEDOUT = Errno.of(110), ETOOMANYREFS = Errno.of(109), ETXTBSY = Errno.of(26), EUCLEAN = Errno.of(117), EUNATCH = Errno.of(49), EUSERS = Errno.of(87), EWOULDBLOCK = Errno.of(11), EXDEV = Errno.of(18), EXFULL = Errno.of(54), SIGABRT = Signal.of(6), SIGALRM = Signal.of(14), SIGBUS = Signal.of(7), SIGCHLD = Signal.of(17), SIGCLD = Signal.of(17), SIGCONT = Signal.of(18), SIGFPE = Signal.of(8), SIGHUP = Signal.of(1), SIGILL = Signal.of(4), SIGINT = Signal.of(2), SIGIO = Signal.of(29), SIGIOT = Signal.of(6), SIGKILL = Signal.of(9), SIGPIPE = Signal.of(13), SIGPOLL = Signal.of(29), SIGPROF = Signal.of(27), SIGPWR = Signal.of(30), SIGQUIT = Signal.of(3), SIGSEGV = Signal.of(11), SIGSTKFLT = Signal.of(16), SIGSTOP = Signal.of(19), SIGSYS = Signal.of(31), SIGTERM = Signal.of(15), SIGTRAP = Signal.of(5), SIGTSTP = Signal.of(20), SIGTTIN = Signal.of(21), SIGTTOU = Signal.of(22), SIGUNUSED = Signal.of(31), SIGURG = Signal.of(23), SIGUSR1 = Signal.of(10), SIGUSR2 = Signal.of(12), SIGVTALRM = Signal.of(26), SIGWINCH = Signal.of(28), SIGXCPU = Signal.of(24), SIGXFSZ = Signal.of(25);
var AF_INET = K.AF_INET, AF_INET6 = K.AF_INET6, AF_NETLINK = K.AF_NETLINK, AF_PACKET = K.AF_PACKET, AF_UNIX = K.AF_UNIX, AF_UNSPEC = K.AF_UNSPEC, EPOLLERR = K.EPOLLERR, EPOLLHUP = K.EPOLLHUP, EPOLLIN = K.EPOLLIN, EPOLLOUT = K.EPOLLOUT, EPOLLPRI = K.EPOLLPRI, EPOLLRDHUP = K.EPOLLRDHUP, F_DUPFD_CLOEXEC = K.F_DUPFD_CLOEXEC, F_GETFL = K.F_GETFL, F_SETFD = K.F_SETFD, F_SETFL = K.F_SETFL, IFF_PROMISC = K.IFF_PROMISC, LINUX_REBOOT_MAGIC1 = K.LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2 = K.LINUX_REBOOT_MAGIC2, LOCK_EX = K.LOCK_EX, LOCK_NB = K.LOCK_NB, LOCK_UN = K.LOCK_UN, MAP_ANONYMOUS = K.MAP_ANONYMOUS, MAP_FIXED = K.MAP_FIXED, MAP_PRIVATE = K.MAP_PRIVATE, MSG_DONTWAIT = K.MSG_DONTWAIT, MSG_NOSIGNAL = K.MSG_NOSIGNAL, MS_BIND = K.MS_BIND, MS_REMOUNT = K.MS_REMOUNT, NETLINK_ROUTE = K.NETLINK_ROUTE, NLMSG_DONE = K.NLMSG_DONE, NLMSG_ERROR = K.NLMSG_ERROR, NLM_F_DUMP = K.NLM_F_DUMP, NLM_F_REQUEST = K.NLM_F_REQUEST, O_CLOEXEC = K.O_CLOEXEC, O_CREAT = K.O_CREAT, O_DIRECTORY = K.O_DIRECTORY, O_LARGEFILE = K.O_LARGEFILE, O_NOCTTY = K.O_NOCTTY, O_NONBLOCK = K.O_NONBLOCK, O_PATH = K.O_PATH, O_RDONLY = K.O_RDONLY, O_RDWR = K.O_RDWR, O_TRUNC = K.O_TRUNC, O_WRONLY = K.O_WRONLY, PROT_READ = K.PROT_READ, PROT_WRITE = K.PROT_WRITE, PR_CAPBSET_READ = K.PR_CAPBSET_READ, PTRACE_ATTACH = K.PTRACE_ATTACH, PTRACE_CONT = K.PTRACE_CONT, PTRACE_DETACH = K.PTRACE_DETACH, PTRACE_GETEVENTMSG = K.PTRACE_GETEVENTMSG, PTRACE_GETREGS = K.PTRACE_GETREGS, PTRACE_GETREGSET = K.PTRACE_GETREGSET, PTRACE_KILL = K.PTRACE_KILL, PTRACE_PEEKDATA = K.PTRACE_PEEKDATA, PTRACE_PEEKTEXT = K.PTRACE_PEEKTEXT, PTRACE_POKEDATA = K.PTRACE_POKEDATA, PTRACE_POKETEXT = K.PTRACE_POKETEXT, PTRACE_SETOPTIONS = K.PTRACE_SETOPTIONS, PTRACE_SETREGS = K.PTRACE_SETREGS, PTRACE_SETREGSET = K.PTRACE_SETREGSET, PTRACE_SINGLESTEP = K.PTRACE_SINGLESTEP, PTRACE_SYSCALL = K.PTRACE_SYSCALL, RTM_DELADDR = K.RTM_DELADDR, RTM_DELLINK = K.RTM_DELLINK, RTM_DELROUTE = K.RTM_DELROUTE, RTM_NEWADDR = K.RTM_NEWADDR, RTM_NEWLINK = K.RTM_NEWLINK, RTM_NEWROUTE = K.RTM_NEWROUTE, SCM_CREDENTIALS = K.SCM_CREDENTIALS, SCM_RIGHTS = K.SCM_RIGHTS, SIOCGIFFLAGS = K.SIOCGIFFLAGS, SIOCSIFFLAGS = K.SIOCSIFFLAGS, SOCK_CLOEXEC = K.SOCK_CLOEXEC, SOCK_DGRAM = K.SOCK_DGRAM, SOCK_NONBLOCK = K.SOCK_NONBLOCK, SOCK_RAW = K.SOCK_RAW, SOCK_STREAM = K.SOCK_STREAM, SOL_SOCKET = K.SOL_SOCKET, SO_ATTACH_FILTER = K.SO_ATTACH_FILTER, SO_BINDTODEVICE = K.SO_BINDTODEVICE, SO_DETACH_FILTER = K.SO_DETACH_FILTER, SO_TYPE = K.SO_TYPE, SYS_ADJTIMEX = K.SYS_ADJTIMEX, SYS_FSTATFS = K.SYS_FSTATFS, SYS_FUTIMESAT = K.SYS_FUTIMESAT, SYS_GETDENTS64 = K.SYS_GETDENTS64, SYS_GETPRIORITY = K.SYS_GETPRIORITY, SYS_GETTID = K.SYS_GETTID, SYS_IOCTL = K.SYS_IOCTL, SYS_IOPERM = K.SYS_IOPERM, SYS_IOPL = K.SYS_IOPL, SYS_MKNODAT = K.SYS_MKNODAT, SYS_MMAP = K.SYS_MMAP, SYS_MUNMAP = K.SYS_MUNMAP, SYS_PIVOT_ROOT = K.SYS_PIVOT_ROOT, SYS_PRCTL = K.SYS_PRCTL, SYS_PRLIMIT64 = K.SYS_PRLIMIT64, SYS_PSELECT6 = K.SYS_PSELECT6, SYS_PTRACE = K.SYS_PTRACE, SYS_REBOOT = K.SYS_REBOOT, SYS_SELECT = K.SYS_SELECT, SYS_SETFSGID = K.SYS_SETFSGID, SYS_SETFSUID = K.SYS_SETFSUID, SYS_SETTIMEOFDAY = K.SYS_SETTIMEOFDAY, SYS_SOCKETPAIR = K.SYS_SOCKETPAIR, SYS_SYSLOG = K.SYS_SYSLOG, SYS_USTAT = K.SYS_USTAT, SYS_UTIMES = K.SYS_UTIMES, SYS_WAITID = K.SYS_WAITID, S_IFBLK = K.S_IFBLK, S_IFCHR = K.S_IFCHR, S_IFMT = K.S_IFMT, S_IFREG = K.S_IFREG, TIOCGPTN = K.TIOCGPTN, TIOCSPTLCK = K.TIOCSPTLCK, WEXITED = K.WEXITED, WNOHANG = K.WNOHANG, WNOWAIT = K.WNOWAIT;

// src/index.ts


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
  let reasons = msg.split(`
`).slice(1).map((l) => l.trim()).filter((l) => l !== ""), hint = reasons.some((l) => /not found/.test(l)) ? " (the compiler's files or the C library are not in this root: after a chroot, call Prepare() first, in every thread that will need it)" : "";
  return `bun:ffi cc failed: ${reasons.length > 0 ? reasons.slice(0, 3).join("; ") : msg.split(`
`)[0]}${hint}`;
}
function compile(name, text, symbols) {
  if (requireLibc(), unavailable !== null)
    throw unavailable;
  if (rootChanged)
    throw unavailable = new NativeUnavailable("the process changed its root directory after loading bun-syscall, and compiling now would write Bun's compiler headers into the new root: call Prepare() before Chroot");
  let F = ffi(), fd = -1, dir = null;
  try {
    let source = null;
    if (fd = memfd(name), fd < 0 && (errno() === EMFILE.errno || errno() === ENFILE.errno))
      throw Errno.of(errno());
    if (fd >= 0) {
      let bytes = (/* @__PURE__ */ new TextEncoder()).encode(text), n = byteLengthOf(bytes);
      if (C.write(fd, bytes, n) === n) {
        if (source = `/proc/self/fd/${fd}`, !__require("fs").existsSync(source))
          source = null;
      }
    }
    if (source === null) {
      let fs = __require("fs"), tmp = __require("os").tmpdir();
      try {
        dir = fs.mkdtempSync(`${tmp}/bun-syscall-`), source = `${dir}/${name}`, fs.writeFileSync(source, text, { mode: 384 });
      } catch (e) {
        let why = e.code ?? String(e);
        if (why === "EMFILE" || why === "ENFILE")
          throw why === "EMFILE" ? EMFILE : ENFILE;
        throw new NativeUnavailable(`cannot hand the C source to bun:ffi cc: no memfd (memfd_create refused, or /proc not mounted) and the temporary directory ${tmp} cannot be used (${String(why)}): set TMPDIR to a writable directory`);
      }
    }
    try {
      return F.cc({ source, symbols });
    } catch (e) {
      if (fdsShort())
        throw EMFILE;
      let cause = causeOf(e), err = new NativeUnavailable(cause);
      if (/disabled|executable|JIT/.test(cause))
        unavailable = err;
      throw err;
    }
  } finally {
    if (fd >= 0)
      C.close(fd);
    if (dir !== null)
      try {
        __require("fs").rmSync(dir, { recursive: !0, force: !0 });
      } catch {}
  }
}
function fdsShort() {
  let held = [], short = !1, p = (/* @__PURE__ */ new TextEncoder()).encode("/\x00");
  for (let i = 0;i < 6; i++) {
    let fd = C.openat(CWD_FD, p, O_PATH | O_CLOEXEC, 0);
    if (fd < 0) {
      short = errno() === EMFILE.errno || errno() === ENFILE.errno;
      break;
    }
    held.push(fd);
  }
  for (let fd of held)
    C.close(fd);
  return short;
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
  let err = ENOSYS;
  return setFailure({ Step: "compile", Err: err, Cause: e.message }), err;
}
function Prepare() {
  try {
    for (let p of preparers)
      p();
    return null;
  } catch (e) {
    if (isA(NativeUnavailable, e))
      return unavailableErr(e);
    if (isA(Errno, e))
      return setFailure({ Step: "compile", Err: e }), e;
    throw e;
  }
}

// src/file.ts
var { Uint8Array: Uint8Array3, Uint32Array, Int32Array: Int32Array2 } = globalThis, Stdin = 0, Stdout = 1, Stderr = 2, ImplementsGetwd = !0, AT_FDCWD = CWD_FD, AT_SYMLINK_NOFOLLOW = 256, AT_REMOVEDIR = 512, AT_EACCESS = 512, AT_SYMLINK_FOLLOW = 1024, AT_NO_AUTOMOUNT = 2048, AT_EMPTY_PATH = 4096, SEEK_SET = 0, SEEK_CUR = 1, SEEK_END = 2;
function Open(path, mode, perm) {
  let p = cstring(path), m = intArg("mode", mode), pm = intArg("perm", perm, 0);
  if (p === null)
    return [-1, EINVAL];
  let fd = C.openat(AT_FDCWD, p, m | O_LARGEFILE, pm);
  return fd < 0 ? [-1, lastErr()] : [fd, null];
}
function Close(fd) {
  let f = fdArg(fd), err = C.close(f) < 0 ? lastErr() : null;
  if (err !== EBADF)
    fdsGone(f, f);
  return err;
}
var fdClosedHooks = [];
function fdsGone(first, last) {
  for (let i = 0;i < fdClosedHooks.length; i++)
    fdClosedHooks[i](first, last);
}
function Read(fd, p) {
  let f = fdArg(fd), b = bytesArg("p", p), len = byteLengthOf(b), n = C.read(f, bufPtrOf(b, len), len);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Write(fd, p) {
  let f = fdArg(fd), b = bytesArg("p", p), len = byteLengthOf(b), n = C.write(f, bufPtrOf(b, len), len);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Pread(fd, p, offset) {
  let f = fdArg(fd), b = bytesArg("p", p), off = int64Arg("offset", offset), len = byteLengthOf(b), n = C.pread64(f, bufPtrOf(b, len), len, off);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Pwrite(fd, p, offset) {
  let f = fdArg(fd), b = bytesArg("p", p), off = int64Arg("offset", offset), len = byteLengthOf(b), n = C.pwrite64(f, bufPtrOf(b, len), len, off);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Seek(fd, offset, whence) {
  let f = fdArg(fd), off = int64Arg("offset", offset), w = intArg("whence", whence), r = C.lseek64(f, off, w);
  if (r < 0)
    return [-1, lastErr()];
  return typeof r === "bigint" ? [-1, EOVERFLOW] : [r, null];
}
var pipeFds = new Int32Array2(2);
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
  let o = fdArg(oldfd), n = fdArg(newfd), r = check(C.dup2(o, n));
  if (r === null && o !== n)
    fdsGone(n, n);
  return r;
}
function Dup3(oldfd, newfd, flags) {
  let o = fdArg(oldfd), n = fdArg(newfd), r = check(C.dup3(o, n, intArg("flags", flags)));
  if (r === null)
    fdsGone(n, n);
  return r;
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
  return check(C.fcntl(f, F_SETFL, nonblocking ? fl | O_NONBLOCK : fl & ~O_NONBLOCK));
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
  let err = check(C.fchdir(fdArg(fd)));
  if (err === null)
    followCwd();
  return err;
}
function followCwd() {
  let [wd, err] = Getwd();
  if (err !== null)
    return;
  let here = C.openat(AT_FDCWD, cstring(".", 0), O_PATH | O_DIRECTORY | O_CLOEXEC, 0);
  if (here < 0)
    return;
  try {
    let was = new Stat_t, now = new Stat_t;
    if (Fstat(here, was) !== null)
      return;
    try {
      process.chdir(wd);
    } catch {
      return;
    }
    if (Stat(".", now) !== null || now.Dev !== was.Dev || now.Ino !== was.Ino)
      C.fchdir(here);
  } finally {
    C.close(here);
  }
}
var statBuffer = newStatBuffer(), statBytes = statBuffer.bytes;
function fillStat(r, st) {
  if (r < 0)
    return lastErr();
  return decodeStat(statBuffer, st), null;
}
var statAtSyscall = (d, p, b, fl) => sys.sys_ippi(SYS.newfstatat, d, p, b, fl, 0, 0), statAt = (d, p, b, fl) => (statAt = bindOptional("fstatat", { args: ["i32", "ptr", "ptr", "i32"], returns: "i32" }) ?? statAtSyscall, statAt(d, p, b, fl));
function Fstatat(dirfd, path, stat, flags) {
  let d = fdArg(dirfd), p = cstring(path);
  objArg("stat", stat);
  let fl = intArg("flags", flags);
  if (p === null)
    return EINVAL;
  return fillStat(statAt(d, p, statBytes, fl), stat);
}
function Stat(path, stat) {
  let p = cstring(path);
  if (objArg("stat", stat), p === null)
    return EINVAL;
  return fillStat(statAt(AT_FDCWD, p, statBytes, 0), stat);
}
function Lstat(path, stat) {
  let p = cstring(path);
  if (objArg("stat", stat), p === null)
    return EINVAL;
  return fillStat(statAt(AT_FDCWD, p, statBytes, AT_SYMLINK_NOFOLLOW), stat);
}
function Fstat(fd, stat) {
  let f = fdArg(fd);
  return objArg("stat", stat), fillStat(sys.sys_ip(SYS.fstat, f, statBytes, 0, 0, 0, 0), stat);
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
  let err = check(C.chdir(p));
  if (err === null)
    followCwd();
  return err;
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
  return Mknod(path, (intArg("mode", mode, 0) | 4096) >>> 0, 0);
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
  let b = bytesArg("buf", buf), p = cstring(path);
  if (p === null)
    return [-1, EINVAL];
  let len = byteLengthOf(b), n = C.readlinkat(AT_FDCWD, p, bufPtrOf(b, len), len);
  return n < 0 ? [-1, lastErr()] : [n, null];
}
function Umask(mask) {
  return C.umask(intArg("mask", mask, 0) & 511);
}
function Getcwd(buf) {
  let b = bytesArg("buf", buf), r = getcwdRaw(b);
  return r < 0 ? [-1, lastErr()] : [r, null];
}
var CWD_LEN = 4096, cwdBuf = new Uint8Array3(CWD_LEN), utf82 = new TextDecoder("utf-8", { ignoreBOM: !0 });
function Getwd() {
  let n = getcwdRaw(cwdBuf);
  if (n < 0)
    return ["", lastErr()];
  if (n < 1 || n > CWD_LEN || cwdBuf[n - 1] !== 0)
    return ["", EINVAL];
  if (cwdBuf[0] !== 47)
    return ["", ENOENT];
  return [utf82.decode(subview(cwdBuf, 0, n - 1)), null];
}
function getcwdRaw(b) {
  return sys.sys_pi(SYS.getcwd, bufPtr(b), byteLengthOf(b), 0, 0, 0, 0);
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
var { Uint8Array: Uint8Array4, Uint32Array: Uint32Array2, BigUint64Array } = globalThis;
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
    let buf = new Uint32Array2(n), got = C.getgroups(n, buf);
    if (got < 0) {
      let e = errno();
      if (e === 22)
        continue;
      return [[], Errno.of(e)];
    }
    let gids = [];
    for (let i = 0;i < got; i++)
      gids[i] = buf[i];
    return [gids, null];
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
var rlimBuf = new BigUint64Array(SIZEOF_RLIMIT / 8), RLIMIT_FIELDS = ["Cur", "Max"];
function Getrlimit(resource, rlim) {
  let r = intArg("resource", resource);
  if (outArg("rlim", rlim, RLIMIT_FIELDS), C.getrlimit64(r, rlimBuf) < 0)
    return lastErr();
  let cur = rlimBuf[0], max = rlimBuf[1];
  return rlim.Cur = cur, rlim.Max = max, null;
}
var rlimitHooks = [];
function Setrlimit(resource, rlim) {
  let r = intArg("resource", resource);
  objArg("rlim", rlim);
  let cur = u64Arg("rlim.Cur", rlim.Cur), max = u64Arg("rlim.Max", rlim.Max);
  if (rlimBuf[0] = cur, rlimBuf[1] = max, C.setrlimit64(r, rlimBuf) < 0)
    return lastErr();
  let set = new Rlimit(cur, max);
  for (let i = 0;i < rlimitHooks.length; i++)
    rlimitHooks[i](r, set);
  return null;
}
var RUSAGE_SELF = 0, RUSAGE_CHILDREN = -1, RUSAGE_THREAD = 1, rusageBuf = new Uint8Array4(SIZEOF_RUSAGE);
function Getrusage(who, rusage) {
  let w = intArg("who", who);
  if (rusageOut("rusage", rusage), C.getrusage(w, rusageBuf) < 0)
    return lastErr();
  return decodeRusage(copyView(rusageBuf), rusage), null;
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
function resumeSignal(signal) {
  let n = int64Arg("signal", signal);
  return n >= 0 && n <= 64 ? n : 65;
}
function PtraceCont(pid, signal) {
  return ptraceReq(PTRACE_CONT, pid, 0, resumeSignal(signal));
}
function PtraceSyscall(pid, signal) {
  return ptraceReq(PTRACE_SYSCALL, pid, 0, resumeSignal(signal));
}
function PtraceSingleStep(pid) {
  return ptraceReq(PTRACE_SINGLESTEP, pid, 0, 0);
}
function PtraceKill(pid) {
  return ptraceReq(PTRACE_KILL, pid, 0, 0);
}
function PtraceSetOptions(pid, options) {
  let o = int64Arg("options", options);
  return ptraceReq(PTRACE_SETOPTIONS, pid, 0, o >= 0 && o <= 4294967295 ? o : 4294967295);
}
var eventMsg = new BigUint64Array(1);
function PtraceGetEventMsg(pid) {
  let p = pidArg("pid", pid);
  if (eventMsg[0] = 0n, C.ptrace(PTRACE_GETEVENTMSG, p, null, eventMsg) < 0)
    return [0, lastErr()];
  return [Number(eventMsg[0]), null];
}
// src/sysdef.ts
var I642 = 15, ffiArgs = {
  fd: ["i32"],
  int: ["i32"],
  uint: ["u32"],
  mask: ["u32"],
  id: ["u32"],
  int64: ["i64"],
  uintptr: ["u64"],
  path: ["ptr"],
  bytes: ["ptr", "u64"],
  buf: ["ptr"],
  nullbuf: ["ptr"]
}, ffiRet = { err: "i32", int: "i32", long: I642, void: "void" };
function marshalInto(kind, v, name, out, at, pathSlot) {
  switch (kind) {
    case "fd":
      if (typeof v !== "number" || !isInt(v))
        throw TypeError(`${name} must be an integer fd, got ${describe(v)}`);
      return out[at] = v >= -2147483648 && v <= 2147483647 ? v : -1, at + 1;
    case "int":
    case "uint":
    case "mask": {
      if (typeof v !== "number" || !isInt(v))
        throw TypeError(`${name} must be an integer, got ${describe(v)}`);
      if (v < (kind === "uint" ? 0 : -2147483648) || v > 4294967295)
        throw RangeError(`${name} out of range: ${v}`);
      return out[at] = kind === "int" ? v | 0 : v >>> 0, at + 1;
    }
    case "id":
      if (typeof v !== "number" || !isInt(v))
        throw TypeError(`${name} must be an integer, got ${describe(v)}`);
      if (v < -1 || v > 4294967295)
        throw RangeError(`${name} out of range: ${v}`);
      return out[at] = v >>> 0, at + 1;
    case "int64":
    case "uintptr":
      if (typeof v !== "number" || !isInt(v))
        throw TypeError(`${name} must be an integer, got ${describe(v)}`);
      if (!isSafeInt(v) || kind === "uintptr" && v < 0)
        throw RangeError(`${name} out of range: ${v}`);
      return out[at] = v, at + 1;
    case "path": {
      let c = cstring(v, pathSlot, name);
      if (c === null)
        return -1;
      return out[at] = c, at + 1;
    }
    case "bytes": {
      let b = bytesArg(name, v), n = byteLengthOf(b);
      return out[at] = bufPtrOf(b, n), out[at + 1] = n, at + 2;
    }
    case "buf":
      return out[at] = bufPtr(bytesArg(name, v)), at + 1;
    case "nullbuf":
      return out[at] = v === null ? null : bufPtr(bytesArg(name, v)), at + 1;
  }
}
function callN(fn, c, n) {
  switch (n) {
    case 0:
      return fn();
    case 1:
      return fn(c[0]);
    case 2:
      return fn(c[0], c[1]);
    case 3:
      return fn(c[0], c[1], c[2]);
    case 4:
      return fn(c[0], c[1], c[2], c[3]);
    case 5:
      return fn(c[0], c[1], c[2], c[3], c[4]);
    case 6:
      return fn(c[0], c[1], c[2], c[3], c[4], c[5]);
    case 7:
      return fn(c[0], c[1], c[2], c[3], c[4], c[5], c[6]);
    default:
      return apply(fn, void 0, c);
  }
}
function bind(target, args, ret) {
  let F = ffi(), cargs = typeof target === "string" ? [] : ["i64"];
  for (let i = 0;i < args.length; i++) {
    let k = ffiArgs[args[i]];
    for (let j = 0;j < k.length; j++)
      cargs[cargs.length] = k[j];
  }
  let name = typeof target === "string" ? target : "syscall", returns = typeof target === "string" ? ffiRet[ret] : I642, lib = F.dlopen(libcName(), { [name]: { args: cargs, returns } });
  return keep[keep.length] = lib, lib.symbols[name];
}
var apply = Reflect.apply, keep = [];
function sysCall(name, target, args, ret) {
  let fn = null, argNames = null, paths = 0;
  for (let i = 0;i < args.length; i++)
    if (args[i] === "path")
      paths++;
  let nr = typeof target === "string" ? null : typeof target === "number" ? target : ARCH === "arm64" ? target.nr.arm64 : target.nr.amd64, offsets = [], ncargs = nr === null ? 0 : 1;
  for (let i = 0;i < args.length; i++)
    offsets[i] = ncargs, ncargs += args[i] === "bytes" ? 2 : 1;
  let wrapper = { w() {
    let given = arguments;
    if (given.length !== args.length)
      throw TypeError(`${name} takes ${args.length} arguments, got ${given.length}`);
    if (argNames === null) {
      argNames = [];
      for (let i = 0;i < args.length; i++)
        argNames[i] = `${name} argument ${i + 1} (${args[i]})`;
    }
    let cargs = [], at = 0;
    if (nr !== null)
      cargs[at++] = nr;
    if (paths === 0)
      for (let i = 0;i < args.length; i++)
        at = marshalInto(args[i], given[i], argNames[i], cargs, at, 0);
    else {
      for (let i = 0;i < args.length; i++)
        if (args[i] !== "path")
          marshalInto(args[i], given[i], argNames[i], cargs, offsets[i], 0);
      let slot = 0, bad = !1;
      for (let i = 0;i < args.length; i++) {
        if (args[i] !== "path")
          continue;
        if (marshalInto("path", given[i], argNames[i], cargs, offsets[i], slot) < 0)
          bad = !0;
        slot = slot === 0 ? 1 : -1;
      }
      if (bad)
        return ret === "err" ? EINVAL : [-1, EINVAL];
    }
    fn ??= bind(target, args, ret);
    let r = callN(fn, cargs, ncargs);
    if (ret === "void")
      return;
    let err = r === -1 ? Errno.of(errno()) : null;
    if (ret === "err")
      return err;
    return err === null ? [r, null] : [-1, err];
  } }.w;
  return Object.defineProperty(wrapper, "name", { value: name }), Object.defineProperty(wrapper, "length", { value: args.length }), wrapper;
}
function addressOf(b) {
  return bufferOf(b), ffi().ptr(b);
}

// src/sys/files.ts
var { Uint8Array: Uint8Array5, Int8Array, Int16Array, Int32Array: Int32Array3, BigInt64Array, DataView: DataView3 } = globalThis, openat = sysCall("Openat", "openat", ["fd", "path", "int", "uint"], "int");
function Openat(dirfd, path, flags, mode) {
  return openat(dirfd, path, intArg("flags", flags) | O_LARGEFILE, mode);
}
function Creat(path, mode) {
  return openat(AT_FDCWD, path, O_CREAT | O_WRONLY | O_TRUNC | O_LARGEFILE, mode);
}
var Mkdirat = sysCall("Mkdirat", "mkdirat", ["fd", "path", "uint"], "err"), Mknodat = sysCall("Mknodat", SYS_MKNODAT, ["fd", "path", "uint", "int64"], "err"), Renameat = sysCall("Renameat", "renameat", ["fd", "path", "fd", "path"], "err"), unlinkat = sysCall("Unlinkat", "unlinkat", ["fd", "path", "int"], "err");
function Unlinkat(dirfd, path, ...noFlags) {
  if (noFlags.length > 0)
    throw TypeError("Unlinkat takes 2 arguments (dirfd, path), as Go's syscall.Unlinkat; it has no flags (use Rmdir for a directory)");
  return unlinkat(dirfd, path, 0);
}
var fchmodat = sysCall("Fchmodat", "fchmodat", ["fd", "path", "uint", "int"], "err");
function Fchmodat(dirfd, path, mode, flags) {
  let fl = intArg("flags", flags);
  if ((fl & ~AT_SYMLINK_NOFOLLOW) !== 0 || (fl & AT_SYMLINK_NOFOLLOW) !== 0) {
    if (fdArg(dirfd), typeof path !== "string")
      throw TypeError(`path must be a string, got ${describe(path)}`);
    return intArg("mode", mode, 0), (fl & ~AT_SYMLINK_NOFOLLOW) !== 0 ? EINVAL : EOPNOTSUPP;
  }
  return fchmodat(dirfd, path, mode, 0);
}
var Fchownat = sysCall("Fchownat", "fchownat", ["fd", "path", "id", "id", "int"], "err"), Truncate = sysCall("Truncate", "truncate", ["path", "int64"], "err"), Fdatasync = sysCall("Fdatasync", "fdatasync", ["fd"], "err"), Sync = sysCall("Sync", "sync", [], "void"), SyncFileRange = sysCall("SyncFileRange", "sync_file_range", ["fd", "int64", "int64", "int"], "err"), Fallocate = sysCall("Fallocate", "fallocate", ["fd", "uint", "int64", "int64"], "err"), Flock = sysCall("Flock", "flock", ["fd", "int"], "err");

class Flock_t {
  Type = 0;
  Whence = 0;
  Start = 0;
  Len = 0;
  Pid = 0;
  constructor(init) {
    initFields(this, init);
  }
}
var FLOCK_FIELDS = ["Type", "Whence", "Start", "Len", "Pid"], flockBytes = new Uint8Array5(32), toBigInt = BigInt, toNumber = Number, MAX_SAFE_BIG = 9007199254740991n, flockI16 = new Int16Array(flockBytes.buffer), flockI32 = new Int32Array3(flockBytes.buffer), flockI64 = new BigInt64Array(flockBytes.buffer), fcntlFlock = sysCall("FcntlFlock", "fcntl", ["fd", "int", "buf"], "int");
function FcntlFlock(fd, cmd, lk) {
  if (isInt(fd) && fd < 0)
    throw RangeError(`fd is a uintptr and cannot be negative: ${fd}`);
  outArg("lk", lk, FLOCK_FIELDS);
  let type = intArg("lk.Type", lk.Type, -32768, 32767), whence = intArg("lk.Whence", lk.Whence, -32768, 32767), start = int64Arg("lk.Start", lk.Start), len = int64Arg("lk.Len", lk.Len), pid = intArg("lk.Pid", lk.Pid, -2147483648, 2147483647);
  flockI16[0] = type, flockI16[1] = whence, flockI64[1] = toBigInt(start), flockI64[2] = toBigInt(len), flockI32[6] = pid;
  let [, err] = fcntlFlock(fd, cmd, flockBytes);
  if (err !== null)
    return err;
  let s64 = flockI64[1], l64 = flockI64[2];
  if (s64 > MAX_SAFE_BIG || s64 < -MAX_SAFE_BIG || l64 > MAX_SAFE_BIG || l64 < -MAX_SAFE_BIG)
    return EOVERFLOW;
  let got = [flockI16[0], flockI16[1], toNumber(s64), toNumber(l64), flockI32[6]];
  return lk.Type = got[0], lk.Whence = got[1], lk.Start = got[2], lk.Len = got[3], lk.Pid = got[4], null;
}
function i64(v, off) {
  return v.getInt32(off + 4, !0) * 4294967296 + v.getUint32(off, !0);
}

class Fsid {
  X__val = [0, 0];
}

class Statfs_t {
  Type = 0;
  Bsize = 0;
  Blocks = 0n;
  Bfree = 0n;
  Bavail = 0n;
  Files = 0n;
  Ffree = 0n;
  Fsid = new Fsid;
  Namelen = 0;
  Frsize = 0;
  Flags = 0;
  Spare = [0, 0, 0, 0];
}
var STATFS_FIELDS = ["Type", "Bsize", "Blocks", "Bfree", "Bavail", "Files", "Ffree", "Fsid", "Namelen", "Frsize", "Flags", "Spare"], STATFS_COUNTS = ["Blocks", "Bfree", "Bavail", "Files", "Ffree"], statfsBytes = new Uint8Array5(120), statfs = sysCall("Statfs", "statfs", ["path", "buf"], "err"), fstatfs = sysCall("Fstatfs", "fstatfs", ["fd", "buf"], "err");
function statfsOut(buf) {
  outArg("buf", buf, STATFS_FIELDS);
  let f = buf.Fsid;
  return isA(Fsid, f) ? outArg("buf.Fsid", f, ["X__val"]) : null;
}
function fillStatfs(err, buf, f) {
  if (err !== null)
    return err;
  let v = copyView(statfsBytes);
  buf.Type = i64(v, 0), buf.Bsize = i64(v, 8);
  for (let i = 0;i < STATFS_COUNTS.length; i++)
    buf[STATFS_COUNTS[i]] = v.getBigUint64(16 + 8 * i, !0);
  let fsid = f ?? (buf.Fsid = new Fsid);
  return fsid.X__val = [v.getInt32(56, !0), v.getInt32(60, !0)], buf.Namelen = i64(v, 64), buf.Frsize = i64(v, 72), buf.Flags = i64(v, 80), buf.Spare = [i64(v, 88), i64(v, 96), i64(v, 104), i64(v, 112)], null;
}
function Statfs(path, buf) {
  let f = statfsOut(buf);
  return fillStatfs(statfs(path, statfsBytes), buf, f);
}
function Fstatfs(fd, buf) {
  let f = statfsOut(buf);
  return fillStatfs(fstatfs(fd, statfsBytes), buf, f);
}

class Ustat_t {
  Tfree = 0;
  Tinode = 0n;
  Fname = [0, 0, 0, 0, 0, 0];
  Fpack = [0, 0, 0, 0, 0, 0];
}
var USTAT_FIELDS = ["Tfree", "Tinode", "Fname", "Fpack"], ustatBytes = new Uint8Array5(32), ustat = sysCall("Ustat", SYS_USTAT, ["int64", "buf"], "err");
function Ustat(dev, ubuf) {
  outArg("ubuf", ubuf, USTAT_FIELDS), ustatBytes.fill(0);
  let err = ustat(dev, ustatBytes);
  if (err !== null)
    return err;
  let got = new Uint8Array5(ustatBytes), v = dataViewOf(got);
  ubuf.Tfree = v.getInt32(0, !0), ubuf.Tinode = v.getBigUint64(8, !0);
  let i8 = new Int8Array(bufferOf(got));
  return ubuf.Fname = [i8[16], i8[17], i8[18], i8[19], i8[20], i8[21]], ubuf.Fpack = [i8[22], i8[23], i8[24], i8[25], i8[26], i8[27]], null;
}

class Utimbuf {
  Actime = 0;
  Modtime = 0;
  constructor(init) {
    initFields(this, init);
  }
}
var timesWords = new BigInt64Array(4), timesBytes = new Uint8Array5(timesWords.buffer);
function encodeTimes(name, tv, sub) {
  let pair = arrayArg(name, tv, 2, (x, n) => {
    objArg(n, x);
    let o = x;
    return [int64Arg(`${n}.Sec`, o.Sec), int64Arg(`${n}.${sub}`, o[sub])];
  });
  if (pair === null || pair.length !== 2)
    return !1;
  for (let i = 0;i < 2; i++)
    timesWords[2 * i] = toBigInt(pair[i][0]), timesWords[2 * i + 1] = toBigInt(pair[i][1]);
  return !0;
}
var utime = sysCall("Utime", "utime", ["path", "nullbuf"], "err"), utimensat = sysCall("UtimesNano", "utimensat", ["fd", "path", "buf", "int"], "err"), rawUtimes = ARCH === "arm64" ? null : sysCall("Utimes", SYS_UTIMES, ["path", "buf"], "err"), rawFutimesat = ARCH === "arm64" ? null : sysCall("Futimesat", SYS_FUTIMESAT, ["fd", "path", "buf"], "err"), utimes = (path, b) => rawUtimes !== null ? rawUtimes(path, b) : utimensat(AT_FDCWD, path, timevalsAsTimespecs(b), 0), futimesat = (dirfd, path, b) => rawFutimesat !== null ? rawFutimesat(dirfd, path, b) : utimensat(dirfd, path, timevalsAsTimespecs(b), 0);
function timevalsAsTimespecs(b) {
  let v = dataViewOf(b);
  for (let i = 0;i < 2; i++) {
    let ns = BigInt.asIntN(64, v.getBigInt64(16 * i, !0) * 1000000000n + v.getBigInt64(16 * i + 8, !0) * 1000n), sec = ns / 1000000000n, nsec = ns % 1000000000n;
    if (nsec < 0n)
      nsec += 1000000000n, sec--;
    v.setBigInt64(16 * i, sec, !0), v.setBigInt64(16 * i + 8, nsec, !0);
  }
  return b;
}
function Utime(path, buf) {
  if (buf === null)
    return utime(path, null);
  objArg("buf", buf);
  let actime = int64Arg("buf.Actime", buf.Actime), modtime = int64Arg("buf.Modtime", buf.Modtime);
  return timesWords[0] = toBigInt(actime), timesWords[1] = toBigInt(modtime), utime(path, timesBytes);
}
function Utimes(path, tv) {
  if (typeof path !== "string")
    throw TypeError(`path must be a string, got ${describe(path)}`);
  if (!encodeTimes("tv", tv, "Usec"))
    return EINVAL;
  return utimes(path, timesBytes);
}
function UtimesNano(path, ts) {
  if (typeof path !== "string")
    throw TypeError(`path must be a string, got ${describe(path)}`);
  if (!encodeTimes("ts", ts, "Nsec"))
    return EINVAL;
  return utimensat(AT_FDCWD, path, timesBytes, 0);
}
function Futimesat(dirfd, path, tv) {
  if (fdArg(dirfd), typeof path !== "string")
    throw TypeError(`path must be a string, got ${describe(path)}`);
  if (!encodeTimes("tv", tv, "Usec"))
    return EINVAL;
  return futimesat(dirfd, path, timesBytes);
}
function Futimes(fd, tv) {
  return Utimes(`/proc/self/fd/${fdArg(fd)}`, tv);
}
var Getxattr = sysCall("Getxattr", "getxattr", ["path", "path", "bytes"], "long"), Setxattr = sysCall("Setxattr", "setxattr", ["path", "path", "bytes", "int"], "err"), Listxattr = sysCall("Listxattr", "listxattr", ["path", "bytes"], "long"), Removexattr = sysCall("Removexattr", "removexattr", ["path", "path"], "err"), offsetWords = [new BigInt64Array(1), new BigInt64Array(1)], offsetBytes = [new Uint8Array5(offsetWords[0].buffer), new Uint8Array5(offsetWords[1].buffer)], VALUE = ["value"];
function offsetArg(name, ref) {
  if (ref === null)
    return null;
  return outArg(name, ref, VALUE), int64Arg(`${name}.value`, ref.value);
}
function offsetIn(v, i) {
  if (v === null)
    return null;
  return offsetWords[i][0] = toBigInt(v), offsetBytes[i];
}
function offsetOut(ref, v) {
  if (ref === null)
    return !0;
  if (v > MAX_SAFE_BIG)
    return !1;
  return ref.value = toNumber(v), !0;
}
var overflowed = (r) => r[1] === null ? [r[0], EOVERFLOW] : r, sendfile = sysCall("Sendfile", "sendfile", ["fd", "fd", "nullbuf", "int64"], "long"), splice = sysCall("Splice", "splice", ["fd", "nullbuf", "fd", "nullbuf", "int64", "int"], "long");
function Sendfile(outfd, infd, offset, count) {
  let off = offsetIn(offsetArg("offset", offset), 0), r = sendfile(outfd, infd, off, count);
  return offsetOut(offset, offsetWords[0][0]) ? r : overflowed(r);
}
function Splice(rfd, roff, wfd, woff, len, flags) {
  let rv = offsetArg("roff", roff), wv = offsetArg("woff", woff), res = splice(rfd, offsetIn(rv, 0), wfd, offsetIn(wv, 1), len, flags), rOut = offsetWords[0][0], wOut = offsetWords[1][0], ok = offsetOut(roff, rOut);
  return offsetOut(woff, wOut) && ok ? res : overflowed(res);
}
var Tee = sysCall("Tee", "tee", ["fd", "fd", "int64", "int"], "long");

// src/env.ts
var LOCK_TRIES = 1e5, LOCK_PATH = (/* @__PURE__ */ new TextEncoder()).encode("/proc/self/environ\x00");
function cEnv(fn) {
  let fd = C.openat(CWD_FD, LOCK_PATH, O_RDONLY | O_CLOEXEC, 0);
  if (fd < 0)
    return fn();
  try {
    let e = Flock(fd, LOCK_EX | LOCK_NB);
    for (let i = 1;e === EAGAIN && i < LOCK_TRIES; i++)
      e = Flock(fd, LOCK_EX | LOCK_NB);
    try {
      return fn();
    } finally {
      if (e === null)
        Flock(fd, LOCK_UN);
    }
  } finally {
    C.close(fd);
  }
}
var PROTO = "__proto__";
function protoValue() {
  let k = cstring(PROTO, 0);
  return cEnv(() => {
    let p = C.getenv(k);
    return p === null || p === 0 ? void 0 : new (ffi()).CString(p).toString();
  });
}
var state = null;
function startup() {
  if (state !== null)
    return state;
  let st = { dups: /* @__PURE__ */ new Map, rank: /* @__PURE__ */ new Map, bare: /* @__PURE__ */ new Map, ghosts: /* @__PURE__ */ new Set, next: 0 };
  state = st;
  let text;
  try {
    text = new TextDecoder("utf-8", { ignoreBOM: !0 }).decode(__require("fs").readFileSync("/proc/self/environ"));
  } catch {
    return st;
  }
  let seen = /* @__PURE__ */ new Map, entries = text.split("\x00");
  if (entries[entries.length - 1] === "")
    entries.pop();
  let emptyKey = !1;
  for (let kv of entries) {
    let at = st.next++, i = kv.indexOf("=");
    if (i < 0) {
      if (kv === "")
        continue;
      st.bare.set(at, kv);
      let had = seen.get(kv);
      if (had !== void 0)
        had[1] = "", st.dups.set(kv, had);
      else
        st.ghosts.add(kv);
      continue;
    }
    if (i === 0) {
      if (!emptyKey)
        st.bare.set(at, kv);
      emptyKey = !0;
      continue;
    }
    let k = kv.slice(0, i), v = kv.slice(i + 1), had = seen.get(k);
    if (had === void 0)
      seen.set(k, [v, v]), st.rank.set(k, at);
    else
      had[1] = v, st.dups.set(k, had);
  }
  for (let k of st.rank.keys())
    st.ghosts.delete(k);
  return st;
}
function readVar(key, v, st) {
  let twice = st.dups.size > 0 ? st.dups.get(key) : void 0;
  return twice !== void 0 && v === twice[1] ? twice[0] : v;
}
function ghost(key, v, st) {
  return st.ghosts.size > 0 && v === "" && st.ghosts.has(key);
}
function touch(key, st, present) {
  if (st.dups.delete(key), st.ghosts.delete(key), !present)
    st.rank.delete(key);
  else if (!st.rank.has(key))
    st.rank.set(key, st.next++);
}
var hasOwn = Object.hasOwn;
function validKey(key) {
  return key.length > 0 && !strHas(key, "=") && !strHas(key, "\x00");
}
function envOwn(env, key) {
  let v = env[key];
  return typeof v === "string" && hasOwn(env, key) ? v : void 0;
}
function Getenv(key) {
  if (typeof key !== "string")
    throw TypeError("key must be a string");
  if (!validKey(key))
    return ["", !1];
  let st = startup();
  if (key === PROTO) {
    let v = protoValue();
    return v === void 0 ? ["", !1] : [v, !0];
  }
  let v = envOwn(process.env, key);
  return v !== void 0 && !ghost(key, v, st) ? [readVar(key, v, st), !0] : ["", !1];
}
function Setenv(key, value) {
  if (typeof key !== "string")
    throw TypeError("key must be a string");
  if (typeof value !== "string")
    throw TypeError("value must be a string");
  if (!validKey(key) || strHas(value, "\x00"))
    return EINVAL;
  if (!wellFormed(key) || !wellFormed(value))
    return EINVAL;
  let st = startup(), cur = key === PROTO ? void 0 : envOwn(process.env, key), had = key === PROTO ? protoValue() !== void 0 : cur !== void 0 && !ghost(key, cur, st), k = cstring(key, 0), v = cstring(value, 1);
  if (k === null || v === null)
    return EINVAL;
  if (cEnv(() => C.setenv(k, v, 1)) < 0)
    return EINVAL;
  if (!had)
    st.rank.delete(key);
  if (touch(key, st, !0), key !== PROTO)
    process.env[key] = value;
  else
    delete process.env[PROTO];
  return null;
}
function Unsetenv(key) {
  if (typeof key !== "string")
    throw TypeError("key must be a string");
  let st = startup();
  if (touch(key, st, !1), key === "") {
    for (let [i, kv] of st.bare)
      if (kv.startsWith("="))
        st.bare.delete(i);
  }
  delete process.env[key];
  let k = cstring(key, 0);
  if (k !== null && validKey(key))
    cEnv(() => C.unsetenv(k));
  return null;
}
function Clearenv() {
  for (let k of Object.keys(process.env))
    delete process.env[k];
  let st = startup();
  st.dups.clear(), st.rank.clear(), st.bare.clear(), st.ghosts.clear(), cEnv(() => C.clearenv());
}
function Environ() {
  let env = process.env, st = startup(), out = [], ranks = [], sorted = st.bare.size === 0, last = -1, add = (k, kv) => {
    let r = st.rank.get(k);
    if (r === void 0)
      st.rank.set(k, r = st.next++);
    if (r < last)
      sorted = !1;
    last = r, ranks[out.length] = r, out[out.length] = kv;
  };
  for (let k in env) {
    if (k === PROTO)
      continue;
    if (!validKey(k))
      continue;
    let v = envOwn(env, k);
    if (v !== void 0 && !ghost(k, v, st) && !strHas(v, "\x00"))
      add(k, `${k}=${readVar(k, v, st)}`);
  }
  let proto = protoValue();
  if (proto !== void 0)
    add(PROTO, `${PROTO}=${proto}`);
  if (sorted)
    return out;
  let all = out.map((kv, i) => [ranks[i], kv]);
  for (let [r, kv] of st.bare)
    all.push([r, kv]);
  return all.sort((a, b) => a[0] - b[0]).map(([, kv]) => kv);
}
// src/wait.ts
var { Uint8Array: Uint8Array6, Uint32Array: Uint32Array3 } = globalThis, MASK = 127, CORE = 128, EXITED = 0, STOPPED = 127, SHIFT = 8, SIGTRAP2 = 5;

class WaitStatus {
  status;
  constructor(status = 0) {
    this.status = intArg("status", status, -2147483648, 4294967295) >>> 0;
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
    return this.status >>> SHIFT >>> 8;
  }
}
var statusBuf = new Uint32Array3(1), STATUS_FIELDS = ["status"], rusageBuf2 = new Uint8Array6(SIZEOF_RUSAGE), reapListener = null;
function onReap(listener) {
  reapListener = listener;
}
function Wait4(pid, wstatus, options, rusage) {
  let p = intArg("pid", pid, -2147483648, 2147483647), o = intArg("options", options);
  if (wstatus !== null)
    outArg("wstatus", wstatus, STATUS_FIELDS);
  if (rusage !== null)
    rusageOut("rusage", rusage);
  statusBuf[0] = 0;
  let r = C.wait4(p, statusBuf, o, rusage === null ? null : rusageBuf2), err = r < 0 ? lastErr() : null, status = statusBuf[0], ru = rusage !== null && r > 0 ? copyView(rusageBuf2) : null;
  if (r > 0 && reapListener !== null && (status & 255) !== STOPPED && status !== 65535)
    reapListener(r);
  if (wstatus !== null)
    wstatus.status = status;
  if (err !== null)
    return [-1, err];
  if (ru !== null)
    decodeRusage(ru, rusage);
  return [r, null];
}
// src/waiter.c
var waiter_default = `/*
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
`;

// src/sys/epoll.ts
var { Uint8Array: Uint8Array7, Int32Array: Int32Array4 } = globalThis, EINTR2 = EINTR.errno, EV = ARCH === "amd64" ? { size: 12, fd: 4, pad: 8 } : { size: 16, fd: 8, pad: 12 }, epollCtl = sysCall("EpollCtl", "epoll_ctl", ["fd", "int", "fd", "nullbuf"], "err"), epollWait = sysCall("EpollWait", "epoll_wait", ["fd", "buf", "int", "int"], "int"), READY_MAX = 64, readyBuf = new Uint8Array7(READY_MAX * EV.size), readyWords = new Int32Array4(readyBuf.buffer), TOKEN_WORD = EV.fd >> 2, EV_WORDS = EV.size >> 2;
function epollReady(epfd, tokens) {
  let n;
  do
    n = C.epoll_wait(epfd, readyBuf, READY_MAX, 0);
  while (n < 0 && errno() === EINTR2);
  for (let i = 0;i < n; i++)
    tokens[i] = readyWords[i * EV_WORDS + TOKEN_WORD];
  return n < 0 ? -1 : n;
}
var tokenWords = new Int32Array4(EV_WORDS);
function epollToken(epfd, op, fd, events, token) {
  return tokenWords[0] = events | 0, tokenWords[TOKEN_WORD] = token | 0, tokenWords[EV.pad >> 2] = 0, C.epoll_ctl(epfd, op, fd, tokenWords) < 0 ? lastErr() : null;
}

// src/sys/poll.ts
var { Uint8Array: Uint8Array8, Int32Array: Int32Array5, BigInt64Array: BigInt64Array2 } = globalThis;

class EpollEvent {
  Events;
  Fd;
  Pad;
  constructor(events = 0, fd = 0, pad = 0) {
    this.Events = intArg("EpollEvent events", events, -2147483648, 4294967295) >>> 0, this.Fd = intArg("EpollEvent fd", fd, -2147483648, 2147483647), this.Pad = intArg("EpollEvent pad", pad, -2147483648, 2147483647);
  }
}
var EP_MAX_EVENTS = Math.floor(2147483647 / EV.size), EPOLL_WAIT_MAX = 65536;
function evField(ev, k, min, max) {
  let v = ev[k];
  return v === void 0 ? 0 : intArg(`event.${k}`, v, min, max);
}
var EpollCreate = sysCall("EpollCreate", "epoll_create", ["int"], "int"), EpollCreate1 = sysCall("EpollCreate1", "epoll_create1", ["int"], "int");
function EpollCtl(epfd, op, fd, event) {
  if (event === null)
    return epollCtl(epfd, op, fd, null);
  if (typeof event !== "object")
    throw TypeError(`event must be an EpollEvent or null, got ${describe(event)}`);
  let events = evField(event, "Events", -2147483648, 4294967295) >>> 0, lo = evField(event, "Fd", -2147483648, 2147483647), hi = evField(event, "Pad", -2147483648, 2147483647), b = new Uint8Array8(EV.size), w = new Int32Array5(bufferOf(b));
  return w[0] = events | 0, w[EV.fd >> 2] = lo, w[EV.pad >> 2] = hi, epollCtl(epfd, op, fd, b);
}
var EVENT_FIELDS = ["Events", "Fd", "Pad"];
function EpollWait(epfd, events, msec) {
  if (!Array.isArray(events))
    throw TypeError(`events must be an array of EpollEvent, got ${describe(events)}`);
  let len = lengthArg("events", events);
  if (intArg("msec", msec), len > EP_MAX_EVENTS)
    return [-1, EINVAL];
  let max = Math.min(len, EPOLL_WAIT_MAX), out = Array(max);
  for (let i = 0;i < max; i++) {
    let ev = events[i];
    if (ev === void 0)
      events[i] = ev = new EpollEvent;
    out[i] = outArg(`events[${i}]`, ev, EVENT_FIELDS);
  }
  let buf = new Uint8Array8(max * EV.size), r = epollWait(epfd, buf, max, msec);
  if (r[1] !== null)
    return r;
  let dv = dataViewOf(buf);
  for (let i = 0;i < r[0]; i++) {
    let ev = out[i];
    ev.Events = dv.getUint32(i * EV.size, !0), ev.Fd = dv.getInt32(i * EV.size + EV.fd, !0), ev.Pad = dv.getInt32(i * EV.size + EV.pad, !0);
  }
  return r;
}

class InotifyEvent {
  Wd = 0;
  Mask = 0;
  Cookie = 0;
  Len = 0;
}
var InotifyInit1 = sysCall("InotifyInit1", "inotify_init1", ["int"], "int");
function InotifyInit() {
  return InotifyInit1(0);
}
var InotifyAddWatch = sysCall("InotifyAddWatch", "inotify_add_watch", ["fd", "path", "mask"], "int"), InotifyRmWatch = sysCall("InotifyRmWatch", "inotify_rm_watch", ["fd", "uint"], "int");

class FdSet {
  Bits = new BigInt64Array2(16);
}
var FD_SETSIZE = 1024;
function fdSetArg(name, s) {
  if (s === null)
    return null;
  if (typeof s !== "object")
    throw TypeError(`${name} must be an FdSet or null, got ${describe(s)}`);
  let bits = s.Bits;
  if (typedArrayTag(bits) !== "BigInt64Array" || elementCountOf(bits) !== 16)
    throw TypeError(`${name}.Bits must be a BigInt64Array of 16 words`);
  return bits;
}
var TIMEVAL_FIELDS2 = ["Sec", "Usec"], selectCall = sysCall("Select", SYS_SELECT, ["int", "nullbuf", "nullbuf", "nullbuf", "nullbuf"], "int"), pselect6 = sysCall("Select", SYS_PSELECT6, ["int", "nullbuf", "nullbuf", "nullbuf", "nullbuf", "nullbuf"], "int");
function Select(nfd, r, w, e, timeout) {
  let n = intArg("nfd", nfd) | 0;
  if (n > FD_SETSIZE)
    n = FD_SETSIZE;
  let sets = [fdSetArg("r", r), fdSetArg("w", w), fdSetArg("e", e)], tv = null;
  if (timeout !== null) {
    if (typeof timeout !== "object")
      throw TypeError(`timeout must be a Timeval or null, got ${describe(timeout)}`);
    let sec = int64Arg("timeout.Sec", timeout.Sec), usec = int64Arg("timeout.Usec", timeout.Usec);
    if (ARCH === "amd64")
      outArg("timeout", timeout, TIMEVAL_FIELDS2);
    tv = [sec, usec];
  }
  let setBytes = [new Uint8Array8(128), new Uint8Array8(128), new Uint8Array8(128)], setWords = [new BigInt64Array2(bufferOf(setBytes[0])), new BigInt64Array2(bufferOf(setBytes[1])), new BigInt64Array2(bufferOf(setBytes[2]))], tvBytes = new Uint8Array8(16), tvWords = new BigInt64Array2(bufferOf(tvBytes));
  for (let i = 0;i < 3; i++) {
    let b = sets[i];
    if (b === null)
      continue;
    if (elementCountOf(b) !== 16)
      throw TypeError(`${"rwe"[i]}.Bits must be a BigInt64Array of 16 words`);
    setOf(setWords[i], b);
  }
  let rb = sets[0] && setBytes[0], wb = sets[1] && setBytes[1], eb = sets[2] && setBytes[2], tb = null;
  if (tv !== null)
    tvWords[0] = BigInt(tv[0]), tvWords[1] = ARCH === "amd64" ? BigInt(tv[1]) : BigInt.asIntN(64, BigInt(tv[1]) * 1000n), tb = tvBytes;
  let res = ARCH === "amd64" ? selectCall(n, rb, wb, eb, tb) : pselect6(n, rb, wb, eb, tb, null), left = [Number(tvWords[0]), Number(tvWords[1])];
  for (let i = 0;i < 3; i++)
    if (sets[i] !== null)
      setOf(sets[i], setWords[i]);
  if (ARCH === "amd64" && timeout !== null)
    timeout.Sec = left[0], timeout.Usec = left[1];
  return res;
}

// src/sys/uring.ts
var { Uint8Array: Uint8Array9, Uint32Array: Uint32Array4, Int32Array: Int32Array6, Atomics } = globalThis, SYS_IO_URING_SETUP = 425, SYS_IO_URING_ENTER = 426, SYS_IO_URING_REGISTER = 427, IORING_SETUP_CQSIZE = 8, IORING_REGISTER_FILES = 2, IORING_REGISTER_PROBE = 8, IORING_OP_ASYNC_CANCEL = 14, IORING_OP_SEND = 26, IORING_OP_WAITID = 50, IOSQE_FIXED_FILE = 1, IOSQE_IO_HARDLINK = 8, IOSQE_CQE_SKIP_SUCCESS = 64, IO_URING_OP_SUPPORTED = 1, IORING_FEAT_SINGLE_MMAP = 1, IORING_FEAT_NODROP = 2, IORING_OFF_SQES = 268435456, IORING_SQ_CQ_OVERFLOW = 2, IORING_ENTER_GETEVENTS = 1, PROT_RW = 3, MAP_SHARED_POPULATE = 32769, P_PID = 1, WEXITED2 = 4, WNOWAIT2 = 16777216, SQ_ENTRIES = 256, CQ_ENTRIES = 4096, SLOTS = 2048, SLOT_WORDS = 8, infos = new Int32Array6(SLOTS * SLOT_WORDS + 32), infosAddr = 0, freeSlots = new Int32Array6(SLOTS), freeCount = 0, wakeByte = new Uint8Array9(8), wakeByteAddr = 0, ring = null, never = 0, queued = 0, flushQueued = !1, onComplete = () => {}, onSubmitFail = () => {}, queuedTokens = [];
function raw(nr, a = 0, b = 0, c = 0, d = 0, e = 0, f = 0) {
  let r;
  do
    r = Number(C.syscall(nr, a, b, c, d, e, f));
  while (r === -1 && errno() === EINTR.errno);
  return r === -1 ? -errno() : r;
}
function ringOpen(complete, submitFail) {
  if (onComplete = complete, onSubmitFail = submitFail, ring !== null)
    return ring.rd;
  if (never !== 0)
    return -never;
  let P = ffi(), params = new Uint32Array4(30);
  params[1] = CQ_ENTRIES, params[2] = IORING_SETUP_CQSIZE;
  let fd = raw(SYS_IO_URING_SETUP, SQ_ENTRIES, P.ptr(params));
  if (fd < 0) {
    if (fd === -38 || fd === -1 || fd === -22)
      never = -fd;
    return fd;
  }
  let fail = (e, permanent) => {
    if (C.close(fd), permanent)
      never = e;
    return -e;
  }, features = params[5];
  if ((features & IORING_FEAT_SINGLE_MMAP) === 0 || (features & IORING_FEAT_NODROP) === 0)
    return fail(38, !0);
  let probe = new Uint8Array9(2064), pr = raw(SYS_IO_URING_REGISTER, fd, IORING_REGISTER_PROBE, P.ptr(probe), 256);
  if (pr < 0)
    return fail(-pr, pr === -22 || pr === -38 || pr === -1);
  if (probe[0] < IORING_OP_WAITID || (probe[16 + IORING_OP_WAITID * 8 + 2] & IO_URING_OP_SUPPORTED) === 0)
    return fail(38, !0);
  let sqEntries = params[0], cqEntries = params[1], sqArrayOff = params[16], cqesOff = params[25], ringLen = Math.max(sqArrayOff + sqEntries * 4, cqesOff + cqEntries * 16), ringAddr = raw(SYS_MMAP, 0, ringLen, PROT_RW, MAP_SHARED_POPULATE, fd, 0);
  if (ringAddr < 0 && ringAddr > -4096)
    return fail(-ringAddr, !1);
  let sqesLen = sqEntries * 64, sqesAddr = raw(SYS_MMAP, 0, sqesLen, PROT_RW, MAP_SHARED_POPULATE, fd, IORING_OFF_SQES);
  if (sqesAddr < 0 && sqesAddr > -4096)
    return raw(SYS_MUNMAP, ringAddr, ringLen), fail(-sqesAddr, !1);
  let pair = new Int32Array6(2), sp = raw(SYS_SOCKETPAIR, AF_UNIX, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0, P.ptr(pair)), rd = sp < 0 ? -1 : pair[0], reg = sp < 0 ? sp : raw(SYS_IO_URING_REGISTER, fd, IORING_REGISTER_FILES, P.ptr(pair) + 4, 1);
  if (sp >= 0)
    C.close(pair[1]);
  if (reg < 0) {
    if (rd >= 0)
      C.close(rd);
    return raw(SYS_MUNMAP, ringAddr, ringLen), raw(SYS_MUNMAP, sqesAddr, sqesLen), fail(-reg, !1);
  }
  if (infosAddr === 0)
    infosAddr = P.ptr(infos);
  if (wakeByteAddr === 0)
    wakeByteAddr = P.ptr(wakeByte);
  for (let i = 0;i < SLOTS; i++)
    freeSlots[i] = SLOTS - 1 - i;
  return freeCount = SLOTS, ring = {
    fd,
    rd,
    ringAddr,
    ringLen,
    sqesAddr,
    sqesLen,
    w: new Int32Array6(P.toArrayBuffer(ringAddr, 0, ringLen)),
    sqe: new Int32Array6(P.toArrayBuffer(sqesAddr, 0, sqesLen)),
    sqHead: params[10] >> 2,
    sqTail: params[11] >> 2,
    sqMask: params[12] >> 2,
    sqFlags: params[14] >> 2,
    sqArray: sqArrayOff >> 2,
    cqHead: params[20] >> 2,
    cqTail: params[21] >> 2,
    cqMask: params[22] >> 2,
    cqes: cqesOff >> 2
  }, rd;
}
var ringUp = () => ring !== null && ring.fd >= 0 && ring.rd >= 0;
function ringFds() {
  return ring === null ? null : [ring.fd, ring.rd];
}
function ringFdsGone(first, last) {
  let r = ring;
  if (r === null)
    return;
  if (r.fd >= first && r.fd <= last)
    r.fd = -1;
  if (r.rd >= first && r.rd <= last)
    r.rd = -1;
}
function reserve(n) {
  if (queued + n > SQ_ENTRIES)
    submitNow();
}
function put(op, flags, fd, addr, len, opFlags, fileIndex, token, slot = -1) {
  let r = ring, tail = r.w[r.sqTail] >>> 0, idx = tail & r.w[r.sqMask], o = idx * 16;
  if (r.sqe.fill(0, o, o + 16), r.sqe[o] = op | flags << 8, r.sqe[o + 1] = fd, slot >= 0) {
    let a = infosAddr + slot * SLOT_WORDS * 4;
    r.sqe[o + 2] = a % 4294967296, r.sqe[o + 3] = Math.floor(a / 4294967296);
  }
  if (r.sqe[o + 4] = addr % 4294967296, r.sqe[o + 5] = Math.floor(addr / 4294967296), r.sqe[o + 6] = len, r.sqe[o + 7] = opFlags, r.sqe[o + 8] = token, r.sqe[o + 9] = slot + 1, r.sqe[o + 11] = fileIndex, r.w[r.sqArray + idx] = idx, Atomics.store(r.w, r.sqTail, tail + 1 | 0), queued++, queuedTokens[queuedTokens.length] = token, !flushQueued)
    flushQueued = !0, queueMicrotask(submitNow);
}
function ringWaitid(pid, token) {
  reserve(2), put(IORING_OP_WAITID, IOSQE_IO_HARDLINK, pid, 0, P_PID, 0, WEXITED2 | WNOWAIT2, token, freeCount > 0 ? freeSlots[--freeCount] : -1), put(IORING_OP_SEND, IOSQE_FIXED_FILE | IOSQE_CQE_SKIP_SUCCESS, 0, wakeByteAddr, 1, MSG_DONTWAIT | MSG_NOSIGNAL, 0, 0);
}
function ringCancel(token) {
  if (ring === null)
    return;
  reserve(1), put(IORING_OP_ASYNC_CANCEL, 0, -1, token, 0, 0, 0, 0);
}
function submitNow() {
  flushQueued = !1;
  let r = ring;
  if (r === null || queued === 0)
    return;
  let n = queued, tokens = queuedTokens;
  queued = 0, queuedTokens = [];
  let done = 0, err = 0;
  while (done < n) {
    let k = raw(SYS_IO_URING_ENTER, r.fd, n - done, 0, 0, 0, 0);
    if (k === -EAGAIN.errno || k === -EBUSY.errno) {
      harvest();
      let again = raw(SYS_IO_URING_ENTER, r.fd, n - done, 0, IORING_ENTER_GETEVENTS, 0, 0);
      if (again > 0) {
        done += again;
        continue;
      }
      err = again < 0 ? -again : EAGAIN.errno;
      break;
    }
    if (k <= 0) {
      err = k < 0 ? -k : EAGAIN.errno;
      break;
    }
    done += k;
  }
  if (err !== 0) {
    Atomics.store(r.w, r.sqTail, r.w[r.sqTail] - (n - done) | 0);
    let lost = [];
    if (done > 0 && done < n && tokens[done] === 0 && tokens[done - 1] !== 0)
      lost[lost.length] = tokens[done - 1];
    for (let i = done;i < n; i++)
      if (tokens[i] !== 0)
        lost[lost.length] = tokens[i];
    onSubmitFail(lost);
  }
}
var fullSends = 0;
function harvest() {
  let r = ring;
  if (r === null)
    return 0;
  let count = 0;
  for (;; ) {
    let head = r.w[r.cqHead] >>> 0, tail = Atomics.load(r.w, r.cqTail) >>> 0, mask = r.w[r.cqMask];
    while (head !== tail) {
      let o = r.cqes + (head & mask) * 4, token = r.w[o], slot = r.w[o + 1] - 1, res = r.w[o + 2], code = -1;
      if (slot >= 0 && slot < SLOTS)
        code = infos[slot * SLOT_WORDS + 2], freeSlots[freeCount++] = slot;
      if (head = head + 1 >>> 0, Atomics.store(r.w, r.cqHead, head | 0), count++, token !== 0)
        onComplete(token, res, code);
      else if (res === -EAGAIN.errno)
        fullSends++;
      if (ring !== r)
        return count;
    }
    if ((Atomics.load(r.w, r.sqFlags) & IORING_SQ_CQ_OVERFLOW) === 0)
      return count;
    if (raw(SYS_IO_URING_ENTER, r.fd, 0, 0, IORING_ENTER_GETEVENTS, 0, 0), Atomics.load(r.w, r.cqTail) >>> 0 === r.w[r.cqHead] >>> 0)
      return count;
  }
}
function ringClose() {
  let r = ring;
  if (r === null)
    return;
  if (ring = null, queued = 0, queuedTokens = [], raw(SYS_MUNMAP, r.ringAddr, r.ringLen), raw(SYS_MUNMAP, r.sqesAddr, r.sqesLen), r.fd >= 0)
    C.close(r.fd);
  if (r.rd >= 0)
    C.close(r.rd);
}

// src/waitasync.ts
var { Uint8Array: Uint8Array10, Uint32Array: Uint32Array5, Int32Array: Int32Array7 } = globalThis, SET_ADD = Set.prototype.add, SET_DELETE = Set.prototype.delete, SET_VALUES = Set.prototype.values, SET_ITER_NEXT = Object.getPrototypeOf((/* @__PURE__ */ new Set()).values()).next;
function waitersOf(w) {
  let out = w.more === null ? [] : setValues(w.more);
  if (w.first !== null) {
    for (let i = out.length;i > 0; i--)
      out[i] = out[i - 1];
    out[0] = w.first;
  }
  return out;
}
function addWaiter(w, x) {
  if (w.first === null && w.more === null)
    w.first = x;
  else
    invoke(SET_ADD, w.more ??= /* @__PURE__ */ new Set, x);
}
function removeWaiter(w, x) {
  let m = w.more;
  if (w.first === x) {
    if (w.first = null, m !== null) {
      let next = invoke(SET_ITER_NEXT, invoke(SET_VALUES, m));
      if (next.done !== !0)
        w.first = next.value, invoke(SET_DELETE, m, next.value);
      if (m.size === 0)
        w.more = null;
    }
    return !0;
  }
  if (m === null || !invoke(SET_DELETE, m, x))
    return !1;
  if (m.size === 0)
    w.more = null;
  return !0;
}
var CTL_ADD = 1, CTL_DEL = 2, CTL_MOD = 3, native = null, keepCallback = null;
preparers.push(() => void loadNative());
var notifyRead = -1, watches = /* @__PURE__ */ new Map, byToken = /* @__PURE__ */ new Map, fdWatches = /* @__PURE__ */ new Map, nextToken = 1;
function newToken() {
  let t = nextToken;
  return nextToken = nextToken >= 2147483647 ? 1 : nextToken + 1, t;
}
var threadWatches = 0, busy = () => threadWatches > 0 || fdWatches.size > 0, givenByFd = /* @__PURE__ */ new Map, POLL_BITS = [EPOLLIN, EPOLLPRI, EPOLLOUT, EPOLLRDHUP];
function addFdWaiter(w, x) {
  w.waiters.add(x);
  for (let i = 0;i < POLL_BITS.length; i++)
    if ((x.events & POLL_BITS[i]) !== 0)
      w.counts[i]++;
}
function deleteFdWaiter(w, x) {
  if (!w.waiters.delete(x))
    return !1;
  for (let i = 0;i < POLL_BITS.length; i++)
    if ((x.events & POLL_BITS[i]) !== 0)
      w.counts[i]--;
  return !0;
}
function wantOf(w) {
  let m = 0;
  for (let i = 0;i < POLL_BITS.length; i++)
    if (w.counts[i] > 0)
      m |= POLL_BITS[i];
  return m;
}
var reader = null, closing = null, pending = new Uint8Array10(0);
function loadNative() {
  if (native !== null)
    return native;
  let s = compile("waiter.c", waiter_default, {
    bsc_waiter_start: { args: ["i32"], returns: "i32" },
    bsc_waiter_stop: { args: [], returns: "i32" },
    bsc_waiter_watch: { args: ["i32", "i32", "u32", "u64"], returns: "i32" },
    bsc_waiter_del: { args: ["i32"], returns: "i32" },
    bsc_waiter_add_thread: { args: ["i32", "u64"], returns: "i32" },
    bsc_waiter_set_callback: { args: ["ptr"], returns: "i32" },
    bsc_waiter_free: { args: ["ptr"], returns: "i32" },
    bsc_waiter_stop_fd: { args: [], returns: "i32" }
  }).symbols;
  if (viaCallback()) {
    let F = ffi(), cb = new F.JSCallback((records, count) => {
      let at = Number(records), n = Number(count), words = new Uint32Array5(F.toArrayBuffer(at, 0, n * 16).slice(0));
      s.bsc_waiter_free(at);
      for (let i = 0;i < n; i++)
        dispatch(words[i * 4], words[i * 4 + 2]);
      maybeStopReader();
    }, { args: ["u64", "u64"], returns: "void", threadsafe: !0 });
    s.bsc_waiter_set_callback(cb.ptr), keepCallback = cb, invoke(PROCESS_ONCE, process, "exit", () => {
      if (notifyRead >= 0)
        s.bsc_waiter_stop();
    });
  }
  return native = {
    start: (fd) => s.bsc_waiter_start(fd),
    stop: () => s.bsc_waiter_stop(),
    watch: (fd, op, events, token) => s.bsc_waiter_watch(fd, op, events, token),
    del: (fd) => s.bsc_waiter_del(fd),
    addThread: (pid, token) => s.bsc_waiter_add_thread(pid, token),
    stopFd: () => s.bsc_waiter_stop_fd()
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
    let N = loadNative();
    if (viaCallback()) {
      let r = N.start(-1);
      if (r < 0)
        throw Errno.of(-r);
      notifyRead = RUNNING_WITHOUT_PIPE;
    } else {
      let p = [0, 0], err = Pipe2(p, O_CLOEXEC);
      if (err)
        throw err;
      SetNonblock(p[0], !0);
      let r = N.start(p[1]);
      if (r < 0)
        throw Close(p[0]), Close(p[1]), Errno.of(-r);
      notifyRead = p[0], pending = new Uint8Array10(0);
    }
  }
  if (viaCallback()) {
    let keep = setInterval(() => {}, 2147483647);
    reader = { read: () => new Promise(() => {}), cancel: async () => clearInterval(keep) };
    return;
  }
  let rd;
  try {
    rd = Bun.file(notifyRead).stream().getReader();
  } catch (e) {
    let n = e.errno;
    if (typeof n !== "number" || !Number.isInteger(n) || n === 0)
      throw e;
    throw endWaiter(), Errno.of(n < 0 ? -n : n);
  }
  reader = rd, pump(rd);
}
var readerUp = () => reader !== null && closing === null && lingerTimer === null && !stopScheduled, RUNNING_WITHOUT_PIPE = 2147483647, viaCallback = () => MAIN_THREAD, ringEnabled = !0, ringWatches = 0, ringSock = null, ringHeld = !1, ringConnecting = !1, ringStopScheduled = !1, ringLinger = null;
var openRing = () => ringUp() || ringOpen(ringComplete, ringSubmitFail) >= 0 && ringUp();
function ringReady() {
  if (!ringEnabled || !openRing())
    return !1;
  if (ringSock === null && !ringConnect())
    return !1;
  if (ringLinger !== null)
    clearTimeout(ringLinger), ringLinger = null;
  if (!ringHeld)
    ringSock.ref(), ringHeld = !0;
  if (!ringStopScheduled)
    ringStopScheduled = !0, setImmediate(ringStopIfIdle);
  return !0;
}
var ringHandlers = {
  __proto__: null,
  open(s) {
    if (ringConnecting)
      ringSock = s;
    else
      s.terminate();
  },
  data() {
    harvest();
  },
  close(s) {
    if (s === ringSock)
      ringSockLost();
  },
  error() {}
}, BUN_CONNECT = Bun.connect;
function ringConnect() {
  let fd = C.fcntl(ringFds()[1], F_DUPFD_CLOEXEC, 0);
  if (fd < 0)
    return !1;
  ringConnecting = !0;
  try {
    invoke(PROMISE_THEN, invoke(BUN_CONNECT, Bun, { __proto__: null, fd, socket: ringHandlers }), void 0, () => {});
  } catch {
    if (ringSock === null)
      C.close(fd);
  } finally {
    ringConnecting = !1;
  }
  return ringSock !== null;
}
function ringSockLost() {
  ringSock = null, ringHeld = !1;
  let ws = valuesOf(watches);
  for (let i = 0;i < ws.length; i++)
    if (ws[i].ring)
      ringToSig(ws[i]);
  closeRing();
}
function ringComplete(token, res, code) {
  let w = byToken.get(token);
  if (w === void 0 || !("pid" in w) || !w.ring)
    return;
  if (w.armed = !1, res === 0)
    if (code === -1 ? exitedNow(w.pid) : code >= CLD_EXITED && code <= CLD_DUMPED)
      dispatch(token, EPOLLIN);
    else
      ringToSig(w);
  else if (res === -ECHILD.errno)
    dispatch(token, EPOLLIN);
  else
    ringToSig(w);
}
function ringSubmitFail(tokens) {
  for (let i = 0;i < tokens.length; i++) {
    let w = byToken.get(tokens[i]);
    if (w !== void 0 && "pid" in w && w.ring)
      ringToSig(w);
  }
}
function ringToSig(w) {
  w.ring = !1, w.armed = !1, ringCount(-1), w.sig = !0, startSig(), serveDirectly(w), onSigchld();
}
function ringCount(d) {
  if (ringWatches += d, ringWatches === 0 && !ringStopScheduled)
    ringStopScheduled = !0, setImmediate(ringStopIfIdle);
}
function ringStopIfIdle() {
  if (ringStopScheduled = !1, ringWatches > 0 || !ringHeld)
    return;
  if (ringHeld = !1, ringSock?.unref(), ringLinger === null)
    ringLinger = setTimeout(() => {
      if (ringLinger = null, ringWatches === 0 && !ringHeld)
        closeRing();
    }, LINGER_MS), ringLinger.unref();
  else
    ringLinger.refresh();
}
function closeRing() {
  if (ringLinger !== null)
    clearTimeout(ringLinger);
  ringLinger = null;
  let s = ringSock;
  if (ringSock = null, ringHeld = !1, s !== null)
    s.terminate();
  harvest(), ringClose();
}
var childEp = -1, directWatches = /* @__PURE__ */ new Set;
function exitedNow(pid) {
  if (peekAddr === 0)
    peekInfo = new Int32Array7(32), peekAddr = ffi().ptr(peekInfo);
  let info = peekInfo, r;
  do
    info[4] = 0, r = Number(C.syscall(SYS_WAITID, P_PID2, pid, peekAddr, WEXITED | WNOHANG | WNOWAIT, 0, 0));
  while (r === -1 && errno() === EINTR.errno);
  if (r === -1)
    return !0;
  return info[4] === pid && info[2] >= CLD_EXITED && info[2] <= CLD_DUMPED;
}
var peekInfo = null, peekAddr = 0, P_PID2 = 1, CLD_EXITED = 1, CLD_DUMPED = 3, DIRECT_MAX = 4, sigListening = !1, sigWatches = 0, sigKeep = null, sigLinger = null, readyTokens = new Int32Array7(READY_MAX), EPOLL_ONESHOT = 1073741824, MAIN_THREAD = Bun.isMainThread, sigPath = () => MAIN_THREAD;
function onSigchld() {
  if (directWatches.size > 0) {
    let ws = setValues(directWatches);
    for (let i = 0;i < ws.length; i++)
      if (exitedNow(ws[i].pid))
        dispatch(ws[i].token, EPOLLIN);
  }
  if (childEp < 0)
    return;
  let tokens = sigDepth === 0 ? readyTokens : new Int32Array7(READY_MAX);
  sigDepth++;
  try {
    for (;; ) {
      let n = epollReady(childEp, tokens);
      if (n < 0) {
        let ws = valuesOf(watches);
        for (let i = 0;i < ws.length; i++) {
          let w = ws[i];
          if (w.sig && !w.direct && w.armed && exitedNow(w.pid))
            dispatch(w.token, EPOLLIN);
        }
        break;
      }
      for (let i = 0;i < n; i++)
        dispatch(tokens[i], EPOLLIN);
      if (n < READY_MAX)
        break;
    }
  } finally {
    sigDepth--;
  }
}
var sigDepth = 0;
function startSig() {
  if (sigListening && !ourListenerThere()) {
    invoke(PROCESS_ON, process, "SIGCHLD", onSigchld), onSigchld();
    return;
  }
  if (!sigListening)
    invoke(PROCESS_ON, process, "SIGCHLD", onSigchld), sigListening = !0;
}
var PROCESS_ON = process.on, PROCESS_OFF = process.off, PROCESS_LISTENERS = process.listeners, PROCESS_ONCE = process.once;
function ourListenerThere() {
  let ls = invoke(PROCESS_LISTENERS, process, "SIGCHLD");
  for (let i = 0;i < ls.length; i++)
    if (ls[i] === onSigchld)
      return !0;
  return !1;
}
function openChildEp() {
  if (childEp >= 0)
    return null;
  let [ep, err] = EpollCreate1(O_CLOEXEC);
  if (err !== null)
    return err;
  return childEp = ep, null;
}
function sigCount(d) {
  if (sigWatches += d, sigWatches > 0) {
    if (sigKeep === null)
      sigKeep = setInterval(() => {}, 2147483647);
    else if (sigWatches === 1)
      sigKeep.ref();
  } else
    sigKeep?.unref(), sigIdleLater();
}
var SIG_LINGER_MS = 50, sigUnlistenTimer = null;
function sigIdleLater() {
  if (sigWatches > 0 || !sigListening && childEp < 0)
    return;
  if (sigListening)
    if (sigUnlistenTimer === null)
      sigUnlistenTimer = setTimeout(sigUnlisten, SIG_LINGER_MS), sigUnlistenTimer.unref();
    else
      sigUnlistenTimer.refresh();
  if (sigLinger === null)
    sigLinger = setTimeout(stopSig, LINGER_MS), sigLinger.unref();
  else
    sigLinger.refresh();
}
function sigUnlisten() {
  if (sigWatches > 0 || !sigListening)
    return;
  invoke(PROCESS_OFF, process, "SIGCHLD", onSigchld), sigListening = !1;
}
function stopSig() {
  if (sigWatches > 0)
    return;
  if (sigLinger !== null)
    clearTimeout(sigLinger);
  if (sigLinger = null, sigUnlistenTimer !== null)
    clearTimeout(sigUnlistenTimer);
  if (sigUnlistenTimer = null, sigKeep !== null)
    clearInterval(sigKeep);
  if (sigKeep = null, sigUnlisten(), childEp >= 0)
    Close(childEp);
  childEp = -1;
}
function dispatch(token, revents) {
  try {
    let w = byToken.get(token);
    if (w === void 0)
      return;
    if ("pid" in w)
      exited(w);
    else
      fdReady(w, revents);
  } catch {}
}
var stopScheduled = !1;
function maybeStopReader() {
  if (busy() || reader === null || closing !== null || stopScheduled)
    return;
  stopScheduled = !0, setImmediate(stopReaderNow);
}
function stopReaderNow() {
  if (stopScheduled = !1, busy() || reader === null || closing !== null)
    return;
  let r = reader;
  closing = invoke(PROMISE_THEN, invoke(PROMISE_THEN, r.cancel(), void 0, () => {}), () => {
    if (reader === r)
      reader = null;
    if (closing = null, busy() || reader !== null)
      return;
    if (MAIN_THREAD)
      lingerTimer = setTimeout(stopWaiter, LINGER_MS), lingerTimer.unref();
    else
      stopWaiter();
  });
}
function stopWaiter() {
  if (lingerTimer = null, busy() || reader !== null || notifyRead < 0)
    return;
  endWaiter();
}
function endWaiter() {
  if (loadNative().stop(), notifyRead !== RUNNING_WITHOUT_PIPE)
    Close(notifyRead);
  notifyRead = -1;
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
    let bytes = chunk.value, had = byteLengthOf(pending);
    if (had > 0) {
      let n = byteLengthOf(bytes), joined = new Uint8Array10(had + n);
      setOf(joined, pending), setOf(joined, bytes, had), bytes = joined;
    }
    let len = byteLengthOf(bytes), whole = len - len % 16, dv = dataViewOf(bytes);
    for (let o = 0;o < whole; o += 16)
      dispatch(dv.getUint32(o, !0), dv.getUint32(o + 8, !0));
    pending = new Uint8Array10(subview(bytes, whole, len)), maybeStopReader();
  }
}
function exited(w) {
  let { token, first } = w, r, status, ru = null;
  if (first.rusage === null) {
    let p, e = 0;
    do
      reapStatus[0] = 0, p = C.wait4(w.pid, reapStatus, WNOHANG, null), e = p < 0 ? errno() : 0;
    while (e === EINTR.errno);
    status = reapStatus[0], r = p < 0 ? [-1, Errno.of(e)] : [p, null];
  } else {
    let ws = new WaitStatus;
    ru = new Rusage, reaping = w;
    try {
      do
        r = Wait4(w.pid, ws, WNOHANG, ru);
      while (r[1] === EINTR);
    } finally {
      reaping = null;
    }
    status = ws.status;
  }
  if (r[1] === null && r[0] === 0)
    if (w.pidfd >= 0 && !w.ownPidfd)
      r = [-1, EINVAL];
    else {
      if (w.direct)
        return;
      if (w.ring) {
        w.armed = !0, ringWaitid(w.pid, token);
        return;
      }
      if (w.sig) {
        let err = epollToken(childEp, CTL_MOD, w.pidfd, EPOLLIN | EPOLL_ONESHOT, token);
        if (err === null)
          return;
        r = [-1, err];
      } else {
        let e = w.pidfd >= 0 ? loadNative().watch(w.pidfd, CTL_MOD, EPOLLIN, token) : loadNative().addThread(w.pid, token);
        if (e === 0)
          return;
        r = [-1, Errno.of(-e)];
      }
    }
  finish(w);
  try {
    if (first.wstatus !== null)
      first.wstatus.status = status;
    if (first.rusage !== null && ru !== null && r[0] > 0)
      copyRusage(ru, first.rusage);
    settle(first, r);
  } catch (e) {
    unlisten(first), first.reject(e);
  }
  if (w.more !== null) {
    let others = waitersOf(w);
    for (let i = 0;i < others.length; i++)
      if (others[i] !== first)
        settle(others[i], [-1, ECHILD]);
  }
}
var reapStatus = new Int32Array7(1), reaping = null;
onReap((pid) => {
  let w = watches.get(pid);
  if (w !== void 0 && w !== reaping)
    fail(w, ECHILD);
});
function unlisten(waiter) {
  if (waiter.signal && waiter.onAbort)
    unlistenAbort(waiter.signal, waiter.onAbort);
}
function settle(waiter, r) {
  unlisten(waiter), waiter.resolve(r);
}
function fail(w, err) {
  finish(w);
  let xs = waitersOf(w);
  for (let i = 0;i < xs.length; i++)
    settle(xs[i], [-1, err]);
  maybeStopReader();
}
var errOf = (r) => r === 0 ? null : Errno.of(-r);
function finish(w) {
  if (watches.get(w.pid) === w) {
    if (watches.delete(w.pid), w.ring)
      ringCount(-1);
    else if (!w.sig)
      threadWatches--;
  }
  if (!w.ownPidfd && givenByFd.get(w.pidfd) === w)
    givenByFd.delete(w.pidfd);
  if (byToken.delete(w.token), w.ring) {
    if (w.armed)
      ringCancel(w.token);
    w.armed = !1;
    return;
  }
  if (w.sig) {
    if (w.direct)
      directWatches.delete(w);
    else if (w.armed && !w.ownPidfd)
      epollToken(childEp, CTL_DEL, w.pidfd, 0, 0);
    if (w.armed)
      sigCount(-1);
  } else if (w.armed && native !== null && !w.ownPidfd)
    native.del(w.pidfd);
  if (w.armed = !1, w.ownPidfd)
    C.close(w.pidfd), fdsGone(w.pidfd, w.pidfd), w.ownPidfd = !1;
}
function Wait4Async(pid, wstatus, rusage, options) {
  if (typeof pid !== "number" || !Number.isInteger(pid))
    throw TypeError(`pid must be an integer, got ${describe(pid)}`);
  if (pid <= 0 || pid > 2147483647)
    throw RangeError(`Wait4Async waits for one child: pid must be > 0, got ${pid}`);
  if (wstatus !== null && !isA(WaitStatus, wstatus))
    throw TypeError(`wstatus must be a WaitStatus or null, got ${describe(wstatus)}`);
  if (rusage !== null && !isA(Rusage, rusage))
    throw TypeError(`rusage must be an Rusage or null, got ${describe(rusage)}`);
  if (wstatus !== null)
    outArg("wstatus", wstatus, ["status"]);
  if (rusage !== null)
    rusageOut("rusage", rusage);
  if (options !== void 0 && options !== null && typeof options !== "object")
    throw TypeError(`options must be an object, got ${describe(options)}`);
  let signal = signalArg2(options?.signal), givenPidfd = options?.pidfd;
  if (givenPidfd !== void 0 && (typeof givenPidfd !== "number" || !Number.isInteger(givenPidfd)))
    throw TypeError("options.pidfd must be an integer fd");
  if (givenPidfd !== void 0 && (givenPidfd < 0 || givenPidfd > 2147483647))
    throw RangeError(`options.pidfd out of range: ${givenPidfd}`);
  if (givenPidfd !== void 0) {
    let e = PidfdSendSignal(givenPidfd, 0, null, 0);
    if (e !== null && e !== ESRCH)
      return Promise.resolve([-1, EINVAL]);
  }
  if (abortedOf(signal))
    return Promise.reject(reasonOf(signal));
  let viaRing = givenPidfd === void 0 && sigPath() && ringReady();
  if (sigPath() && !viaRing)
    startSig();
  let joined = watches.get(pid);
  if (joined !== void 0)
    return joinWait(joined, wstatus, rusage, signal);
  if (!viaRing && exitedNow(pid)) {
    let r;
    try {
      do
        r = Wait4(pid, wstatus ?? new WaitStatus, WNOHANG, rusage);
      while (r[1] === EINTR);
    } catch (e) {
      if (sigPath())
        sigIdleLater();
      return Promise.reject(e);
    }
    if (r[1] !== null || r[0] !== 0) {
      if (sigPath())
        sigIdleLater();
      return Promise.resolve(r);
    }
  }
  if (viaRing)
    return ringWait(pid, wstatus, rusage, signal);
  return otherWait(pid, wstatus, rusage, signal, givenPidfd);
}
function joinWait(joined, wstatus, rusage, signal) {
  return new Promise((resolve, reject) => {
    let waiter = { wstatus, rusage, resolve, reject, signal };
    addWaiter(joined, waiter), arm(waiter, joined);
  });
}
var capturedResolve = null, capturedReject = null, capture = (resolve, reject) => {
  capturedResolve = resolve, capturedReject = reject;
};
function ringWait(pid, wstatus, rusage, signal) {
  let promise = new Promise(capture), waiter = { wstatus, rusage, resolve: capturedResolve, reject: capturedReject, signal };
  capturedResolve = capturedReject = null;
  let watch = { pid, token: newToken(), pidfd: -1, ownPidfd: !1, armed: !0, sig: !1, direct: !1, ring: !0, first: waiter, more: null };
  return watches.set(pid, watch), byToken.set(watch.token, watch), ringCount(1), arm(waiter, watch), ringWaitid(pid, watch.token), promise;
}
function otherWait(pid, wstatus, rusage, signal, givenPidfd) {
  return new Promise((resolve, reject) => {
    let waiter = { wstatus, rusage, resolve, reject, signal }, direct = () => {
      let watch = { pid, token: newToken(), pidfd: -1, ownPidfd: !1, armed: !0, sig: !0, direct: !0, ring: !1, first: waiter, more: null };
      watches.set(pid, watch), byToken.set(watch.token, watch), arm(waiter, watch), serveDirectly(watch);
    };
    if (givenPidfd === void 0 && sigPath() && directWatches.size < DIRECT_MAX) {
      direct();
      return;
    }
    let pidfd = givenPidfd ?? -1, own = !1;
    if (pidfd < 0) {
      let [fd, err] = PidfdOpen(pid, 0);
      if (err === null)
        pidfd = fd, own = !0;
      else if (sigPath() && outOfRoom(err)) {
        direct();
        return;
      } else if (err !== ENOSYS && err !== EPERM) {
        resolve([-1, err === ESRCH ? ECHILD : err]);
        return;
      }
    }
    let token = newToken(), sig = pidfd >= 0 && sigPath(), watch = { pid, token, pidfd, ownPidfd: own, armed: !1, sig, direct: !1, ring: !1, first: waiter, more: null };
    if (watches.set(pid, watch), !sig)
      threadWatches++;
    if (pidfd >= 0 && !own)
      givenByFd.set(pidfd, watch);
    if (byToken.set(token, watch), arm(waiter, watch), sig) {
      let err = openChildEp() ?? epollToken(childEp, CTL_ADD, pidfd, EPOLLIN | EPOLL_ONESHOT, token);
      if (err === null) {
        if (watch.armed = !0, sigCount(1), !own)
          onSigchld();
        return;
      }
      if (own && outOfRoom(err)) {
        C.close(pidfd), fdsGone(pidfd, pidfd), serveDirectly(watch);
        return;
      }
      fail(watch, err), sigIdleLater();
      return;
    }
    let armWatch = () => {
      if (byToken.get(token) !== watch)
        return maybeStopReader();
      let N = loadNative(), e = watch.pidfd >= 0 ? N.watch(watch.pidfd, CTL_ADD, EPOLLIN, token) : N.addThread(pid, token);
      if (e === -EEXIST.errno && !watch.ownPidfd) {
        let [fd, err] = PidfdOpen(pid, 0);
        if (err !== null)
          return fail(watch, err === ESRCH ? ECHILD : err);
        givenByFd.delete(watch.pidfd), watch.pidfd = fd, watch.ownPidfd = !0, e = N.watch(fd, CTL_ADD, EPOLLIN, token);
      }
      if (e === 0) {
        watch.armed = watch.pidfd >= 0;
        return;
      }
      fail(watch, Errno.of(-e));
    };
    if (readerUp()) {
      armWatch();
      return;
    }
    invoke(PROMISE_THEN, ensureReader(), armWatch, (e) => {
      finish(watch);
      let err = isA(NativeUnavailable, e) ? unavailableErr(e) : e, xs = waitersOf(watch);
      for (let i = 0;i < xs.length; i++)
        if (isA(Errno, err))
          settle(xs[i], [-1, err]);
        else
          xs[i].reject(err);
    });
  });
}
function serveDirectly(w) {
  w.pidfd = -1, w.ownPidfd = !1, w.direct = !0, w.armed = !0, directWatches.add(w), sigCount(1);
}
function outOfRoom(err) {
  return err === EMFILE || err === ENFILE || err === ENOMEM || err === ENOSPC;
}
var ABORTED = Object.getOwnPropertyDescriptor(AbortSignal.prototype, "aborted").get, REASON = Object.getOwnPropertyDescriptor(AbortSignal.prototype, "reason").get, ADD_LISTENER = EventTarget.prototype.addEventListener, REMOVE_LISTENER = EventTarget.prototype.removeEventListener;
function signalArg2(signal) {
  if (signal === void 0)
    return;
  try {
    invoke(ABORTED, signal);
  } catch {
    throw TypeError("options.signal must be an AbortSignal");
  }
  return signal;
}
function abortedOf(signal) {
  return signal !== void 0 && invoke(ABORTED, signal);
}
function reasonOf(signal) {
  return invoke(REASON, signal);
}
var fanOuts = /* @__PURE__ */ new WeakMap;
function listen(signal, f) {
  let fo = fanOuts.get(signal);
  if (fo === void 0) {
    let fns = /* @__PURE__ */ new Set, made = {
      fns,
      run: () => {
        if (fanOuts.get(signal) === made)
          fanOuts.delete(signal);
        let gs = setValues(fns);
        for (let i = 0;i < gs.length; i++) {
          let g = gs[i];
          try {
            g();
          } catch (e) {
            queueMicrotask(() => {
              throw e;
            });
          }
        }
        fns.clear();
      }
    };
    fo = made, fanOuts.set(signal, made), invoke(ADD_LISTENER, signal, "abort", made.run, { once: !0 });
  }
  fo.fns.add(f);
}
function unlistenAbort(signal, f) {
  let fo = fanOuts.get(signal);
  if (fo === void 0 || !fo.fns.delete(f) || fo.fns.size > 0)
    return;
  fanOuts.delete(signal), invoke(REMOVE_LISTENER, signal, "abort", fo.run);
}
function arm(waiter, watch) {
  let signal = waiter.signal;
  if (signal !== void 0)
    armAbort(waiter, watch, signal);
}
function armAbort(waiter, watch, signal) {
  waiter.onAbort = () => {
    if (!removeWaiter(watch, waiter))
      return;
    if (watch.first === null && byToken.get(watch.token) === watch)
      finish(watch), maybeStopReader();
    waiter.reject(reasonOf(signal));
  }, listen(signal, waiter.onAbort);
}
function PendingWaits() {
  return watches.size;
}
var POLL_EVENTS = EPOLLIN | EPOLLOUT | EPOLLPRI | EPOLLRDHUP;
function PollAsync(fd, events, options) {
  let f = fdArg(fd);
  if (typeof events !== "number" || !Number.isInteger(events))
    throw TypeError(`events must be an integer (EPOLLIN, EPOLLOUT, ...), got ${describe(events)}`);
  if (events < -2147483648 || events > 4294967295)
    return Promise.resolve([-1, EINVAL]);
  if (options !== void 0 && options !== null && typeof options !== "object")
    throw TypeError(`options must be an object, got ${describe(options)}`);
  let signal = signalArg2(options?.signal);
  if (f < 0)
    return Promise.resolve([-1, EBADF]);
  if ((events & ~(POLL_EVENTS | EPOLLERR | EPOLLHUP)) !== 0 || (events & POLL_EVENTS) === 0)
    return Promise.resolve([-1, EINVAL]);
  if (abortedOf(signal))
    return Promise.reject(reasonOf(signal));
  return new Promise((resolve, reject) => {
    let waiter = { events: events & POLL_EVENTS, resolve, reject, signal }, w = fdWatches.get(f);
    if (w === void 0)
      w = { fd: f, regFd: f, token: newToken(), armedEvents: 0, registered: !1, waiters: /* @__PURE__ */ new Set, counts: [0, 0, 0, 0] }, fdWatches.set(f, w), byToken.set(w.token, w);
    addFdWaiter(w, waiter);
    let watch = w;
    if (signal !== void 0)
      waiter.onAbort = () => {
        if (!deleteFdWaiter(watch, waiter))
          return;
        if (!watch.rearmQueued)
          watch.rearmQueued = !0, queueMicrotask(() => {
            watch.rearmQueued = !1, rearmFd(watch);
          });
        waiter.reject(reasonOf(signal));
      }, listen(signal, waiter.onAbort);
    if (!watch.rearmQueued)
      watch.rearmQueued = !0, invoke(PROMISE_THEN, ensureReader(), () => {
        watch.rearmQueued = !1, rearmFd(watch);
      }, (e) => {
        watch.rearmQueued = !1;
        let err = isA(NativeUnavailable, e) ? unavailableErr(e) : e;
        dropFd(watch, isA(Errno, err) ? [-1, err] : err);
      });
  });
}
function dropFd(w, r) {
  forgetFd(w);
  let all = setValues(w.waiters);
  w.waiters.clear();
  for (let i = 0;i < w.counts.length; i++)
    w.counts[i] = 0;
  for (let i = 0;i < all.length; i++) {
    let x = all[i];
    if (unlistenFd(x), Array.isArray(r))
      x.resolve(r);
    else
      x.reject(r);
  }
  maybeStopReader();
}
function unlistenFd(x) {
  if (x.signal && x.onAbort)
    unlistenAbort(x.signal, x.onAbort);
}
function forgetFd(w) {
  if (fdWatches.get(w.fd) === w)
    fdWatches.delete(w.fd);
  if (byToken.delete(w.token), w.registered && native !== null)
    native.del(w.regFd);
  if (w.registered = !1, w.regFd !== w.fd)
    C.close(w.regFd);
  w.regFd = w.fd;
}
function heldByWaiter(fd) {
  if (native !== null && fd === native.stopFd())
    return !0;
  for (let w of watches.values())
    if (w.armed && !w.sig && w.pidfd === fd)
      return !0;
  return !1;
}
function rearmFd(w) {
  if (byToken.get(w.token) !== w)
    return maybeStopReader();
  let want = wantOf(w);
  if (want === 0) {
    forgetFd(w), maybeStopReader();
    return;
  }
  if (reader === null && notifyRead < 0)
    return;
  let N = loadNative(), e = N.watch(w.regFd, w.registered ? CTL_MOD : CTL_ADD, want, w.token);
  if (e === -EEXIST.errno && !w.registered && heldByWaiter(w.fd)) {
    let d = C.fcntl(w.fd, F_DUPFD_CLOEXEC, 0);
    if (d < 0) {
      dropFd(w, [-1, Errno.of(errno())]);
      return;
    }
    w.regFd = d, e = N.watch(d, CTL_ADD, want, w.token);
  } else if (e === -EEXIST.errno && !w.registered)
    e = N.watch(w.fd, CTL_MOD, want, w.token);
  else if (e === -ENOENT.errno && w.registered)
    e = N.watch(w.regFd, CTL_ADD, want, w.token);
  if (e !== 0) {
    dropFd(w, [-1, Errno.of(-e)]);
    return;
  }
  w.registered = !0, w.armedEvents = want;
}
function fdReady(w, revents) {
  let always = revents & (EPOLLERR | EPOLLHUP), done = [], all = setValues(w.waiters);
  for (let i = 0;i < all.length; i++) {
    let x = all[i];
    if ((revents & x.events) !== 0 || always !== 0)
      deleteFdWaiter(w, x), done[done.length] = x;
  }
  rearmFd(w);
  for (let i = 0;i < done.length; i++) {
    let x = done[i];
    unlistenFd(x), x.resolve([revents & (x.events | EPOLLERR | EPOLLHUP), null]);
  }
}
function fdsClosed(first, last) {
  if (ringFdsGone(first, last), fdWatches.size > 0) {
    let ws = first === last ? [fdWatches.get(first)] : valuesOf(fdWatches);
    for (let i = 0;i < ws.length; i++) {
      let w = ws[i];
      if (w !== void 0 && w.fd >= first && w.fd <= last)
        dropFd(w, [-1, EBADF]);
    }
  }
  if (givenByFd.size > 0) {
    let ws = first === last ? [givenByFd.get(first)] : valuesOf(givenByFd);
    for (let i = 0;i < ws.length; i++) {
      let w = ws[i];
      if (w !== void 0 && w.pidfd >= first && w.pidfd <= last)
        ownPidfdFor(w);
    }
  }
}
var MAP_FOR_EACH = Map.prototype.forEach, SET_FOR_EACH = Set.prototype.forEach;
function valuesOf(m) {
  let out = [];
  return invoke(MAP_FOR_EACH, m, (v) => {
    out[out.length] = v;
  }), out;
}
function setValues(set) {
  let out = [];
  return invoke(SET_FOR_EACH, set, (v) => {
    out[out.length] = v;
  }), out;
}
var PROMISE_THEN = Promise.prototype.then;
fdClosedHooks.push(fdsClosed);
function ownPidfdFor(w) {
  if (givenByFd.delete(w.pidfd), byToken.get(w.token) !== w)
    return;
  let opened = PidfdOpen(w.pid, 0), fd = opened[0], err = opened[1];
  if (err !== null)
    return fail(w, err === ESRCH ? ECHILD : err);
  if (w.pidfd = fd, w.ownPidfd = !0, !w.armed)
    return;
  let e = w.sig ? epollToken(childEp, CTL_ADD, fd, EPOLLIN | EPOLL_ONESHOT, w.token) : errOf(loadNative().watch(fd, CTL_ADD, EPOLLIN, w.token));
  if (e !== null)
    return fail(w, e);
  if (w.sig)
    onSigchld();
}
// src/asyncio.ts
var { Uint8Array: Uint8Array11, BigUint64Array: BigUint64Array2 } = globalThis, NR_PREADV2 = ARCH === "arm64" ? 286 : 327, NR_PWRITEV2 = ARCH === "arm64" ? 287 : 328, RWF_NOWAIT = 8, iov = new BigUint64Array2(2), toBig = BigInt, toNum = Number, iovAddr = 0;
function nonblocking(fd, write, b, len) {
  let base = bufPtr(b);
  if (len > 0) {
    if (iovAddr === 0)
      iovAddr = ffi().ptr(iov);
    iov[0] = toBig(ffi().ptr(base)), iov[1] = toBig(len);
    let r = toNum(C.syscall(write ? NR_PWRITEV2 : NR_PREADV2, fd, iovAddr, 1, -1, 0, RWF_NOWAIT));
    if (r > 0 && r < len && !write && waitsNever(fd)) {
      let n = C.read(fd, subview(b, r, len), len - r);
      return [n > 0 ? r + n : r, null];
    }
    if (r >= 0)
      return [r, null];
    let e = errno();
    if (e === EAGAIN.errno && waitsNever(fd)) {
      let n = write ? C.write(fd, base, len) : C.read(fd, base, len);
      return n < 0 ? [-1, lastErr()] : [n, null];
    }
    if (e !== EOPNOTSUPP.errno && e !== ENOSYS.errno && e !== EPERM.errno)
      return [-1, Errno.of(e)];
  }
  let op = () => write ? C.write(fd, base, len) : C.read(fd, base, len), fl = C.fcntl(fd, F_GETFL, 0);
  if (fl < 0)
    return [-1, lastErr()];
  let toggle = (fl & O_NONBLOCK) === 0;
  if (toggle && C.fcntl(fd, F_SETFL, fl | O_NONBLOCK) < 0)
    return [-1, lastErr()];
  let n = op(), err = n < 0 ? lastErr() : null;
  if (toggle)
    C.fcntl(fd, F_SETFL, fl);
  return err === null ? [n, null] : [-1, err];
}
function waitsNever(fd) {
  let st = new Stat_t;
  if (Fstat(fd, st) !== null)
    return !1;
  let t = st.Mode & S_IFMT;
  return t === S_IFREG || t === S_IFBLK;
}
function checkSignal(options) {
  if (options !== void 0 && options !== null && typeof options !== "object")
    throw TypeError(`options must be an object, got ${describe(options)}`);
  return signalArg2(options?.signal);
}
var inFlight = [];
function track(fd) {
  let op = { fd, closed: !1, slot: inFlight.length, dev: 0n, ino: 0n, known: !1 };
  return inFlight[op.slot] = op, op;
}
function untrack(op) {
  let last = inFlight[inFlight.length - 1];
  inFlight[op.slot] = last, last.slot = op.slot, inFlight.length--;
}
fdClosedHooks.push((first, last) => {
  for (let i = 0;i < inFlight.length; i++) {
    let op = inFlight[i];
    if (op.fd >= first && op.fd <= last)
      op.closed = !0;
  }
});
async function ready(fd, events, signal) {
  return (await PollAsync(fd, events, { signal }))[1];
}
async function readyOwn(op, events, signal) {
  let st = new Stat_t;
  if (!op.known && Fstat(op.fd, st) === null)
    op.dev = st.Dev, op.ino = st.Ino, op.known = !0;
  let err = await ready(op.fd, events, signal);
  if (err !== null)
    return err;
  if (op.closed)
    return EBADF;
  if (op.known && (Fstat(op.fd, st) !== null || st.Dev !== op.dev || st.Ino !== op.ino))
    return EBADF;
  return null;
}
async function ReadAsync(fd, p, options) {
  let f = fdArg(fd), b = bytesArg("p", p), signal = checkSignal(options), len = byteLengthOf(b), op = track(f);
  try {
    for (;; ) {
      if (abortedOf(signal))
        throw reasonOf(signal);
      let now = byteLengthOf(b);
      if (len > 0 && now === 0)
        return [-1, EFAULT];
      let r = nonblocking(f, !1, b, now);
      if (r[1] === EINTR)
        continue;
      if (r[1] !== EAGAIN)
        return r;
      let err = await readyOwn(op, EPOLLIN, signal);
      if (err !== null)
        return [-1, err];
    }
  } finally {
    untrack(op);
  }
}
async function WriteAsync(fd, p, options) {
  let f = fdArg(fd), b = bytesArg("p", p), signal = checkSignal(options), len = byteLengthOf(b), done = 0, op = track(f);
  try {
    do {
      if (abortedOf(signal))
        throw reasonOf(signal);
      if (byteLengthOf(b) < len)
        return [done, EFAULT];
      let rest = len === 0 ? b : subview(b, done, len), r = nonblocking(f, !0, rest, len - done), n = r[0], err = r[1];
      if (err === EINTR)
        continue;
      if (err === EAGAIN) {
        let perr = await readyOwn(op, EPOLLOUT, signal);
        if (perr !== null)
          return [done, perr];
        continue;
      }
      if (err !== null)
        return [done, err];
      done += n;
    } while (done < len);
    return [done, null];
  } finally {
    untrack(op);
  }
}
var CHUNK_MAX = 16777216;
function streamFd(fd, options) {
  let f = fdArg(fd);
  if (options !== void 0 && options !== null && typeof options !== "object")
    throw TypeError(`options must be an object, got ${describe(options)}`);
  let close = options?.close ?? !1;
  if (typeof close !== "boolean")
    throw TypeError("options.close must be a boolean");
  let closed = !1;
  return {
    f,
    finish: (gone = !1) => {
      if (close && !closed && !gone)
        Close(f);
      closed = !0;
    }
  };
}
var RStream = ReadableStream, WStream = WritableStream, ENQUEUE = ReadableStreamDefaultController.prototype.enqueue, CLOSE = ReadableStreamDefaultController.prototype.close, ERROR = ReadableStreamDefaultController.prototype.error, CTRL_SIGNAL = Object.getOwnPropertyDescriptor(WritableStreamDefaultController.prototype, "signal")?.get, AC_SIGNAL = Object.getOwnPropertyDescriptor(AbortController.prototype, "signal").get, AC_ABORT = AbortController.prototype.abort, SET_PROTO = Object.setPrototypeOf;
function bare(o) {
  return SET_PROTO(o, null), o;
}
function isPtyMaster(fd) {
  let st = new Stat_t;
  return Fstat(fd, st) === null && (st.Mode & S_IFMT) === S_IFCHR && st.Rdev === (5n << 8n | 2n);
}
function FdReadableStream(fd, options) {
  let { f, finish } = streamFd(fd, options), size = options?.chunkSize ?? 65536;
  if (typeof size !== "number" || !isSafeInt(size) || size < 1 || size > CHUNK_MAX)
    throw RangeError(`options.chunkSize must be an integer in [1, 2^24], got ${describe(size)}`);
  let pty = isPtyMaster(f), cancelled = new AbortController, cancelSignal = invoke(AC_SIGNAL, cancelled), spare = null;
  return new RStream(bare({
    async pull(ctrl) {
      let buf = spare ?? new Uint8Array11(size);
      spare = null;
      let r;
      try {
        r = await ReadAsync(f, buf, { signal: cancelSignal });
      } catch (e) {
        if (abortedOf(cancelSignal))
          return;
        throw finish(), e;
      }
      if (abortedOf(cancelSignal))
        return;
      let n = r[0], err = r[1];
      if (err !== null && !(pty && err === EIO))
        finish(err === EBADF), invoke(ERROR, ctrl, err);
      else if (err !== null || n === 0)
        finish(), invoke(CLOSE, ctrl);
      else {
        let chunk = buf;
        if (n !== size)
          setOf(chunk = new Uint8Array11(n), subview(buf, 0, n)), spare = buf;
        invoke(ENQUEUE, ctrl, chunk);
      }
    },
    cancel() {
      invoke(AC_ABORT, cancelled), finish();
    }
  }), bare({ highWaterMark: 0 }));
}
function FdWritableStream(fd, options) {
  let { f, finish } = streamFd(fd, options);
  return new WStream(bare({
    async write(chunk, ctrl) {
      let signal = CTRL_SIGNAL === void 0 ? void 0 : invoke(CTRL_SIGNAL, ctrl), err;
      try {
        err = (await WriteAsync(f, bytesArg("chunk", chunk), signal === void 0 ? void 0 : { signal }))[1];
      } catch (e) {
        if (!abortedOf(signal))
          finish();
        throw e;
      }
      if (err !== null)
        throw finish(err === EBADF), err;
    },
    close: () => finish(),
    abort: () => finish()
  }));
}
var ioctlPtr = sysCall("ioctl", "ioctl", ["fd", "uintptr", "buf"], "int");
function Openpty() {
  let om = Open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC, 0), m = om[0], err = om[1];
  if (err !== null)
    return [-1, -1, err];
  let word = new Uint8Array11(4), dv = dataViewOf(word), e = ioctlPtr(m, TIOCSPTLCK, word)[1];
  if (e === null)
    e = ioctlPtr(m, TIOCGPTN, word)[1];
  if (e !== null)
    return Close(m), [-1, -1, e];
  let os = Open(`/dev/pts/${dv.getUint32(0, !0)}`, O_RDWR | O_NOCTTY | O_CLOEXEC, 0), s = os[0], serr = os[1];
  if (serr !== null)
    return Close(m), [-1, -1, serr];
  return [m, s, null];
}
// src/sys/unix.ts
var { Uint8Array: Uint8Array12, Uint16Array, Uint32Array: Uint32Array6, Int32Array: Int32Array8, BigInt64Array: BigInt64Array3, BigUint64Array: BigUint64Array3, DataView: DataView4 } = globalThis, LINUX_CAPABILITY_VERSION_1 = 429392688, LINUX_CAPABILITY_VERSION_2 = 537333798, LINUX_CAPABILITY_VERSION_3 = 537396514, MFD_CLOEXEC2 = 1, MFD_ALLOW_SEALING = 2, MFD_HUGETLB = 4, MFD_NOEXEC_SEAL = 8, MFD_EXEC = 16, CLOSE_RANGE_UNSHARE = 2, CLOSE_RANGE_CLOEXEC = 4, RESOLVE_NO_XDEV = 1, RESOLVE_NO_MAGICLINKS = 2, RESOLVE_NO_SYMLINKS = 4, RESOLVE_BENEATH = 8, RESOLVE_IN_ROOT = 16, SizeofOpenHow = 24, TCGETS2 = 2150388778, TCSETS2 = 1076646955, U8 = 255, U16 = 65535, U32 = 4294967295;
function ptrArg(name, v) {
  return v === null ? null : objArg(name, v);
}
var Setns = sysCall("Setns", "setns", ["fd", "int"], "err");
function FcntlInt(fd, cmd, arg) {
  if (arguments.length !== 3)
    throw TypeError(`FcntlInt takes 3 arguments, got ${arguments.length}`);
  if (typeof cmd === "number" && pointerFcntl(cmd))
    return fdArg(fd), int64Arg("arg", arg), [-1, EINVAL];
  return fcntlInt(fd, cmd, arg);
}
var fcntlInt = sysCall("FcntlInt", "fcntl", ["fd", "int", "int64"], "int");
function pointerFcntl(cmd) {
  switch (cmd) {
    case 5:
    case 6:
    case 7:
    case 36:
    case 37:
    case 38:
    case 15:
    case 16:
    case 17:
    case 1035:
    case 1036:
    case 1037:
    case 1038:
      return !0;
  }
  return !1;
}
var Prctl = sysCall("Prctl", SYS_PRCTL, ["int", "uintptr", "uintptr", "uintptr", "uintptr"], "err"), PrctlRetInt = sysCall("PrctlRetInt", SYS_PRCTL, ["int", "uintptr", "uintptr", "uintptr", "uintptr"], "long"), prlimit64 = sysCall("Prlimit", SYS_PRLIMIT64, ["int", "int", "nullbuf", "nullbuf"], "err"), rlimNew = new BigUint64Array3(2), rlimOld = new BigUint64Array3(2), rlimNewBytes = new Uint8Array12(rlimNew.buffer), rlimOldBytes = new Uint8Array12(rlimOld.buffer);
function Prlimit(pid, resource, newlimit, old) {
  let nl = ptrArg("newlimit", newlimit), ol = old === null ? null : outArg("old", old, ["Cur", "Max"]), set = nl === null ? null : new Rlimit(u64Arg("newlimit.Cur", nl.Cur), u64Arg("newlimit.Max", nl.Max));
  if (set !== null)
    rlimNew[0] = set.Cur, rlimNew[1] = set.Max;
  let err = prlimit64(pid, resource, set === null ? null : rlimNewBytes, ol === null ? null : rlimOldBytes);
  if (err !== null)
    return err;
  let cur = rlimOld[0], max = rlimOld[1];
  if (set !== null && (pid === 0 || pid === Getpid()))
    for (let i = 0;i < rlimitHooks.length; i++)
      rlimitHooks[i](resource, set);
  if (ol !== null)
    ol.Cur = cur, ol.Max = max;
  return null;
}

class CapUserHeader {
  Version;
  Pid;
  constructor(Version = 0, Pid = 0) {
    this.Version = Version;
    this.Pid = Pid;
  }
}

class CapUserData {
  Effective;
  Permitted;
  Inheritable;
  constructor(Effective = 0, Permitted = 0, Inheritable = 0) {
    this.Effective = Effective;
    this.Permitted = Permitted;
    this.Inheritable = Inheritable;
  }
}
var capget = sysCall("Capget", "capget", ["nullbuf", "nullbuf"], "err"), capset = sysCall("Capset", "capset", ["nullbuf", "nullbuf"], "err"), capHdrWords = new Uint32Array6(2), capHdr = new Uint8Array12(capHdrWords.buffer), capWords = new Uint32Array6(6), capData = new Uint8Array12(capWords.buffer), CAP_KEYS = ["Effective", "Permitted", "Inheritable"];
function capElems(data, write) {
  if (data === null)
    return null;
  let check = (v, name) => write ? outArg(name, v, CAP_KEYS) : objArg(name, v);
  if (!Array.isArray(data))
    return [check(data, "data")];
  let len = data.length;
  if (typeof len !== "number" || !isSafeInt(len))
    throw TypeError("data has an invalid length");
  if (len === 0)
    throw RangeError("data is empty: Capget and Capset need at least one CapUserData");
  let out = [];
  for (let i = 0;i < (len < 2 ? len : 2); i++)
    out[i] = check(data[i], `data[${i}]`);
  return out;
}
function capCall(call, hdr, elems, encodeData) {
  let h = hdr === null ? null : [intArg("hdr.Version", hdr.Version, 0, U32), intArg("hdr.Pid", hdr.Pid) | 0], data = [];
  if (encodeData && elems !== null)
    for (let i = 0;i < elems.length; i++)
      for (let j = 0;j < 3; j++)
        data[i * 3 + j] = intArg(`data[${i}].${CAP_KEYS[j]}`, elems[i][CAP_KEYS[j]], 0, U32);
  if (h !== null)
    capHdrWords[0] = h[0], capHdrWords[1] = h[1];
  fillOf(capData, 0);
  for (let i = 0;i < data.length; i++)
    capWords[i] = data[i];
  let err = call(hdr === null ? null : capHdr, elems === null ? null : capData), version = capHdrWords[0], words = [];
  for (let i = 0;i < 6; i++)
    words[i] = capWords[i];
  if (hdr !== null)
    hdr.Version = version;
  return [err, version, words];
}
function Capget(hdr, data) {
  let h = hdr === null ? null : outArg("hdr", hdr, ["Version"]), elems = capElems(data, !0), [err, version, words] = capCall(capget, h, elems, !1);
  if (err !== null || elems === null)
    return err;
  let n = version === LINUX_CAPABILITY_VERSION_1 ? 1 : 2;
  for (let i = 0;i < n && i < elems.length; i++)
    for (let j = 0;j < 3; j++)
      elems[i][CAP_KEYS[j]] = words[i * 3 + j];
  return null;
}
function Capset(hdr, data) {
  let h = hdr === null ? null : outArg("hdr", hdr, ["Version"]);
  return capCall(capset, h, capElems(data, !1), !0)[0];
}
var MemfdCreate = sysCall("MemfdCreate", "memfd_create", ["path", "int"], "int");
function CloseRange(first, last, flags) {
  let err = closeRange(first, last, flags);
  if (err === null && (flags & CLOSE_RANGE_CLOEXEC) === 0 && first <= last)
    fdsGone(first, Math.min(last, 2147483647));
  return err;
}
var closeRange = sysCall("CloseRange", { nr: { amd64: 436, arm64: 436 } }, ["uint", "uint", "uint"], "err"), PidfdGetfd = sysCall("PidfdGetfd", { nr: { amd64: 438, arm64: 438 } }, ["fd", "fd", "int"], "int");

class OpenHow {
  Flags;
  Mode;
  Resolve;
  constructor(Flags = 0, Mode = 0, Resolve = 0) {
    this.Flags = Flags;
    this.Mode = Mode;
    this.Resolve = Resolve;
  }
}
var openat2 = sysCall("Openat2", { nr: { amd64: 437, arm64: 437 } }, ["fd", "path", "nullbuf", "uintptr"], "int"), howWords = new BigUint64Array3(3), howBuf = new Uint8Array12(howWords.buffer), HOW_KEYS = ["Flags", "Mode", "Resolve"], toBigInt2 = BigInt;
function Openat2(dirfd, path, how) {
  let h = ptrArg("how", how);
  if (h !== null) {
    let fields = [];
    for (let i = 0;i < 3; i++)
      fields[i] = intArg(`how.${HOW_KEYS[i]}`, h[HOW_KEYS[i]], 0, Number.MAX_SAFE_INTEGER);
    for (let i = 0;i < 3; i++)
      howWords[i] = toBigInt2(fields[i]);
  }
  return openat2(dirfd, path, h === null ? null : howBuf, SizeofOpenHow);
}

class Winsize {
  Row = 0;
  Col = 0;
  Xpixel = 0;
  Ypixel = 0;
  constructor(init) {
    initFields(this, init);
  }
}
var NCCS = 19;

class Termios {
  Iflag = 0;
  Oflag = 0;
  Cflag = 0;
  Lflag = 0;
  Line = 0;
  Cc = new Uint8Array12(NCCS);
  Ispeed = 0;
  Ospeed = 0;
  constructor(init) {
    initFields(this, init);
  }
}
var WINSIZE_KEYS = ["Row", "Col", "Xpixel", "Ypixel"], TERMIOS_U32 = [["Iflag", 0], ["Oflag", 4], ["Cflag", 8], ["Lflag", 12], ["Ispeed", 36], ["Ospeed", 40]], TERMIOS_CC = 17, ioBuf = new Uint8Array12(16384), ioU16 = new Uint16Array(ioBuf.buffer), ioI32 = new Int32Array8(ioBuf.buffer), ioU32 = new Uint32Array6(ioBuf.buffer), ioI64 = new BigInt64Array3(ioBuf.buffer), toNumber2 = Number, ioctlPtr2 = sysCall("ioctl", SYS_IOCTL, ["fd", "uint", "nullbuf"], "err");
function ioctlBuf(fd, req, encode) {
  if (fillOf(ioBuf, 0), encode !== null)
    encode();
  return ioctlPtr2(fd, req, ioBuf);
}
var IoctlSetInt = sysCall("IoctlSetInt", SYS_IOCTL, ["fd", "uint", "int64"], "err");
function IoctlSetPointerInt(fd, req, value) {
  let v = intArg("value", value) | 0;
  return ioctlBuf(fd, req, () => ioI32[0] = v);
}
function IoctlGetInt(fd, req) {
  let err = ioctlBuf(fd, req, null);
  return err === null ? [toNumber2(ioI64[0]), null] : [0, err];
}
function IoctlGetWinsize(fd, req) {
  let ws = new Winsize, err = ioctlBuf(fd, req, null);
  if (err === null)
    for (let i = 0;i < 4; i++)
      ws[WINSIZE_KEYS[i]] = ioU16[i];
  return [ws, err];
}
function IoctlSetWinsize(fd, req, value) {
  let v = ptrArg("value", value);
  if (v === null)
    return ioctlPtr2(fd, req, null);
  let fields = [];
  for (let i = 0;i < 4; i++)
    fields[i] = intArg(`value.${WINSIZE_KEYS[i]}`, v[WINSIZE_KEYS[i]], 0, U16);
  return ioctlBuf(fd, req, () => {
    for (let i = 0;i < 4; i++)
      ioU16[i] = fields[i];
  });
}
function IoctlGetTermios(fd, req) {
  let t = new Termios, err = ioctlBuf(fd, req, null);
  if (err === null) {
    for (let i = 0;i < TERMIOS_U32.length; i++)
      t[TERMIOS_U32[i][0]] = ioU32[TERMIOS_U32[i][1] / 4];
    t.Line = ioBuf[16], t.Cc = new Uint8Array12(subview(ioBuf, TERMIOS_CC, TERMIOS_CC + NCCS));
  }
  return [t, err];
}
function ccArg(v) {
  let u8 = typedArrayTag(v) === "Uint8Array";
  if (!u8 && !Array.isArray(v))
    throw TypeError(`value.Cc must be a Uint8Array of ${NCCS} bytes, got ${describe(v)}`);
  let len = u8 ? elementCountOf(v) : v.length;
  if (len !== NCCS)
    throw TypeError(`value.Cc must hold exactly ${NCCS} bytes, got ${describe(len)}`);
  let cc = [];
  for (let i = 0;i < NCCS; i++)
    cc[i] = intArg(`value.Cc[${i}]`, v[i], 0, U8);
  return cc;
}
function IoctlSetTermios(fd, req, value) {
  let v = ptrArg("value", value);
  if (v === null)
    return ioctlPtr2(fd, req, null);
  let u32 = [];
  for (let i = 0;i < TERMIOS_U32.length; i++)
    u32[i] = intArg(`value.${TERMIOS_U32[i][0]}`, v[TERMIOS_U32[i][0]], 0, U32);
  let line = intArg("value.Line", v.Line, 0, U8), cc = ccArg(v.Cc);
  return ioctlBuf(fd, req, () => {
    for (let i = 0;i < u32.length; i++)
      ioU32[TERMIOS_U32[i][1] / 4] = u32[i];
    ioBuf[16] = line;
    for (let i = 0;i < NCCS; i++)
      ioBuf[TERMIOS_CC + i] = cc[i];
  });
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
    "mov 8(%%rax), %%rdi\\n\\t"
    "mov 16(%%rax), %%rsi\\n\\t"
    "mov 24(%%rax), %%rdx\\n\\t"
    "mov 32(%%rax), %%r10\\n\\t"
    "mov 40(%%rax), %%r8\\n\\t"
    "mov 48(%%rax), %%r9\\n\\t"
    "mov 0(%%rax), %%rax\\n\\t"
    "syscall\\n\\t"
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
      if (c == '\\n') {
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
      } else if (c == '\\\\') {
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
`;

// src/exec/forkexec.ts
var { Uint8Array: Uint8Array13, Uint32Array: Uint32Array7, Int32Array: Int32Array9, BigInt64Array: BigInt64Array4, BigUint64Array: BigUint64Array4 } = globalThis;
function nsTypeOf(fd) {
  if (fd < 0)
    return 0;
  if (nsStatfs ??= new BigInt64Array4(16), Number(C.syscall(SYS_FSTATFS, fd, ffi().ptr(nsStatfs), 0, 0, 0, 0)) !== 0 || nsStatfs[0] !== NSFS_MAGIC)
    return 0;
  let t = Number(C.syscall(SYS_IOCTL, fd, NS_GET_NSTYPE, 0, 0, 0, 0));
  return t > 0 ? t : 0;
}
var nsStatfs = null, NOT_A_NAMESPACE = -1, NSFS_MAGIC = 0x6e736673n, NS_GET_NSTYPE = 46851, R = {
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
  RLIMITS: 24,
  NRLIMITS: 25,
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
  UMASK: 48,
  HOSTNAME: 49,
  HOSTNAME_LEN: 50,
  DOMAINNAME: 51,
  DOMAINNAME_LEN: 52,
  MOUNTS: 53,
  NMOUNTS: 54,
  PIVOT: 55,
  CAPBSET: 56,
  CAPEFF: 57,
  CAPPRM: 58,
  CAPINH: 59,
  CAPWHICH: 60,
  LANDLOCK_FD: 61,
  LANDLOCK_FLAGS: 62,
  SECCOMP: 63,
  SETNS: 64,
  NSETNS: 65,
  WORDS: 72
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
  CLOSEFDS: 16384,
  UMASK: 32768,
  HOSTNAME: 65536,
  DOMAINNAME: 131072,
  MOUNTS: 262144,
  PIVOT: 524288,
  CAPBSET: 1048576,
  CAPSETS: 2097152,
  NONEWPRIVS: 4194304,
  LANDLOCK: 8388608,
  SECCOMP: 16777216,
  SETNS: 33554432
}, MOUNT_OPS = { mount: 0, remount: 1, mkdir: 2, file: 3, symlink: 4, pivot: 5 }, MOUNT_CREATE = { NONE: 0, DIR: 1, FILE: 2 }, MOP_WORDS = 6, MOP_TRY = 268435456, STEPS = [
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
  "cloneflags",
  "setns",
  "sethostname",
  "setdomainname",
  "mount-slave",
  "mount-create",
  "mount",
  "remount",
  "symlink",
  "pivot_root",
  "umount-oldroot",
  "capbset",
  "capsets",
  "no_new_privs",
  "landlock",
  "seccomp"
], HEADER_BYTES = R.WORDS * 8, PROCPATH_BYTES = 64, STACK_BYTES = 65536, native2 = null;
function childSource() {
  let lines = ["/* Generated by forkexec.ts from its R, F, STEPS, REFUSED_CLONEFLAGS and MOUNT_OPS. */"];
  for (let [k, v] of Object.entries(R))
    lines.push(`#define R_${k} ${v}`);
  for (let [k, v] of Object.entries(F))
    lines.push(`#define F_${k} (${v})`);
  lines.push(`enum { ${STEPS.map((n) => `S_${n.toUpperCase().replace(/-/g, "_")}`).join(", ")} };`), lines.push(`#define BAD_CLONEFLAGS 0x${REFUSED_CLONEFLAGS_MASK.toString(16)}UL`);
  for (let [k, v] of Object.entries(MOUNT_OPS))
    lines.push(`#define M_${k.toUpperCase()} ${v}`);
  for (let [k, v] of Object.entries(MOUNT_CREATE))
    lines.push(`#define MC_${k} ${v}`);
  return lines.push(`#define MOP_WORDS ${MOP_WORDS}`, `#define MOP_TRY ${MOP_TRY}`), `${lines.join(`
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
  buf = new Uint8Array13(0);
  u32 = new Uint32Array7(0);
  i32 = new Int32Array9(0);
  u64 = new BigUint64Array4(0);
  base = 0;
  off = 0;
  stack = null;
  stackBase = 0;
  filesAt = 0;
  plain = null;
  notePlain(argv0, args, dir, nfiles) {
    this.plain = { argv0, args, dir, nfiles };
  }
  samePlain(argv0, args, dir, nfiles) {
    let p = this.plain;
    if (p === null || p.argv0 !== argv0 || p.dir !== dir || p.args.length !== args.length || p.nfiles !== nfiles)
      return !1;
    for (let i = 0;i < args.length; i++)
      if (p.args[i] !== args[i])
        return !1;
    return !0;
  }
  writeFiles(files) {
    let at = this.filesAt / 4;
    for (let i = 0;i < files.length; i++) {
      let f = files[i];
      this.i32[at + i] = f >= -1 && f < 1073741824 ? f : -2;
    }
  }
  trim() {
    if (byteLengthOf(this.buf) <= ARENA_KEEP)
      return;
    this.plain = null, this.buf = new Uint8Array13(0), this.u32 = new Uint32Array7(0), this.i32 = new Int32Array9(0), this.u64 = new BigUint64Array4(0), this.base = 0;
  }
  reset(minBytes) {
    if (this.plain = null, byteLengthOf(this.buf) < minBytes) {
      let size = byteLengthOf(this.buf) * 2;
      if (size < minBytes)
        size = minBytes;
      if (size < 16384)
        size = 16384;
      this.buf = new Uint8Array13(size + 7 & -8), this.u32 = new Uint32Array7(bufferOf(this.buf)), this.i32 = new Int32Array9(bufferOf(this.buf)), this.u64 = new BigUint64Array4(bufferOf(this.buf)), this.base = ffi().ptr(this.buf);
    } else
      fillOf(this.buf, 0, 0, HEADER_BYTES);
    this.off = HEADER_BYTES;
  }
  ensureStack() {
    if (this.stack === null) {
      this.stack = new Uint8Array13(STACK_BYTES);
      let lo = ffi().ptr(this.stack);
      this.stackBase = lo;
    }
  }
  word(i, v) {
    putWord(this.u32, i, v);
  }
  wordBig(i, v) {
    this.u64[i] = v;
  }
  read32(i) {
    return this.i32[i * 2];
  }
  alloc(n) {
    let o = this.off;
    return this.off = o + n + 7 & -8, o;
  }
  str(s) {
    let o = this.off, buf = this.buf, n = s.length, i = 0;
    if (n <= 256)
      for (;i < n; i++) {
        let c = s.charCodeAt(i);
        if (c >= 128)
          break;
        buf[o + i] = c;
      }
    let written = i === n ? n : utf8Into(s, subview(buf, o, byteLengthOf(buf)));
    return buf[o + written] = 0, this.off = o + written + 1, this.base + o;
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
var arrayJoin = Array.prototype.join, ARENA_KEEP = 4194304, arena = new Arena;
class EnvBlock {
  strings = [];
  bytes = 0;
  buf = new Uint8Array13(0);
  u32 = new Uint32Array7(0);
  base = 0;
  envp = 0;
  get(env) {
    return this.envp !== 0 && env === this.strings ? this.envp : this.build(env);
  }
  build(env) {
    let chars = 0;
    for (let i = 0;i < env.length; i++)
      chars += env[i].length + 1;
    let ptrBytes = (env.length + 1) * 8, need = ptrBytes + chars * 3 + 8;
    if (byteLengthOf(this.buf) < need) {
      let size = byteLengthOf(this.buf) * 2;
      if (size < need)
        size = need;
      if (size < 4096)
        size = 4096;
      this.buf = new Uint8Array13(size + 7 & -8), this.u32 = new Uint32Array7(bufferOf(this.buf)), this.base = ffi().ptr(this.buf);
    }
    let ascii = utf8Into(invoke(arrayJoin, env, "\x00") + "\x00", subview(this.buf, ptrBytes, byteLengthOf(this.buf))) === chars || env.length === 0, at = ptrBytes;
    for (let i = 0;i < env.length; i++)
      if (putWord(this.u32, i, this.base + at), ascii)
        at += env[i].length + 1;
      else {
        let end = byteLengthOf(this.buf);
        while (at < end && this.buf[at] !== 0)
          at++;
        at++;
      }
    return putWord(this.u32, env.length, 0), this.strings = env.slice(), this.bytes = chars, this.envp = this.base, this.envp;
  }
  size() {
    return byteLengthOf(this.buf);
  }
  trim() {
    if (byteLengthOf(this.buf) <= ARENA_KEEP)
      return;
    this.buf = new Uint8Array13(0), this.u32 = new Uint32Array7(0), this.base = 0, this.envp = 0, this.strings = [], this.bytes = 0;
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
var optUint = (name, v, max) => v === void 0 || v === null ? 0 : intArg(name, v, 0, max);
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
var U322 = 4294967295, uint32Elem = elemCheck((x) => typeof x === "number" && Number.isInteger(x) && x >= 0 && x <= U322, (x, name) => intArg(name, x, 0, U322)), cInt = (v) => v >= -2147483648 && v <= 2147483647 ? v : -1, LIMITS = {
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
    return `${intArg(`${n}.ContainerID`, o.ContainerID, 0, U322)} ${intArg(`${n}.HostID`, o.HostID, 0, U322)} ${intArg(`${n}.Size`, o.Size, 0, U322)}
`;
  });
  return lines === null ? TOO_MANY : invoke(arrayJoin, lines, "");
}
var TOO_MANY = Symbol("too many");
function anyOf(list, pred) {
  for (let i = 0;i < list.length; i++)
    if (pred(list[i]))
      return !0;
  return !1;
}
var REFUSED_CLONEFLAGS = [
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
], REFUSED_CLONEFLAGS_MASK = orOf(REFUSED_CLONEFLAGS);
function orOf(rows) {
  let m = 0;
  for (let i = 0;i < rows.length; i++)
    m |= rows[i][0];
  return m >>> 0;
}
function refusedCloneflags(flags, pidfd, cgroup) {
  let lo = flags >>> 0, names = REFUSED_CLONEFLAGS.filter(([bit]) => (lo & bit) !== 0).map(([, n]) => n);
  if ((lo & CLONE_PIDFD) !== 0 && !pidfd)
    names.push("CLONE_PIDFD without Sys.PidFD");
  if (Math.floor(flags / 4294967296) & CLONE_INTO_CGROUP / 4294967296 && !cgroup)
    names.push("CLONE_INTO_CGROUP without Sys.UseCgroupFD");
  return names.join("|");
}
var errSetcttyForeground = Error("both Setctty and Foreground set in SysProcAttr"), errSetcttyCtty = Error("Setctty set but Ctty not valid in child"), BPF_MAXINSNS = 4096, isAbs = (p) => p[0] === "/", capBits = null;
function capBit(c) {
  if (capBits === null) {
    let t = [], b = 1n;
    for (let i = 0;i < 64; i++, b <<= 1n)
      t[i] = b;
    capBits = t;
  }
  return capBits[c];
}
var capLast = -1, capValid = (c) => Prctl(PR_CAPBSET_READ, c, 0, 0, 0) !== EINVAL;
function lastCap() {
  if (capLast < 0) {
    let lo = 0, hi = 63;
    while (lo < hi) {
      let mid = lo + hi + 1 >> 1;
      if (capValid(mid))
        lo = mid;
      else
        hi = mid - 1;
    }
    capLast = lo;
  }
  return capLast;
}
function capsPast(list) {
  let last = lastCap();
  for (let i = 0;i < list.length; i++)
    if (list[i] > last)
      return !0;
  return !1;
}
function capMask(name, v) {
  let list = arrayArg(name, v, LIMITS.CAPS, (x, n) => intArg(n, x, 0, Number.MAX_SAFE_INTEGER));
  if (list === null || capsPast(list))
    return -1n;
  let m = 0n;
  for (let i = 0;i < list.length; i++)
    m |= capBit(list[i]);
  return m;
}
function limitValue(name, v) {
  if (typeof v === "number" && Number.isSafeInteger(v))
    v = BigInt(v);
  if (typeof v !== "bigint")
    throw TypeError(`${name} must be a bigint, got ${describe(v)}`);
  if (v < 0n || v > RLIM_INFINITY)
    throw RangeError(`${name} out of range: ${v}`);
  return v;
}
var pageBytes = 0;
function tooLongData(data) {
  if (data.length * 3 + 1 <= 4096)
    return !1;
  if (pageBytes ||= Getpagesize(), data.length + 1 > pageBytes)
    return !0;
  return byteLengthOf(utf8(data)) + 1 > pageBytes;
}
var hasOwn2 = Object.hasOwn, optNullStr = (name, v) => v === void 0 || v === null ? null : optStr(name, v);
function readSandbox(sys, cloneflags, unshareflags) {
  let { Umask: umaskV, Hostname: hostV, Domainname: domV, Mounts: mountsV, PivotRoot: pivotV, BoundingCaps: bsetV, EffectiveCaps: effV, PermittedCaps: prmV, InheritableCaps: inhV, NoNewPrivs: nnpV, UseLandlock: llV, LandlockFD: llFdV, LandlockFlags: llFlagsV, SeccompFilter: seccompV, Setns: setnsV, Rlimits: rlimitsV } = sys;
  if (umaskV == null && hostV == null && domV == null && mountsV == null && pivotV == null && bsetV == null && effV == null && prmV == null && inhV == null && nnpV == null && llV == null && llFdV == null && llFlagsV == null && seccompV == null && setnsV == null && rlimitsV == null)
    return null;
  let flags = 0, bytes = 64, refusal = null, refuse = (step, err = EINVAL) => void (refusal ??= [err, step]), umask = umaskV == null ? 0 : intArg("Sys.Umask", umaskV, 0, 4095);
  if (umaskV != null)
    flags |= F.UMASK;
  let hostname = optNullStr("Sys.Hostname", hostV), domainname = optNullStr("Sys.Domainname", domV), pivot = optNullStr("Sys.PivotRoot", pivotV), mountList = arrayArg("Sys.Mounts", mountsV, 65536, (m, n) => {
    let o = optObj(n, m);
    if (o === null)
      throw TypeError(`${n} must be a SysProcMount, got ${describe(m)}`);
    let opV = o.Op ?? "mount", createV = o.Create;
    if (typeof opV !== "string" || !hasOwn2(MOUNT_OPS, opV))
      throw TypeError(`${n}.Op must be one of ${Object.keys(MOUNT_OPS).join(", ")}, got ${describe(opV)}`);
    if (createV != null && createV !== "dir" && createV !== "file")
      throw TypeError(`${n}.Create must be "dir" or "file", got ${describe(createV)}`);
    let kind = MOUNT_OPS[opV], create = createV === "dir" ? MOUNT_CREATE.DIR : createV === "file" ? MOUNT_CREATE.FILE : MOUNT_CREATE.NONE, isDir = kind === MOUNT_OPS.mkdir || create === MOUNT_CREATE.DIR, modeV = o.Mode, mode = modeV == null ? isDir ? 493 : 420 : intArg(`${n}.Mode`, modeV, 0, 4095), target = optStr(`${n}.Target`, o.Target), op = {
      word0: kind | create << 8 | mode << 16 | (optBool(`${n}.Try`, o.Try) ? MOP_TRY : 0),
      flags: optUint(`${n}.Flags`, o.Flags, U322),
      source: optNullStr(`${n}.Source`, o.Source),
      target,
      fstype: optNullStr(`${n}.Fstype`, o.Fstype),
      data: optNullStr(`${n}.Data`, o.Data)
    };
    if (op.source !== null)
      bytes += op.source.length * 3 + 8;
    if (bytes += op.target.length * 3 + 8, op.fstype !== null)
      bytes += op.fstype.length * 3 + 8;
    if (op.data !== null)
      bytes += op.data.length * 3 + 8;
    return op;
  }), mounts = mountList ?? [];
  if (hostname !== null)
    flags |= F.HOSTNAME, bytes += hostname.length * 3 + 8;
  if (domainname !== null)
    flags |= F.DOMAINNAME, bytes += domainname.length * 3 + 8;
  if (pivot !== null)
    flags |= F.PIVOT, bytes += pivot.length * 3 + 8;
  if (mounts.length > 0)
    flags |= F.MOUNTS;
  bytes += mounts.length * MOP_WORDS * 8;
  let capbset = bsetV == null ? 0n : capMask("Sys.BoundingCaps", bsetV);
  if (bsetV != null)
    flags |= F.CAPBSET;
  let sets = [effV == null ? 0n : capMask("Sys.EffectiveCaps", effV), prmV == null ? 0n : capMask("Sys.PermittedCaps", prmV), inhV == null ? 0n : capMask("Sys.InheritableCaps", inhV)], capWhich = (effV != null ? 1 : 0) | (prmV != null ? 2 : 0) | (inhV != null ? 4 : 0);
  if (capWhich !== 0)
    flags |= F.CAPSETS;
  if (optBool("Sys.NoNewPrivs", nnpV))
    flags |= F.NONEWPRIVS;
  if (optBool("Sys.UseLandlock", llV))
    flags |= F.LANDLOCK;
  let landlockFd = cInt(optInt("Sys.LandlockFD", llFdV)), landlockFlags = optUint("Sys.LandlockFlags", llFlagsV, U322), seccomp = null, insns = arrayArg("Sys.SeccompFilter", seccompV, BPF_MAXINSNS, (x, n) => {
    let o = optObj(n, x);
    if (o === null)
      throw TypeError(`${n} must be a SockFilter, got ${describe(x)}`);
    let code = intArg(`${n}.Code`, o.Code, 0, 65535), jt = intArg(`${n}.Jt`, o.Jt, 0, 255), jf = intArg(`${n}.Jf`, o.Jf, 0, 255), k = intArg(`${n}.K`, o.K, 0, U322);
    return [(code | jt << 16 | jf << 24) >>> 0, k];
  });
  if (seccompV != null) {
    flags |= F.SECCOMP, seccomp = [];
    for (let i = 0;insns !== null && i < insns.length; i++)
      seccomp[2 * i] = insns[i][0], seccomp[2 * i + 1] = insns[i][1];
    bytes += seccomp.length * 4 + 16;
  }
  let setns = arrayArg("Sys.Setns", setnsV, 64, (x, n) => {
    let o = optObj(n, x);
    if (o === null)
      throw TypeError(`${n} must be a SysProcSetns, got ${describe(x)}`);
    let fd = cInt(optInt(`${n}.Fd`, o.Fd)), nstype = optUint(`${n}.Nstype`, o.Nstype, U322);
    return [fd, nstype === 0 ? nsTypeOf(fd) || NOT_A_NAMESPACE : nstype];
  });
  if (setns !== null && setns.length > 0)
    flags |= F.SETNS;
  bytes += (setns?.length ?? 0) * 16;
  let rlimits = arrayArg("Sys.Rlimits", rlimitsV, 64, (x, n) => {
    let o = optObj(n, x);
    if (o === null)
      throw TypeError(`${n} must be a SysProcRlimit, got ${describe(x)}`);
    return [intArg(`${n}.Resource`, o.Resource, 0, U322), limitValue(`${n}.Cur`, o.Cur), limitValue(`${n}.Max`, o.Max)];
  });
  if (setns === null)
    refuse("setns");
  let joined = 0;
  for (let i = 0;setns !== null && i < setns.length; i++)
    if (setns[i][1] !== NOT_A_NAMESPACE)
      joined |= setns[i][1];
  let lo = (cloneflags & ~joined | unshareflags) >>> 0, strs = [hostname, domainname, pivot];
  for (let i = 0;i < mounts.length; i++) {
    let m = mounts[i];
    strs[3 + 4 * i] = m.source, strs[4 + 4 * i] = m.target, strs[5 + 4 * i] = m.fstype, strs[6 + 4 * i] = m.data;
  }
  if (anyOf(strs, (x) => x !== null && notCString(x)))
    refuse("validate");
  if ((hostname !== null || domainname !== null) && !(lo & CLONE_NEWUTS))
    refuse(hostname !== null ? "sethostname" : "setdomainname");
  if (mountList === null || mounts.length > 0 && !(lo & CLONE_NEWNS) || anyOf(mounts, (m) => !isAbs(m.target)))
    refuse("mount");
  if (anyOf(mounts, (m) => (m.word0 & 255) === MOUNT_OPS.pivot && (m.source === null || !isAbs(m.source))))
    refuse("pivot_root");
  if (anyOf(mounts, (m) => (m.word0 & 255) === MOUNT_OPS.symlink && m.source === null))
    refuse("symlink");
  if (pivot !== null && (!(lo & CLONE_NEWNS) || !isAbs(pivot)))
    refuse("pivot_root");
  if ((hostname?.length ?? 0) > HOST_NAME_MAX)
    refuse("sethostname");
  if ((domainname?.length ?? 0) > HOST_NAME_MAX)
    refuse("setdomainname");
  if (anyOf(mounts, (m) => (m.target?.length ?? 0) >= PATH_MAX))
    refuse("mount", ENAMETOOLONG);
  let long = (x) => x !== null && x.length >= PATH_MAX;
  if (anyOf(mounts, (m) => (m.word0 & 255) === MOUNT_OPS.symlink && long(m.source)))
    refuse("symlink", ENAMETOOLONG);
  if (anyOf(mounts, (m) => (m.word0 & 255) === MOUNT_OPS.pivot && long(m.source)))
    refuse("pivot_root", ENAMETOOLONG);
  if (anyOf(mounts, (m) => long(m.source) || long(m.fstype)))
    refuse("mount");
  if ((pivot?.length ?? 0) >= PATH_MAX)
    refuse("pivot_root", ENAMETOOLONG);
  if (anyOf(mounts, (m) => m.data !== null && tooLongData(m.data)))
    refuse("mount");
  if (anyOf(mounts, (m) => (m.word0 & 255) === MOUNT_OPS.mount && (m.flags & MS_REMOUNT) !== 0 && (m.flags & MS_BIND) === 0))
    refuse("mount");
  if (capbset < 0n)
    refuse("capbset");
  if (anyOf(sets, (m) => m < 0n))
    refuse("capsets");
  if (seccompV != null && insns === null)
    refuse("seccomp");
  if (rlimits === null)
    refuse("rlimit");
  return { sb: {
    flags,
    umask,
    hostname: hostname ?? "",
    domainname: domainname ?? "",
    pivot: pivot ?? "",
    mounts,
    capbset,
    caps: [sets[0], sets[1], sets[2]],
    capWhich,
    landlockFd,
    landlockFlags,
    seccomp,
    setns: setns ?? [],
    rlimits: rlimits ?? [],
    bytes: bytes + (rlimits?.length ?? 0) * 24 + 24
  }, refusal };
}
function readRequest(argv0, argv, attr) {
  if (typeof argv0 !== "string")
    throw TypeError(`argv0 must be a string, got ${describe(argv0)}`);
  let a = optObj("attr", attr) ?? NO_ATTR, argvV = argv, { Env: envV, Dir: dirV, Files: filesV, Sys: sysV } = a, sysObj = optObj("attr.Sys", sysV), argsRead = arrayArg("argv", argvV, LIMITS.ARG_BYTES / 8, strElem, checked.args), envRead = arrayArg("attr.Env", envV, LIMITS.ARG_BYTES / 8, strElem, envBlock.strings), tooMany = argsRead === null || envRead === null ? [E2BIG, "validate"] : null, args = argsRead ?? [], env = envRead ?? [], dir = optStr("attr.Dir", dirV), files = arrayArg("attr.Files", filesV, LIMITS.FILES, fdElem);
  if (sysObj === null) {
    let bad = argsRefusal(argv0, args, env, dir, "");
    if (bad !== null)
      return bad;
    if (files === null)
      return [EBADF, "validate"];
    let big = lengthRefusal(argv0, dir, "") ?? tooMany ?? sizeRefusal(args, env);
    if (big !== null)
      return big;
    if (args !== checked.args || argv0 !== checked.argv0)
      checked.args = args, checked.argv0 = argv0, checked.argsBytes = argBytes(args);
    return { plain: !0, argv0, args, env, dir, files };
  }
  let sys = sysObj, chroot = optStr("Sys.Chroot", sys.Chroot), setsid = optBool("Sys.Setsid", sys.Setsid), setpgid = optBool("Sys.Setpgid", sys.Setpgid), setctty = optBool("Sys.Setctty", sys.Setctty), noctty = optBool("Sys.Noctty", sys.Noctty), foreground = optBool("Sys.Foreground", sys.Foreground), ptrace = optBool("Sys.Ptrace", sys.Ptrace), ctty = optInt("Sys.Ctty", sys.Ctty), pgid = optInt("Sys.Pgid", sys.Pgid), pdeathsigV = sys.Pdeathsig, pdeathsig = pdeathsigV === void 0 || pdeathsigV === null ? 0 : isA(Signal, pdeathsigV) ? signoOf(pdeathsigV.signo) : optInt("Sys.Pdeathsig", pdeathsigV), cloneflags = optUint("Sys.Cloneflags", sys.Cloneflags, Number.MAX_SAFE_INTEGER), unshareflags = optUint("Sys.Unshareflags", sys.Unshareflags, Number.MAX_SAFE_INTEGER), uidmap = idMaps("Sys.UidMappings", sys.UidMappings), gidmap = idMaps("Sys.GidMappings", sys.GidMappings), gidSetgroups = optBool("Sys.GidMappingsEnableSetgroups", sys.GidMappingsEnableSetgroups), useCgroup = optBool("Sys.UseCgroupFD", sys.UseCgroupFD), cgroupFd = cInt(optInt("Sys.CgroupFD", sys.CgroupFD)), ambient = arrayArg("Sys.AmbientCaps", sys.AmbientCaps, LIMITS.CAPS, (x, n) => intArg(n, x, 0, Number.MAX_SAFE_INTEGER)), credV = optObj("Sys.Credential", sys.Credential), cred = null, groups = [];
  if (credV !== null) {
    let uid = intArg("Credential.Uid", credV.Uid ?? 0, 0, U322), gid = intArg("Credential.Gid", credV.Gid ?? 0, 0, U322);
    groups = arrayArg("Credential.Groups", credV.Groups, LIMITS.GROUPS, uint32Elem), cred = { uid, gid, groups: groups ?? [], noSetGroups: optBool("Credential.NoSetGroups", credV.NoSetGroups) };
  }
  let sbr = readSandbox(sys, cloneflags, unshareflags), pidfdOut = optObj("Sys.PidFD", sys.PidFD);
  if (pidfdOut !== null)
    pidfdOut.value = -1, outArg("Sys.PidFD", pidfdOut, ["value"]);
  let bad = argsRefusal(argv0, args, env, dir, chroot);
  if (bad !== null)
    return bad;
  if (setctty && foreground)
    return [errSetcttyForeground, "validate"];
  if (setctty && ctty >= (files?.length ?? LIMITS.FILES + 1))
    return [errSetcttyCtty, "validate"];
  if (files === null)
    return [EBADF, "validate"];
  if (uidmap === TOO_MANY || gidmap === TOO_MANY)
    return [EINVAL, "validate"];
  if (ambient === null || groups === null)
    return [EINVAL, "validate"];
  let refused = refusedCloneflags(cloneflags, pidfdOut !== null, useCgroup);
  if (refused !== "")
    return [EINVAL, `cloneflags: ${refused}`];
  if ((setpgid || foreground) && (pgid < 0 || pgid > 2147483647))
    return [EINVAL, "setpgid"];
  if (sbr?.refusal)
    return sbr.refusal;
  if (ambient.length > 0 && capsPast(ambient))
    return [EINVAL, "ambient"];
  let big = lengthRefusal(argv0, dir, chroot) ?? tooMany ?? sizeRefusal(args, env);
  if (big !== null)
    return big;
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
    pidfdOut,
    sb: sbr?.sb ?? null
  };
}
var signoOf = (n) => typeof n === "number" && Number.isInteger(n) ? n : -1, NO_GROUPS = Object.freeze([]), NO_ATTR = Object.freeze({}), NO_SYS = Object.freeze({
  chroot: "",
  setsid: !1,
  setpgid: !1,
  setctty: !1,
  noctty: !1,
  foreground: !1,
  ptrace: !1,
  ctty: 0,
  pgid: 0,
  pdeathsig: 0,
  cloneflags: 0,
  unshareflags: 0,
  uidmap: null,
  gidmap: null,
  gidSetgroups: !1,
  useCgroup: !1,
  cgroupFd: 0,
  ambient: Object.freeze([]),
  cred: null,
  pidfdOut: null,
  sb: null
});
function argsRefusal(argv0, args, env, dir, chroot) {
  let known = env === envBlock.strings && env.length > 0;
  if (!(args === checked.args && argv0 === checked.argv0) && (notCString(argv0) || anyOf(args, notCString)) || !known && anyOf(env, notCString) || notCString(dir) || notCString(chroot))
    return [EINVAL, "validate"];
  return null;
}
var PATH_MAX = 4096, HOST_NAME_MAX = 64;
function lengthRefusal(argv0, dir, chroot) {
  if (chroot.length >= PATH_MAX)
    return [ENAMETOOLONG, "chroot"];
  if (dir.length >= PATH_MAX)
    return [ENAMETOOLONG, "chdir"];
  if (argv0.length >= PATH_MAX)
    return [ENAMETOOLONG, "execve"];
  return null;
}
function sizeRefusal(args, env) {
  let known = env === envBlock.strings && env.length > 0, bytes = (args.length + env.length + 2) * 8 + (known ? envBlock.bytes : 0) + (args === checked.args ? checked.argsBytes : argBytes(args));
  if (!known)
    for (let i = 0;i < env.length; i++)
      bytes += env[i].length + 1;
  return bytes > LIMITS.ARG_BYTES ? [E2BIG, "validate"] : null;
}
function argBytes(args) {
  let n = 0;
  for (let i = 0;i < args.length; i++)
    n += args[i].length + 1;
  return n;
}
var checked = { argv0: "", args: [], argsBytes: 0 }, fdElem = elemCheck((x) => typeof x === "number" && Number.isInteger(x), (x, name) => {
  if (typeof x !== "number" || !Number.isInteger(x))
    throw TypeError(`${name} must be an integer fd, got ${describe(x)}`);
  return x;
}), childRlimitNofile = null;
function SetChildRlimitNofile(rlim) {
  if (rlim === null) {
    childRlimitNofile = null;
    return;
  }
  if (typeof rlim !== "object")
    throw TypeError("rlim must be an Rlimit with bigint Cur and Max, or null");
  let { Cur: cur, Max: max } = rlim;
  if (typeof cur !== "bigint" || typeof max !== "bigint")
    throw TypeError("rlim must be an Rlimit with bigint Cur and Max, or null");
  if (cur < 0n || max < 0n || cur > RLIM_INFINITY || max > RLIM_INFINITY)
    throw RangeError("rlim.Cur and rlim.Max must be in [0, 2^64-1]");
  childRlimitNofile = new Rlimit(cur, max);
}
function ChildRlimitNofile() {
  return childRlimitNofile === null ? null : new Rlimit(childRlimitNofile.Cur, childRlimitNofile.Max);
}
var RLIMIT_NOFILE = 7;
rlimitHooks.push((resource) => {
  if (resource === RLIMIT_NOFILE)
    childRlimitNofile = null;
});
function LastForkExecFailure() {
  return getFailure();
}
function ForkExec(argv0, argv, attr) {
  return [start(argv0, argv, attr), takeStartErr()];
}
function StartProcess(argv0, argv, attr) {
  return [start(argv0, argv, attr), 0, takeStartErr()];
}
var startErr = null;
function takeStartErr() {
  let err = startErr;
  return startErr = null, err;
}
var marshalling = !1;
function refuseReentry() {
  if (marshalling)
    throw Error("ForkExec: called from inside another ForkExec or Exec on this thread while it writes its request (a replaced built-in method)");
}
function start(argv0, argv, attr) {
  startErr = null, refuseReentry();
  let p = readRequest(argv0, argv, attr);
  if (Array.isArray(p))
    return fail2(p[0], p[1]);
  marshalling = !0;
  try {
    return marshalAndSpawn(p);
  } finally {
    marshalling = !1;
  }
}
function marshalAndSpawn(p) {
  let A = arena;
  if (p.plain === !0 && childRlimitNofile === null && A.samePlain(p.argv0, p.args, p.dir, p.files.length)) {
    A.writeFiles(p.files), A.word(R.ENVP, envBlock.get(p.env));
    let r = spawn(A, null);
    return envBlock.trim(), r;
  }
  let q = p.plain === !0 ? { ...NO_SYS, ...p } : p, { args, env, dir, files, chroot, uidmap, gidmap, ambient, cred } = q, groups = cred?.groups ?? NO_GROUPS, envp = envBlock.get(env), rl = childRlimitNofile, strBytes = q.argv0.length + dir.length + chroot.length + 3;
  for (let i = 0;i < args.length; i++)
    strBytes += args[i].length + 1;
  strBytes *= 3;
  let total = HEADER_BYTES + PROCPATH_BYTES + files.length * 4 + groups.length * 4 + ambient.length * 8 + (args.length + 1) * 8 + ((uidmap?.length ?? 0) + (gidmap?.length ?? 0)) * 3 + 64 + strBytes + (q.sb?.bytes ?? 0);
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
  if (rl !== null)
    flags |= F.RLIMIT;
  let sb = q.sb;
  if (A.word(R.PROCPATH, A.base + A.alloc(PROCPATH_BYTES)), A.filesAt = A.alloc(files.length * 4), A.writeFiles(files), A.word(R.FILES, A.base + A.filesAt), A.word(R.NFILES, files.length), groups.length > 0) {
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
  if (A.word(R.PGID, q.pgid), A.word(R.CTTY, q.ctty), A.word(R.PDEATHSIG, q.pdeathsig), A.word(R.CLONEFLAGS, q.cloneflags), A.word(R.UNSHAREFLAGS, q.unshareflags), cred !== null)
    A.word(R.UID, cred.uid), A.word(R.GID, cred.gid);
  if (A.word(R.CGROUPFD, q.cgroupFd), sb !== null)
    flags |= marshalSandbox(A, sb, rl);
  else if (rl !== null)
    marshalRlimits(A, [[RLIMIT_NOFILE, rl.Cur, rl.Max]]);
  if (A.word(R.FLAGS, flags), A.word(R.STACK, A.stackBase), A.word(R.STACK_SIZE, STACK_BYTES - 64), q.plain === !0 && rl === null)
    A.notePlain(q.argv0, args, dir, files.length);
  let r = spawn(A, q.pidfdOut);
  return A.trim(), envBlock.trim(), r;
}
function spawn(A, pidfdOut) {
  let N = native2 ?? loadOrFail();
  if (N === null)
    return startErr = getFailure().Err, 0;
  ForkLock.Lock();
  let e;
  try {
    e = N.forkexec(A.base);
  } finally {
    ForkLock.Unlock();
  }
  if (e !== 0)
    return fail2(Errno.of(e), STEPS[A.read32(R.STEP)] ?? `step ${A.read32(R.STEP)}`);
  setFailure(null);
  let pid = A.read32(R.PID), pidfd = A.read32(R.PIDFD);
  if (marshalling = !1, pidfdOut !== null)
    try {
      pidfdOut.value = pidfd;
    } catch {
      C.close(pidfd);
    }
  return pid;
}
function allocWords(A, n) {
  return A.off = A.off + 7 & -8, A.alloc(n) / 8;
}
function marshalRlimits(A, list) {
  let at = allocWords(A, list.length * 24);
  for (let i = 0;i < list.length; i++) {
    let l = list[i];
    A.word(at + 3 * i, l[0]), A.wordBig(at + 3 * i + 1, l[1]), A.wordBig(at + 3 * i + 2, l[2]);
  }
  A.word(R.RLIMITS, A.base + at * 8), A.word(R.NRLIMITS, list.length);
}
function marshalSandbox(A, sb, nofile) {
  let flags = sb.flags, opt = (s) => s === null ? 0 : A.str(s);
  A.word(R.UMASK, sb.umask);
  let named = (at, len, s) => {
    let o = A.off;
    A.word(at, A.str(s)), A.word(len, A.off - o - 1);
  };
  if (flags & F.HOSTNAME)
    named(R.HOSTNAME, R.HOSTNAME_LEN, sb.hostname);
  if (flags & F.DOMAINNAME)
    named(R.DOMAINNAME, R.DOMAINNAME_LEN, sb.domainname);
  if (flags & F.PIVOT)
    A.word(R.PIVOT, A.str(sb.pivot));
  if (flags & F.MOUNTS) {
    let at = allocWords(A, sb.mounts.length * MOP_WORDS * 8);
    for (let i = 0;i < sb.mounts.length; i++) {
      let m = sb.mounts[i], w = at + i * MOP_WORDS;
      A.word(w, m.word0), A.word(w + 1, m.flags), A.word(w + 2, opt(m.source)), A.word(w + 3, A.str(m.target)), A.word(w + 4, opt(m.fstype)), A.word(w + 5, opt(m.data));
    }
    A.word(R.MOUNTS, A.base + at * 8), A.word(R.NMOUNTS, sb.mounts.length);
  }
  A.wordBig(R.CAPBSET, sb.capbset);
  for (let i = 0;i < 3; i++)
    A.wordBig(R.CAPEFF + i, sb.caps[i]);
  if (A.word(R.CAPWHICH, sb.capWhich), A.word(R.LANDLOCK_FD, sb.landlockFd), A.word(R.LANDLOCK_FLAGS, sb.landlockFlags), sb.seccomp !== null) {
    let ins = allocWords(A, sb.seccomp.length * 4);
    for (let i = 0;i < sb.seccomp.length; i++)
      A.u32[ins * 2 + i] = sb.seccomp[i];
    let prog = allocWords(A, 16);
    A.word(prog, sb.seccomp.length / 2), A.word(prog + 1, A.base + ins * 8), A.word(R.SECCOMP, A.base + prog * 8);
  }
  if (flags & F.SETNS) {
    let at = allocWords(A, sb.setns.length * 16);
    for (let i = 0;i < sb.setns.length; i++)
      A.word(at + 2 * i, sb.setns[i][0]), A.word(at + 2 * i + 1, sb.setns[i][1]);
    A.word(R.SETNS, A.base + at * 8), A.word(R.NSETNS, sb.setns.length);
  }
  let hasNofile = !1;
  for (let i = 0;i < sb.rlimits.length; i++)
    if (sb.rlimits[i][0] === RLIMIT_NOFILE)
      hasNofile = !0;
  let limits = [];
  for (let i = 0;i < sb.rlimits.length; i++)
    limits[i] = sb.rlimits[i];
  if (nofile !== null && !hasNofile)
    limits[sb.rlimits.length] = [RLIMIT_NOFILE, nofile.Cur, nofile.Max];
  if (limits.length > 0)
    flags |= F.RLIMIT, marshalRlimits(A, limits);
  return flags;
}
function fail2(err, step) {
  return setFailure({ Step: step, Err: err }), startErr = err, 0;
}
function loadOrFail() {
  try {
    return loadNative2();
  } catch (e) {
    if (isA(Errno, e))
      return setFailure({ Step: "compile", Err: e }), null;
    if (!isA(NativeUnavailable, e))
      throw e;
    return unavailableErr(e), null;
  }
}
preparers.push(() => void loadNative2());
function Exec(argv0, argv, envv) {
  if (typeof argv0 !== "string")
    throw TypeError(`argv0 must be a string, got ${describe(argv0)}`);
  let args = arrayArg("argv", argv, LIMITS.ARG_BYTES / 8, strElem), env = arrayArg("envv", envv, LIMITS.ARG_BYTES / 8, strElem), refuse = (err) => (setFailure({ Step: "validate", Err: err }), err);
  if (notCString(argv0) || anyOf(args ?? [], notCString) || anyOf(env ?? [], notCString))
    return refuse(EINVAL);
  if (argv0.length >= PATH_MAX)
    return setFailure({ Step: "execve", Err: ENAMETOOLONG }), ENAMETOOLONG;
  if (args === null || env === null)
    return refuse(E2BIG);
  let bytes = 0;
  for (let i = 0;i < args.length; i++)
    bytes += args[i].length + 1;
  for (let i = 0;i < env.length; i++)
    bytes += env[i].length + 1;
  if (bytes + (args.length + env.length + 2) * 8 > LIMITS.ARG_BYTES)
    return refuse(E2BIG);
  let A = arena;
  refuseReentry(), marshalling = !0;
  let N, argvP, envP, pathP;
  try {
    A.reset(HEADER_BYTES + (bytes + argv0.length + 1) * 3 + (args.length + env.length + 2) * 8 + 64), argvP = A.strArray(args), envP = A.strArray(env), pathP = A.str(argv0), N = native2 ?? loadOrFail();
  } finally {
    marshalling = !1;
  }
  if (N === null)
    return getFailure().Err;
  let rl = childRlimitNofile, e = N.exec(pathP, argvP, envP, rl === null ? -1 : rl.Cur > 0x7fffffffffffffffn ? 0x7fffffffffffffffn : rl.Cur);
  A.trim(), envBlock.trim();
  let err = Errno.of(e);
  return setFailure({ Step: "execve", Err: err }), err;
}
// src/sys/creds.ts
var { Uint8Array: Uint8Array14, Uint32Array: Uint32Array8, DataView: DataView5 } = globalThis, Setuid = sysCall("Setuid", "setuid", ["int"], "err"), Setgid = sysCall("Setgid", "setgid", ["int"], "err"), Setreuid = sysCall("Setreuid", "setreuid", ["int", "int"], "err"), Setregid = sysCall("Setregid", "setregid", ["int", "int"], "err"), Setresuid = sysCall("Setresuid", "setresuid", ["int", "int", "int"], "err"), Setresgid = sysCall("Setresgid", "setresgid", ["int", "int", "int"], "err");
function Seteuid(euid) {
  return Setresuid(-1, intArg("euid", euid), -1);
}
function Setegid(egid) {
  return Setresgid(-1, intArg("egid", egid), -1);
}
var Setfsuid = sysCall("Setfsuid", SYS_SETFSUID, ["int"], "err"), Setfsgid = sysCall("Setfsgid", SYS_SETFSGID, ["int"], "err"), setgroups = sysCall("Setgroups", "setgroups", ["uintptr", "nullbuf"], "err"), NGROUPS_MAX = 65536, gidElem = (x, name) => intArg(name, x) >>> 0;
function Setgroups(gids) {
  let list = arrayArg("gids", gids, NGROUPS_MAX, gidElem);
  if (list === null)
    return EINVAL;
  if (list.length === 0)
    return setgroups(0, null);
  let u = new Uint32Array8(list.length);
  for (let i = 0;i < list.length; i++)
    u[i] = list[i];
  return setgroups(list.length, new Uint8Array14(bufferOf(u)));
}
// src/sys/mount.ts
var { Uint8Array: Uint8Array15, Int8Array: Int8Array2 } = globalThis, mount = sysCall("Mount", "mount", ["buf", "buf", "buf", "uintptr", "nullbuf"], "err");
function Mount(source, target, fstype, flags, data) {
  let s = cstring(source, -1, "source"), t = cstring(target, -1, "target"), f = cstring(fstype, -1, "fstype"), d = cstring(data, -1, "data");
  if (int64Arg("flags", flags) < 0)
    throw RangeError(`flags out of range: ${flags}`);
  if (s === null || t === null || f === null || d === null)
    return EINVAL;
  return mount(s, t, f, flags, data === "" ? null : d);
}
var Unmount = sysCall("Unmount", "umount2", ["path", "int"], "err"), pivotRoot = sysCall("PivotRoot", SYS_PIVOT_ROOT, ["path", "path"], "err");
function PivotRoot(newroot, putold) {
  let err = pivotRoot(newroot, putold);
  if (err === null)
    noteRootChanged();
  return err;
}
var Unshare = sysCall("Unshare", "unshare", ["int"], "err"), Sethostname = sysCall("Sethostname", "sethostname", ["bytes"], "err"), Setdomainname = sysCall("Setdomainname", "setdomainname", ["bytes"], "err"), UTS_LEN = 65, UTS_FIELDS = ["Sysname", "Nodename", "Release", "Version", "Machine", "Domainname"];

class Utsname {
  Sysname = new Int8Array2(UTS_LEN);
  Nodename = new Int8Array2(UTS_LEN);
  Release = new Int8Array2(UTS_LEN);
  Version = new Int8Array2(UTS_LEN);
  Machine = new Int8Array2(UTS_LEN);
  Domainname = new Int8Array2(UTS_LEN);
}
var uname = sysCall("Uname", "uname", ["buf"], "err"), utsBuf = null;
function Uname(buf) {
  outArg("buf", buf, UTS_FIELDS);
  let b = utsBuf ??= new Uint8Array15(UTS_LEN * UTS_FIELDS.length), err = uname(b);
  if (err !== null)
    return err;
  let got = new Uint8Array15(b);
  for (let i = 0;i < UTS_FIELDS.length; i++) {
    let k = UTS_FIELDS[i], bytes = new Int8Array2(bufferOf(got), i * UTS_LEN, UTS_LEN), f = buf[k];
    if (typedArrayTag(f) === "Int8Array" && elementCountOf(f) === UTS_LEN)
      setOf(f, bytes);
    else
      buf[k] = new Int8Array2(bytes);
  }
  return null;
}

class Sysinfo_t {
  Uptime = 0;
  Loads = [0n, 0n, 0n];
  Totalram = 0n;
  Freeram = 0n;
  Sharedram = 0n;
  Bufferram = 0n;
  Totalswap = 0n;
  Freeswap = 0n;
  Procs = 0;
  Pad = 0;
  Totalhigh = 0n;
  Freehigh = 0n;
  Unit = 0;
}
var SYSINFO_LAYOUT = {
  size: 112,
  Uptime: 0,
  Loads: 8,
  Totalram: 32,
  Freeram: 40,
  Sharedram: 48,
  Bufferram: 56,
  Totalswap: 64,
  Freeswap: 72,
  Procs: 80,
  Pad: 82,
  Totalhigh: 88,
  Freehigh: 96,
  Unit: 104
}, U64_FIELDS = ["Totalram", "Freeram", "Sharedram", "Bufferram", "Totalswap", "Freeswap", "Totalhigh", "Freehigh"], SYSINFO_FIELDS = ["Uptime", "Loads", ...U64_FIELDS, "Procs", "Pad", "Unit"], sysinfo = sysCall("Sysinfo", "sysinfo", ["buf"], "err"), infoBuf = null;
function Sysinfo(info) {
  outArg("info", info, SYSINFO_FIELDS);
  let loads = info.Loads, inPlace = Array.isArray(loads) && loads.length === 3;
  if (inPlace)
    outArg("info.Loads", loads, ["0", "1", "2"]);
  let b = infoBuf ??= new Uint8Array15(SYSINFO_LAYOUT.size), err = sysinfo(b);
  if (err !== null)
    return err;
  let dv = copyView(b), L = SYSINFO_LAYOUT;
  info.Uptime = Number(dv.getBigInt64(L.Uptime, !0));
  let l = [dv.getBigUint64(L.Loads, !0), dv.getBigUint64(L.Loads + 8, !0), dv.getBigUint64(L.Loads + 16, !0)];
  if (inPlace)
    for (let i = 0;i < 3; i++)
      loads[i] = l[i];
  else
    info.Loads = l;
  for (let i = 0;i < U64_FIELDS.length; i++)
    info[U64_FIELDS[i]] = dv.getBigUint64(L[U64_FIELDS[i]], !0);
  return info.Procs = dv.getUint16(L.Procs, !0), info.Pad = dv.getUint16(L.Pad, !0), info.Unit = dv.getUint32(L.Unit, !0), null;
}
// src/sys/raw.ts
var { Uint8Array: Uint8Array16, DataView: DataView6, ArrayBuffer: ArrayBuffer2 } = globalThis, TWO64 = 1n << 64n, MIN_I64 = -(1n << 63n), MINUS1 = TWO64 - 1n, EMPTY = new Uint8Array16(0), IS_VIEW2 = ArrayBuffer2.isView, DV_LENGTH = Object.getOwnPropertyDescriptor(DataView6.prototype, "byteLength").get, { asIntN, asUintN } = BigInt, toBigInt3 = BigInt;
function viewLength(v) {
  if (typedArrayTag(v) !== void 0)
    return byteLengthOf(v);
  try {
    return invoke(DV_LENGTH, v);
  } catch {
    return 0;
  }
}
function word(v, name) {
  if (typeof v === "number") {
    if (!isInt(v))
      throw TypeError(`${name} must be an integer, a bigint or a pointer (typed array), got ${describe(v)}`);
    if (!isSafeInt(v))
      throw RangeError(`${name} is not a safe integer (pass a bigint for a full 64-bit value): ${v}`);
    return v;
  }
  if (typeof v === "bigint") {
    if (v < MIN_I64 || v >= TWO64)
      throw RangeError(`${name} does not fit in 64 bits: ${v}`);
    return asIntN(64, v);
  }
  if (v === null)
    return 0;
  if (IS_VIEW2(v))
    return ffi().ptr(viewLength(v) === 0 ? bufPtr(EMPTY) : v);
  throw TypeError(`${name} must be an integer, a bigint, a typed array or null, got ${describe(v)}`);
}
function uintptr(r) {
  if (typeof r === "bigint")
    return asUintN(64, r);
  return r >= 0 ? r : asUintN(64, toBigInt3(r));
}
function raw2(name, n, given) {
  let w = words(name, n, given), fn = C.syscall, r = fn(w[0], w[1], w[2], w[3], w[4], w[5], w[6]);
  if (r === -1)
    return [MINUS1, 0, Errno.of(errno())];
  return [uintptr(r), 0, null];
}
function words(name, n, given) {
  if (given.length !== n + 1)
    throw TypeError(`${name} takes ${n + 1} arguments, got ${given.length}`);
  let w = [word(given[0], `${name} trap`), 0, 0, 0, 0, 0, 0];
  for (let i = 1;i <= n; i++)
    w[i] = word(given[i], `${name} a${i}`);
  return w;
}
function entry(name, n, run) {
  let f = (...a) => run(name, n, a);
  return Object.defineProperty(f, "name", { value: name }), Object.defineProperty(f, "length", { value: n + 1 }), f;
}
var Syscall = entry("Syscall", 3, raw2), Syscall6 = entry("Syscall6", 6, raw2), RawSyscall = entry("RawSyscall", 3, raw2), RawSyscall6 = entry("RawSyscall6", 6, raw2);
function notOnAllThreads(name, n, given) {
  return words(name, n, given), [MINUS1, MINUS1, ENOTSUP];
}
var AllThreadsSyscall = entry("AllThreadsSyscall", 3, notOnAllThreads), AllThreadsSyscall6 = entry("AllThreadsSyscall6", 6, notOnAllThreads);
function LastErrno() {
  return errnoErr(errno());
}
// src/sys/dirent.ts
var { Int8Array: Int8Array3 } = globalThis;

class Dirent {
  Ino = 0n;
  Off = 0n;
  Reclen = 0;
  Type = 0;
  Name = new Int8Array3(256);
}
var INO = 0, RECLEN = 16, NAME = 19, Getdents = sysCall("Getdents", SYS_GETDENTS64, ["fd", "bytes"], "long");
function ReadDirent(fd, buf) {
  return Getdents(fd, buf);
}
var utf83 = new TextDecoder("utf-8", { ignoreBOM: !0 }), decodeOf = TextDecoder.prototype.decode;
function ParseDirent(buf, max, names) {
  let b = bytesArg("buf", buf), left = int64Arg("max", max), out;
  if (names === null || names === void 0)
    out = [];
  else if (Array.isArray(names))
    out = names;
  else
    throw TypeError(`names must be an array of strings or null, got ${describe(names)}`);
  let at = lengthArg("names", out, 4294967295), view = dataViewOf(b), origlen = byteLengthOf(b), pos = 0, count = 0;
  while (left !== 0 && pos < origlen) {
    let len = origlen - pos;
    if (len < RECLEN + 2)
      return [origlen, count, out];
    let reclen = view.getUint16(pos + RECLEN, !0);
    if (reclen > len)
      return [origlen, count, out];
    let rec = pos;
    if (pos += reclen, reclen < INO + 8)
      break;
    if (view.getBigUint64(rec + INO, !0) === 0n)
      continue;
    if (reclen < NAME)
      break;
    let end = rec + NAME, stop = rec + reclen;
    while (end < stop && b[end] !== 0)
      end++;
    let n = end - rec - NAME;
    if (b[rec + NAME] === 46 && (n === 1 || n === 2 && b[rec + NAME + 1] === 46))
      continue;
    if (left--, count++, at >= 4294967295)
      throw RangeError("names is full: an array holds at most 2^32-1 names");
    out[at++] = invoke(decodeOf, utf83, subview(b, rec + NAME, end));
  }
  return [pos, count, out];
}
// src/sys/socket_struct.ts
var { Uint8Array: Uint8Array17, Int8Array: Int8Array4, Uint32Array: Uint32Array9, BigUint64Array: BigUint64Array5, BigInt: toBigInt4, Number: toNumber3 } = globalThis, DVP = DataView.prototype, { setUint8: SET_U8, setInt8: SET_I8, setUint16: SET_U16, setInt32: SET_I32, setUint32: SET_U32, setBigUint64: SET_U64, setBigInt64: SET_I64, getUint8: GET_U8, getInt8: GET_I8, getUint16: GET_U16, getInt32: GET_I32, getUint32: GET_U32, getBigUint64: GET_U64, getBigInt64: GET_I64 } = DVP, RANGE = {
  u8: [0, 255, "uint8"],
  i8: [-128, 127, "int8"],
  u16: [0, 65535, "uint16"],
  i32: [-2147483648, 2147483647, "int32"],
  u32: [0, 4294967295, "uint32"],
  u64: [0, Number.MAX_SAFE_INTEGER, "uint64"],
  i64: [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, "int64"]
};
function scalarArg(kind, v, name) {
  if (typeof v !== "number" || !isInt(v))
    throw TypeError(`${name} must be an integer, got ${describe(v)}`);
  let r = RANGE[kind];
  if (v < r[0] || v > r[1])
    throw RangeError(`${name} out of range for ${r[2]}: ${v}`);
  return v === 0 ? 0 : v;
}
var ARRAYS = { u8: Uint8Array17, i8: Int8Array4, u32: Uint32Array9 }, isArray = Array.isArray;
function fixedArg(elem, n, v, name) {
  let out = new ARRAYS[elem](n), tag = typedArrayTag(v);
  if (tag !== void 0) {
    if (tag !== ARRAYS[elem].name)
      throw TypeError(`${name} must be a ${ARRAYS[elem].name} or an array of ${n}, got ${describe(v)}`);
    let len = elementCountOf(v);
    if (len !== n)
      throw TypeError(`${name} must have length ${n}, got ${len}`);
    return setOf(out, v), out;
  }
  if (!isArray(v))
    throw TypeError(`${name} must be a ${ARRAYS[elem].name} or an array of ${n}, got ${describe(v)}`);
  let len = v.length;
  if (len !== n)
    throw TypeError(`${name} must have length ${n}, got ${typeof len === "number" ? len : describe(len)}`);
  for (let i = 0;i < n; i++)
    out[i] = scalarArg(elem, v[i], `${name}[${i}]`);
  return out;
}
function layout(name, size, make, fields) {
  return { name, size, make, fields };
}
function objectArg(v, name) {
  if (typeof v !== "object" || v === null)
    throw TypeError(`${name} must be an object, got ${describe(v)}`);
  return v;
}
function convert(kind, v, name) {
  if (typeof kind === "string")
    return scalarArg(kind, v, name);
  if ("arr" in kind)
    return fixedArg(kind.arr, kind.n, v, name);
  return kind.struct.make(objectArg(v, name));
}
function initStruct(L, self, init) {
  if (init === void 0)
    return;
  let src = objectArg(init, `${L.name} init`), dst = self, fields = L.fields;
  for (let f = 0;f < fields.length; f++) {
    let k = fields[f][0], kind = fields[f][2], v = src[k];
    if (v !== void 0)
      dst[k] = convert(kind, v, `${L.name}.${k}`);
  }
}
function writeStruct(L, src, dv, off, name = L.name) {
  let o = objectArg(src, name), fields = L.fields;
  for (let f = 0;f < fields.length; f++) {
    let k = fields[f][0], at = fields[f][1], kind = fields[f][2], v = o[k], where = off + at, fname = `${name}.${k}`;
    if (typeof kind === "string")
      writeScalar(kind, dv, where, scalarArg(kind, v, fname));
    else if ("arr" in kind) {
      let a = fixedArg(kind.arr, kind.n, v, fname);
      for (let i = 0;i < kind.n; i++)
        writeScalar(kind.arr, dv, where + i * (kind.arr === "u32" ? 4 : 1), a[i]);
    } else
      writeStruct(kind.struct, v, dv, where, fname);
  }
}
function readStruct(L, dv, off, target = L.make()) {
  let dst = target, fields = L.fields;
  for (let f = 0;f < fields.length; f++) {
    let k = fields[f][0], at = fields[f][1], kind = fields[f][2], where = off + at;
    if (typeof kind === "string")
      dst[k] = readScalar(kind, dv, where);
    else if ("arr" in kind) {
      let a = new ARRAYS[kind.arr](kind.n);
      for (let i = 0;i < kind.n; i++)
        a[i] = readScalar(kind.arr, dv, where + i * (kind.arr === "u32" ? 4 : 1));
      dst[k] = a;
    } else
      dst[k] = readStruct(kind.struct, dv, where);
  }
  return target;
}
function alignUp(n, a) {
  let m = n + a - 1;
  return m - (m % a + a) % a;
}
function parseRecords(L, b, dataOff, align, fitAligned) {
  let dv = view(b), size = byteLengthOf(b), out = [];
  for (let i = 0;size - i >= L.size; ) {
    let h = readStruct(L, dv, i);
    if (h.Len < L.size || (fitAligned ? alignUp(h.Len, align) : h.Len) > size - i)
      return null;
    out[out.length] = [h, subview(b, i + dataOff, i + h.Len)], i += alignUp(h.Len, align);
  }
  return out;
}
function structBytes(L, src, name = L.name) {
  let b = new Uint8Array17(L.size);
  return writeStruct(L, src, view(b), 0, name), b;
}
var view = dataViewOf;
function writeScalar(kind, dv, at, v) {
  switch (kind) {
    case "u8":
      return invoke(SET_U8, dv, at, v);
    case "i8":
      return invoke(SET_I8, dv, at, v);
    case "u16":
      return invoke(SET_U16, dv, at, v, !0);
    case "i32":
      return invoke(SET_I32, dv, at, v, !0);
    case "u32":
      return invoke(SET_U32, dv, at, v, !0);
    case "u64":
      return invoke(SET_U64, dv, at, toBigInt4(v), !0);
    case "i64":
      return invoke(SET_I64, dv, at, toBigInt4(v), !0);
  }
}
function readScalar(kind, dv, at) {
  switch (kind) {
    case "u8":
      return invoke(GET_U8, dv, at);
    case "i8":
      return invoke(GET_I8, dv, at);
    case "u16":
      return invoke(GET_U16, dv, at, !0);
    case "i32":
      return invoke(GET_I32, dv, at, !0);
    case "u32":
      return invoke(GET_U32, dv, at, !0);
    case "u64":
      return toNumber3(invoke(GET_U64, dv, at, !0));
    case "i64":
      return toNumber3(invoke(GET_I64, dv, at, !0));
  }
}
function stableAddress(b) {
  return b === null || byteLengthOf(b) === 0 ? 0 : addressOf(b);
}
function keepAlive(v) {
  kept = v, kept = null;
}
var kept = null;

class Linger {
  Onoff = 0;
  Linger = 0;
  constructor(init) {
    initStruct(LINGER, this, init);
  }
}
var LINGER = layout("Linger", 8, (i) => new Linger(i), [["Onoff", 0, "i32"], ["Linger", 4, "i32"]]);

class IPMreq {
  Multiaddr = new Uint8Array17(4);
  Interface = new Uint8Array17(4);
  constructor(init) {
    initStruct(IPMREQ, this, init);
  }
}
var IPMREQ = layout("IPMreq", 8, (i) => new IPMreq(i), [
  ["Multiaddr", 0, { arr: "u8", n: 4 }],
  ["Interface", 4, { arr: "u8", n: 4 }]
]);

class IPMreqn {
  Multiaddr = new Uint8Array17(4);
  Address = new Uint8Array17(4);
  Ifindex = 0;
  constructor(init) {
    initStruct(IPMREQN, this, init);
  }
}
var IPMREQN = layout("IPMreqn", 12, (i) => new IPMreqn(i), [
  ["Multiaddr", 0, { arr: "u8", n: 4 }],
  ["Address", 4, { arr: "u8", n: 4 }],
  ["Ifindex", 8, "i32"]
]);

class IPv6Mreq {
  Multiaddr = new Uint8Array17(16);
  Interface = 0;
  constructor(init) {
    initStruct(IPV6MREQ, this, init);
  }
}
var IPV6MREQ = layout("IPv6Mreq", 20, (i) => new IPv6Mreq(i), [
  ["Multiaddr", 0, { arr: "u8", n: 16 }],
  ["Interface", 16, "u32"]
]);

class Inet4Pktinfo {
  Ifindex = 0;
  Spec_dst = new Uint8Array17(4);
  Addr = new Uint8Array17(4);
  constructor(init) {
    initStruct(INET4PKTINFO, this, init);
  }
}
var INET4PKTINFO = layout("Inet4Pktinfo", 12, (i) => new Inet4Pktinfo(i), [
  ["Ifindex", 0, "i32"],
  ["Spec_dst", 4, { arr: "u8", n: 4 }],
  ["Addr", 8, { arr: "u8", n: 4 }]
]);

class Inet6Pktinfo {
  Addr = new Uint8Array17(16);
  Ifindex = 0;
  constructor(init) {
    initStruct(INET6PKTINFO, this, init);
  }
}
var INET6PKTINFO = layout("Inet6Pktinfo", 20, (i) => new Inet6Pktinfo(i), [
  ["Addr", 0, { arr: "u8", n: 16 }],
  ["Ifindex", 16, "u32"]
]);

class ICMPv6Filter {
  Data = new Uint32Array9(8);
  constructor(init) {
    initStruct(ICMPV6FILTER, this, init);
  }
}
var ICMPV6FILTER = layout("ICMPv6Filter", 32, (i) => new ICMPv6Filter(i), [
  ["Data", 0, { arr: "u32", n: 8 }]
]);

class Ucred {
  Pid = 0;
  Uid = 0;
  Gid = 0;
  constructor(init) {
    initStruct(UCRED, this, init);
  }
}
var UCRED = layout("Ucred", 12, (i) => new Ucred(i), [["Pid", 0, "i32"], ["Uid", 4, "u32"], ["Gid", 8, "u32"]]);

class RawSockaddrInet4 {
  Family = 0;
  Port = 0;
  Addr = new Uint8Array17(4);
  Zero = new Uint8Array17(8);
  constructor(init) {
    initStruct(RAWSOCKADDRINET4, this, init);
  }
}
var RAWSOCKADDRINET4 = layout("RawSockaddrInet4", 16, (i) => new RawSockaddrInet4(i), [
  ["Family", 0, "u16"],
  ["Port", 2, "u16"],
  ["Addr", 4, { arr: "u8", n: 4 }],
  ["Zero", 8, { arr: "u8", n: 8 }]
]);

class RawSockaddrInet6 {
  Family = 0;
  Port = 0;
  Flowinfo = 0;
  Addr = new Uint8Array17(16);
  Scope_id = 0;
  constructor(init) {
    initStruct(RAWSOCKADDRINET6, this, init);
  }
}
var RAWSOCKADDRINET6 = layout("RawSockaddrInet6", 28, (i) => new RawSockaddrInet6(i), [
  ["Family", 0, "u16"],
  ["Port", 2, "u16"],
  ["Flowinfo", 4, "u32"],
  ["Addr", 8, { arr: "u8", n: 16 }],
  ["Scope_id", 24, "u32"]
]);

class RawSockaddrUnix {
  Family = 0;
  Path = new Int8Array4(108);
  constructor(init) {
    initStruct(RAWSOCKADDRUNIX, this, init);
  }
}
var RAWSOCKADDRUNIX = layout("RawSockaddrUnix", 110, (i) => new RawSockaddrUnix(i), [
  ["Family", 0, "u16"],
  ["Path", 2, { arr: "i8", n: 108 }]
]);

class RawSockaddrLinklayer {
  Family = 0;
  Protocol = 0;
  Ifindex = 0;
  Hatype = 0;
  Pkttype = 0;
  Halen = 0;
  Addr = new Uint8Array17(8);
  constructor(init) {
    initStruct(RAWSOCKADDRLINKLAYER, this, init);
  }
}
var RAWSOCKADDRLINKLAYER = layout("RawSockaddrLinklayer", 20, (i) => new RawSockaddrLinklayer(i), [
  ["Family", 0, "u16"],
  ["Protocol", 2, "u16"],
  ["Ifindex", 4, "i32"],
  ["Hatype", 8, "u16"],
  ["Pkttype", 10, "u8"],
  ["Halen", 11, "u8"],
  ["Addr", 12, { arr: "u8", n: 8 }]
]);

class RawSockaddrNetlink {
  Family = 0;
  Pad = 0;
  Pid = 0;
  Groups = 0;
  constructor(init) {
    initStruct(RAWSOCKADDRNETLINK, this, init);
  }
}
var RAWSOCKADDRNETLINK = layout("RawSockaddrNetlink", 12, (i) => new RawSockaddrNetlink(i), [
  ["Family", 0, "u16"],
  ["Pad", 2, "u16"],
  ["Pid", 4, "u32"],
  ["Groups", 8, "u32"]
]);

class RawSockaddr {
  Family = 0;
  Data = new Int8Array4(14);
  constructor(init) {
    initStruct(RAWSOCKADDR, this, init);
  }
}
var RAWSOCKADDR = layout("RawSockaddr", 16, (i) => new RawSockaddr(i), [
  ["Family", 0, "u16"],
  ["Data", 2, { arr: "i8", n: 14 }]
]);

class RawSockaddrAny {
  Addr = new RawSockaddr;
  Pad = new Int8Array4(96);
  constructor(init) {
    initStruct(RAWSOCKADDRANY, this, init);
  }
}
var RAWSOCKADDRANY = layout("RawSockaddrAny", 112, (i) => new RawSockaddrAny(i), [
  ["Addr", 0, { struct: RAWSOCKADDR }],
  ["Pad", 16, { arr: "i8", n: 96 }]
]);

class IPv6MTUInfo {
  Addr = new RawSockaddrInet6;
  Mtu = 0;
  constructor(init) {
    initStruct(IPV6MTUINFO, this, init);
  }
}
var IPV6MTUINFO = layout("IPv6MTUInfo", 32, (i) => new IPv6MTUInfo(i), [
  ["Addr", 0, { struct: RAWSOCKADDRINET6 }],
  ["Mtu", 28, "u32"]
]);

class TCPInfo {
  State = 0;
  Ca_state = 0;
  Retransmits = 0;
  Probes = 0;
  Backoff = 0;
  Options = 0;
  Rto = 0;
  Ato = 0;
  Snd_mss = 0;
  Rcv_mss = 0;
  Unacked = 0;
  Sacked = 0;
  Lost = 0;
  Retrans = 0;
  Fackets = 0;
  Last_data_sent = 0;
  Last_ack_sent = 0;
  Last_data_recv = 0;
  Last_ack_recv = 0;
  Pmtu = 0;
  Rcv_ssthresh = 0;
  Rtt = 0;
  Rttvar = 0;
  Snd_ssthresh = 0;
  Snd_cwnd = 0;
  Advmss = 0;
  Reordering = 0;
  Rcv_rtt = 0;
  Rcv_space = 0;
  Total_retrans = 0;
  constructor(init) {
    initStruct(TCPINFO, this, init);
  }
}
var TCPINFO = layout("TCPInfo", 104, (i) => new TCPInfo(i), [
  ["State", 0, "u8"],
  ["Ca_state", 1, "u8"],
  ["Retransmits", 2, "u8"],
  ["Probes", 3, "u8"],
  ["Backoff", 4, "u8"],
  ["Options", 5, "u8"],
  ["Rto", 8, "u32"],
  ["Ato", 12, "u32"],
  ["Snd_mss", 16, "u32"],
  ["Rcv_mss", 20, "u32"],
  ["Unacked", 24, "u32"],
  ["Sacked", 28, "u32"],
  ["Lost", 32, "u32"],
  ["Retrans", 36, "u32"],
  ["Fackets", 40, "u32"],
  ["Last_data_sent", 44, "u32"],
  ["Last_ack_sent", 48, "u32"],
  ["Last_data_recv", 52, "u32"],
  ["Last_ack_recv", 56, "u32"],
  ["Pmtu", 60, "u32"],
  ["Rcv_ssthresh", 64, "u32"],
  ["Rtt", 68, "u32"],
  ["Rttvar", 72, "u32"],
  ["Snd_ssthresh", 76, "u32"],
  ["Snd_cwnd", 80, "u32"],
  ["Advmss", 84, "u32"],
  ["Reordering", 88, "u32"],
  ["Rcv_rtt", 92, "u32"],
  ["Rcv_space", 96, "u32"],
  ["Total_retrans", 100, "u32"]
]);
function lenArg(length, name) {
  return scalarArg("u64", length, name);
}

class Iovec {
  Base = null;
  Len = 0;
  constructor(init) {
    if (init === void 0)
      return;
    let { Base, Len } = init;
    if (Base !== void 0)
      this.Base = nullableBytes(Base, "Iovec.Base");
    if (Len !== void 0)
      this.Len = lenArg(Len, "Iovec.Len");
  }
  SetLen(length) {
    this.Len = lenArg(length, "Iovec.SetLen length");
  }
}

class Msghdr {
  Name = null;
  Namelen = 0;
  Iov = null;
  Iovlen = 0;
  Control = null;
  Controllen = 0;
  Flags = 0;
  SetControllen(length) {
    this.Controllen = lenArg(length, "Msghdr.SetControllen length");
  }
  constructor(init) {
    if (init === void 0 || init === null)
      return;
    let { Name, Namelen, Iov, Iovlen, Control, Controllen, Flags } = objectArg(init, "Msghdr init");
    if (Name !== void 0)
      this.Name = nullableBytes(Name, "Msghdr.Name");
    if (Namelen !== void 0)
      this.Namelen = scalarArg("u32", Namelen, "Msghdr.Namelen");
    if (Iov !== void 0) {
      if (Iov !== null && !isA(Iovec, Iov))
        throw TypeError(`Msghdr.Iov must be an Iovec or null, got ${describe(Iov)}`);
      this.Iov = Iov;
    }
    if (Iovlen !== void 0)
      this.Iovlen = lenArg(Iovlen, "Msghdr.Iovlen");
    if (Control !== void 0)
      this.Control = nullableBytes(Control, "Msghdr.Control");
    if (Controllen !== void 0)
      this.Controllen = lenArg(Controllen, "Msghdr.Controllen");
    if (Flags !== void 0)
      this.Flags = scalarArg("i32", Flags, "Msghdr.Flags");
  }
}

class Cmsghdr {
  Len = 0;
  Level = 0;
  Type = 0;
  constructor(init) {
    initStruct(CMSGHDR, this, init);
  }
  SetLen(length) {
    this.Len = lenArg(length, "Cmsghdr.SetLen length");
  }
}
var CMSGHDR = layout("Cmsghdr", 16, (i) => new Cmsghdr(i), [["Len", 0, "u64"], ["Level", 8, "i32"], ["Type", 12, "i32"]]);
function headerAndBytes(init, hk, bk, type) {
  if (init === void 0)
    return [void 0, void 0];
  let o = objectArg(init, `${type} init`), h = o[hk], b = o[bk];
  return [h, b === void 0 ? void 0 : bytesArg(`${type}.${bk}`, b)];
}
function nullableBytes(v, name) {
  return v === null ? null : bytesArg(name, v);
}
function msghdrBytes(m) {
  let b = new Uint8Array17(72), name = nullableBytes(m.Name, "Msghdr.Name"), namelen = scalarArg("u32", m.Namelen, "Msghdr.Namelen"), iovlen = scalarArg("u64", m.Iovlen, "Msghdr.Iovlen"), iov = m.Iov, control = nullableBytes(m.Control, "Msghdr.Control"), controllen = scalarArg("u64", m.Controllen, "Msghdr.Controllen"), base = null, len = 0;
  if (iov !== null) {
    if (!isA(Iovec, iov))
      throw TypeError(`Msghdr.Iov must be an Iovec or null, got ${describe(iov)}`);
    base = nullableBytes(iov.Base, "Iovec.Base"), len = lenArg(iov.Len, "Iovec.Len");
  }
  let flags = scalarArg("i32", m.Flags, "Msghdr.Flags");
  if (namelen > (name === null ? 0 : byteLengthOf(name)))
    throw RangeError("Msghdr.Namelen is past Msghdr.Name");
  if (iovlen > (iov === null ? 0 : 1))
    throw RangeError("Msghdr.Iovlen: only one Iovec is supported");
  if (controllen > (control === null ? 0 : byteLengthOf(control)))
    throw RangeError("Msghdr.Controllen is past Msghdr.Control");
  if (len > (base === null ? 0 : byteLengthOf(base)))
    throw RangeError("Iovec.Len is past Iovec.Base");
  let w64 = new BigUint64Array5(bufferOf(b)), w32 = new Uint32Array9(bufferOf(b));
  return w64[0] = toBigInt4(stableAddress(name)), w32[2] = namelen, w64[2] = iov === null ? 0n : toBigInt4(stableAddress(b) + 56), w64[3] = toBigInt4(iovlen), w64[4] = toBigInt4(stableAddress(control)), w64[5] = toBigInt4(controllen), w32[12] = flags >>> 0, w64[7] = toBigInt4(stableAddress(base)), w64[8] = toBigInt4(len), b;
}

// src/sys/sockaddr.ts
var { Uint8Array: Uint8Array18 } = globalThis;
function goInt(v, name) {
  return scalarArg("i64", v, name);
}
var KEYS = Object.keys;
function assign(self, init, checks, type) {
  if (init === void 0)
    return;
  if (typeof init !== "object" || init === null)
    throw TypeError(`${type} init must be an object, got ${describe(init)}`);
  let keys = KEYS(checks);
  for (let i = 0;i < keys.length; i++) {
    let k = keys[i], v = init[k];
    if (v !== void 0)
      self[k] = checks[k](v, `${type}.${k}`);
  }
}
var bytes4 = (v, name) => fixedArg("u8", 4, v, name), bytes8 = (v, name) => fixedArg("u8", 8, v, name), bytes16 = (v, name) => fixedArg("u8", 16, v, name), u8 = (v, name) => scalarArg("u8", v, name), u16 = (v, name) => scalarArg("u16", v, name), u32 = (v, name) => scalarArg("u32", v, name);
function str(v, name) {
  if (typeof v !== "string")
    throw TypeError(`${name} must be a string, got ${describe(v)}`);
  return v;
}

class SockaddrInet4 {
  Port = 0;
  Addr = new Uint8Array18(4);
  constructor(init) {
    assign(this, init, { Port: goInt, Addr: bytes4 }, "SockaddrInet4");
  }
}

class SockaddrInet6 {
  Port = 0;
  ZoneId = 0;
  Addr = new Uint8Array18(16);
  constructor(init) {
    assign(this, init, { Port: goInt, ZoneId: u32, Addr: bytes16 }, "SockaddrInet6");
  }
}

class SockaddrUnix {
  Name = "";
  constructor(init) {
    assign(this, init, { Name: str }, "SockaddrUnix");
  }
}

class SockaddrLinklayer {
  Protocol = 0;
  Ifindex = 0;
  Hatype = 0;
  Pkttype = 0;
  Halen = 0;
  Addr = new Uint8Array18(8);
  constructor(init) {
    assign(this, init, { Protocol: u16, Ifindex: goInt, Hatype: u16, Pkttype: u8, Halen: u8, Addr: bytes8 }, "SockaddrLinklayer");
  }
}

class SockaddrNetlink {
  Family = 0;
  Pad = 0;
  Pid = 0;
  Groups = 0;
  constructor(init) {
    assign(this, init, { Family: u16, Pad: u16, Pid: u32, Groups: u32 }, "SockaddrNetlink");
  }
}
var SIZEOF_SOCKADDR_ANY = 112, PATH_MAX_UNIX = 108, decoder = new TextDecoder("utf-8", { ignoreBOM: !0 }), decodeOf2 = TextDecoder.prototype.decode;
function putPort(raw, port, name) {
  let p = goInt(port, name);
  if (p < 0 || p > 65535)
    return !1;
  return raw[2] = p >>> 8, raw[3] = p & 255, !0;
}
function encodeSockaddr(sa, name = "sa") {
  let raw = new Uint8Array18(SIZEOF_SOCKADDR_ANY), dv = view(raw);
  if (isA(SockaddrInet4, sa)) {
    let { Port, Addr } = sa;
    if (setOf(raw, bytes4(Addr, `${name}.Addr`), 4), !putPort(raw, Port, `${name}.Port`))
      return EINVAL;
    return writeScalar("u16", dv, 0, AF_INET), { raw, len: 16 };
  }
  if (isA(SockaddrInet6, sa)) {
    let { Port, ZoneId, Addr } = sa;
    if (setOf(raw, bytes16(Addr, `${name}.Addr`), 8), writeScalar("u32", dv, 24, u32(ZoneId, `${name}.ZoneId`)), !putPort(raw, Port, `${name}.Port`))
      return EINVAL;
    return writeScalar("u16", dv, 0, AF_INET6), { raw, len: 28 };
  }
  if (isA(SockaddrUnix, sa)) {
    let s = str(sa.Name, `${name}.Name`);
    if (!wellFormed(s))
      return EINVAL;
    let b = utf8(s), n = byteLengthOf(b);
    if (n > PATH_MAX_UNIX || n === PATH_MAX_UNIX && b[0] !== 64)
      return EINVAL;
    let abstract = n > 0 && (b[0] === 64 || b[0] === 0);
    if (!abstract) {
      for (let i = 0;i < n; i++)
        if (b[i] === 0)
          return EINVAL;
    }
    writeScalar("u16", dv, 0, AF_UNIX), setOf(raw, b, 2);
    let len = n > 0 ? 2 + n + 1 : 2;
    if (abstract)
      raw[2] = 0, len--;
    return { raw, len };
  }
  if (isA(SockaddrLinklayer, sa)) {
    let { Protocol, Ifindex, Hatype, Pkttype, Halen, Addr } = sa;
    writeScalar("u16", dv, 2, u16(Protocol, `${name}.Protocol`));
    let ifindex = goInt(Ifindex, `${name}.Ifindex`);
    if (writeScalar("u16", dv, 8, u16(Hatype, `${name}.Hatype`)), writeScalar("u8", dv, 10, u8(Pkttype, `${name}.Pkttype`)), writeScalar("u8", dv, 11, u8(Halen, `${name}.Halen`)), setOf(raw, bytes8(Addr, `${name}.Addr`), 12), ifindex < 0 || ifindex > 2147483647)
      return EINVAL;
    return writeScalar("i32", dv, 4, ifindex), writeScalar("u16", dv, 0, AF_PACKET), { raw, len: 20 };
  }
  if (isA(SockaddrNetlink, sa)) {
    let { Pad, Pid, Groups } = sa;
    return writeScalar("u16", dv, 0, AF_NETLINK), writeScalar("u16", dv, 2, u16(Pad, `${name}.Pad`)), writeScalar("u32", dv, 4, u32(Pid, `${name}.Pid`)), writeScalar("u32", dv, 8, u32(Groups, `${name}.Groups`)), { raw, len: 12 };
  }
  throw TypeError(`${name} must be a SockaddrInet4, SockaddrInet6, SockaddrUnix, SockaddrLinklayer or SockaddrNetlink, got ${describe(sa)}`);
}
function decodeSockaddr(rsa) {
  let dv = view(rsa), bytes = (from, to) => new Uint8Array18(subview(rsa, from, to));
  switch (readScalar("u16", dv, 0)) {
    case AF_NETLINK: {
      let sa = new SockaddrNetlink;
      return sa.Family = readScalar("u16", dv, 0), sa.Pad = readScalar("u16", dv, 2), sa.Pid = readScalar("u32", dv, 4), sa.Groups = readScalar("u32", dv, 8), [sa, null];
    }
    case AF_PACKET: {
      let sa = new SockaddrLinklayer;
      return sa.Protocol = readScalar("u16", dv, 2), sa.Ifindex = readScalar("i32", dv, 4), sa.Hatype = readScalar("u16", dv, 8), sa.Pkttype = readScalar("u8", dv, 10), sa.Halen = readScalar("u8", dv, 11), sa.Addr = bytes(12, 20), [sa, null];
    }
    case AF_UNIX: {
      let path = bytes(2, 2 + PATH_MAX_UNIX);
      if (path[0] === 0)
        path[0] = 64;
      let end = 0;
      while (end < PATH_MAX_UNIX && path[end] !== 0)
        end++;
      let sa = new SockaddrUnix;
      return sa.Name = invoke(decodeOf2, decoder, subview(path, 0, end)), [sa, null];
    }
    case AF_INET: {
      let sa = new SockaddrInet4;
      return sa.Port = rsa[2] << 8 | rsa[3], sa.Addr = bytes(4, 8), [sa, null];
    }
    case AF_INET6: {
      let sa = new SockaddrInet6;
      return sa.Port = rsa[2] << 8 | rsa[3], sa.ZoneId = readScalar("u32", dv, 24), sa.Addr = bytes(8, 24), [sa, null];
    }
  }
  return [null, EAFNOSUPPORT];
}

// src/sys/socket_calls.ts
var { Uint8Array: Uint8Array19, BigUint64Array: BigUint64Array6, Int32Array: Int32Array10, Number: toNumber4 } = globalThis, isErrno = (v) => isA(Errno, v), socket = sysCall("Socket", "socket", ["int", "int", "int"], "int");
function Socket(domain, typ, proto) {
  if (intArg("domain", domain), intArg("typ", typ), intArg("proto", proto), domain === AF_INET6 && SocketDisableIPv6)
    return [-1, EAFNOSUPPORT];
  return socket(domain, typ, proto);
}
var SocketDisableIPv6 = !1;
function SetSocketDisableIPv6(v) {
  if (typeof v !== "boolean")
    throw TypeError("SetSocketDisableIPv6 takes a boolean");
  SocketDisableIPv6 = v;
}
var Listen = sysCall("Listen", "listen", ["fd", "int"], "err"), Shutdown = sysCall("Shutdown", "shutdown", ["fd", "int"], "err"), socketpair = sysCall("Socketpair", "socketpair", ["int", "int", "int", "buf"], "err"), bind2 = sysCall("Bind", "bind", ["fd", "buf", "uint"], "err"), connect = sysCall("Connect", "connect", ["fd", "buf", "uint"], "err"), accept4 = sysCall("Accept4", "accept4", ["fd", "buf", "buf", "int"], "int"), getsockname = sysCall("Getsockname", "getsockname", ["fd", "buf", "buf"], "err"), getpeername = sysCall("Getpeername", "getpeername", ["fd", "buf", "buf"], "err"), getsockopt = sysCall("Getsockopt", "getsockopt", ["fd", "int", "int", "buf", "buf"], "err"), setsockopt = sysCall("Setsockopt", "setsockopt", ["fd", "int", "int", "nullbuf", "uint"], "err"), recvfrom = sysCall("Recvfrom", "recvfrom", ["fd", "bytes", "int", "buf", "buf"], "long"), sendto = sysCall("Sendto", "sendto", ["fd", "bytes", "int", "buf", "uint"], "long"), recvmsg = sysCall("Recvmsg", "recvmsg", ["fd", "buf", "int"], "long"), sendmsg = sysCall("Sendmsg", "sendmsg", ["fd", "buf", "int"], "long");
function Socketpair(domain, typ, proto) {
  let fds = new Uint8Array19(8), err = socketpair(domain, typ, proto, fds);
  if (err !== null)
    return [[0, 0], err];
  let dv = view(fds);
  return [[readScalar("i32", dv, 0), readScalar("i32", dv, 4)], null];
}
function withSockaddr(fd, sa, call) {
  let f = fdArg(fd), enc = encodeSockaddr(sa);
  return isErrno(enc) ? enc : call(f, enc.raw, enc.len);
}
function Bind(fd, sa) {
  return withSockaddr(fd, sa, bind2);
}
function Connect(fd, sa) {
  return withSockaddr(fd, sa, connect);
}
function rawAny() {
  let len = new Uint8Array19(4);
  return writeScalar("u32", view(len), 0, SIZEOF_SOCKADDR_ANY), { rsa: new Uint8Array19(SIZEOF_SOCKADDR_ANY), len };
}
function Accept4(fd, flags) {
  let { rsa, len } = rawAny(), r = accept4(fd, rsa, len, flags), nfd = r[0], err = r[1];
  if (err !== null)
    return [nfd, null, err];
  let sa, derr;
  try {
    let d = decodeSockaddr(rsa);
    sa = d[0], derr = d[1];
  } catch (e) {
    throw Close(nfd), e;
  }
  if (derr !== null)
    return Close(nfd), [0, null, derr];
  return [nfd, sa, null];
}
function Accept(fd) {
  return Accept4(fd, 0);
}
function nameOf(fd, call) {
  let { rsa, len } = rawAny(), err = call(fd, rsa, len);
  return err !== null ? [null, err] : decodeSockaddr(rsa);
}
function Getsockname(fd) {
  return nameOf(fd, getsockname);
}
function Getpeername(fd) {
  return nameOf(fd, getpeername);
}
function Recvfrom(fd, p, flags) {
  let { rsa, len } = rawAny(), r = recvfrom(fd, p, flags, rsa, len), n = r[0], err = r[1];
  if (err !== null)
    return [n, null, err];
  if (readScalar("u16", view(rsa), 0) === AF_UNSPEC)
    return [n, null, null];
  let d = decodeSockaddr(rsa);
  return [n, d[0], d[1]];
}
function Sendto(fd, p, flags, to) {
  let f = fdArg(fd);
  bytesArg("p", p);
  let enc = encodeSockaddr(to, "to");
  if (isErrno(enc))
    return enc;
  return sendto(f, p, flags, enc.raw, enc.len)[1];
}
function iovFor(fd, p, oob) {
  let iov = new Iovec;
  if (byteLengthOf(p) > 0)
    iov.Base = p, iov.Len = byteLengthOf(p);
  else if (byteLengthOf(oob) > 0) {
    let [sockType, err] = GetsockoptInt(fd, SOL_SOCKET, SO_TYPE);
    if (err !== null)
      return err;
    if (sockType !== SOCK_DGRAM)
      iov.Base = new Uint8Array19(1), iov.Len = 1;
  }
  return iov;
}
function msgOf(name, namelen, iov, oob) {
  let msg = new Msghdr;
  if (msg.Name = name, msg.Namelen = namelen, msg.Iov = iov, msg.Iovlen = 1, byteLengthOf(oob) > 0)
    msg.Control = oob, msg.Controllen = byteLengthOf(oob);
  return msg;
}
function Recvmsg(fd, p, oob, flags) {
  let f = fdArg(fd);
  p = bytesArg("p", p), oob = bytesArg("oob", oob), intArg("flags", flags);
  let iov = iovFor(f, p, oob);
  if (isErrno(iov))
    return [0, 0, 0, null, iov];
  let rsa = new Uint8Array19(SIZEOF_SOCKADDR_ANY), msg = msgOf(rsa, SIZEOF_SOCKADDR_ANY, iov, oob), hdr = msghdrBytes(msg), r = recvmsg(f, hdr, flags), n = r[0], err = r[1];
  if (keepAlive(msg), err !== null)
    return [n, 0, 0, null, err];
  let oobn = toNumber4(new BigUint64Array6(bufferOf(hdr))[5]), recvflags = new Int32Array10(bufferOf(hdr))[12];
  if (readScalar("u16", view(rsa), 0) === AF_UNSPEC)
    return [n, oobn, recvflags, null, null];
  let d = decodeSockaddr(rsa);
  return [n, oobn, recvflags, d[0], d[1]];
}
function SendmsgN(fd, p, oob, to, flags) {
  let f = fdArg(fd);
  p = bytesArg("p", p), oob = bytesArg("oob", oob), intArg("flags", flags);
  let name = null, namelen = 0;
  if (to !== null) {
    let enc = encodeSockaddr(to, "to");
    if (isErrno(enc))
      return [0, enc];
    name = enc.raw, namelen = enc.len;
  }
  let iov = iovFor(f, p, oob);
  if (isErrno(iov))
    return [0, iov];
  let msg = msgOf(name, namelen, iov, oob), [n, err] = sendmsg(f, msghdrBytes(msg), flags);
  if (keepAlive(msg), err !== null)
    return [0, err];
  return [byteLengthOf(oob) > 0 && byteLengthOf(p) === 0 ? 0 : n, null];
}
function Sendmsg(fd, p, oob, to, flags) {
  return SendmsgN(fd, p, oob, to, flags)[1];
}
function getopt(fd, level, opt, size) {
  let value = new Uint8Array19(size), len = new Uint8Array19(4);
  return writeScalar("u32", view(len), 0, size), [value, getsockopt(fd, level, opt, value, len)];
}
function getoptStruct(L, fd, level, opt) {
  let [b, err] = getopt(fd, level, opt, L.size);
  return [readStruct(L, view(b), 0), err];
}
function setoptStruct(L, fd, level, opt, v, name) {
  let f = fdArg(fd);
  if (intArg("level", level), intArg("opt", opt), v === null)
    return setsockopt(f, level, opt, null, L.size);
  return setsockopt(f, level, opt, structBytes(L, v, name), L.size);
}
function GetsockoptInt(fd, level, opt) {
  let [b, err] = getopt(fd, level, opt, 4);
  return [readScalar("i32", view(b), 0), err];
}
function GetsockoptInet4Addr(fd, level, opt) {
  return getopt(fd, level, opt, 4);
}
function GetsockoptIPMreq(fd, level, opt) {
  return getoptStruct(IPMREQ, fd, level, opt);
}
function GetsockoptIPMreqn(fd, level, opt) {
  return getoptStruct(IPMREQN, fd, level, opt);
}
function GetsockoptIPv6Mreq(fd, level, opt) {
  return getoptStruct(IPV6MREQ, fd, level, opt);
}
function GetsockoptIPv6MTUInfo(fd, level, opt) {
  return getoptStruct(IPV6MTUINFO, fd, level, opt);
}
function GetsockoptICMPv6Filter(fd, level, opt) {
  return getoptStruct(ICMPV6FILTER, fd, level, opt);
}
function GetsockoptUcred(fd, level, opt) {
  return getoptStruct(UCRED, fd, level, opt);
}
function SetsockoptByte(fd, level, opt, value) {
  let f = fdArg(fd), b = new Uint8Array19(1);
  return b[0] = scalarArg("u8", value, "value"), setsockopt(f, level, opt, b, 1);
}
function SetsockoptInt(fd, level, opt, value) {
  let f = fdArg(fd), b = new Uint8Array19(4);
  return writeScalar("i32", view(b), 0, intArg("value", value) | 0), setsockopt(f, level, opt, b, 4);
}
function SetsockoptInet4Addr(fd, level, opt, value) {
  let f = fdArg(fd);
  return setsockopt(f, level, opt, fixedArg("u8", 4, value, "value"), 4);
}
function SetsockoptIPMreq(fd, level, opt, mreq) {
  return setoptStruct(IPMREQ, fd, level, opt, mreq, "mreq");
}
function SetsockoptIPMreqn(fd, level, opt, mreq) {
  return setoptStruct(IPMREQN, fd, level, opt, mreq, "mreq");
}
function SetsockoptIPv6Mreq(fd, level, opt, mreq) {
  return setoptStruct(IPV6MREQ, fd, level, opt, mreq, "mreq");
}
function SetsockoptICMPv6Filter(fd, level, opt, filter) {
  return setoptStruct(ICMPV6FILTER, fd, level, opt, filter, "filter");
}
function SetsockoptLinger(fd, level, opt, l) {
  return setoptStruct(LINGER, fd, level, opt, l, "l");
}
var TIMEVAL = layout("Timeval", 16, () => new Timeval, [["Sec", 0, "i64"], ["Usec", 8, "i64"]]);
function SetsockoptTimeval(fd, level, opt, tv) {
  return setoptStruct(TIMEVAL, fd, level, opt, tv, "tv");
}
function SetsockoptString(fd, level, opt, s) {
  let f = fdArg(fd);
  if (typeof s !== "string")
    throw TypeError(`s must be a string, got ${describe(s)}`);
  if (!wellFormed(s))
    return EINVAL;
  let b = utf8(s);
  return setsockopt(f, level, opt, byteLengthOf(b) > 0 ? b : null, byteLengthOf(b));
}
function BindToDevice(fd, device) {
  let f = fdArg(fd);
  if (typeof device !== "string")
    throw TypeError(`device must be a string, got ${describe(device)}`);
  if (notCString(device))
    return EINVAL;
  return SetsockoptString(f, SOL_SOCKET, SO_BINDTODEVICE, device);
}
// src/sys/cmsg.ts
var { Uint8Array: Uint8Array20, DataView: DataView7, Int32Array: Int32Array11 } = globalThis, SIZEOF_CMSGHDR = 16, SIZEOF_UCRED = 12, cmsgAlign = (n) => alignUp(n, 8);
function CmsgLen(datalen) {
  return exact(cmsgAlign(SIZEOF_CMSGHDR) + scalarArg("i64", datalen, "datalen"));
}
function exact(v) {
  if (!isSafeInt(v))
    throw RangeError(`datalen too large: the length ${v} has no exact number`);
  return v;
}
function CmsgSpace(datalen) {
  return exact(cmsgAlign(SIZEOF_CMSGHDR) + cmsgAlign(scalarArg("i64", datalen, "datalen")));
}

class SocketControlMessage {
  Header = new Cmsghdr;
  Data = new Uint8Array20(0);
  constructor(init) {
    let hd = headerAndBytes(init, "Header", "Data", "SocketControlMessage"), h = hd[0], d = hd[1];
    if (h !== void 0)
      this.Header = new Cmsghdr(h);
    if (d !== void 0)
      this.Data = d;
  }
}
function ParseSocketControlMessage(b) {
  let recs = parseRecords(CMSGHDR, bytesArg("b", b), cmsgAlign(SIZEOF_CMSGHDR), 8, !1);
  if (recs === null)
    return [[], EINVAL];
  let msgs = [];
  for (let i = 0;i < recs.length; i++)
    msgs[i] = new SocketControlMessage({ Header: recs[i][0], Data: recs[i][1] });
  return [msgs, null];
}
function solSocketMessage(type, datalen) {
  let b = new Uint8Array20(CmsgSpace(datalen)), h = new Cmsghdr({ Len: CmsgLen(datalen), Level: SOL_SOCKET, Type: type });
  return writeStruct(CMSGHDR, h, view(b), 0), { b, data: new DataView7(bufferOf(b), cmsgAlign(SIZEOF_CMSGHDR)) };
}
function UnixRights(...fds) {
  let n = fds.length, checked = [];
  for (let i = 0;i < n; i++)
    checked[i] = fdArg(fds[i]);
  let { b } = solSocketMessage(SCM_RIGHTS, n * 4), words = new Int32Array11(bufferOf(b), cmsgAlign(SIZEOF_CMSGHDR), n);
  for (let i = 0;i < n; i++)
    words[i] = checked[i];
  return b;
}
function messageArg(m, level, type) {
  if (typeof m !== "object" || m === null)
    throw TypeError(`m must be a SocketControlMessage, got ${describe(m)}`);
  let { Header, Data } = m;
  if (typeof Header !== "object" || Header === null)
    throw TypeError(`m.Header must be a Cmsghdr, got ${describe(Header)}`);
  let data = bytesArg("m.Data", Data), { Level, Type } = Header;
  return scalarArg("i32", Level, "m.Header.Level") === level && scalarArg("i32", Type, "m.Header.Type") === type ? data : null;
}
function ParseUnixRights(m) {
  let data = messageArg(m, SOL_SOCKET, SCM_RIGHTS);
  if (data === null)
    return [[], EINVAL];
  let fds = [], n = byteLengthOf(data) >> 2;
  if (n === 0)
    return [fds, null];
  let words = new Int32Array11(bufferOf(new Uint8Array20(subview(data, 0, n * 4))), 0, n);
  for (let i = 0;i < n; i++)
    fds[i] = words[i];
  return [fds, null];
}
function UnixCredentials(ucred) {
  if (typeof ucred !== "object" || ucred === null)
    throw TypeError(`ucred must be a Ucred, got ${describe(ucred)}`);
  let { b, data } = solSocketMessage(SCM_CREDENTIALS, SIZEOF_UCRED);
  return writeStruct(UCRED, ucred, data, 0, "ucred"), b;
}
function ParseUnixCredentials(m) {
  let data = messageArg(m, SOL_SOCKET, SCM_CREDENTIALS);
  if (data === null || byteLengthOf(data) < SIZEOF_UCRED)
    return [null, EINVAL];
  return [readStruct(UCRED, view(data), 0), null];
}
// src/sys/netlink.ts
var { Uint8Array: Uint8Array21 } = globalThis, NLMSG_HDRLEN = 16, SIZEOF_RTATTR = 4;

class NlMsghdr {
  Len = 0;
  Type = 0;
  Flags = 0;
  Seq = 0;
  Pid = 0;
  constructor(init) {
    initStruct(NLMSGHDR, this, init);
  }
}
var NLMSGHDR = layout("NlMsghdr", 16, (i) => new NlMsghdr(i), [
  ["Len", 0, "u32"],
  ["Type", 4, "u16"],
  ["Flags", 6, "u16"],
  ["Seq", 8, "u32"],
  ["Pid", 12, "u32"]
]);

class NlMsgerr {
  Error = 0;
  Msg = new NlMsghdr;
  constructor(init) {
    initStruct(NLMSGERR, this, init);
  }
}
var NLMSGERR = layout("NlMsgerr", 20, (i) => new NlMsgerr(i), [
  ["Error", 0, "i32"],
  ["Msg", 4, { struct: NLMSGHDR }]
]);

class RtGenmsg {
  Family = 0;
  constructor(init) {
    initStruct(RTGENMSG, this, init);
  }
}
var RTGENMSG = layout("RtGenmsg", 1, (i) => new RtGenmsg(i), [["Family", 0, "u8"]]);

class NlAttr {
  Len = 0;
  Type = 0;
  constructor(init) {
    initStruct(NLATTR, this, init);
  }
}
var NLATTR = layout("NlAttr", 4, (i) => new NlAttr(i), [["Len", 0, "u16"], ["Type", 2, "u16"]]);

class RtAttr {
  Len = 0;
  Type = 0;
  constructor(init) {
    initStruct(RTATTR, this, init);
  }
}
var RTATTR = layout("RtAttr", 4, (i) => new RtAttr(i), [["Len", 0, "u16"], ["Type", 2, "u16"]]);

class IfInfomsg {
  Family = 0;
  X__ifi_pad = 0;
  Type = 0;
  Index = 0;
  Flags = 0;
  Change = 0;
  constructor(init) {
    initStruct(IFINFOMSG, this, init);
  }
}
var IFINFOMSG = layout("IfInfomsg", 16, (i) => new IfInfomsg(i), [
  ["Family", 0, "u8"],
  ["X__ifi_pad", 1, "u8"],
  ["Type", 2, "u16"],
  ["Index", 4, "i32"],
  ["Flags", 8, "u32"],
  ["Change", 12, "u32"]
]);

class IfAddrmsg {
  Family = 0;
  Prefixlen = 0;
  Flags = 0;
  Scope = 0;
  Index = 0;
  constructor(init) {
    initStruct(IFADDRMSG, this, init);
  }
}
var IFADDRMSG = layout("IfAddrmsg", 8, (i) => new IfAddrmsg(i), [
  ["Family", 0, "u8"],
  ["Prefixlen", 1, "u8"],
  ["Flags", 2, "u8"],
  ["Scope", 3, "u8"],
  ["Index", 4, "u32"]
]);

class RtMsg {
  Family = 0;
  Dst_len = 0;
  Src_len = 0;
  Tos = 0;
  Table = 0;
  Protocol = 0;
  Scope = 0;
  Type = 0;
  Flags = 0;
  constructor(init) {
    initStruct(RTMSG, this, init);
  }
}
var RTMSG = layout("RtMsg", 12, (i) => new RtMsg(i), [
  ["Family", 0, "u8"],
  ["Dst_len", 1, "u8"],
  ["Src_len", 2, "u8"],
  ["Tos", 3, "u8"],
  ["Table", 4, "u8"],
  ["Protocol", 5, "u8"],
  ["Scope", 6, "u8"],
  ["Type", 7, "u8"],
  ["Flags", 8, "u32"]
]);

class RtNexthop {
  Len = 0;
  Flags = 0;
  Hops = 0;
  Ifindex = 0;
  constructor(init) {
    initStruct(RTNEXTHOP, this, init);
  }
}
var RTNEXTHOP = layout("RtNexthop", 8, (i) => new RtNexthop(i), [
  ["Len", 0, "u16"],
  ["Flags", 2, "u8"],
  ["Hops", 3, "u8"],
  ["Ifindex", 4, "i32"]
]);

class NetlinkRouteRequest {
  Header = new NlMsghdr;
  Data = new RtGenmsg;
  constructor(init) {
    initStruct(NETLINKROUTEREQUEST, this, init);
  }
}
var NETLINKROUTEREQUEST = layout("NetlinkRouteRequest", 17, (i) => new NetlinkRouteRequest(i), [
  ["Header", 0, { struct: NLMSGHDR }],
  ["Data", 16, { struct: RTGENMSG }]
]);

class NetlinkMessage {
  Header = new NlMsghdr;
  Data = new Uint8Array21(0);
  constructor(init) {
    let hd = headerAndBytes(init, "Header", "Data", "NetlinkMessage"), h = hd[0], d = hd[1];
    if (h !== void 0)
      this.Header = new NlMsghdr(h);
    if (d !== void 0)
      this.Data = d;
  }
}

class NetlinkRouteAttr {
  Attr = new RtAttr;
  Value = new Uint8Array21(0);
  constructor(init) {
    let hd = headerAndBytes(init, "Attr", "Value", "NetlinkRouteAttr"), h = hd[0], d = hd[1];
    if (h !== void 0)
      this.Attr = new RtAttr(h);
    if (d !== void 0)
      this.Value = d;
  }
}
function ParseNetlinkMessage(b) {
  let recs = parseRecords(NLMSGHDR, bytesArg("b", b), NLMSG_HDRLEN, 4, !0);
  if (recs === null)
    return [[], EINVAL];
  let msgs = [];
  for (let i = 0;i < recs.length; i++)
    msgs[i] = new NetlinkMessage({ Header: recs[i][0], Data: recs[i][1] });
  return [msgs, null];
}
function attrsOffset(type) {
  switch (type) {
    case RTM_NEWLINK:
    case RTM_DELLINK:
      return IFINFOMSG.size;
    case RTM_NEWADDR:
    case RTM_DELADDR:
      return IFADDRMSG.size;
    case RTM_NEWROUTE:
    case RTM_DELROUTE:
      return RTMSG.size;
  }
  return -1;
}
function ParseNetlinkRouteAttr(m) {
  if (typeof m !== "object" || m === null)
    throw TypeError(`m must be a NetlinkMessage, got ${describe(m)}`);
  let { Header, Data } = m;
  if (typeof Header !== "object" || Header === null)
    throw TypeError(`m.Header must be an NlMsghdr, got ${describe(Header)}`);
  let data = bytesArg("m.Data", Data), skip = attrsOffset(scalarArg("u16", Header.Type, "m.Header.Type")), size = byteLengthOf(data);
  if (skip < 0 || skip > size)
    return [[], EINVAL];
  let recs = parseRecords(RTATTR, subview(data, skip, size), SIZEOF_RTATTR, 4, !1);
  if (recs === null)
    return [[], EINVAL];
  let attrs = [];
  for (let i = 0;i < recs.length; i++)
    attrs[i] = new NetlinkRouteAttr({ Attr: recs[i][0], Value: recs[i][1] });
  return [attrs, null];
}
function routeRequest(proto, seq, family) {
  let rr = new NetlinkRouteRequest({
    Header: { Len: NLMSG_HDRLEN + RTGENMSG.size, Type: proto & 65535, Flags: NLM_F_DUMP | NLM_F_REQUEST, Seq: seq },
    Data: { Family: family & 255 }
  }), b = new Uint8Array21(rr.Header.Len);
  return writeStruct(NETLINKROUTEREQUEST, rr, view(b), 0), b;
}
function NetlinkRIB(proto, family) {
  let p = intArg("proto", proto), wb = routeRequest(p, 1, intArg("family", family));
  if ((p & 65535) < NLMSG_MIN_TYPE)
    return [new Uint8Array21(0), EINVAL];
  let r = Socket(AF_NETLINK, SOCK_RAW | SOCK_CLOEXEC, NETLINK_ROUTE), s = r[0], err = r[1];
  if (err !== null)
    return [new Uint8Array21(0), err];
  try {
    return ribOf(s, wb);
  } finally {
    Close(s);
  }
}
function ribOf(s, wb) {
  let fail = (e) => [new Uint8Array21(0), e], sa = new SockaddrNetlink;
  sa.Family = AF_NETLINK;
  let berr = Bind(s, sa) ?? Sendto(s, wb, 0, sa);
  if (berr !== null)
    return fail(berr);
  let g = Getsockname(s), lsa = g[0], nerr = g[1];
  if (nerr !== null)
    return fail(nerr);
  if (!isA(SockaddrNetlink, lsa))
    return fail(EINVAL);
  let chunks = [], rb = new Uint8Array21(Getpagesize());
  for (;; ) {
    let rr = Recvfrom(s, rb, 0), nr = rr[0], rerr = rr[2];
    if (rerr !== null)
      return fail(rerr);
    if (nr < NLMSG_HDRLEN)
      return fail(EINVAL);
    let got = new Uint8Array21(subview(rb, 0, nr));
    chunks[chunks.length] = got;
    let pm = ParseNetlinkMessage(got), msgs = pm[0], perr = pm[1];
    if (perr !== null)
      return fail(perr);
    for (let i = 0;i < msgs.length; i++) {
      let m = msgs[i];
      if (m.Header.Seq !== 1 || m.Header.Pid !== lsa.Pid)
        return fail(EINVAL);
      if (m.Header.Type === NLMSG_DONE)
        return [concat(chunks), null];
      if (m.Header.Type === NLMSG_ERROR)
        return fail(EINVAL);
    }
  }
}
var NLMSG_MIN_TYPE = 16;
function concat(chunks) {
  let total = 0;
  for (let i = 0;i < chunks.length; i++)
    total += byteLengthOf(chunks[i]);
  let out = new Uint8Array21(total), at = 0;
  for (let i = 0;i < chunks.length; i++)
    setOf(out, chunks[i], at), at += byteLengthOf(chunks[i]);
  return out;
}
// src/sys/lsf.ts
var { Uint8Array: Uint8Array22, Uint16Array: Uint16Array2, BigUint64Array: BigUint64Array7, BigInt: toBigInt5 } = globalThis, ioctl = sysCall("SetLsfPromisc", "ioctl", ["fd", "uintptr", "buf"], "err"), setsockopt2 = sysCall("AttachLsf", "setsockopt", ["fd", "int", "int", "buf", "uint"], "err");

class SockFilter {
  Code = 0;
  Jt = 0;
  Jf = 0;
  K = 0;
  constructor(init) {
    initStruct(SOCKFILTER, this, init);
  }
}
var SOCKFILTER = layout("SockFilter", 8, (i) => new SockFilter(i), [
  ["Code", 0, "u16"],
  ["Jt", 2, "u8"],
  ["Jf", 3, "u8"],
  ["K", 4, "u32"]
]);

class SockFprog {
  Len = 0;
  Filter = null;
  constructor(init) {
    if (init === void 0 || init === null)
      return;
    if (typeof init !== "object")
      throw TypeError(`SockFprog init must be an object, got ${describe(init)}`);
    let { Len, Filter } = init;
    if (Len !== void 0)
      this.Len = scalarArg("u16", Len, "SockFprog.Len");
    if (Filter !== void 0) {
      if (Filter !== null && !Array.isArray(Filter))
        throw TypeError(`SockFprog.Filter must be an array of SockFilter or null, got ${describe(Filter)}`);
      this.Filter = Filter;
    }
  }
}
function truncate(v, bits, name) {
  let n = scalarArg("i64", v, name);
  return bits === 32 ? n >>> 0 : n & (1 << bits) - 1;
}
function LsfStmt(code, k) {
  return new SockFilter({ Code: truncate(code, 16, "code"), K: truncate(k, 32, "k") });
}
function LsfJump(code, k, jt, jf) {
  return new SockFilter({ Code: truncate(code, 16, "code"), Jt: truncate(jt, 8, "jt"), Jf: truncate(jf, 8, "jf"), K: truncate(k, 32, "k") });
}
function LsfSocket(ifindex, proto) {
  let idx = scalarArg("i64", ifindex, "ifindex"), r = Socket(AF_PACKET, SOCK_RAW, proto), s = r[0], e = r[1];
  if (e !== null)
    return [0, e];
  let p = proto & 65535, err = Bind(s, new SockaddrLinklayer({ Protocol: (p & 255) << 8 | p >> 8, Ifindex: idx }));
  if (err !== null)
    return Close(s), [0, err];
  return [s, null];
}
var SIZEOF_IFREQ = 40, IFNAMSIZ = 16;
function SetLsfPromisc(name, m) {
  if (typeof name !== "string")
    throw TypeError(`name must be a string, got ${describe(name)}`);
  if (typeof m !== "boolean")
    throw TypeError(`m must be a boolean, got ${describe(m)}`);
  if (notCString(name))
    return EINVAL;
  let [s, e] = Socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  if (e !== null)
    return e;
  try {
    let ifr = new Uint8Array22(SIZEOF_IFREQ), nb = utf8(name), nl = byteLengthOf(nb);
    setOf(ifr, subview(nb, 0, nl < IFNAMSIZ ? nl : IFNAMSIZ));
    let err = ioctl(s, SIOCGIFFLAGS, ifr);
    if (err !== null)
      return err;
    let flags = ifr[IFNAMSIZ] | ifr[IFNAMSIZ + 1] << 8, next = m ? flags | IFF_PROMISC : flags & ~IFF_PROMISC & 65535;
    return ifr[IFNAMSIZ] = next & 255, ifr[IFNAMSIZ + 1] = next >> 8, ioctl(s, SIOCSIFFLAGS, ifr);
  } finally {
    Close(s);
  }
}
function AttachLsf(fd, i) {
  let f = fdArg(fd), prog = arrayArg("i", i, 65535, (x) => x);
  if (prog === null || prog.length === 0)
    return EINVAL;
  let insns = new Uint8Array22(prog.length * SOCKFILTER.size), dv = view(insns);
  for (let n = 0;n < prog.length; n++)
    writeStruct(SOCKFILTER, prog[n], dv, n * SOCKFILTER.size, `i[${n}]`);
  let fprog = new Uint8Array22(16);
  new Uint16Array2(bufferOf(fprog))[0] = prog.length, new BigUint64Array7(bufferOf(fprog))[1] = toBigInt5(stableAddress(insns));
  let err = setsockopt2(f, SOL_SOCKET, SO_ATTACH_FILTER, fprog, 16);
  return keepAlive(insns), err;
}
function DetachLsf(fd) {
  return setsockopt2(fdArg(fd), SOL_SOCKET, SO_DETACH_FILTER, new Uint8Array22(8), 8);
}
// src/sys/mman.ts
var { Uint8Array: Uint8Array23, ArrayBuffer: ArrayBuffer3 } = globalThis, mmap = sysCall("Mmap", "mmap", ["uintptr", "uintptr", "int", "int", "fd", "int64"], "long"), munmap = sysCall("Munmap", "munmap", ["uintptr", "uintptr"], "err"), mprotect = sysCall("Mprotect", "mprotect", ["bytes", "int"], "err"), madvise = sysCall("Madvise", "madvise", ["bytes", "int"], "err"), MAX_LENGTH = 4294967296, active = /* @__PURE__ */ new Map, MAP_GET = Map.prototype.get, MAP_SET = Map.prototype.set, MAP_DELETE = Map.prototype.delete, MAP_FOREACH = Map.prototype.forEach, reserved = new FinalizationRegistry(({ addr, length }) => {
  munmap(addr, length);
}), AB_TRANSFER = ArrayBuffer3.prototype.transfer, REGISTER = FinalizationRegistry.prototype.register, abLength = Object.getOwnPropertyDescriptor(ArrayBuffer3.prototype, "byteLength").get;
function region(name, b) {
  let u = bytesArg(name, b), len = byteLengthOf(u);
  if (len === 0)
    return { addr: 0, len, view: new Uint8Array23(0) };
  let view = subview(u, 0, len);
  return { addr: ffi().ptr(view), len, view };
}
function inMapping(addr, len) {
  let found = !1;
  return invoke(MAP_FOREACH, active, (m, a) => {
    if (addr >= a && addr + len <= a + m.length)
      found = !0;
  }), found;
}
function Mmap(fd, offset, length, prot, flags) {
  if (fdArg(fd), int64Arg("offset", offset), int64Arg("length", length), intArg("prot", prot), intArg("flags", flags), length <= 0 || (flags & MAP_FIXED) !== 0)
    return [new Uint8Array23(0), EINVAL];
  if (length > MAX_LENGTH)
    return [new Uint8Array23(0), ENOMEM];
  let r = mmap(0, length, prot, flags, fd, offset), addr = r[0], err = r[1];
  if (err !== null)
    return [new Uint8Array23(0), err];
  let ab;
  try {
    ab = ffi().toArrayBuffer(addr, 0, length);
  } catch {
    return munmap(addr, length), [new Uint8Array23(0), ENOMEM];
  }
  return invoke(MAP_SET, active, addr, { length, ab }), [new Uint8Array23(ab), null];
}
function Munmap(b) {
  let { addr, len } = region("b", b), m = len === 0 ? void 0 : invoke(MAP_GET, active, addr);
  if (m === void 0 || m.length !== len)
    return EINVAL;
  let ab = bufferOf(b);
  if (ab !== m.ab) {
    if (invoke(abLength, m.ab) !== 0 || invoke(abLength, ab) !== m.length)
      return EINVAL;
    m.ab = ab;
  }
  let err = mmap(addr, m.length, PROT_READ | PROT_WRITE, MAP_FIXED | MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)[1];
  if (err !== null)
    return err;
  invoke(MAP_DELETE, active, addr);
  try {
    invoke(AB_TRANSFER, m.ab, 0);
  } catch {}
  return invoke(REGISTER, reserved, m.ab, { addr, length: m.length }), null;
}
function Mprotect(b, prot) {
  let { addr, len, view } = region("b", b);
  if (intArg("prot", prot), len !== 0 && !inMapping(addr, len))
    return EINVAL;
  return mprotect(view, prot);
}
function Madvise(b, advice) {
  let { addr, len, view } = region("b", b);
  if (intArg("advice", advice), len !== 0 && !inMapping(addr, len))
    return EINVAL;
  return madvise(view, advice);
}
var Mlock = sysCall("Mlock", "mlock", ["bytes"], "err"), Munlock = sysCall("Munlock", "munlock", ["bytes"], "err"), Mlockall = sysCall("Mlockall", "mlockall", ["int"], "err"), Munlockall = sysCall("Munlockall", "munlockall", [], "err");
// src/sys/time.ts
var { Uint8Array: Uint8Array24, BigInt64Array: BigInt64Array5 } = globalThis, gettimeofday = sysCall("Gettimeofday", "gettimeofday", ["buf", "nullbuf"], "err"), settimeofday = sysCall("Settimeofday", SYS_SETTIMEOFDAY, ["nullbuf", "nullbuf"], "err"), times = sysCall("Times", "times", ["buf"], "long"), nanosleep = sysCall("Nanosleep", "nanosleep", ["nullbuf", "nullbuf"], "err"), adjtimex = sysCall("Adjtimex", SYS_ADJTIMEX, ["buf"], "int"), words2 = [new BigInt64Array5(2), new BigInt64Array5(2)], bytes = [new Uint8Array24(words2[0].buffer), new Uint8Array24(words2[1].buffer)];
function pairArg(name, v, a, b) {
  if (v === null)
    return null;
  if (typeof v !== "object")
    throw TypeError(`${name} must be an object or null, got ${describe(v)}`);
  let o = v;
  return [int64Arg(`${name}.${a}`, o[a]), int64Arg(`${name}.${b}`, o[b])];
}
function pairIn(p) {
  if (p === null)
    return null;
  let b = new Uint8Array24(16), w = new BigInt64Array5(bufferOf(b));
  return w[0] = BigInt(p[0]), w[1] = BigInt(p[1]), b;
}
function pairOut(v, a, b, i) {
  let x = Number(words2[i][0]), y = Number(words2[i][1]);
  v[a] = x, v[b] = y;
}
var SEC_USEC = ["Sec", "Usec"];
function timevalOut(name, tv) {
  if (typeof tv !== "object" || tv === null)
    throw TypeError(`${name} must be a Timeval, got ${describe(tv)}`);
  return outArg(name, tv, SEC_USEC);
}
function Gettimeofday(tv) {
  let t = timevalOut("tv", tv), err = gettimeofday(bytes[0], null);
  if (err === null)
    pairOut(t, "Sec", "Usec", 0);
  return err;
}
function Settimeofday(tv) {
  return settimeofday(pairIn(pairArg("tv", tv, "Sec", "Usec")), null);
}
function Time(t) {
  if (t !== null)
    outArg("t", t, ["value"]);
  let err = gettimeofday(bytes[0], null);
  if (err !== null)
    return [0, err];
  let tt = Number(words2[0][0]);
  if (t !== null)
    t.value = tt;
  return [tt, null];
}

class Tms {
  Utime = 0;
  Stime = 0;
  Cutime = 0;
  Cstime = 0;
}
var TMS_FIELDS = ["Utime", "Stime", "Cutime", "Cstime"], tmsWords = new BigInt64Array5(4), tmsBytes = new Uint8Array24(tmsWords.buffer);
function Times(tms) {
  if (typeof tms !== "object" || tms === null)
    throw TypeError(`tms must be a Tms, got ${describe(tms)}`);
  outArg("tms", tms, TMS_FIELDS);
  let r = times(tmsBytes);
  if (r[1] !== null)
    return r;
  let got = [Number(tmsWords[0]), Number(tmsWords[1]), Number(tmsWords[2]), Number(tmsWords[3])];
  for (let i = 0;i < 4; i++)
    tms[TMS_FIELDS[i]] = got[i];
  return r;
}
function Nanosleep(time, leftover) {
  let t = pairArg("time", time, "Sec", "Nsec");
  if (leftover !== null) {
    if (typeof leftover !== "object")
      throw TypeError(`leftover must be a Timespec or null, got ${describe(leftover)}`);
    outArg("leftover", leftover, ["Sec", "Nsec"]);
  }
  let tb = pairIn(t);
  words2[1].fill(0n);
  let err = nanosleep(tb, leftover === null ? null : bytes[1]);
  if (err === EINTR && leftover !== null)
    pairOut(leftover, "Sec", "Nsec", 1);
  return err;
}

class Timex {
  Modes = 0;
  Offset = 0;
  Freq = 0;
  Maxerror = 0;
  Esterror = 0;
  Status = 0;
  Constant = 0;
  Precision = 0;
  Tolerance = 0;
  Time = new Timeval;
  Tick = 0;
  Ppsfreq = 0;
  Jitter = 0;
  Shift = 0;
  Stabil = 0;
  Jitcnt = 0;
  Calcnt = 0;
  Errcnt = 0;
  Stbcnt = 0;
  Tai = 0;
  constructor(init) {
    initFields(this, init);
  }
}
var TIMEX_I64 = [
  ["Offset", 8],
  ["Freq", 16],
  ["Maxerror", 24],
  ["Esterror", 32],
  ["Constant", 48],
  ["Precision", 56],
  ["Tolerance", 64],
  ["Tick", 88],
  ["Ppsfreq", 96],
  ["Jitter", 104],
  ["Stabil", 120],
  ["Jitcnt", 128],
  ["Calcnt", 136],
  ["Errcnt", 144],
  ["Stbcnt", 152]
], TIMEX_I32 = [["Modes", 0, 0, 4294967295], ["Status", 40, -2147483648, 2147483647], ["Shift", 112, -2147483648, 2147483647], ["Tai", 160, -2147483648, 2147483647]], timexFields = null;
function timexFieldNames() {
  if (timexFields === null) {
    let t = [];
    for (let i = 0;i < TIMEX_I64.length; i++)
      t[t.length] = TIMEX_I64[i][0];
    for (let i = 0;i < TIMEX_I32.length; i++)
      t[t.length] = TIMEX_I32[i][0];
    timexFields = t;
  }
  return timexFields;
}
var SIZEOF_TIMEX = 208;
function Adjtimex(buf) {
  if (typeof buf !== "object" || buf === null)
    throw TypeError(`buf must be a Timex, got ${describe(buf)}`);
  let b = buf;
  outArg("buf", b, timexFieldNames());
  let tv = timevalOut("buf.Time", b.Time), raw = new Uint8Array24(SIZEOF_TIMEX), dv = dataViewOf(raw);
  for (let i = 0;i < TIMEX_I64.length; i++) {
    let f = TIMEX_I64[i];
    dv.setBigInt64(f[1], BigInt(int64Arg(`buf.${f[0]}`, b[f[0]])), !0);
  }
  for (let i = 0;i < TIMEX_I32.length; i++) {
    let f = TIMEX_I32[i];
    dv.setInt32(f[1], intArg(`buf.${f[0]}`, b[f[0]], f[2], f[3]) | 0, !0);
  }
  dv.setBigInt64(72, BigInt(int64Arg("buf.Time.Sec", tv.Sec)), !0), dv.setBigInt64(80, BigInt(int64Arg("buf.Time.Usec", tv.Usec)), !0);
  let r = adjtimex(raw);
  if (r[1] !== null)
    return r;
  for (let i = 0;i < TIMEX_I64.length; i++)
    b[TIMEX_I64[i][0]] = Number(dv.getBigInt64(TIMEX_I64[i][1], !0));
  for (let i = 0;i < TIMEX_I32.length; i++) {
    let f = TIMEX_I32[i];
    b[f[0]] = f[2] === 0 ? dv.getUint32(f[1], !0) : dv.getInt32(f[1], !0);
  }
  return tv.Sec = Number(dv.getBigInt64(72, !0)), tv.Usec = Number(dv.getBigInt64(80, !0)), r;
}
function TimespecToNsec(ts) {
  if (typeof ts !== "object" || ts === null)
    throw TypeError(`ts must be a Timespec, got ${describe(ts)}`);
  return invoke(Timespec.prototype.Nano, ts);
}
function TimevalToNsec(tv) {
  if (typeof tv !== "object" || tv === null)
    throw TypeError(`tv must be a Timeval, got ${describe(tv)}`);
  return invoke(Timeval.prototype.Nano, tv);
}
// src/sys/misc.ts
var { Uint8Array: Uint8Array25, BigInt64Array: BigInt64Array6, BigUint64Array: BigUint64Array8, DataView: DataView8 } = globalThis, Getpriority = sysCall("Getpriority", SYS_GETPRIORITY, ["int", "int"], "int"), Setpriority = sysCall("Setpriority", "setpriority", ["int", "int", "int"], "err");
function Getpgrp() {
  return Getpgid(0)[0];
}
var gettid = sysCall("Gettid", SYS_GETTID, [], "long");
function Gettid() {
  return gettid()[0];
}
var Pause = sysCall("Pause", "pause", [], "err"), ptrace = sysCall("Ptrace", SYS_PTRACE, ["int", "int", "uintptr", "buf"], "long"), WORD = 8, word2 = new Uint8Array25(WORD), wordI64 = new BigInt64Array6(word2.buffer), min = (a, b) => a < b ? a : b;
function pidArg2(pid) {
  return intArg("pid", pid, -2147483648, 2147483647);
}
function addrArg(addr) {
  let a = int64Arg("addr", addr);
  if (a < 0)
    throw RangeError(`addr out of range: ${a}`);
  return a;
}
function peekWord(req, pid, addr) {
  return ptrace(req, pid, addr, word2)[1];
}
function pokeWord(req, pid, addr) {
  return C.syscall(SYS_PTRACE, req, pid, addr, wordI64[0], 0, 0) === -1 ? lastErr() : null;
}
function copyBytes(dst, to, src, from, count) {
  if (count > 0)
    setOf(subview(dst, to, to + count), subview(src, from, from + count));
}
function ptracePeek(req, pid, addr, out) {
  let p = pidArg2(pid), a = addrArg(addr), o = bytesArg("out", out), len = byteLengthOf(o), view = len === 0 ? o : subview(o, 0, len), n = 0, lead = a % WORD;
  if (lead !== 0) {
    let err = peekWord(req, p, a - lead);
    if (err !== null)
      return [0, err];
    n = min(len, WORD - lead), copyBytes(view, 0, word2, lead, n);
  }
  while (n < len) {
    let err = peekWord(req, p, a + n);
    if (err !== null)
      return [n, err];
    let c = min(len - n, WORD);
    copyBytes(view, n, word2, 0, c), n += c;
  }
  return [n, null];
}
function ptracePoke(pokeReq, peekReq, pid, addr, data) {
  let p = pidArg2(pid), a = addrArg(addr), src = bytesArg("data", data), d = byteLengthOf(src) === 0 ? new Uint8Array25(0) : new Uint8Array25(src), left = byteLengthOf(d), at = 0, n = 0, lead = a % WORD;
  if (lead !== 0) {
    let err = peekWord(peekReq, p, a - lead);
    if (err !== null)
      return [0, err];
    if (n = min(left, WORD - lead), copyBytes(word2, lead, d, 0, n), err = pokeWord(pokeReq, p, a - lead), err !== null)
      return [0, err];
    at = n, left -= n;
  }
  while (left > WORD) {
    copyBytes(word2, 0, d, at, WORD);
    let err = pokeWord(pokeReq, p, a + n);
    if (err !== null)
      return [n, err];
    n += WORD, at += WORD, left -= WORD;
  }
  if (left > 0) {
    let err = peekWord(peekReq, p, a + n);
    if (err !== null)
      return [n, err];
    if (copyBytes(word2, 0, d, at, left), err = pokeWord(pokeReq, p, a + n), err !== null)
      return [n, err];
    n += left;
  }
  return [n, null];
}
function PtracePeekText(pid, addr, out) {
  return ptracePeek(PTRACE_PEEKTEXT, pid, addr, out);
}
function PtracePeekData(pid, addr, out) {
  return ptracePeek(PTRACE_PEEKDATA, pid, addr, out);
}
function PtracePokeText(pid, addr, data) {
  return ptracePoke(PTRACE_POKETEXT, PTRACE_PEEKTEXT, pid, addr, data);
}
function PtracePokeData(pid, addr, data) {
  return ptracePoke(PTRACE_POKEDATA, PTRACE_PEEKDATA, pid, addr, data);
}

class PtraceRegsAmd64 {
  R15 = 0n;
  R14 = 0n;
  R13 = 0n;
  R12 = 0n;
  Rbp = 0n;
  Rbx = 0n;
  R11 = 0n;
  R10 = 0n;
  R9 = 0n;
  R8 = 0n;
  Rax = 0n;
  Rcx = 0n;
  Rdx = 0n;
  Rsi = 0n;
  Rdi = 0n;
  Orig_rax = 0n;
  Rip = 0n;
  Cs = 0n;
  Eflags = 0n;
  Rsp = 0n;
  Ss = 0n;
  Fs_base = 0n;
  Gs_base = 0n;
  Ds = 0n;
  Es = 0n;
  Fs = 0n;
  Gs = 0n;
  PC() {
    return this.Rip;
  }
  SetPC(pc) {
    this.Rip = u64Arg("pc", pc);
  }
}

class PtraceRegsArm64 {
  Regs = new BigUint64Array8(31);
  Sp = 0n;
  Pc = 0n;
  Pstate = 0n;
  PC() {
    return this.Pc;
  }
  SetPC(pc) {
    this.Pc = u64Arg("pc", pc);
  }
}
var PtraceRegs = ARCH === "amd64" ? PtraceRegsAmd64 : PtraceRegsArm64, REG_FIELDS = ARCH === "amd64" ? Object.keys(new PtraceRegsAmd64) : ["Sp", "Pc", "Pstate"], X_REGS = ARCH === "amd64" ? 0 : 31, regWords = new BigUint64Array8(X_REGS + REG_FIELDS.length), regBytes = new Uint8Array25(regWords.buffer), iov2 = new BigUint64Array8(2), iovBytes = new Uint8Array25(iov2.buffer), NT_PRSTATUS = 1;
function regsArg(name, regs, load) {
  if (typeof regs !== "object" || regs === null)
    throw TypeError(`${name} must be a PtraceRegs, got ${describe(regs)}`);
  let r = regs, x = null;
  if (X_REGS !== 0) {
    let v = r.Regs;
    if (typedArrayTag(v) !== "BigUint64Array" || elementCountOf(v) !== X_REGS)
      throw TypeError(`${name}.Regs must be a BigUint64Array of ${X_REGS}`);
    x = v;
  }
  if (!load)
    return [outArg(name, r, REG_FIELDS), x];
  let fields = [];
  for (let i = 0;i < REG_FIELDS.length; i++)
    fields[i] = u64Arg(`${name}.${REG_FIELDS[i]}`, r[REG_FIELDS[i]]);
  if (x !== null)
    for (let i = 0;i < X_REGS; i++)
      regWords[i] = x[i];
  for (let i = 0;i < fields.length; i++)
    regWords[X_REGS + i] = fields[i];
  return [r, x];
}
function regsCall(pid, get) {
  if (ARCH === "amd64")
    return ptrace(get ? PTRACE_GETREGS : PTRACE_SETREGS, pid, 0, regBytes)[1];
  return iov2[0] = BigInt(addressOf(regBytes)), iov2[1] = BigInt(8 * (X_REGS + REG_FIELDS.length)), ptrace(get ? PTRACE_GETREGSET : PTRACE_SETREGSET, pid, NT_PRSTATUS, iovBytes)[1];
}
function PtraceGetRegs(pid, regsout) {
  let p = pidArg2(pid), [r, x] = regsArg("regsout", regsout, !1), err = regsCall(p, !0);
  if (err !== null)
    return err;
  let got = new BigUint64Array8(regWords);
  if (x !== null)
    for (let i = 0;i < X_REGS; i++)
      x[i] = got[i];
  for (let i = 0;i < REG_FIELDS.length; i++)
    r[REG_FIELDS[i]] = got[X_REGS + i];
  return null;
}
function PtraceSetRegs(pid, regs) {
  let p = pidArg2(pid);
  return regsArg("regs", regs, !0), regsCall(p, !1);
}
var reboot = sysCall("Reboot", SYS_REBOOT, ["uint", "uint", "int", "path"], "err");
function Reboot(cmd) {
  return reboot(LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, cmd, "");
}
var Ioperm = sysCall("Ioperm", SYS_IOPERM, ["int", "int", "int"], "err"), Iopl = sysCall("Iopl", SYS_IOPL, ["int"], "err"), klogctl = sysCall("Klogctl", SYS_SYSLOG, ["int", "bytes"], "int");
function Klogctl(typ, buf) {
  let b = bytesArg("buf", buf), len = byteLengthOf(b), tmp = new Uint8Array25(len), r = klogctl(typ, tmp);
  if (r[0] > 0 && (typ === 2 || typ === 3 || typ === 4))
    copyBytes(subview(b, 0, len), 0, tmp, 0, min(r[0], len));
  return r;
}
var Acct = sysCall("Acct", "acct", ["path"], "err");
// src/exec/landlock.ts
var { Uint8Array: Uint8Array26, BigUint64Array: BigUint64Array9 } = globalThis, SYS_landlock_create_ruleset = 444, SYS_landlock_add_rule = 445, LANDLOCK_CREATE_RULESET_VERSION = 1, LANDLOCK_CREATE_RULESET_ERRATA = 2, LANDLOCK_RULE_PATH_BENEATH = 1, LANDLOCK_RULE_NET_PORT = 2, LANDLOCK_ACCESS_FS_EXECUTE = 1, LANDLOCK_ACCESS_FS_WRITE_FILE = 2, LANDLOCK_ACCESS_FS_READ_FILE = 4, LANDLOCK_ACCESS_FS_READ_DIR = 8, LANDLOCK_ACCESS_FS_REMOVE_DIR = 16, LANDLOCK_ACCESS_FS_REMOVE_FILE = 32, LANDLOCK_ACCESS_FS_MAKE_CHAR = 64, LANDLOCK_ACCESS_FS_MAKE_DIR = 128, LANDLOCK_ACCESS_FS_MAKE_REG = 256, LANDLOCK_ACCESS_FS_MAKE_SOCK = 512, LANDLOCK_ACCESS_FS_MAKE_FIFO = 1024, LANDLOCK_ACCESS_FS_MAKE_BLOCK = 2048, LANDLOCK_ACCESS_FS_MAKE_SYM = 4096, LANDLOCK_ACCESS_FS_REFER = 8192, LANDLOCK_ACCESS_FS_TRUNCATE = 16384, LANDLOCK_ACCESS_FS_IOCTL_DEV = 32768, LANDLOCK_ACCESS_NET_BIND_TCP = 1, LANDLOCK_ACCESS_NET_CONNECT_TCP = 2, LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET = 1, LANDLOCK_SCOPE_SIGNAL = 2;

class LandlockRulesetAttr {
  HandledAccessFs = 0;
  HandledAccessNet = 0;
  Scoped = 0;
  constructor(init) {
    Object.assign(this, init);
  }
}

class LandlockPathBeneathAttr {
  AllowedAccess = 0;
  ParentFd = -1;
  constructor(init) {
    Object.assign(this, init);
  }
}

class LandlockNetPortAttr {
  AllowedAccess = 0;
  Port = 0;
  constructor(init) {
    Object.assign(this, init);
  }
}
function u64(name, v) {
  if (typeof v !== "number" || !Number.isSafeInteger(v) || v < 0)
    throw TypeError(`${name} must be a non-negative integer, got ${describe(v)}`);
  return BigInt(v);
}
function result(r) {
  return r === -1 ? [-1, Errno.of(errno())] : [r, null];
}
function LandlockCreateRuleset(attr, flags) {
  let f = intArg("flags", flags);
  if (attr === null)
    return result(Number(C.syscall(SYS_landlock_create_ruleset, 0, 0, f, 0, 0, 0)));
  if (typeof attr !== "object")
    throw TypeError(`attr must be a LandlockRulesetAttr, got ${describe(attr)}`);
  let buf = new BigUint64Array9([u64("attr.HandledAccessFs", attr.HandledAccessFs), u64("attr.HandledAccessNet", attr.HandledAccessNet ?? 0), u64("attr.Scoped", attr.Scoped ?? 0)]);
  return result(Number(C.syscall(SYS_landlock_create_ruleset, ffi().ptr(buf), 24, f, 0, 0, 0)));
}
function LandlockAddRule(rulesetFd, ruleType, attr, flags) {
  let fd = fdArg(rulesetFd), type = intArg("ruleType", ruleType), f = intArg("flags", flags);
  if (typeof attr !== "object" || attr === null)
    throw TypeError(`attr must be a Landlock rule attr, got ${describe(attr)}`);
  let buf = new Uint8Array26(16), dv = dataViewOf(buf);
  if (dv.setBigUint64(0, u64("attr.AllowedAccess", attr.AllowedAccess), !0), type === LANDLOCK_RULE_PATH_BENEATH || type !== LANDLOCK_RULE_NET_PORT && "ParentFd" in attr) {
    let fdV = attr.ParentFd;
    if (typeof fdV !== "number")
      throw TypeError(`attr.ParentFd must be an fd for LANDLOCK_RULE_PATH_BENEATH, got ${describe(fdV)}`);
    dv.setInt32(8, fdArg(fdV), !0);
  } else
    dv.setBigUint64(8, u64("attr.Port", attr.Port), !0);
  return result(Number(C.syscall(SYS_landlock_add_rule, fd, type, ffi().ptr(buf), f, 0, 0)))[1];
}
module.exports = Object.defineProperties(Object.assign(K, { AF_INET, AF_INET6, AF_NETLINK, AF_PACKET, AF_UNIX, AF_UNSPEC, AT_EACCESS, AT_EMPTY_PATH, AT_FDCWD, AT_NO_AUTOMOUNT, AT_REMOVEDIR, AT_SYMLINK_FOLLOW, AT_SYMLINK_NOFOLLOW, Accept, Accept4, Access, Acct, Adjtimex, AllThreadsSyscall, AllThreadsSyscall6, AttachLsf, Bind, BindToDevice, CLONE_CHILD_CLEARTID, CLONE_CHILD_SETTID, CLONE_CLEAR_SIGHAND, CLONE_DETACHED, CLONE_FILES, CLONE_FS, CLONE_INTO_CGROUP, CLONE_IO, CLONE_NEWCGROUP, CLONE_NEWIPC, CLONE_NEWNET, CLONE_NEWNS, CLONE_NEWPID, CLONE_NEWTIME, CLONE_NEWUSER, CLONE_NEWUTS, CLONE_PARENT, CLONE_PARENT_SETTID, CLONE_PIDFD, CLONE_PTRACE, CLONE_SETTLS, CLONE_SIGHAND, CLONE_SYSVSEM, CLONE_THREAD, CLONE_UNTRACED, CLONE_VFORK, CLONE_VM, CLOSE_RANGE_CLOEXEC, CLOSE_RANGE_UNSHARE, CapUserData, CapUserHeader, Capget, Capset, Chdir, ChildRlimitNofile, Chmod, Chown, Chroot, Clearenv, Close, CloseOnExec, CloseRange, CmsgLen, CmsgSpace, Cmsghdr, Connect, Creat, DetachLsf, Dirent, Dup, Dup2, Dup3, E2BIG, EACCES, EADDRINUSE, EADDRNOTAVAIL, EADV, EAFNOSUPPORT, EAGAIN, EALREADY, EBADE, EBADF, EBADFD, EBADMSG, EBADR, EBADRQC, EBADSLT, EBFONT, EBUSY, ECANCELED, ECHILD, ECHRNG, ECOMM, ECONNABORTED, ECONNREFUSED, ECONNRESET, EDEADLK, EDEADLOCK, EDESTADDRREQ, EDOM, EDOTDOT, EDQUOT, EEXIST, EFAULT, EFBIG, EHOSTDOWN, EHOSTUNREACH, EHWPOISON, EIDRM, EILSEQ, EINPROGRESS, EINTR, EINVAL, EIO, EISCONN, EISDIR, EISNAM, EKEYEXPIRED, EKEYREJECTED, EKEYREVOKED, EL2HLT, EL2NSYNC, EL3HLT, EL3RST, ELIBACC, ELIBBAD, ELIBEXEC, ELIBMAX, ELIBSCN, ELNRNG, ELOOP, EMEDIUMTYPE, EMFILE, EMLINK, EMSGSIZE, EMULTIHOP, ENAMETOOLONG, ENAVAIL, ENETDOWN, ENETRESET, ENETUNREACH, ENFILE, ENOANO, ENOBUFS, ENOCSI, ENODATA, ENODEV, ENOENT, ENOEXEC, ENOKEY, ENOLCK, ENOLINK, ENOMEDIUM, ENOMEM, ENOMSG, ENONET, ENOPKG, ENOPROTOOPT, ENOSPC, ENOSR, ENOSTR, ENOSYS, ENOTBLK, ENOTCONN, ENOTDIR, ENOTEMPTY, ENOTNAM, ENOTRECOVERABLE, ENOTSOCK, ENOTSUP, ENOTTY, ENOTUNIQ, ENXIO, EOPNOTSUPP, EOVERFLOW, EOWNERDEAD, EPERM, EPFNOSUPPORT, EPIPE, EPOLLERR, EPOLLHUP, EPOLLIN, EPOLLOUT, EPOLLPRI, EPOLLRDHUP, EPROTO, EPROTONOSUPPORT, EPROTOTYPE, ERANGE, EREMCHG, EREMOTE, EREMOTEIO, ERESTART, ERFKILL, EROFS, ESHUTDOWN, ESOCKTNOSUPPORT, ESPIPE, ESRCH, ESRMNT, ESTALE, ESTRPIPE, ETIME, ETIMEDOUT, ETOOMANYREFS, ETXTBSY, EUCLEAN, EUNATCH, EUSERS, EWOULDBLOCK, EXDEV, EXFULL, Environ, EpollCreate, EpollCreate1, EpollCtl, EpollEvent, EpollWait, ErrExist, ErrNotExist, ErrPermission, ErrUnsupported, Errno, Exec, Exit, F_DUPFD_CLOEXEC, F_GETFL, F_SETFD, F_SETFL, Faccessat, Fallocate, Fchdir, Fchmod, Fchmodat, Fchown, Fchownat, FcntlFlock, FcntlInt, FdReadableStream, FdSet, FdWritableStream, Fdatasync, Flock, Flock_t, ForkExec, ForkLock, Fsid, Fstat, Fstatat, Fstatfs, Fsync, Ftruncate, Futimes, Futimesat, Getcwd, Getdents, Getegid, Getenv, Geteuid, Getgid, Getgroups, Getpagesize, Getpeername, Getpgid, Getpgrp, Getpid, Getppid, Getpriority, Getrlimit, Getrusage, Getsockname, GetsockoptICMPv6Filter, GetsockoptIPMreq, GetsockoptIPMreqn, GetsockoptIPv6MTUInfo, GetsockoptIPv6Mreq, GetsockoptInet4Addr, GetsockoptInt, GetsockoptUcred, Gettid, Gettimeofday, Getuid, Getwd, Getxattr, ICMPv6Filter, IFF_PROMISC, IPMreq, IPMreqn, IPv6MTUInfo, IPv6Mreq, IfAddrmsg, IfInfomsg, ImplementsGetwd, Inet4Pktinfo, Inet6Pktinfo, InotifyAddWatch, InotifyEvent, InotifyInit, InotifyInit1, InotifyRmWatch, IoctlGetInt, IoctlGetTermios, IoctlGetWinsize, IoctlSetInt, IoctlSetPointerInt, IoctlSetTermios, IoctlSetWinsize, Ioperm, Iopl, Iovec, Kill, Klogctl, LANDLOCK_ACCESS_FS_EXECUTE, LANDLOCK_ACCESS_FS_IOCTL_DEV, LANDLOCK_ACCESS_FS_MAKE_BLOCK, LANDLOCK_ACCESS_FS_MAKE_CHAR, LANDLOCK_ACCESS_FS_MAKE_DIR, LANDLOCK_ACCESS_FS_MAKE_FIFO, LANDLOCK_ACCESS_FS_MAKE_REG, LANDLOCK_ACCESS_FS_MAKE_SOCK, LANDLOCK_ACCESS_FS_MAKE_SYM, LANDLOCK_ACCESS_FS_READ_DIR, LANDLOCK_ACCESS_FS_READ_FILE, LANDLOCK_ACCESS_FS_REFER, LANDLOCK_ACCESS_FS_REMOVE_DIR, LANDLOCK_ACCESS_FS_REMOVE_FILE, LANDLOCK_ACCESS_FS_TRUNCATE, LANDLOCK_ACCESS_FS_WRITE_FILE, LANDLOCK_ACCESS_NET_BIND_TCP, LANDLOCK_ACCESS_NET_CONNECT_TCP, LANDLOCK_CREATE_RULESET_ERRATA, LANDLOCK_CREATE_RULESET_VERSION, LANDLOCK_RULE_NET_PORT, LANDLOCK_RULE_PATH_BENEATH, LANDLOCK_SCOPE_ABSTRACT_UNIX_SOCKET, LANDLOCK_SCOPE_SIGNAL, LINUX_CAPABILITY_VERSION_1, LINUX_CAPABILITY_VERSION_2, LINUX_CAPABILITY_VERSION_3, LINUX_REBOOT_MAGIC1, LINUX_REBOOT_MAGIC2, LOCK_EX, LOCK_NB, LOCK_UN, LandlockAddRule, LandlockCreateRuleset, LandlockNetPortAttr, LandlockPathBeneathAttr, LandlockRulesetAttr, LastErrno, LastForkExecFailure, Lchown, Linger, Link, Listen, Listxattr, LsfJump, LsfSocket, LsfStmt, Lstat, MAP_ANONYMOUS, MAP_FIXED, MAP_PRIVATE, MFD_ALLOW_SEALING, MFD_CLOEXEC: MFD_CLOEXEC2, MFD_EXEC, MFD_HUGETLB, MFD_NOEXEC_SEAL, MSG_DONTWAIT, MSG_NOSIGNAL, MS_BIND, MS_REMOUNT, Madvise, MemfdCreate, Mkdir, Mkdirat, Mkfifo, Mknod, Mknodat, Mlock, Mlockall, Mmap, Mount, Mprotect, Msghdr, Munlock, Munlockall, Munmap, NETLINK_ROUTE, NLMSG_DONE, NLMSG_ERROR, NLM_F_DUMP, NLM_F_REQUEST, Nanosleep, NetlinkMessage, NetlinkRIB, NetlinkRouteAttr, NetlinkRouteRequest, NlAttr, NlMsgerr, NlMsghdr, NsecToTimespec, NsecToTimeval, O_CLOEXEC, O_CREAT, O_DIRECTORY, O_LARGEFILE, O_NOCTTY, O_NONBLOCK, O_PATH, O_RDONLY, O_RDWR, O_TRUNC, O_WRONLY, Open, OpenHow, Openat, Openat2, Openpty, PIDFD_NONBLOCK, PROT_READ, PROT_WRITE, PR_CAPBSET_READ, PTRACE_ATTACH, PTRACE_CONT, PTRACE_DETACH, PTRACE_GETEVENTMSG, PTRACE_GETREGS, PTRACE_GETREGSET, PTRACE_KILL, PTRACE_PEEKDATA, PTRACE_PEEKTEXT, PTRACE_POKEDATA, PTRACE_POKETEXT, PTRACE_SETOPTIONS, PTRACE_SETREGS, PTRACE_SETREGSET, PTRACE_SINGLESTEP, PTRACE_SYSCALL, ParseDirent, ParseNetlinkMessage, ParseNetlinkRouteAttr, ParseSocketControlMessage, ParseUnixCredentials, ParseUnixRights, Pause, PendingWaits, PidfdGetfd, PidfdOpen, PidfdSendSignal, Pipe, Pipe2, PivotRoot, PollAsync, Prctl, PrctlRetInt, Pread, Prepare, Prlimit, PtraceAttach, PtraceCont, PtraceDetach, PtraceGetEventMsg, PtraceGetRegs, PtraceKill, PtracePeekData, PtracePeekText, PtracePokeData, PtracePokeText, PtraceRegs, PtraceRegsAmd64, PtraceRegsArm64, PtraceSetOptions, PtraceSetRegs, PtraceSingleStep, PtraceSyscall, Pwrite, RESOLVE_BENEATH, RESOLVE_IN_ROOT, RESOLVE_NO_MAGICLINKS, RESOLVE_NO_SYMLINKS, RESOLVE_NO_XDEV, RLIM_INFINITY, RTM_DELADDR, RTM_DELLINK, RTM_DELROUTE, RTM_NEWADDR, RTM_NEWLINK, RTM_NEWROUTE, RUSAGE_CHILDREN, RUSAGE_SELF, RUSAGE_THREAD, RWMutex, RawSockaddr, RawSockaddrAny, RawSockaddrInet4, RawSockaddrInet6, RawSockaddrLinklayer, RawSockaddrNetlink, RawSockaddrUnix, RawSyscall, RawSyscall6, Read, ReadAsync, ReadDirent, Readlink, Reboot, Recvfrom, Recvmsg, Removexattr, Rename, Renameat, Rlimit, Rmdir, RtAttr, RtGenmsg, RtMsg, RtNexthop, Rusage, SCM_CREDENTIALS, SCM_RIGHTS, SEEK_CUR, SEEK_END, SEEK_SET, SIGABRT, SIGALRM, SIGBUS, SIGCHLD, SIGCLD, SIGCONT, SIGFPE, SIGHUP, SIGILL, SIGINT, SIGIO, SIGIOT, SIGKILL, SIGPIPE, SIGPOLL, SIGPROF, SIGPWR, SIGQUIT, SIGSEGV, SIGSTKFLT, SIGSTOP, SIGSYS, SIGTERM, SIGTRAP, SIGTSTP, SIGTTIN, SIGTTOU, SIGUNUSED, SIGURG, SIGUSR1, SIGUSR2, SIGVTALRM, SIGWINCH, SIGXCPU, SIGXFSZ, SIOCGIFFLAGS, SIOCSIFFLAGS, SOCK_CLOEXEC, SOCK_DGRAM, SOCK_NONBLOCK, SOCK_RAW, SOCK_STREAM, SOL_SOCKET, SO_ATTACH_FILTER, SO_BINDTODEVICE, SO_DETACH_FILTER, SO_TYPE, SYS_ADJTIMEX, SYS_FSTATFS, SYS_FUTIMESAT, SYS_GETDENTS64, SYS_GETPRIORITY, SYS_GETTID, SYS_IOCTL, SYS_IOPERM, SYS_IOPL, SYS_MKNODAT, SYS_MMAP, SYS_MUNMAP, SYS_PIVOT_ROOT, SYS_PRCTL, SYS_PRLIMIT64, SYS_PSELECT6, SYS_PTRACE, SYS_REBOOT, SYS_SELECT, SYS_SETFSGID, SYS_SETFSUID, SYS_SETTIMEOFDAY, SYS_SOCKETPAIR, SYS_SYSLOG, SYS_USTAT, SYS_UTIMES, SYS_WAITID, S_IFBLK, S_IFCHR, S_IFMT, S_IFREG, Seek, Select, Sendfile, Sendmsg, SendmsgN, Sendto, SetChildRlimitNofile, SetLsfPromisc, SetNonblock, SetSocketDisableIPv6, Setdomainname, Setegid, Setenv, Seteuid, Setfsgid, Setfsuid, Setgid, Setgroups, Sethostname, Setns, Setpgid, Setpriority, Setregid, Setresgid, Setresuid, Setreuid, Setrlimit, Setsid, SetsockoptByte, SetsockoptICMPv6Filter, SetsockoptIPMreq, SetsockoptIPMreqn, SetsockoptIPv6Mreq, SetsockoptInet4Addr, SetsockoptInt, SetsockoptLinger, SetsockoptString, SetsockoptTimeval, Settimeofday, Setuid, Setxattr, Shutdown, Signal, SizeofOpenHow, SockFilter, SockFprog, SockaddrInet4, SockaddrInet6, SockaddrLinklayer, SockaddrNetlink, SockaddrUnix, Socket, SocketControlMessage, Socketpair, Splice, StartProcess, Stat, Stat_t, Statfs, Statfs_t, Stderr, Stdin, Stdout, Symlink, Sync, SyncFileRange, Syscall, Syscall6, Sysinfo, Sysinfo_t, TCGETS2, TCPInfo, TCSETS2, TIOCGPTN, TIOCSPTLCK, Tee, Termios, Tgkill, Time, Times, Timespec, TimespecToNsec, Timeval, TimevalToNsec, Timex, Tms, Truncate, Ucred, Umask, Uname, UnixCredentials, UnixRights, Unlink, Unlinkat, Unmount, Unsetenv, Unshare, Ustat, Ustat_t, Utimbuf, Utime, Utimes, UtimesNano, Utsname, WEXITED, WNOHANG, WNOWAIT, Wait4, Wait4Async, WaitStatus, Winsize, Write, WriteAsync }), { SocketDisableIPv6: { get: () => SocketDisableIPv6, enumerable: true } });

//# debugId=2CFC631C63D5DAA464756E2164756E21
//# sourceMappingURL=bun-syscall.impl.cjs.map
