// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The KVM ioctls irqscope issues, each with its {@code _IOx(KVMIO, nr, type)} definition from
 * include/uapi/linux/kvm.h and the architecture headers. {@link #number(KvmArch)} encodes it for a host
 * architecture (ABI fact page §1.3: powerpc encodes directions differently from asm-generic).
 *
 * <p>Historical oddities kept as the kernel defines them: KVM_SET_IRQCHIP is {@code _IOR}, KVM_GET_DEVICE_ATTR and
 * KVM_GET_ONE_REG are {@code _IOW} (the value travels through a pointer inside the structure), and
 * KVM_SET_GSI_ROUTING's size is only the 8-byte header.
 */
public enum KvmIoctl {
    // one constant per line, read as a table
    // @formatter:off
    GET_API_VERSION(Dir.NONE, 0x00, 0, Fd.SYSTEM),
    CREATE_VM(Dir.NONE, 0x01, 0, Fd.SYSTEM),
    CHECK_EXTENSION(Dir.NONE, 0x03, 0, Fd.SYSTEM),
    GET_VCPU_MMAP_SIZE(Dir.NONE, 0x04, 0, Fd.SYSTEM),
    CREATE_VCPU(Dir.NONE, 0x41, 0, Fd.VM),
    SET_USER_MEMORY_REGION(Dir.WRITE, 0x46, KvmUserspaceMemoryRegion.SIZE, Fd.VM),
    /** x86 (Intel): argument is the address itself, not a pointer. */
    SET_TSS_ADDR(Dir.NONE, 0x47, 0, Fd.VM, KvmArch.X86_64),
    /** x86 (Intel): {@code _IOW(KVMIO, 0x48, __u64)}. */
    SET_IDENTITY_MAP_ADDR(Dir.WRITE, 0x48, 8, Fd.VM, KvmArch.X86_64),
    CREATE_IRQCHIP(Dir.NONE, 0x60, 0, Fd.VM),
    IRQ_LINE(Dir.WRITE, 0x61, KvmIrqLevel.SIZE, Fd.VM),
    GET_IRQCHIP(Dir.READ_WRITE, 0x62, KvmIrqchip.SIZE, Fd.VM, KvmArch.X86_64),
    SET_IRQCHIP(Dir.READ, 0x63, KvmIrqchip.SIZE, Fd.VM, KvmArch.X86_64),
    IRQ_LINE_STATUS(Dir.READ_WRITE, 0x67, KvmIrqLevel.SIZE, Fd.VM),
    /** Shares nr 0x67 with {@link #IRQ_LINE_STATUS}; direction and size tell them apart (16-byte zone). */
    REGISTER_COALESCED_MMIO(Dir.WRITE, 0x67, 16, Fd.VM),
    SET_GSI_ROUTING(Dir.WRITE, 0x6a, KvmIrqRoutingEntry.HEADER_SIZE, Fd.VM),
    /** {@code struct kvm_irqfd} is 32 bytes. */
    IRQFD(Dir.WRITE, 0x76, 32, Fd.VM),
    RUN(Dir.NONE, 0x80, 0, Fd.VCPU),
    GET_REGS(Dir.READ, 0x81, KvmRegs.SIZE, Fd.VCPU, KvmArch.X86_64),
    SET_REGS(Dir.WRITE, 0x82, KvmRegs.SIZE, Fd.VCPU, KvmArch.X86_64),
    GET_SREGS(Dir.READ, 0x83, KvmSregs.SIZE, Fd.VCPU, KvmArch.X86_64),
    SET_SREGS(Dir.WRITE, 0x84, KvmSregs.SIZE, Fd.VCPU, KvmArch.X86_64),
    /** {@code struct kvm_interrupt} is one u32. */
    INTERRUPT(Dir.WRITE, 0x86, 4, Fd.VCPU),
    GET_LAPIC(Dir.READ, 0x8e, KvmLapicState.SIZE, Fd.VCPU, KvmArch.X86_64),
    SET_LAPIC(Dir.WRITE, 0x8f, KvmLapicState.SIZE, Fd.VCPU, KvmArch.X86_64),
    /** {@code struct kvm_s390_interrupt} is 16 bytes. */
    S390_INTERRUPT(Dir.WRITE, 0x94, 16, Fd.VM, KvmArch.S390X),
    GET_MP_STATE(Dir.READ, 0x98, KvmMpState.SIZE, Fd.VCPU),
    SET_MP_STATE(Dir.WRITE, 0x99, KvmMpState.SIZE, Fd.VCPU),
    /** x86 {@code _IO(KVMIO, 0x9a)}: inject an NMI into the vCPU. */
    NMI(Dir.NONE, 0x9a, 0, Fd.VCPU, KvmArch.X86_64),
    GET_VCPU_EVENTS(Dir.READ, 0x9f, KvmVcpuEvents.SIZE, Fd.VCPU, KvmArch.X86_64),
    SET_VCPU_EVENTS(Dir.WRITE, 0xa0, KvmVcpuEvents.SIZE, Fd.VCPU, KvmArch.X86_64),
    ENABLE_CAP(Dir.WRITE, 0xa3, KvmEnableCap.SIZE, Fd.VCPU),
    SIGNAL_MSI(Dir.WRITE, 0xa5, KvmMsi.SIZE, Fd.VM),
    GET_ONE_REG(Dir.WRITE, 0xab, KvmOneReg.SIZE, Fd.VCPU),
    SET_ONE_REG(Dir.WRITE, 0xac, KvmOneReg.SIZE, Fd.VCPU),
    /**
     * ppc {@code _IOW(KVMIO, 0xac, struct kvm_rtas_token_args)} (char name[120]; u64 token = 128 bytes): lets KVM
     * handle the XICS RTAS calls in-kernel (§2.4). Same nr as {@link #SET_ONE_REG}, different size.
     */
    PPC_RTAS_DEFINE_TOKEN(Dir.WRITE, 0xac, 128, Fd.VM, KvmArch.PPC64),
    S390_IRQ(Dir.WRITE, 0xb4, 72, Fd.VCPU, KvmArch.S390X),
    S390_SET_IRQ_STATE(Dir.WRITE, 0xb5, 32, Fd.VCPU, KvmArch.S390X),
    S390_GET_IRQ_STATE(Dir.WRITE, 0xb6, 32, Fd.VCPU, KvmArch.S390X),
    CREATE_DEVICE(Dir.READ_WRITE, 0xe0, KvmCreateDevice.SIZE, Fd.VM),
    SET_DEVICE_ATTR(Dir.WRITE, 0xe1, KvmDeviceAttr.SIZE, Fd.DEVICE),
    GET_DEVICE_ATTR(Dir.WRITE, 0xe2, KvmDeviceAttr.SIZE, Fd.DEVICE),
    HAS_DEVICE_ATTR(Dir.WRITE, 0xe3, KvmDeviceAttr.SIZE, Fd.DEVICE);
    // @formatter:on

    /** Data direction as the {@code _IO/_IOR/_IOW/_IOWR} macro names it (from user space's point of view). */
    public enum Dir {
        NONE, READ, WRITE, READ_WRITE
    }

    /** The kind of fd the ioctl is issued on. ENABLE_CAP and CHECK_EXTENSION also work on the VM fd. */
    public enum Fd {
        SYSTEM, VM, VCPU, DEVICE
    }

    private final Dir dir;
    private final int nr;
    private final int size;
    private final Fd fd;
    private final Set<KvmArch> archs;

    KvmIoctl(Dir dir, int nr, int size, Fd fd) {
        this(dir, nr, size, fd, null);
    }

    KvmIoctl(Dir dir, int nr, int size, Fd fd, KvmArch onlyOn) {
        this.dir = dir;
        this.nr = nr;
        this.size = size;
        this.fd = fd;
        this.archs = onlyOn == null ? EnumSet.allOf(KvmArch.class) : EnumSet.of(onlyOn);
    }

    /** The kernel's name, e.g. {@code KVM_GET_IRQCHIP}; what {@link KvmException#operation()} carries. */
    public String ioctlName() {
        return "KVM_" + name();
    }

    public Dir dir() {
        return dir;
    }

    /** The ioctl number within KVMIO (bits 7:0). */
    public int nr() {
        return nr;
    }

    /** The argument size the definition encodes. */
    public int size() {
        return size;
    }

    public Fd fd() {
        return fd;
    }

    /** Whether the ioctl exists on that architecture. */
    public boolean availableOn(KvmArch arch) {
        return archs.contains(arch);
    }

    /**
     * The 32-bit request number on {@code arch} (an unsigned value in an int; pass it to ioctl(2) as
     * {@code Integer.toUnsignedLong(n)} where a native long is expected).
     *
     * @throws IllegalArgumentException when the ioctl does not exist on that architecture
     */
    public int number(KvmArch arch) {
        if (!availableOn(arch)) {
            throw new IllegalArgumentException(ioctlName() + " does not exist on " + arch + " (only on " + archs
                    + ")");
        }
        return switch (dir) {
            case NONE -> arch.io(KvmArch.KVMIO, nr);
            case READ -> arch.ior(KvmArch.KVMIO, nr, size);
            case WRITE -> arch.iow(KvmArch.KVMIO, nr, size);
            case READ_WRITE -> arch.iowr(KvmArch.KVMIO, nr, size);
        };
    }

    /** The ioctl with that request number on {@code arch}, if it is one of these (for tracing). */
    public static Optional<KvmIoctl> of(int number, KvmArch arch) {
        for (KvmIoctl i : values()) {
            if (i.availableOn(arch) && i.number(arch) == number) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
