// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmException;

/** What the two software interrupt devices share: fd, VM, release on close, u64 attributes through buffers. */
public abstract sealed class SoftDevice implements KvmDevice permits SoftXicsDevice, SoftXiveDevice {
    protected final SoftVm vm;
    private final int fd;
    private boolean closed;

    SoftDevice(SoftVm vm, int fd) {
        this.vm = vm;
        this.fd = fd;
    }

    @Override
    public int fd() {
        return fd;
    }

    public SoftVm vm() {
        return vm;
    }

    /** The cap a vCPU uses to connect to this device. */
    abstract int connectCap();

    /** Connects vCPU {@code server} (already checked: not connected elsewhere). */
    abstract void connect(int server);

    abstract int irqLine(int irq, int level);

    /** Frees the device's state. */
    abstract void release();

    protected final void checkOpen(String op) {
        if (closed) {
            throw new KvmException(op, Errno.EBADF, "the " + getClass().getSimpleName() + " fd is closed");
        }
    }

    public final boolean closed() {
        synchronized (vm) {
            return closed;
        }
    }

    @Override
    public void getAttr(int group, long attr, ByteBuffer out) {
        if (out.remaining() < 8) {
            throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.EFAULT, "group " + group + " attribute 0x"
                    + Long.toHexString(attr) + " is a u64 but the buffer has " + out.remaining() + " bytes");
        }
        long v = getAttr(group, attr);
        out.order(ByteOrder.LITTLE_ENDIAN).putLong(v);
    }

    @Override
    public void setAttr(int group, long attr, ByteBuffer in) {
        long v = 0;
        if (in.remaining() >= 8) {
            v = in.duplicate().order(ByteOrder.LITTLE_ENDIAN).getLong();
        } else if (in.remaining() != 0) {
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EFAULT, "group " + group + " attribute 0x"
                    + Long.toHexString(attr) + " takes a u64 but the buffer has " + in.remaining() + " bytes");
        }
        setAttr(group, attr, v);
        in.position(Math.min(in.limit(), in.position() + 8));
    }

    @Override
    public void close() {
        synchronized (vm) {
            if (closed) {
                return;
            }
            closed = true;
            release();
            vm.released(this);
        }
    }
}
