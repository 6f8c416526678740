// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import com.sun.jna.LastErrorException;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Pointer;

/**
 * The few glibc functions KVM needs, bound by JNA direct mapping: each call is a JNI native method without the
 * reflection and argument boxing of interface mapping, which matters for the state read (seven ioctls per read)
 * and for injection loops. A failing call throws {@link LastErrorException} carrying errno.
 *
 * <p>ioctl is variadic in C; on x86_64 and the other 64-bit ABIs used here a pointer or integer third argument is
 * passed exactly as a fixed argument would be, so the fixed prototypes below are sound.
 */
final class LibC {
    static final int O_RDWR = 2;
    static final int O_CLOEXEC = 0x80000;
    static final int PROT_READ = 1;
    static final int PROT_WRITE = 2;
    static final int MAP_SHARED = 1;
    static final int MAP_PRIVATE = 2;
    static final int MAP_ANONYMOUS = 0x20;
    static final int MAP_NORESERVE = 0x4000;
    static final int SIG_BLOCK = 0;
    static final int SIGUSR1 = 10;
    /** glibc's {@code sigset_t} is 1024 bits; the kernel's (what KVM_SET_SIGNAL_MASK takes) is 64 bits. */
    static final int GLIBC_SIGSET_SIZE = 128;
    static final int KERNEL_SIGSET_SIZE = 8;
    /** glibc {@code struct sigaction} on x86_64: handler, 128-byte mask, flags, restorer. */
    static final int SIGACTION_SIZE = 152;
    /** {@code struct timespec}: two longs. */
    static final int TIMESPEC_SIZE = 16;
    static final long MAP_FAILED = -1L;

    static {
        Native.register(LibC.class, NativeLibrary.getInstance("c"));
    }

    private LibC() {
    }

    static native int open(String path, int flags) throws LastErrorException;

    static native int close(int fd) throws LastErrorException;

    static native int ioctl(int fd, long request, Pointer argument) throws LastErrorException;

    static native int ioctl(int fd, long request, long argument) throws LastErrorException;

    static native Pointer mmap(Pointer address, long length, int protection, int flags, int fd, long offset)
            throws LastErrorException;

    static native int munmap(Pointer address, long length) throws LastErrorException;

    static native int getpid();

    static native int gettid();

    static native int tgkill(int tgid, int tid, int signal) throws LastErrorException;

    static native int sigemptyset(Pointer set) throws LastErrorException;

    static native int sigaddset(Pointer set, int signal) throws LastErrorException;

    static native int pthread_sigmask(int how, Pointer set, Pointer oldSet);

    static native int sigaction(int signal, Pointer action, Pointer oldAction) throws LastErrorException;

    static native Pointer signal(int signal, Pointer handler) throws LastErrorException;

    static native int sigtimedwait(Pointer set, Pointer info, Pointer timeout) throws LastErrorException;

    static native int access(String path, int mode) throws LastErrorException;
}
