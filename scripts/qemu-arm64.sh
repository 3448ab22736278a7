#!/usr/bin/env bash
# Runs the tests that do not start processes under aarch64 emulation
# (qemu-user), with Bun's linux-aarch64 build from the npm registry: a check
# of the arm64 struct layouts, constants and syscall numbers on an x86_64
# machine. Needs root for apt-get (Debian's qemu-user and the aarch64 libc).
#
# What emulation cannot check: qemu-user turns clone(CLONE_VM|CLONE_VFORK)
# into a plain fork and has no ptrace, and the tests' helper children are
# not emulated; so ForkExec's failure reporting, ptrace and the tests that
# spawn Bun again are left to a real arm64 machine. Of the call families,
# sys_poll (EpollEvent is 16 bytes on arm64, 12 on amd64) passes whole here;
# the others meet qemu-user's limits (untranslated socket options and
# TCP_INFO, no openat2, its own /proc/self/maps and getdents errnos), so
# they run on a real arm64 machine only.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v qemu-aarch64 >/dev/null || [ ! -e /usr/aarch64-linux-gnu/lib/libc.so ]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq qemu-user libc6-arm64-cross libc6-dev-arm64-cross >/dev/null
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
version=$(node -p 'require("./node_modules/bun/package.json").version')
(cd "$work" && npm pack --silent "@oven/bun-linux-aarch64@$version" >/dev/null && tar xzf oven-bun-linux-aarch64-*.tgz)
# A sysroot where both the dynamic loader and TinyCC (which links -lc) find
# the aarch64 C library.
root="$work/root"
mkdir -p "$root/lib" "$root/usr/lib"
for f in /usr/aarch64-linux-gnu/lib/*; do ln -s "$f" "$root/lib/"; ln -s "$f" "$root/usr/lib/"; done
ln -s /usr/aarch64-linux-gnu/lib "$root/lib/aarch64-linux-gnu"
ln -s /usr/aarch64-linux-gnu/lib "$root/usr/lib/aarch64-linux-gnu"
BSC_EMULATED=qemu-user qemu-aarch64 -L "$root" "$work/package/bin/bun" test \
  test/errno.test.ts test/signal.test.ts test/types.test.ts test/libc.test.ts test/env.test.ts \
  test/sys_poll.test.ts
