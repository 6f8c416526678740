// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.linux;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import com.sun.jna.LastErrorException;
import com.sun.jna.Memory;
import com.sun.jna.Pointer;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmDeviceAttr;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIoctl;
import org.irqscope.kvm.KvmMappedRegion;

/**
 * A device fd from KVM_CREATE_DEVICE. Attributes travel through {@code struct kvm_device_attr}, whose {@code addr}
 * points at a native buffer holding the value; the buffer lives only for the call.
 */
final class LinuxKvmDevice implements KvmDevice {
    private final LinuxKvmVm vm;
    private final int type;
    private final KvmFileDescriptor fd;
    private final ByteOrder order;
    private final Map<KvmDeviceRegion, LinuxMappedRegion> regions = new EnumMap<>(KvmDeviceRegion.class);

    LinuxKvmDevice(LinuxKvmVm vm, int type, KvmFileDescriptor fd) {
        this.vm = vm;
        this.type = type;
        this.fd = fd;
        this.order = vm.arch().byteOrder();
    }

    @Override
    public int type() {
        return type;
    }

    @Override
    public int fd() {
        return fd.fd();
    }

    private static String what(int group, long attr) {
        return "group " + group + " attribute 0x" + Long.toHexString(attr);
    }

    private void attrCall(KvmIoctl io, int group, long attr, Pointer value, String context) {
        try (Memory a = new Memory(KvmDeviceAttr.SIZE)) {
            new KvmDeviceAttr(0, group, attr, value == null ? 0 : Pointer.nativeValue(value))
                    .encode(a.getByteBuffer(0, KvmDeviceAttr.SIZE), order);
            fd.call(io, a, context);
        }
    }

    @Override
    public long getAttr(int group, long attr) {
        try (Memory v = new Memory(8)) {
            v.clear();
            attrCall(KvmIoctl.GET_DEVICE_ATTR, group, attr, v, "reading " + what(group, attr));
            return v.getByteBuffer(0, 8).order(order).getLong(0);
        }
    }

    @Override
    public void getAttr(int group, long attr, ByteBuffer out) {
        int n = out.remaining();
        try (Memory v = new Memory(Math.max(n, 1))) {
            v.clear();
            attrCall(KvmIoctl.GET_DEVICE_ATTR, group, attr, v, "reading " + what(group, attr));
            byte[] b = new byte[n];
            v.read(0, b, 0, n);
            out.put(b);
        }
    }

    @Override
    public void setAttr(int group, long attr, long value) {
        try (Memory v = new Memory(8)) {
            v.getByteBuffer(0, 8).order(order).putLong(0, value);
            attrCall(KvmIoctl.SET_DEVICE_ATTR, group, attr, v, "writing " + what(group, attr));
        }
    }

    @Override
    public void setAttr(int group, long attr, ByteBuffer in) {
        int n = in.remaining();
        if (n == 0) {
            attrCall(KvmIoctl.SET_DEVICE_ATTR, group, attr, null, "writing " + what(group, attr));
            return;
        }
        try (Memory v = new Memory(n)) {
            byte[] b = new byte[n];
            in.get(b);
            v.write(0, b, 0, n);
            attrCall(KvmIoctl.SET_DEVICE_ATTR, group, attr, v, "writing " + what(group, attr));
        }
    }

    @Override
    public boolean hasAttr(int group, long attr) {
        try {
            attrCall(KvmIoctl.HAS_DEVICE_ATTR, group, attr, null, "probing " + what(group, attr));
            return true;
        } catch (KvmException e) {
            if (e.is(Errno.ENXIO)) {
                return false;
            }
            throw e;
        }
    }

    @Override
    public synchronized Optional<KvmMappedRegion> region(KvmDeviceRegion region, long length) {
        LinuxMappedRegion existing = regions.get(region);
        if (existing != null && !existing.isClosed()) {
            if (length > existing.length()) {
                throw new IllegalArgumentException(region + " is already mapped with " + existing.length()
                        + " bytes; " + length + " were asked");
            }
            return Optional.of(existing);
        }
        Pointer p;
        try {
            p = LibC.mmap(null, length, LibC.PROT_READ | LibC.PROT_WRITE, LibC.MAP_SHARED, fd.fd(),
                    region.fileOffset());
        } catch (LastErrorException e) {
            if (e.getErrorCode() == Errno.ENODEV.number() || e.getErrorCode() == Errno.ENXIO.number()
                    || e.getErrorCode() == Errno.EINVAL.number()) {
                return Optional.empty();
            }
            throw new KvmException("mmap", e.getErrorCode(), "mapping " + region + " of device type " + type);
        }
        LinuxMappedRegion r = new LinuxMappedRegion(region, p, length);
        regions.put(region, r);
        return Optional.of(r);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (fd.isClosed()) {
                return;
            }
            regions.values().forEach(LinuxMappedRegion::close);
            regions.clear();
            fd.close();
        }
        vm.forget(this);
    }
}
