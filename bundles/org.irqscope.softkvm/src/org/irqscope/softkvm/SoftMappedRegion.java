// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmDeviceRegion;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmMappedRegion;
import org.irqscope.kvm.xive.XiveEsb;
import org.irqscope.kvm.xive.XiveTima;
import org.irqscope.softkvm.xive.XiveController;
import org.irqscope.softkvm.xive.XiveThread;

/**
 * The XIVE ESB or TIMA mapping of the software device: every load and store is the operation it stands for.
 *
 * <p>ESB: source n has the trigger page at {@code n << 17} (any store triggers) and the management page at
 * {@code (n << 17) + 64 KiB} (8-byte loads: EOI, GET, SET_PQ_xx; §3.3). TIMA: a real mapping shows the thread
 * context of the hardware thread the caller runs on; a VMM thread of the software KVM runs on none, so this
 * backend gives vCPU v the four 64 KiB views (HW, HV, OS, USER) at {@code v << 18}, so that vCPU 0 sits where a
 * real mapping's pages are. Only the OS view works: the ring registers
 * (loads at 0x10..0x17, the CPPR store at 0x11) and the special operations ACK_OS (2-byte load at 0x810) and
 * SET_OS_PENDING (1-byte store at 0x812); other pages refuse with EFAULT, as a guest gets SIGBUS there.
 */
public final class SoftMappedRegion implements KvmMappedRegion {
    private static final int VCPU_SHIFT = 18;

    private final SoftVm vm;
    private final XiveController xive;
    private final KvmDeviceRegion kind;
    private final long length;
    private boolean closed;

    SoftMappedRegion(SoftVm vm, XiveController xive, KvmDeviceRegion kind, long length) {
        this.vm = vm;
        this.xive = xive;
        this.kind = kind;
        this.length = length;
    }

    @Override
    public KvmDeviceRegion kind() {
        return kind;
    }

    @Override
    public long length() {
        return length;
    }

    boolean isClosed() {
        synchronized (vm) {
            return closed;
        }
    }

    private void check(long offset, int size) {
        if (closed) {
            throw new IllegalStateException(kind + " is unmapped");
        }
        if (size != 1 && size != 2 && size != 4 && size != 8) {
            throw new IllegalArgumentException("access size " + size + " is not 1, 2, 4 or 8");
        }
        if (offset < 0 || offset > length - size) {
            throw new IllegalArgumentException(kind + " offset 0x" + Long.toHexString(offset) + " is outside the "
                    + length + "-byte mapping");
        }
        if ((offset & (size - 1)) != 0) {
            throw new IllegalArgumentException(kind + " offset 0x" + Long.toHexString(offset) + " is not aligned to"
                    + " its size " + size);
        }
    }

    @Override
    public long load(long offset, int size) {
        synchronized (vm) {
            check(offset, size);
            if (kind == KvmDeviceRegion.XIVE_ESB) {
                int lisn = (int) (offset >>> XiveEsb.SOURCE_SHIFT);
                boolean management = (offset >>> XiveEsb.PAGE_SHIFT & 1) != 0;
                if (!management) {
                    throw new KvmException("ESB load", Errno.EFAULT, "a load on the trigger page of source 0x"
                            + Integer.toHexString(lisn) + " (loads belong on its management page)");
                }
                return xive.esbLoad(lisn, (int) (offset & 0xfff));
            }
            int vcpu = (int) (offset >>> VCPU_SHIFT);
            int pageOffset = osPageOffset(offset, vcpu);
            if (pageOffset == XiveTima.SPC_ACK_OS_REG && size == 2) {
                return xive.timaAck(vcpu);
            }
            if (pageOffset < XiveTima.SPECIAL_OPS_START) {
                return ringLoad(vcpu, pageOffset, size);
            }
            throw new KvmException("TIMA load", Errno.EFAULT, "TIMA OS page offset 0x"
                    + Integer.toHexString(pageOffset) + " with size " + size + " has no load function here");
        }
    }

    private int osPageOffset(long offset, int vcpu) {
        XiveThread t = xive.thread(vcpu);
        if (t == null) {
            throw new KvmException("TIMA access", Errno.EFAULT, "vCPU " + vcpu + " has no XIVE thread context");
        }
        int page = (int) (offset >>> XiveTima.PAGE_SHIFT) & 3;
        if (page != XiveTima.PAGE_OS) {
            throw new KvmException("TIMA access", Errno.EFAULT, "TIMA page " + page + " of vCPU " + vcpu
                    + " (only the OS page, " + XiveTima.PAGE_OS + ", is exposed)");
        }
        return (int) (offset & 0xffff);
    }

    /** Raw register loads: the OS ring (QW1) is real, the other rings read as zero from the OS view. */
    private long ringLoad(int vcpu, int pageOffset, int size) {
        XiveThread t = xive.thread(vcpu);
        byte[] w01 = t.word01();
        int cam = t.camWord();
        long v = 0;
        for (int i = 0; i < size; i++) {
            int at = pageOffset + i;
            int b = 0;
            if (at >= XiveTima.QW1_OS && at < XiveTima.QW1_OS + 8) {
                b = w01[at - XiveTima.QW1_OS] & 0xff;
            } else if (at >= XiveTima.QW1_OS + 8 && at < XiveTima.QW1_OS + 12) {
                b = cam >>> (8 * (3 - (at - XiveTima.QW1_OS - 8))) & 0xff;
            }
            v = v << 8 | b;
        }
        return v;
    }

    @Override
    public void store(long offset, int size, long value) {
        synchronized (vm) {
            check(offset, size);
            if (kind == KvmDeviceRegion.XIVE_ESB) {
                int lisn = (int) (offset >>> XiveEsb.SOURCE_SHIFT);
                boolean management = (offset >>> XiveEsb.PAGE_SHIFT & 1) != 0;
                if (management) {
                    throw new KvmException("ESB store", Errno.EFAULT, "a store on the management page of source 0x"
                            + Integer.toHexString(lisn) + " (store EOI is not offered by KVM's sources)");
                }
                xive.esbTrigger(lisn);
                return;
            }
            int vcpu = (int) (offset >>> VCPU_SHIFT);
            int pageOffset = osPageOffset(offset, vcpu);
            if (pageOffset == XiveTima.QW1_OS + XiveTima.CPPR && size == 1) {
                xive.timaSetCppr(vcpu, (int) value & 0xff);
            } else if (pageOffset == XiveTima.SPC_SET_OS_PENDING && size == 1) {
                int prio = (int) value & 0xff;
                if (prio > XiveController.PRIORITY_MAX) {
                    throw new IllegalArgumentException("SET_OS_PENDING priority " + prio + " is outside 0..7");
                }
                xive.timaSetOsPending(vcpu, prio);
            } else {
                throw new KvmException("TIMA store", Errno.EFAULT, "TIMA OS page offset 0x"
                        + Integer.toHexString(pageOffset) + " with size " + size + " is not writable from the OS");
            }
        }
    }

    @Override
    public void close() {
        synchronized (vm) {
            closed = true;
        }
    }

    /** The TIMA offset of vCPU {@code vcpu}'s OS page plus {@code pageOffset}. */
    public static long timaOffset(int vcpu, int pageOffset) {
        return (long) vcpu << VCPU_SHIFT | XiveTima.offset(XiveTima.PAGE_OS, pageOffset);
    }
}
