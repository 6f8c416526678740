// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

/**
 * Device attribute groups of the s390 floating interrupt controller ({@code KVM_DEV_TYPE_FLIC}), ABI fact page §7.1,
 * from arch/s390/include/uapi/asm/kvm.h. Note that {@code attr} is usually a buffer length, not an index, and that
 * an unknown group answers EINVAL, not ENXIO (so probing by errno does not work). s390 is big-endian: every FLIC
 * structure here encodes big-endian.
 */
public final class FlicAttributes {
    /** GET: addr = buffer, attr = its size; fills an array of {@link S390Irq}. ENOMEM = buffer too small. */
    public static final int GET_ALL_IRQS = 1;
    /** SET: addr = buffer of {@link S390Irq}, attr = length in bytes. */
    public static final int ENQUEUE = 2;
    public static final int CLEAR_IRQS = 3;
    public static final int APF_ENABLE = 4;
    public static final int APF_DISABLE_WAIT = 5;
    /** SET: {@link S390IoAdapter}. */
    public static final int ADAPTER_REGISTER = 6;
    /** SET: {@link S390IoAdapterRequest}. */
    public static final int ADAPTER_MODIFY = 7;
    /** SET: drop the I/O interrupts of one subchannel id (addr/len). */
    public static final int CLEAR_IO_IRQ = 8;
    /** SET: {@link S390AisRequest}. */
    public static final int AISM = 9;
    /** SET: attr = adapter id. */
    public static final int AIRQ_INJECT = 10;
    /** GET/SET: {@link S390AisAll}. */
    public static final int AISM_ALL = 11;

    /** {@code KVM_S390_FLIC_MAX_BUFFER}: the largest GET_ALL_IRQS buffer. */
    public static final int MAX_BUFFER = 0x2000000;
    /** {@code KVM_S390_MAX_FLOAT_IRQS}. */
    public static final int MAX_FLOAT_IRQS = 266250;
    /** {@code KVM_S390_ADAPTER_SUPPRESSIBLE} flag of {@link S390IoAdapter}. */
    public static final int ADAPTER_SUPPRESSIBLE = 0x01;
    /** {@code KVM_S390_IO_ADAPTER_MASK/MAP/UNMAP}: {@link S390IoAdapterRequest} types. */
    public static final int IO_ADAPTER_MASK = 1;
    public static final int IO_ADAPTER_MAP = 2;
    public static final int IO_ADAPTER_UNMAP = 3;
    /**
     * AIS modes ({@code KVM_S390_AIS_MODE_ALL/SINGLE}); defined in the kernel's internal
     * arch/s390/include/asm/kvm_host.h, not in the UAPI header.
     */
    public static final int AIS_MODE_ALL = 0;
    public static final int AIS_MODE_SINGLE = 1;

    private FlicAttributes() {
    }
}
