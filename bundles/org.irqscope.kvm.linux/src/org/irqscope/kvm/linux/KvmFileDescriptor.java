// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import java.util.EnumMap;
import java.util.Map;

import com.sun.jna.LastErrorException;
import com.sun.jna.Pointer;

import org.irqscope.kvm.KvmArch;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIoctl;

/**
 * One KVM file descriptor (system, VM, vCPU or device) and the ioctls issued on it. Every failure becomes a
 * {@link KvmException} naming the ioctl, so the user reads "KVM_GET_LAPIC failed with EBUSY: the vCPU is running"
 * rather than a bare errno. Request numbers are encoded once per architecture.
 */
final class KvmFileDescriptor implements AutoCloseable {
    private static final Map<KvmArch, long[]> NUMBERS = new EnumMap<>(KvmArch.class);

    private final int fd;
    private final long[] numbers;
    private volatile boolean closed;

    KvmFileDescriptor(int fd, KvmArch arch) {
        this.fd = fd;
        this.numbers = numbers(arch);
    }

    private static synchronized long[] numbers(KvmArch arch) {
        return NUMBERS.computeIfAbsent(arch, a -> {
            long[] n = new long[KvmIoctl.values().length];
            for (KvmIoctl io : KvmIoctl.values()) {
                n[io.ordinal()] = io.availableOn(a) ? Integer.toUnsignedLong(io.number(a)) : -1;
            }
            return n;
        });
    }

    int fd() {
        return fd;
    }

    boolean isClosed() {
        return closed;
    }

    /** An ioctl whose argument points to a structure. */
    int call(KvmIoctl io, Pointer argument) {
        return call(io, argument, null);
    }

    int call(KvmIoctl io, Pointer argument, String context) {
        long request = request(io);
        try {
            return LibC.ioctl(fd, request, argument);
        } catch (LastErrorException e) {
            throw new KvmException(io.ioctlName(), e.getErrorCode(), context);
        }
    }

    /** An ioctl whose argument is a plain number (KVM_CHECK_EXTENSION, KVM_CREATE_VCPU, KVM_SET_TSS_ADDR). */
    int callValue(KvmIoctl io, long argument, String context) {
        long request = request(io);
        try {
            return LibC.ioctl(fd, request, argument);
        } catch (LastErrorException e) {
            throw new KvmException(io.ioctlName(), e.getErrorCode(), context);
        }
    }

    /** An ioctl this project's {@link KvmIoctl} table does not name (KVM_SET_SIGNAL_MASK). */
    int callRaw(String name, long request, Pointer argument) {
        try {
            return LibC.ioctl(fd, request, argument);
        } catch (LastErrorException e) {
            throw new KvmException(name, e.getErrorCode(), null);
        }
    }

    long request(KvmIoctl io) {
        long request = numbers[io.ordinal()];
        if (request < 0) {
            throw new UnsupportedOperationException(io.ioctlName() + " does not exist on this architecture");
        }
        return request;
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                LibC.close(fd);
            } catch (LastErrorException e) {
                // close(2) releases the descriptor even when it reports an error; nothing is left to undo.
                return;
            }
        }
    }
}
