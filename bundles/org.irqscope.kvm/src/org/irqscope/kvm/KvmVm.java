// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.util.List;

import org.irqscope.kvm.internal.FieldRange;

/**
 * A virtual machine: the VM fd (include/uapi/linux/kvm.h, ABI fact page §1). Only the process that created it may
 * use it (§0.1, EIO otherwise).
 *
 * <p>Injection ({@link #irqLine}, {@link #signalMsi}) and {@link #getIrqchip} never block on running vCPUs (§0.2)
 * and may be called from any thread. Closing the VM closes its vCPUs and devices.
 */
public interface KvmVm extends AutoCloseable {
    /** {@code KVM_INTERRUPT_SET}: level for an edge/MSI trigger on ppc (XICS, XIVE). */
    int PPC_INTERRUPT_SET = -1;
    /** {@code KVM_INTERRUPT_UNSET}: deassert a level-sensitive source on ppc. */
    int PPC_INTERRUPT_UNSET = -2;
    /** {@code KVM_INTERRUPT_SET_LEVEL}: assert a level-sensitive source on ppc. */
    int PPC_INTERRUPT_SET_LEVEL = -3;

    /** The architecture of this VM's ABI. */
    KvmArch arch();

    /** KVM_CHECK_EXTENSION on the VM fd (answers for this VM, e.g. KVM_CAP_MAX_VCPUS). */
    int checkExtension(int cap);

    /**
     * KVM_CREATE_DEVICE: creates an in-kernel device (a {@link KvmDeviceType}).
     *
     * @throws KvmException ENODEV when the host does not offer that type, EEXIST when the VM already has an
     *         interrupt controller of that kind
     */
    KvmDevice createDevice(int type);

    /**
     * KVM_CREATE_DEVICE with {@code KVM_CREATE_DEVICE_TEST}: whether {@link #createDevice} of this type would be
     * accepted, without creating anything.
     */
    boolean probeDevice(int type);

    /** The devices created on this VM and not yet closed, in creation order. */
    List<KvmDevice> devices();

    /**
     * KVM_CREATE_IRQCHIP: x86 PIC + IOAPIC + per-vCPU LAPIC (default routing GSI 0–15 to PIC and IOAPIC, 16–23
     * to IOAPIC), arm64 GICv2, s390 FLIC enablement. Must precede {@link #createVcpu} on x86.
     */
    void createIrqchip();

    /**
     * KVM_IRQ_LINE_STATUS: sets the level of interrupt line {@code irq} (a GSI on x86; the source number on ppc;
     * the packed irq field of §5 on arm64).
     *
     * @param level 0/1 on x86 and arm64; {@link #PPC_INTERRUPT_SET}, {@link #PPC_INTERRUPT_SET_LEVEL} or
     *        {@link #PPC_INTERRUPT_UNSET} on ppc
     * @return {@code < 0} masked or ignored, {@code 0} coalesced (the previous one is still pending), {@code > 0}
     *         the number of CPUs it was delivered to. XICS always reports 0 (it implements no status, §1.3)
     */
    int irqLine(int irq, int level);

    /**
     * KVM_SIGNAL_MSI.
     *
     * @return as {@link #irqLine}: {@code < 0} blocked, 0 coalesced, {@code > 0} delivered CPUs
     */
    int signalMsi(KvmMsi msi);

    /**
     * KVM_GET_IRQCHIP (x86): the PIC master, PIC slave or IOAPIC state.
     *
     * @param chipId {@link KvmIrqchip#PIC_MASTER}, {@link KvmIrqchip#PIC_SLAVE} or {@link KvmIrqchip#IOAPIC}
     * @throws KvmException ENXIO when the irqchip is split or absent
     */
    KvmIrqchip getIrqchip(int chipId);

    /**
     * KVM_GET_IRQCHIP into {@code chip} (the {@value KvmIrqchip#CHIP_SIZE}-byte union, raw): for readers that poll,
     * which decode the bytes themselves and need no {@link KvmIrqchip} in between.
     */
    default void getIrqchip(int chipId, byte[] chip) {
        FieldRange.length("irqchip union buffer", chip.length, KvmIrqchip.CHIP_SIZE);
        System.arraycopy(getIrqchip(chipId).chip(), 0, chip, 0, KvmIrqchip.CHIP_SIZE);
    }

    /** KVM_SET_IRQCHIP (x86). */
    void setIrqchip(KvmIrqchip chip);

    /** KVM_SET_GSI_ROUTING: replaces the whole routing table (there is no way to read it back, §1.3). */
    void setGsiRouting(List<? extends KvmIrqRoutingEntry> entries);

    /** KVM_ENABLE_CAP on the VM fd (e.g. KVM_CAP_SPLIT_IRQCHIP with args[0] = number of IOAPIC pins). */
    void enableCap(KvmEnableCap cap);

    /**
     * Allocates host memory of {@code size} bytes and maps it at guest-physical {@code guestPhysAddr} as memory slot
     * {@code slot} (KVM_SET_USER_MEMORY_REGION). The memory is zeroed and freed when the VM closes.
     *
     * @throws IllegalArgumentException for addresses or sizes that are not 4 KiB multiples
     */
    GuestMemory memory(int slot, long guestPhysAddr, long size);

    /**
     * KVM_SET_USER_MEMORY_REGION as given. {@code userspaceAddr} must be the {@link GuestMemory#hostAddress()} of
     * memory from {@link #memory} of this VM (re-mapping or, with size 0, deleting a slot); other addresses are
     * refused with EFAULT.
     */
    void setUserMemoryRegion(KvmUserspaceMemoryRegion region);

    /** The memory slots currently mapped, by slot number order. */
    List<GuestMemory> memorySlots();

    /** KVM_SET_TSS_ADDR (x86, Intel): three pages of guest-physical space KVM may use for real-mode emulation. */
    void setTssAddr(long address);

    /** KVM_SET_IDENTITY_MAP_ADDR (x86, Intel): one page of guest-physical space for the identity page table. */
    void setIdentityMapAddr(long address);

    /**
     * KVM_CREATE_VCPU.
     *
     * @param id the vCPU id (x86: the APIC id; ppc: the server number)
     * @throws KvmException EEXIST for a duplicate id, EINVAL above KVM_CAP_MAX_VCPU_ID
     */
    KvmVcpu createVcpu(int id);

    /** The vCPUs created and not closed, in creation order. */
    List<KvmVcpu> vcpus();

    /** Closes every vCPU and device, then the VM fd. Idempotent. */
    @Override
    void close();
}
