// Oracle for test/sys_misc.test.ts: what Go's own syscall package says for
// the poll, mman, time and misc families, as one JSON object. Struct sizes
// and field offsets (EpollEvent, FdSet, Tms, Timex, PtraceRegs,
// InotifyEvent), the shapes of Times and Gettimeofday, Getpriority of the
// calling process, and the Errno of calls that must fail. The test makes
// the same calls through bun-syscall and compares. Nothing here changes
// the machine: every failing call fails before it could.
package main

import (
	"encoding/json"
	"os"
	"runtime"
	"syscall"
	"unsafe"
)

// errno is err's number: 0 for nil, -1 for an error that is no Errno.
func errno(err error) int {
	if e, ok := err.(syscall.Errno); ok || err == nil {
		return int(e)
	}
	return -1
}

func main() {
	var ev syscall.EpollEvent
	var regs syscall.PtraceRegs
	out := map[string]any{
		"goarch": runtime.GOARCH,
		"sizeof": map[string]uintptr{
			"EpollEvent":   unsafe.Sizeof(ev),
			"FdSet":        unsafe.Sizeof(syscall.FdSet{}),
			"Tms":          unsafe.Sizeof(syscall.Tms{}),
			"Timex":        unsafe.Sizeof(syscall.Timex{}),
			"PtraceRegs":   unsafe.Sizeof(regs),
			"InotifyEvent": syscall.SizeofInotifyEvent,
			"Timeval":      unsafe.Sizeof(syscall.Timeval{}),
		},
		"offsetof": map[string]uintptr{
			"EpollEvent.Fd":  unsafe.Offsetof(ev.Fd),
			"EpollEvent.Pad": unsafe.Offsetof(ev.Pad),
		},
	}

	var tv syscall.Timeval
	tvErr := syscall.Gettimeofday(&tv)
	var tms syscall.Tms
	ticks, timesErr := syscall.Times(&tms)
	tt, timeErr := syscall.Time(nil)
	out["shapes"] = map[string]any{
		"gettimeofday":   errno(tvErr),
		"usecInRange":    tv.Usec >= 0 && tv.Usec < 1000000,
		"timeMatchesTv":  int64(tt)-tv.Sec >= 0 && int64(tt)-tv.Sec <= 1,
		"time":           errno(timeErr),
		"times":          errno(timesErr),
		"ticksPositive":  ticks > 0,
		"tmsNonNegative": tms.Utime >= 0 && tms.Stime >= 0 && tms.Cutime >= 0 && tms.Cstime >= 0,
	}

	prio, prioErr := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
	out["getpriority"] = map[string]int{"self": prio, "selfErr": errno(prioErr)}

	e := map[string]int{}
	epfd, err := syscall.EpollCreate1(syscall.EPOLL_CLOEXEC)
	if err != nil {
		panic(err)
	}
	e["EpollCtlBadFd"] = errno(syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, -1, &syscall.EpollEvent{Events: syscall.EPOLLIN}))
	e["EpollCtlBadEpfd"] = errno(syscall.EpollCtl(-1, syscall.EPOLL_CTL_ADD, 0, &syscall.EpollEvent{Events: syscall.EPOLLIN}))
	var p [2]int
	if err := syscall.Pipe2(p[:], syscall.O_CLOEXEC); err != nil {
		panic(err)
	}
	e["EpollCtlDelMissing"] = errno(syscall.EpollCtl(epfd, syscall.EPOLL_CTL_DEL, p[0], nil))
	e["EpollCtlAdd"] = errno(syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, p[0], &syscall.EpollEvent{Events: syscall.EPOLLIN}))
	e["EpollCtlAddTwice"] = errno(syscall.EpollCtl(epfd, syscall.EPOLL_CTL_ADD, p[0], &syscall.EpollEvent{Events: syscall.EPOLLIN}))
	e["EpollCtlNotEpoll"] = errno(syscall.EpollCtl(p[1], syscall.EPOLL_CTL_ADD, p[0], &syscall.EpollEvent{Events: syscall.EPOLLIN}))
	syscall.Close(p[0])
	syscall.Close(p[1])
	_, err = syscall.EpollWait(epfd, nil, 0)
	e["EpollWaitEmpty"] = errno(err)
	_, err = syscall.EpollCreate(0)
	e["EpollCreate0"] = errno(err)
	syscall.Close(epfd)

	e["MunmapNotMapped"] = errno(syscall.Munmap(make([]byte, 10)))
	e["MunmapEmpty"] = errno(syscall.Munmap(nil))
	_, err = syscall.Mmap(-1, 0, 0, syscall.PROT_READ, syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS)
	e["MmapZeroLength"] = errno(err)
	_, err = syscall.Mmap(-1, 0, 4096, syscall.PROT_READ, syscall.MAP_PRIVATE)
	e["MmapBadFd"] = errno(err)
	m, err := syscall.Mmap(-1, 0, 4096, syscall.PROT_READ|syscall.PROT_WRITE, syscall.MAP_PRIVATE|syscall.MAP_ANONYMOUS)
	if err != nil {
		panic(err)
	}
	e["MunmapPart"] = errno(syscall.Munmap(m[:100]))
	e["Munmap"] = errno(syscall.Munmap(m))
	e["MunmapTwice"] = errno(syscall.Munmap(m))
	e["MlockallZero"] = errno(syscall.Mlockall(0))

	ifd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC)
	if err != nil {
		panic(err)
	}
	_, err = syscall.InotifyAddWatch(ifd, "/nonexistent/bun-syscall-oracle", syscall.IN_CREATE)
	e["InotifyAddWatchMissing"] = errno(err)
	_, err = syscall.InotifyAddWatch(ifd, "/", 0)
	e["InotifyAddWatchNoMask"] = errno(err)
	_, err = syscall.InotifyRmWatch(ifd, 12345)
	e["InotifyRmWatchUnknown"] = errno(err)
	syscall.Close(ifd)
	_, err = syscall.InotifyInit1(-1)
	e["InotifyInit1BadFlags"] = errno(err)

	_, err = syscall.Select(-1, nil, nil, nil, &syscall.Timeval{})
	e["SelectNegative"] = errno(err)
	_, err = syscall.Select(0, nil, nil, nil, &syscall.Timeval{Sec: -1})
	e["SelectNegativeTimeout"] = errno(err)
	e["NanosleepBadNsec"] = errno(syscall.Nanosleep(&syscall.Timespec{Nsec: 1000000000}, nil))
	e["NanosleepNegative"] = errno(syscall.Nanosleep(&syscall.Timespec{Sec: -1}, nil))
	_, err = syscall.Getpriority(99, 0)
	e["GetpriorityBadWhich"] = errno(err)
	_, err = syscall.Getpriority(syscall.PRIO_PROCESS, 0x7ffffff0)
	e["GetpriorityNoProcess"] = errno(err)
	e["SetpriorityBadWhich"] = errno(syscall.Setpriority(99, 0, 0))
	_, err = syscall.PtracePeekText(0x7ffffff0, 0, make([]byte, 8))
	e["PtracePeekTextNoProcess"] = errno(err)
	e["PtraceGetRegsNoProcess"] = errno(syscall.PtraceGetRegs(0x7ffffff0, &regs))
	_, err = syscall.Klogctl(10, nil)
	e["KlogctlSizeBuffer"] = errno(err)
	_, err = syscall.Klogctl(3, nil)
	e["KlogctlReadAllNil"] = errno(err)
	e["AcctMissing"] = errno(syscall.Acct("/nonexistent/bun-syscall-oracle"))
	out["errno"] = e

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		panic(err)
	}
}
