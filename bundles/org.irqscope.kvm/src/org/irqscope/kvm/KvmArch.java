// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.nio.ByteOrder;
import java.util.Locale;
import java.util.Optional;

/**
 * The host architectures KVM runs on here, with their ioctl number encoding.
 *
 * <p>Two encodings exist (ABI fact page §1.3): asm-generic (x86_64, arm64, s390x: NONE 0, WRITE 1, READ 2, 14-bit
 * size, direction at bit 30) and powerpc (NONE 1, READ 2, WRITE 4, 13-bit size, direction at bit 29). In both the
 * number sits in bits 7:0, the type ({@code KVMIO = 0xAE}) in bits 15:8 and the size from bit 16.
 *
 * <p>Structures are in the host's byte order: little-endian on x86_64, arm64 and PPC64 (which means ppc64le, the
 * only ppc64 flavour current distributions ship KVM hosts for), big-endian on s390x.
 */
public enum KvmArch {
    // one constant per line, read as a table
    // @formatter:off
    X86_64(0, 1, 2, 14, 30),
    ARM64(0, 1, 2, 14, 30),
    S390X(0, 1, 2, 14, 30),
    PPC64(1, 4, 2, 13, 29);
    // @formatter:on

    /** The ioctl type of every KVM ioctl. */
    public static final int KVMIO = 0xAE;

    private static final int NR_BITS = 8;
    private static final int TYPE_BITS = 8;
    private static final int SIZE_SHIFT = NR_BITS + TYPE_BITS;

    private final int dirNone;
    private final int dirWrite;
    private final int dirRead;
    private final int sizeBits;
    private final int dirShift;

    KvmArch(int dirNone, int dirWrite, int dirRead, int sizeBits, int dirShift) {
        this.dirNone = dirNone;
        this.dirWrite = dirWrite;
        this.dirRead = dirRead;
        this.sizeBits = sizeBits;
        this.dirShift = dirShift;
    }

    /** Byte order of the kernel structures on this architecture's KVM hosts. */
    public ByteOrder byteOrder() {
        return this == S390X ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN;
    }

    /** The largest structure size the ioctl size field can carry. */
    public int maxIoctlSize() {
        return (1 << sizeBits) - 1;
    }

    /** {@code _IOC(dir, type, nr, size)}; the result is the 32-bit request number as an int. */
    public int ioc(int dir, int type, int nr, int size) {
        if (type < 0 || type > 0xff) {
            throw new IllegalArgumentException("ioctl type 0x" + Integer.toHexString(type) + " out of range 0..0xff");
        }
        if (nr < 0 || nr > 0xff) {
            throw new IllegalArgumentException("ioctl nr 0x" + Integer.toHexString(nr) + " out of range 0..0xff");
        }
        if (size < 0 || size > maxIoctlSize()) {
            throw new IllegalArgumentException("ioctl size " + size + " out of range 0.." + maxIoctlSize()
                    + " for " + this);
        }
        return dir << dirShift | size << SIZE_SHIFT | type << NR_BITS | nr;
    }

    /** {@code _IO(type, nr)}: no data. */
    public int io(int type, int nr) {
        return ioc(dirNone, type, nr, 0);
    }

    /** {@code _IOR(type, nr, size)}: the kernel writes {@code size} bytes to user space. */
    public int ior(int type, int nr, int size) {
        return ioc(dirRead, type, nr, size);
    }

    /** {@code _IOW(type, nr, size)}: the kernel reads {@code size} bytes from user space. */
    public int iow(int type, int nr, int size) {
        return ioc(dirWrite, type, nr, size);
    }

    /** {@code _IOWR(type, nr, size)}: both directions. */
    public int iowr(int type, int nr, int size) {
        return ioc(dirRead | dirWrite, type, nr, size);
    }

    /** Direction bits of the encoded request (in this architecture's own coding). */
    public int direction(int request) {
        return (request >>> dirShift) & (this == PPC64 ? 0x7 : 0x3);
    }

    /** Size field of the encoded request. */
    public int size(int request) {
        return (request >>> SIZE_SHIFT) & maxIoctlSize();
    }

    /** Number field (bits 7:0) of the encoded request. */
    public static int nr(int request) {
        return request & 0xff;
    }

    /** Type field (bits 15:8) of the encoded request. */
    public static int type(int request) {
        return (request >>> NR_BITS) & 0xff;
    }

    /**
     * The architecture for a {@code os.arch} value ({@code amd64}, {@code x86_64}, {@code aarch64}, {@code s390x},
     * {@code ppc64le}).
     *
     * @return empty for architectures without KVM support here (including big-endian ppc64)
     */
    public static Optional<KvmArch> fromOsArch(String osArch) {
        return switch (osArch.toLowerCase(Locale.ROOT)) {
            case "amd64", "x86_64" -> Optional.of(X86_64);
            case "aarch64", "arm64" -> Optional.of(ARM64);
            case "s390x" -> Optional.of(S390X);
            case "ppc64le" -> Optional.of(PPC64);
            default -> Optional.empty();
        };
    }

    /** The architecture of the running JVM, if KVM is supported on it. */
    public static Optional<KvmArch> host() {
        return fromOsArch(System.getProperty("os.arch", ""));
    }
}
