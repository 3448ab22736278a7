// Oracle for src/sys/files.ts and src/sys/dirent.ts: prints, as JSON, what
// Go's own syscall package says for Statfs("/"), for ParseDirent over the
// getdents64 records of a directory the test made (whole, with several
// max values, and cut at every length), and the Errno of a few bad calls
// made on the paths the test made. test/sys_files.test.ts and
// test/sys_dirent.test.ts run it with `go run ./files DIR` from
// scripts/oracle and compare the package's answers.
package main

import (
	"encoding/base64"
	"encoding/json"
	"os"
	"syscall"
	"unsafe"
)

type parse struct {
	Max      int      `json:"max"`
	Len      int      `json:"len"`
	Consumed int      `json:"consumed"`
	Count    int      `json:"count"`
	Names    []string `json:"names"`
}

// errnum is the number of a syscall.Errno, 0 for nil, -1 for any other error.
func errnum(err error) int {
	if e, ok := err.(syscall.Errno); ok || err == nil {
		return int(e)
	}
	return -1
}

func main() {
	if len(os.Args) != 2 {
		os.Stderr.WriteString("usage: files DIR\n")
		os.Exit(2)
	}
	dir := os.Args[1]
	out := map[string]any{}

	var st syscall.Statfs_t
	if err := syscall.Statfs("/", &st); err != nil {
		panic(err)
	}
	out["statfs"] = map[string]any{
		"Type": st.Type, "Bsize": st.Bsize, "Namelen": st.Namelen, "Frsize": st.Frsize,
		"Flags": st.Flags, "Fsid": st.Fsid.X__val,
	}

	// The records of DIR/tree, read whole, then parsed as Go parses them.
	fd, err := syscall.Open(dir+"/tree", syscall.O_RDONLY|syscall.O_DIRECTORY, 0)
	if err != nil {
		panic(err)
	}
	buf := make([]byte, 65536)
	n, err := syscall.ReadDirent(fd, buf)
	if err != nil {
		panic(err)
	}
	syscall.Close(fd)
	buf = buf[:n]
	var parses []parse
	add := func(b []byte, max int) {
		c, k, names := syscall.ParseDirent(b, max, nil)
		if names == nil {
			names = []string{}
		}
		parses = append(parses, parse{max, len(b), c, k, names})
	}
	for _, max := range []int{-1, 0, 1, 2, 3, 100} {
		add(buf, max)
	}
	for l := 0; l <= len(buf); l++ {
		add(buf[:l], -1)
	}
	out["dirent"] = map[string]any{"buf": base64.StdEncoding.EncodeToString(buf), "parses": parses}

	// The Errno of bad calls, on what the test made in DIR.
	errs := map[string]int{}
	_, err = syscall.Openat(atFdcwd, dir+"/missing", syscall.O_RDONLY, 0)
	errs["openat_missing"] = errnum(err)
	_, err = syscall.Openat(atFdcwd, dir+"/file/x", syscall.O_RDONLY, 0)
	errs["openat_notdir"] = errnum(err)
	errs["unlinkat_dir"] = errnum(syscall.Unlinkat(atFdcwd, dir+"/full"))
	_, _, e := syscall.Syscall(syscall.SYS_UNLINKAT, uintptr(fdcwd), uintptr(unsafe.Pointer(ptr(dir+"/full"))), atRemovedir)
	errs["unlinkat_removedir_full"] = int(e)
	errs["rmdir_full"] = errnum(syscall.Rmdir(dir + "/full"))
	var p [2]int
	if err := syscall.Pipe(p[:]); err != nil {
		panic(err)
	}
	errs["fallocate_pipe"] = errnum(syscall.Fallocate(p[1], 0, 0, 4096))
	errs["fdatasync_pipe"] = errnum(syscall.Fdatasync(p[1]))
	_, err = syscall.Tee(p[0], p[1], 1, 0)
	errs["tee_same_pipe"] = errnum(err)
	syscall.Close(p[0])
	syscall.Close(p[1])
	errs["mkdirat_exists"] = errnum(syscall.Mkdirat(atFdcwd, dir+"/full", 0o755))
	errs["renameat_missing"] = errnum(syscall.Renameat(atFdcwd, dir+"/missing", atFdcwd, dir+"/x"))
	errs["fchmodat_nofollow"] = errnum(syscall.Fchmodat(atFdcwd, dir+"/file", 0o644, atSymlinkNofollow))
	errs["fchmodat_badflags"] = errnum(syscall.Fchmodat(atFdcwd, dir+"/file", 0o644, 1))
	errs["truncate_dir"] = errnum(syscall.Truncate(dir+"/full", 0))
	errs["truncate_nul"] = errnum(syscall.Truncate(dir+"/fi\x00le", 0))
	errs["utimes_one"] = errnum(syscall.Utimes(dir+"/file", make([]syscall.Timeval, 1)))
	errs["utimesnano_nil"] = errnum(syscall.UtimesNano(dir+"/file", nil))
	errs["futimes_closed"] = errnum(syscall.Futimes(1<<20, make([]syscall.Timeval, 2)))
	_, err = syscall.Getxattr(dir+"/file", "user.absent", nil)
	errs["getxattr_absent"] = errnum(err)
	errs["removexattr_absent"] = errnum(syscall.Removexattr(dir+"/file", "user.absent"))
	errs["flock_badfd"] = errnum(syscall.Flock(-1, syscall.LOCK_EX))
	errs["statfs_missing"] = errnum(syscall.Statfs(dir+"/missing", &st))
	dfd, err := syscall.Open(dir+"/file", syscall.O_RDONLY, 0)
	if err != nil {
		panic(err)
	}
	_, err = syscall.Getdents(dfd, buf)
	errs["getdents_file"] = errnum(err)
	var lk syscall.Flock_t
	lk.Type = syscall.F_WRLCK
	errs["fcntlflock_wrlck_rdonly"] = errnum(syscall.FcntlFlock(uintptr(dfd), syscall.F_SETLK, &lk))
	errs["mknodat_exists"] = errnum(syscall.Mknodat(atFdcwd, dir+"/file", syscall.S_IFIFO|0o644, 0))
	syscall.Close(dfd)
	out["errno"] = errs

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}

func ptr(s string) *byte {
	p, err := syscall.BytePtrFromString(s)
	if err != nil {
		panic(err)
	}
	return p
}

// Go's syscall keeps these unexported on linux (_AT_FDCWD, ...).
const (
	atFdcwd           = -100
	atRemovedir       = 0x200
	atSymlinkNofollow = 0x100
)

var fdcwd = atFdcwd
