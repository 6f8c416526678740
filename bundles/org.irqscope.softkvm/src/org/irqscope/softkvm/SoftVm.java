// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.kvm.Errno;
import org.irqscope.kvm.GuestMemory;
import org.irqscope.kvm.KvmArch;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmDevice;
import org.irqscope.kvm.KvmDeviceType;
import org.irqscope.kvm.KvmEnableCap;
import org.irqscope.kvm.KvmException;
import org.irqscope.kvm.KvmIrqRoutingEntry;
import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmMsi;
import org.irqscope.kvm.KvmUserspaceMemoryRegion;
import org.irqscope.kvm.KvmVm;
import org.irqscope.softkvm.xics.XicsController;
import org.irqscope.softkvm.xive.XiveController;

/**
 * A software VM. All of its objects (vCPUs, the interrupt device, its mapped regions) serialise on the VM, so
 * readers and commands may come from any thread. It owns the routing agenda and hop log its device uses.
 */
public final class SoftVm implements KvmVm {
    private final SoftKvm kvm;
    private final int xiveSources;
    private final Agenda agenda = new Agenda();
    private final HopLog hops = new HopLog();
    private final List<SoftVcpu> vcpus = new ArrayList<>();
    private final List<GuestMemory> memory = new ArrayList<>();
    private SoftDevice device;
    private boolean closed;

    SoftVm(SoftKvm kvm, int xiveSources) {
        this.kvm = kvm;
        this.xiveSources = xiveSources;
    }

    public Agenda agenda() {
        return agenda;
    }

    public HopLog hops() {
        return hops;
    }

    @Override
    public KvmArch arch() {
        return KvmArch.PPC64;
    }

    @Override
    public int checkExtension(int cap) {
        return kvm.checkExtension(cap);
    }

    @Override
    public KvmDevice createDevice(int type) {
        synchronized (this) {
            checkOpen("KVM_CREATE_DEVICE");
            if (type != KvmDeviceType.XICS && type != KvmDeviceType.XIVE) {
                throw new KvmException("KVM_CREATE_DEVICE", Errno.ENODEV, "creating a "
                        + KvmDeviceType.name(type) + " device: the software KVM has only XICS and XIVE");
            }
            if (device != null) {
                throw new KvmException("KVM_CREATE_DEVICE", Errno.EEXIST, "creating a " + KvmDeviceType.name(type)
                        + " device: the VM already has its " + KvmDeviceType.name(device.type()) + " device");
            }
            int fd = kvm.allocateFd();
            device = type == KvmDeviceType.XICS
                    ? new SoftXicsDevice(this, fd, new XicsController(agenda, hops, SoftKvm.MAX_VCPU_ID))
                    : new SoftXiveDevice(this, fd, new XiveController(agenda, hops, xiveSources,
                            SoftKvm.MAX_VCPU_ID));
            if (device instanceof SoftXiveDevice x) {
                x.controller().setQueueMemory(this::storeBe32);
            }
            return device;
        }
    }

    @Override
    public synchronized boolean probeDevice(int type) {
        return (type == KvmDeviceType.XICS || type == KvmDeviceType.XIVE) && device == null && !closed;
    }

    @Override
    public synchronized List<KvmDevice> devices() {
        return device == null ? List.of() : List.of(device);
    }

    /** The interrupt device, or null. */
    public synchronized SoftDevice device() {
        return device;
    }

    /** The XICS controller when the VM's device is XICS, else null. */
    public synchronized XicsController xics() {
        return device instanceof SoftXicsDevice x ? x.controller() : null;
    }

    /** The XIVE controller when the VM's device is XIVE, else null. */
    public synchronized XiveController xive() {
        return device instanceof SoftXiveDevice x ? x.controller() : null;
    }

    /** Called by a device on close: its vCPUs lose their presenter and another device may be created. */
    synchronized void released(SoftDevice released) {
        if (device == released) {
            device = null;
            for (SoftVcpu v : vcpus) {
                v.disconnected(released);
            }
        }
    }

    synchronized SoftDevice deviceWithFd(long fd) {
        return device != null && device.fd() == fd ? device : null;
    }

    @Override
    public void createIrqchip() {
        throw new KvmException("KVM_CREATE_IRQCHIP", Errno.ENOTTY,
                "on ppc64 the interrupt controller is a device (KVM_CREATE_DEVICE XICS or XIVE)");
    }

    @Override
    public int irqLine(int irq, int level) {
        synchronized (this) {
            checkOpen("KVM_IRQ_LINE");
            if (device == null) {
                throw new KvmException("KVM_IRQ_LINE", Errno.ENXIO, "raising source 0x" + Integer.toHexString(irq)
                        + ": the VM has no interrupt controller device");
            }
            return device.irqLine(irq, level);
        }
    }

    @Override
    public int signalMsi(KvmMsi msi) {
        throw new KvmException("KVM_SIGNAL_MSI", Errno.ENOTTY,
                "sPAPR MSIs are sources of the interrupt controller: raise them with KVM_IRQ_LINE");
    }

    @Override
    public KvmIrqchip getIrqchip(int chipId) {
        throw new KvmException("KVM_GET_IRQCHIP", Errno.ENOTTY, "reading an x86 irqchip of a ppc64 VM");
    }

    @Override
    public void setIrqchip(KvmIrqchip chip) {
        throw new KvmException("KVM_SET_IRQCHIP", Errno.ENOTTY, "writing an x86 irqchip of a ppc64 VM");
    }

    @Override
    public void setGsiRouting(List<? extends KvmIrqRoutingEntry> entries) {
        throw new KvmException("KVM_SET_GSI_ROUTING", Errno.ENOTTY,
                "sPAPR maps GSIs directly to sources; the software KVM has no routing table");
    }

    @Override
    public void enableCap(KvmEnableCap cap) {
        throw new KvmException("KVM_ENABLE_CAP", Errno.EINVAL, "enabling capability " + cap.cap()
                + " on the VM: interrupt controllers are connected per vCPU");
    }

    @Override
    public synchronized GuestMemory memory(int slot, long guestPhysAddr, long size) {
        checkOpen("KVM_SET_USER_MEMORY_REGION");
        SoftGuestMemory m = new SoftGuestMemory(slot, guestPhysAddr, size);
        for (GuestMemory other : memory) {
            if (other.slot() == slot) {
                throw new KvmException("KVM_SET_USER_MEMORY_REGION", Errno.EEXIST, "memory slot " + slot
                        + " is already mapped");
            }
        }
        memory.add(m);
        memory.sort((a, b) -> Integer.compare(a.slot(), b.slot()));
        return m;
    }

    @Override
    public void setUserMemoryRegion(KvmUserspaceMemoryRegion region) {
        throw new KvmException("KVM_SET_USER_MEMORY_REGION", Errno.EFAULT,
                "the software KVM maps memory only through memory()");
    }

    /** Stores a big-endian 32-bit value at a guest address if a memory slot covers it (XIVE queue entries). */
    void storeBe32(long gpa, int value) {
        for (int i = 0; i < memory.size(); i++) {
            GuestMemory m = memory.get(i);
            if (m.contains(gpa, 4)) {
                m.store(gpa, 4, Integer.reverseBytes(value) & 0xffffffffL);
                return;
            }
        }
    }

    @Override
    public synchronized List<GuestMemory> memorySlots() {
        return List.copyOf(memory);
    }

    @Override
    public void setTssAddr(long address) {
        throw new KvmException("KVM_SET_TSS_ADDR", Errno.ENOTTY, "KVM_SET_TSS_ADDR is x86 only");
    }

    @Override
    public void setIdentityMapAddr(long address) {
        throw new KvmException("KVM_SET_IDENTITY_MAP_ADDR", Errno.ENOTTY, "KVM_SET_IDENTITY_MAP_ADDR is x86 only");
    }

    @Override
    public synchronized SoftVcpu createVcpu(int id) {
        checkOpen("KVM_CREATE_VCPU");
        if (id < 0 || id >= SoftKvm.MAX_VCPU_ID) {
            throw new KvmException("KVM_CREATE_VCPU", Errno.EINVAL, "creating vCPU " + id + " (ids are 0.."
                    + (SoftKvm.MAX_VCPU_ID - 1) + ")");
        }
        for (SoftVcpu v : vcpus) {
            if (v.id() == id) {
                throw new KvmException("KVM_CREATE_VCPU", Errno.EEXIST, "creating vCPU " + id);
            }
        }
        SoftVcpu v = new SoftVcpu(this, id);
        vcpus.add(v);
        return v;
    }

    @Override
    public synchronized List<org.irqscope.kvm.KvmVcpu> vcpus() {
        return List.copyOf(vcpus);
    }

    /** The vCPU with this id, or null. */
    public synchronized SoftVcpu vcpu(int id) {
        for (SoftVcpu v : vcpus) {
            if (v.id() == id) {
                return v;
            }
        }
        return null;
    }

    synchronized void forget(SoftVcpu v) {
        vcpus.remove(v);
    }

    private void checkOpen(String op) {
        if (closed) {
            throw new KvmException(op, Errno.EBADF, "the VM is closed");
        }
    }

    @Override
    public void close() {
        SoftDevice d;
        List<SoftVcpu> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            d = device;
            open = new ArrayList<>(vcpus);
        }
        if (d != null) {
            d.close();
        }
        for (SoftVcpu v : open) {
            v.close();
        }
        synchronized (this) {
            closed = true;
        }
        kvm.forget(this);
    }

    static int connectCapXics() {
        return KvmCap.IRQ_XICS;
    }

    /** Checks the KVM_CAP_* number of a connect request. */
    static boolean isConnectCap(int cap) {
        return cap == KvmCap.IRQ_XICS || cap == KvmCap.PPC_IRQ_XIVE;
    }
}
