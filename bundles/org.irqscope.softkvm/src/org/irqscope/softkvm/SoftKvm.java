// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.kvm.Kvm;
import org.irqscope.kvm.KvmArch;
import org.irqscope.kvm.KvmCap;
import org.irqscope.kvm.KvmVm;

/**
 * KVM in software, speaking the ppc64 ABI: VMs whose only in-kernel devices are the XICS (3) and XIVE native (9)
 * interrupt controllers, with the attributes, ONE_REG registers, vCPU connection caps, KVM_IRQ_LINE levels and
 * errnos of the kernel (ABI fact page §1–§4). There is no guest code: a Java guest model drives the devices through
 * the same hypervisor calls, ESB pages and TIMA that a Linux guest uses.
 */
public final class SoftKvm implements Kvm {
    /** The software VMs accept vCPU ids below this (KVM_CAP_MAX_VCPU_ID). */
    public static final int MAX_VCPU_ID = 2048;
    /** Default XIVE source count: the 0x2000 LISNs QEMU's sPAPR machine claims. */
    public static final int DEFAULT_XIVE_SOURCES = 0x2000;

    private final List<SoftVm> vms = new ArrayList<>();
    private int nextFd = 10;
    private boolean closed;

    @Override
    public KvmArch arch() {
        return KvmArch.PPC64;
    }

    @Override
    public int checkExtension(int cap) {
        return switch (cap) {
            case KvmCap.ONE_REG, KvmCap.DEVICE_CTRL, KvmCap.IRQ_XICS, KvmCap.PPC_IRQ_XIVE -> 1;
            case KvmCap.MAX_VCPU_ID -> MAX_VCPU_ID;
            case KvmCap.NR_VCPUS, KvmCap.MAX_VCPUS -> MAX_VCPU_ID;
            default -> 0;
        };
    }

    @Override
    public synchronized KvmVm createVm() {
        return createVm(DEFAULT_XIVE_SOURCES);
    }

    /** A VM whose XIVE device, when created, has {@code xiveSources} LISNs. */
    public synchronized SoftVm createVm(int xiveSources) {
        if (closed) {
            throw new IllegalStateException("this software KVM is closed");
        }
        SoftVm vm = new SoftVm(this, xiveSources);
        vms.add(vm);
        return vm;
    }

    /** Device fds are unique across the whole software KVM, so a fd from another VM is recognisably foreign. */
    synchronized int allocateFd() {
        return nextFd++;
    }

    synchronized void forget(SoftVm vm) {
        vms.remove(vm);
    }

    @Override
    public String describe() {
        return "software KVM (XICS, XIVE native) speaking the ppc64 ABI";
    }

    @Override
    public void close() {
        List<SoftVm> open;
        synchronized (this) {
            closed = true;
            open = new ArrayList<>(vms);
        }
        for (SoftVm vm : open) {
            vm.close();
        }
    }
}
