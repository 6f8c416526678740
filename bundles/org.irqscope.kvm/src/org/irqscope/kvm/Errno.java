// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.util.Optional;

/**
 * The Linux error numbers a KVM ioctl can fail with. The numbers come from asm-generic/errno-base.h and
 * asm-generic/errno.h; x86_64, arm64, s390x and powerpc share them (powerpc only renumbers EDEADLOCK, which KVM
 * never returns).
 */
public enum Errno {
    // one constant per line, read as a table
    // @formatter:off
    EPERM(1, "operation not permitted"),
    ENOENT(2, "no such file or directory"),
    ESRCH(3, "no such process"),
    EINTR(4, "interrupted system call"),
    EIO(5, "input/output error"),
    ENXIO(6, "no such device or address"),
    E2BIG(7, "argument list too long"),
    EBADF(9, "bad file descriptor"),
    EAGAIN(11, "resource temporarily unavailable"),
    ENOMEM(12, "out of memory"),
    EACCES(13, "permission denied"),
    EFAULT(14, "bad address"),
    EBUSY(16, "device or resource busy"),
    EEXIST(17, "file exists"),
    ENODEV(19, "no such device"),
    EINVAL(22, "invalid argument"),
    EMFILE(24, "too many open files"),
    ENOTTY(25, "inappropriate ioctl for device"),
    ENOSPC(28, "no space left on device"),
    ENOSYS(38, "no such system call"),
    EOPNOTSUPP(95, "operation not supported");
    // @formatter:on

    private final int number;
    private final String text;

    Errno(int number, String text) {
        this.number = number;
        this.text = text;
    }

    /** The positive errno number (ioctl(2) returns -1 and sets errno to this; the kernel returns its negation). */
    public int number() {
        return number;
    }

    /** strerror(3)-like text, e.g. "device or resource busy". */
    public String text() {
        return text;
    }

    /**
     * The errno for a number; negative numbers (as kernel functions return them) are accepted too.
     *
     * @return empty for a number this enum does not name
     */
    public static Optional<Errno> of(int number) {
        int n = Math.abs(number);
        for (Errno e : values()) {
            if (e.number == n) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The symbolic name of a number, or "errno N" when unknown. */
    public static String symbol(int number) {
        return of(number).map(Enum::name).orElse("errno " + Math.abs(number));
    }
}
