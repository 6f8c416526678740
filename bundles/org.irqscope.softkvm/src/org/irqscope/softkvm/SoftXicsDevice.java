// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import java.util.Optional;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmDeviceType;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmMappedRegion;
import org.irqscope.kvm.xics.XicsAttributes;
import org.irqscope.softkvm.xics.XicsController;

/** KVM_DEV_TYPE_XICS: GRP_SOURCES (u64 source words) and GRP_CTRL NR_SERVERS (ABI fact page §2.1). */
public final class SoftXicsDevice extends SoftDevice {
    private final XicsController xics;

    SoftXicsDevice(SoftVm vm, int fd, XicsController xics) {
        super(vm, fd);
        this.xics = xics;
    }

    public XicsController controller() {
        return xics;
    }

    @Override
    public int type() {
        return KvmDeviceType.XICS;
    }

    @Override
    int connectCap() {
        return KvmCap.IRQ_XICS;
    }

    @Override
    void connect(int server) {
        xics.connect(server);
    }

    @Override
    int irqLine(int irq, int level) {
        return xics.irqLine(irq, level);
    }

    @Override
    void release() {
        xics.release();
    }

    @Override
    public long getAttr(int group, long attr) {
        synchronized (vm) {
            checkOpen("KVM_GET_DEVICE_ATTR");
            if (group == XicsAttributes.GRP_SOURCES) {
                if (attr < XicsAttributes.FIRST_IRQ || attr >= XicsAttributes.NR_IRQS) {
                    throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.ENOENT, "reading XICS source 0x"
                            + Long.toHexString(attr));
                }
                return xics.sourceWord((int) attr);
            }
            throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.ENXIO, "XICS group " + group + " attribute "
                    + attr + " cannot be read");
        }
    }

    @Override
    public void setAttr(int group, long attr, long value) {
        synchronized (vm) {
            checkOpen("KVM_SET_DEVICE_ATTR");
            if (group == XicsAttributes.GRP_SOURCES) {
                if (attr < XicsAttributes.FIRST_IRQ || attr >= XicsAttributes.NR_IRQS) {
                    throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENOENT, "writing XICS source 0x"
                            + Long.toHexString(attr));
                }
                xics.setSourceWord((int) attr, value);
                return;
            }
            if (group == XicsAttributes.GRP_CTRL && attr == XicsAttributes.CTRL_NR_SERVERS) {
                xics.setNrServers(value & 0xffffffffL);
                return;
            }
            throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENXIO, "XICS group " + group + " attribute "
                    + attr);
        }
    }

    @Override
    public boolean hasAttr(int group, long attr) {
        return group == XicsAttributes.GRP_SOURCES && attr >= XicsAttributes.FIRST_IRQ
                && attr < XicsAttributes.NR_IRQS
                || group == XicsAttributes.GRP_CTRL && attr == XicsAttributes.CTRL_NR_SERVERS;
    }

    @Override
    public Optional<KvmMappedRegion> region(KvmDeviceRegion region, long length) {
        return Optional.empty();
    }
}
