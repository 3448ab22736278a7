#!/usr/bin/env bash
# Runs the test suite as an unprivileged user, to check that every test which
# needs root (or a capability) skips itself with its reason instead of
# failing. Run as root: it makes the user if it is missing (useradd), copies
# this checkout, node_modules included, into a fresh directory that the user
# owns, runs `bun test` there as that user, prints bun test's output and then
# one line
#   unprivileged (user U, uid N): N pass, N skip, N fail
# and exits with bun test's status (2 when it cannot get as far as running it).
#
#   BUN_SYSCALL_TEST_USER  the user to run as (default bun-syscall-test)
#   KEEP=1                 keep the copy (its path is printed) instead of removing it
set -uo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
user="${BUN_SYSCALL_TEST_USER:-bun-syscall-test}"

if [ "$(id -u)" != 0 ]; then
  echo "test-unprivileged.sh: run this as root (it makes a user and switches to it)" >&2
  exit 2
fi

if ! id -u "$user" >/dev/null 2>&1; then
  if ! command -v useradd >/dev/null; then
    echo "test-unprivileged.sh: no user $user and no useradd to make one" >&2
    exit 2
  fi
  # No home directory: HOME is set to one inside the copy below.
  if ! useradd --no-create-home --user-group --shell /bin/sh "$user"; then
    echo "test-unprivileged.sh: useradd $user failed" >&2
    exit 2
  fi
fi
uid="$(id -u "$user")"
if [ "$uid" = 0 ]; then
  echo "test-unprivileged.sh: user $user is uid 0, not unprivileged" >&2
  exit 2
fi

# Under /tmp, not $TMPDIR: the user must be able to reach it.
work="$(mktemp -d /tmp/bun-syscall-unprivileged.XXXXXX)" || exit 2
cleanup() {
  if [ "${KEEP:-}" = 1 ]; then echo "test-unprivileged.sh: kept $work"; else rm -rf "$work"; fi
}
trap cleanup EXIT
mkdir "$work/repo" "$work/home" "$work/tmp"
if ! cp -a "$repo/." "$work/repo/"; then
  echo "test-unprivileged.sh: copying $repo failed" >&2
  exit 2
fi
# $work stays root's (the log is written there); what the user gets is inside it.
chown -R "$user:" "$work/repo" "$work/home" "$work/tmp"
chmod 0755 "$work" # mktemp made it 0700

# Switch user without a login shell or PAM password prompt: runuser (util-linux) or su.
run_as() {
  if command -v runuser >/dev/null; then
    runuser -u "$user" -- "$@"
  else
    su -s /bin/sh -c 'exec "$0" "$@"' "$user" -- "$@"
  fi
}

# setsid: bun test leads its own session and process group, as from a
# terminal, so that the test of Setsid's EPERM for a group leader runs too.
session=()
if command -v setsid >/dev/null && setsid --help 2>&1 | grep -q -- '--wait'; then session=(setsid --wait); fi

log="$work/bun-test.log"
cd "$work/repo" || exit 2
run_as ${session[@]+"${session[@]}"} env -i \
  HOME="$work/home" TMPDIR="$work/tmp" LANG=C.UTF-8 \
  PATH="$work/repo/node_modules/.bin:/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin" \
  bun test 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

count() { grep -E "^ *[0-9]+ $1\$" "$log" | tail -n 1 | grep -oE '[0-9]+'; }
passed=$(count pass)
skipped=$(count skip)
failed=$(count fail)
echo "unprivileged (user $user, uid $uid): ${passed:-?} pass, ${skipped:-0} skip, ${failed:-?} fail"
if [ -z "$passed" ] || [ -z "$failed" ]; then
  echo "test-unprivileged.sh: could not read bun test's summary" >&2
  [ "$status" -eq 0 ] && status=1
fi
exit "$status"
