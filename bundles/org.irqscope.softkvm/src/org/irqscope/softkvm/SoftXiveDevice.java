// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import java.nio.ByteBuffer;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmDeviceType;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmMappedRegion;
import org.irqscope.kvm.xive.XiveAttributes;
import org.irqscope.kvm.xive.XiveEqConfig;
import org.irqscope.softkvm.xive.XiveController;
import org.irqscope.softkvm.xive.XiveEnd;

/**
 * KVM_DEV_TYPE_XIVE: GRP_CTRL (RESET, EQ_SYNC, NR_SERVERS), GRP_SOURCE, GRP_SOURCE_CONFIG, GRP_EQ_CONFIG (get and
 * set of struct kvm_ppc_xive_eq) and GRP_SOURCE_SYNC, and the ESB and TIMA regions (ABI fact page §3.1, §3.2).
 */
public final class SoftXiveDevice extends SoftDevice {
    private final XiveController xive;
    private final Map<KvmDeviceRegion, SoftMappedRegion> regions = new EnumMap<>(KvmDeviceRegion.class);

    SoftXiveDevice(SoftVm vm, int fd, XiveController xive) {
        super(vm, fd);
        this.xive = xive;
    }

    public XiveController controller() {
        return xive;
    }

    @Override
    public int type() {
        return KvmDeviceType.XIVE;
    }

    @Override
    int connectCap() {
        return KvmCap.PPC_IRQ_XIVE;
    }

    @Override
    void connect(int server) {
        xive.connect(server);
    }

    @Override
    int irqLine(int irq, int level) {
        return xive.irqLine(irq, level);
    }

    @Override
    void release() {
        for (SoftMappedRegion r : regions.values()) {
            r.close();
        }
        regions.clear();
        xive.release();
    }

    @Override
    public long getAttr(int group, long attr) {
        synchronized (vm) {
            checkOpen("KVM_GET_DEVICE_ATTR");
            if (group == XiveAttributes.GRP_EQ_CONFIG) {
                throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.EINVAL, "the XIVE EQ configuration is a 64-byte"
                        + " struct kvm_ppc_xive_eq, not a u64");
            }
            // the kernel's get_attr knows only GRP_EQ_CONFIG: everything else, GRP_SOURCE included, is write-only
            throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.ENXIO, "XIVE group " + group + " attribute 0x"
                    + Long.toHexString(attr) + " is write-only or unknown");
        }
    }

    @Override
    public void getAttr(int group, long attr, ByteBuffer out) {
        synchronized (vm) {
            checkOpen("KVM_GET_DEVICE_ATTR");
            if (group != XiveAttributes.GRP_EQ_CONFIG) {
                getAttr(group, attr);
                return;
            }
            if (out.remaining() < XiveEqConfig.SIZE) {
                throw new KvmException("KVM_GET_DEVICE_ATTR", Errno.EFAULT, "struct kvm_ppc_xive_eq needs "
                        + XiveEqConfig.SIZE + " bytes, the buffer has " + out.remaining());
            }
            XiveEnd end = xive.queue(attr);
            XiveEqConfig eq = end.configured()
                    ? new XiveEqConfig(end.flags(), end.qshift(), end.qaddr(), end.generation(), end.qindex())
                    : new XiveEqConfig(0, 0, 0, 0, 0);
            eq.encode(out);
        }
    }

    @Override
    public void setAttr(int group, long attr, long value) {
        synchronized (vm) {
            checkOpen("KVM_SET_DEVICE_ATTR");
            switch (group) {
                case XiveAttributes.GRP_CTRL -> {
                    if (attr == XiveAttributes.CTRL_RESET) {
                        xive.reset();
                    } else if (attr == XiveAttributes.CTRL_EQ_SYNC) {
                        xive.eqSync();
                    } else if (attr == XiveAttributes.CTRL_NR_SERVERS) {
                        xive.setNrServers(value & 0xffffffffL);
                    } else {
                        throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENXIO, "XIVE control attribute " + attr);
                    }
                }
                case XiveAttributes.GRP_SOURCE -> xive.setSource(attr, value);
                case XiveAttributes.GRP_SOURCE_CONFIG -> xive.configureSource(attr, value);
                case XiveAttributes.GRP_SOURCE_SYNC -> xive.sourceSync(attr);
                case XiveAttributes.GRP_EQ_CONFIG -> throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EINVAL,
                        "the XIVE EQ configuration is a 64-byte struct kvm_ppc_xive_eq, not a u64");
                default -> throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.ENXIO, "XIVE group " + group);
            }
        }
    }

    @Override
    public void setAttr(int group, long attr, ByteBuffer in) {
        synchronized (vm) {
            checkOpen("KVM_SET_DEVICE_ATTR");
            if (group != XiveAttributes.GRP_EQ_CONFIG) {
                super.setAttr(group, attr, in);
                return;
            }
            if (in.remaining() < XiveEqConfig.SIZE) {
                throw new KvmException("KVM_SET_DEVICE_ATTR", Errno.EFAULT, "struct kvm_ppc_xive_eq needs "
                        + XiveEqConfig.SIZE + " bytes, the buffer has " + in.remaining());
            }
            ByteBuffer copy = in.duplicate();
            XiveEqConfig eq = XiveEqConfig.decode(copy);
            xive.configureQueue(attr, eq.flags(), eq.qshift(), eq.qaddr(), eq.qtoggle(), eq.qindex());
            in.position(copy.position());
        }
    }

    @Override
    public boolean hasAttr(int group, long attr) {
        return switch (group) {
            case XiveAttributes.GRP_CTRL -> attr == XiveAttributes.CTRL_RESET || attr == XiveAttributes.CTRL_EQ_SYNC
                    || attr == XiveAttributes.CTRL_NR_SERVERS;
            case XiveAttributes.GRP_SOURCE, XiveAttributes.GRP_SOURCE_CONFIG, XiveAttributes.GRP_SOURCE_SYNC ->
                attr >= 0 && attr < xive.nrSources();
            case XiveAttributes.GRP_EQ_CONFIG -> true;
            default -> false;
        };
    }

    @Override
    public Optional<KvmMappedRegion> region(KvmDeviceRegion region, long length) {
        synchronized (vm) {
            checkOpen("mmap");
            SoftMappedRegion existing = regions.get(region);
            if (existing != null && !existing.isClosed()) {
                if (length > existing.length()) {
                    throw new IllegalArgumentException(region + " is mapped with " + existing.length()
                            + " bytes; " + length + " were asked");
                }
                return Optional.of(existing);
            }
            if (length <= 0 || (length & 0xffff) != 0) {
                throw new IllegalArgumentException(region + " length " + length + " is not a positive multiple of"
                        + " 64 KiB");
            }
            SoftMappedRegion r = new SoftMappedRegion(vm, xive, region, length);
            regions.put(region, r);
            return Optional.of(r);
        }
    }
}
