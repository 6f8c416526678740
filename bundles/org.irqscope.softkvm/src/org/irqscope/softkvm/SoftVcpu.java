// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.KvmEnableCap;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmLapicState;
import org.irqscope.kvm.KvmMpState;
import org.irqscope.kvm.KvmOneReg;
import org.irqscope.kvm.KvmRegs;
import org.irqscope.kvm.KvmRunExit;
import org.irqscope.kvm.KvmSregs;
import org.irqscope.kvm.KvmVcpu;
import org.irqscope.kvm.KvmVcpuEvents;

/**
 * A software vCPU: it runs no guest code (the Java guest model acts for it), but it has the presenter connection
 * (KVM_ENABLE_CAP with KVM_CAP_IRQ_XICS or KVM_CAP_PPC_IRQ_XIVE) and the ONE_REG registers KVM_REG_PPC_ICP_STATE
 * and KVM_REG_PPC_VP_STATE with the kernel's errnos.
 */
public final class SoftVcpu implements KvmVcpu {
    private final SoftVm vm;
    private final int id;
    private SoftDevice presenter;
    private int pauses;
    private int mpState = KvmMpState.RUNNABLE;
    private boolean closed;

    SoftVcpu(SoftVm vm, int id) {
        this.vm = vm;
        this.id = id;
    }

    @Override
    public int id() {
        return id;
    }

    /** The device this vCPU's presenter belongs to, or null. */
    public SoftDevice presenterDevice() {
        synchronized (vm) {
            return presenter;
        }
    }

    void disconnected(SoftDevice device) {
        if (presenter == device) {
            presenter = null;
        }
    }

    @Override
    public KvmRunExit run() {
        throw new KvmException("KVM_RUN", Errno.ENOTTY,
                "the software KVM runs no guest code; its guest model drives the vCPUs");
    }

    @Override
    public void completeExit(byte[] data) {
        throw new IllegalArgumentException("the software vCPU has no exit to answer");
    }

    @Override
    public void pause() {
        synchronized (vm) {
            pauses++;
        }
    }

    @Override
    public void resume() {
        synchronized (vm) {
            if (pauses == 0) {
                throw new IllegalStateException("vCPU " + id + " resumed more often than paused");
            }
            pauses--;
        }
    }

    @Override
    public boolean isPaused() {
        synchronized (vm) {
            return pauses > 0;
        }
    }

    @Override
    public long getOneReg(long id) {
        synchronized (vm) {
            checkOpen("KVM_GET_ONE_REG");
            if (KvmOneReg.valueSize(id) > 8) {
                throw new IllegalArgumentException("register 0x" + Long.toHexString(id) + " is "
                        + KvmOneReg.valueSize(id) + " bytes: use getOneRegBytes");
            }
            if (id == KvmOneReg.PPC_ICP_STATE) {
                if (!(presenter instanceof SoftXicsDevice x)) {
                    throw new KvmException("KVM_GET_ONE_REG", Errno.ENXIO, "ICP state of vCPU " + this.id
                            + ": it is not connected to XICS");
                }
                return x.controller().icpState(this.id);
            }
            throw unknown("KVM_GET_ONE_REG", id);
        }
    }

    @Override
    public void setOneReg(long id, long value) {
        synchronized (vm) {
            checkOpen("KVM_SET_ONE_REG");
            if (id == KvmOneReg.PPC_ICP_STATE) {
                if (!(presenter instanceof SoftXicsDevice x)) {
                    throw new KvmException("KVM_SET_ONE_REG", Errno.ENXIO, "ICP state of vCPU " + this.id
                            + ": it is not connected to XICS");
                }
                x.controller().setIcpState(this.id, value);
                return;
            }
            if (KvmOneReg.valueSize(id) > 8) {
                throw new IllegalArgumentException("register 0x" + Long.toHexString(id) + " is "
                        + KvmOneReg.valueSize(id) + " bytes: use setOneRegBytes");
            }
            throw unknown("KVM_SET_ONE_REG", id);
        }
    }

    @Override
    public byte[] getOneRegBytes(long id) {
        synchronized (vm) {
            checkOpen("KVM_GET_ONE_REG");
            if (id == KvmOneReg.PPC_VP_STATE) {
                if (!(presenter instanceof SoftXiveDevice x)) {
                    throw new KvmException("KVM_GET_ONE_REG", Errno.ENXIO, "VP state of vCPU " + this.id
                            + ": it is not connected to XIVE");
                }
                return x.controller().vpState(this.id);
            }
            if (id == KvmOneReg.PPC_ICP_STATE) {
                long v = getOneReg(id);
                byte[] out = new byte[8];
                for (int i = 0; i < 8; i++) {
                    out[i] = (byte) (v >>> (8 * i));
                }
                return out;
            }
            throw unknown("KVM_GET_ONE_REG", id);
        }
    }

    @Override
    public void setOneRegBytes(long id, byte[] value) {
        synchronized (vm) {
            checkOpen("KVM_SET_ONE_REG");
            if (value.length != KvmOneReg.valueSize(id)) {
                throw new IllegalArgumentException("register 0x" + Long.toHexString(id) + " takes "
                        + KvmOneReg.valueSize(id) + " bytes, got " + value.length);
            }
            if (id == KvmOneReg.PPC_VP_STATE) {
                if (!(presenter instanceof SoftXiveDevice x)) {
                    throw new KvmException("KVM_SET_ONE_REG", Errno.ENXIO, "VP state of vCPU " + this.id
                            + ": it is not connected to XIVE");
                }
                x.controller().setVpState(this.id, value);
                return;
            }
            if (id == KvmOneReg.PPC_ICP_STATE) {
                long v = 0;
                for (int i = 7; i >= 0; i--) {
                    v = v << 8 | (value[i] & 0xff);
                }
                setOneReg(id, v);
                return;
            }
            throw unknown("KVM_SET_ONE_REG", id);
        }
    }

    private KvmException unknown(String op, long id) {
        return new KvmException(op, Errno.EINVAL, "register 0x" + Long.toHexString(id)
                + " is not one the software KVM has (ICP_STATE, VP_STATE)");
    }

    @Override
    public void enableCap(KvmEnableCap cap) {
        synchronized (vm) {
            checkOpen("KVM_ENABLE_CAP");
            if (!SoftVm.isConnectCap(cap.cap())) {
                throw new KvmException("KVM_ENABLE_CAP", Errno.EINVAL, "capability " + cap.cap()
                        + " cannot be enabled on a software vCPU");
            }
            SoftDevice device = vm.deviceWithFd(cap.arg0());
            if (device == null || device.connectCap() != cap.cap()) {
                throw new KvmException("KVM_ENABLE_CAP", Errno.EPERM, "connecting vCPU " + id + ": fd " + cap.arg0()
                        + " is not this VM's " + (cap.cap() == SoftVm.connectCapXics() ? "XICS" : "XIVE")
                        + " device");
            }
            if (presenter != null) {
                throw new KvmException("KVM_ENABLE_CAP", Errno.EBUSY, "connecting vCPU " + id
                        + ": it is already connected to an interrupt controller");
            }
            long server = cap.arg1();
            if (server < 0 || server >= SoftKvm.MAX_VCPU_ID) {
                throw new KvmException("KVM_ENABLE_CAP", Errno.EINVAL, "connecting vCPU " + id + " as server "
                        + server);
            }
            device.connect((int) server);
            presenter = device;
        }
    }

    @Override
    public int getMpState() {
        synchronized (vm) {
            return mpState;
        }
    }

    @Override
    public void setMpState(int state) {
        synchronized (vm) {
            mpState = state;
        }
    }

    @Override
    public KvmLapicState getLapic() {
        throw new KvmException("KVM_GET_LAPIC", Errno.ENOTTY, "a ppc64 vCPU has no LAPIC");
    }

    @Override
    public void setLapic(KvmLapicState state) {
        throw new KvmException("KVM_SET_LAPIC", Errno.ENOTTY, "a ppc64 vCPU has no LAPIC");
    }

    @Override
    public KvmRegs getRegs() {
        throw new KvmException("KVM_GET_REGS", Errno.ENOTTY, "the software vCPU has no x86 registers");
    }

    @Override
    public void setRegs(KvmRegs regs) {
        throw new KvmException("KVM_SET_REGS", Errno.ENOTTY, "the software vCPU has no x86 registers");
    }

    @Override
    public KvmSregs getSregs() {
        throw new KvmException("KVM_GET_SREGS", Errno.ENOTTY, "the software vCPU has no x86 registers");
    }

    @Override
    public void setSregs(KvmSregs sregs) {
        throw new KvmException("KVM_SET_SREGS", Errno.ENOTTY, "the software vCPU has no x86 registers");
    }

    @Override
    public KvmVcpuEvents getVcpuEvents() {
        throw new KvmException("KVM_GET_VCPU_EVENTS", Errno.ENOTTY, "KVM_GET_VCPU_EVENTS is x86 only");
    }

    @Override
    public void setVcpuEvents(KvmVcpuEvents events) {
        throw new KvmException("KVM_SET_VCPU_EVENTS", Errno.ENOTTY, "KVM_SET_VCPU_EVENTS is x86 only");
    }

    private void checkOpen(String op) {
        if (closed) {
            throw new KvmException(op, Errno.EBADF, "vCPU " + id + " is closed");
        }
    }

    @Override
    public void close() {
        synchronized (vm) {
            closed = true;
            vm.forget(this);
        }
    }
}
