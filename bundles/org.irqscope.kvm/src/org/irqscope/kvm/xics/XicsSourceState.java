// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xics;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The u64 value of a XICS source ({@code KVM_DEV_XICS_GRP_SOURCES}), ABI fact page §2.2: server 31:0, priority
 * 39:32, level-sensitive 40, masked 41, pending 42, presented 43, queued 44. Bits 63:45 are unused and dropped on
 * decode.
 *
 * @param server destination server number (u32)
 * @param priority 0 most favoured .. 0xFF never delivered; when {@code masked}, the saved priority
 * @param levelSensitive LSI (true) or MSI (false)
 * @param masked masked by ibm,int-off
 * @param pending an interrupt is waiting (meaning differs between the P8 and XICS-on-XIVE kernels, §2.2)
 * @param presented P bit (XICS-on-XIVE)
 * @param queued Q bit (XICS-on-XIVE)
 */
public record XicsSourceState(long server, int priority, boolean levelSensitive, boolean masked, boolean pending,
        boolean presented, boolean queued) {
    public static final int DESTINATION_SHIFT = 0;
    public static final long DESTINATION_MASK = 0xffffffffL;
    public static final int PRIORITY_SHIFT = 32;
    public static final int PRIORITY_MASK = 0xff;
    public static final long LEVEL_SENSITIVE = 1L << 40;
    public static final long MASKED = 1L << 41;
    public static final long PENDING = 1L << 42;
    public static final long PRESENTED = 1L << 43;
    public static final long QUEUED = 1L << 44;

    public XicsSourceState {
        FieldRange.check("XICS source server", server, 0, DESTINATION_MASK);
        FieldRange.check("XICS source priority", priority, 0, PRIORITY_MASK);
    }

    /** Decodes a source word. */
    public static XicsSourceState decode(long word) {
        return new XicsSourceState(word & DESTINATION_MASK, (int) (word >>> PRIORITY_SHIFT) & PRIORITY_MASK,
                (word & LEVEL_SENSITIVE) != 0, (word & MASKED) != 0, (word & PENDING) != 0,
                (word & PRESENTED) != 0, (word & QUEUED) != 0);
    }

    /** The source word. */
    public long encode() {
        long w = server | (long) priority << PRIORITY_SHIFT;
        if (levelSensitive) {
            w |= LEVEL_SENSITIVE;
        }
        if (masked) {
            w |= MASKED;
        }
        if (pending) {
            w |= PENDING;
        }
        if (presented) {
            w |= PRESENTED;
        }
        if (queued) {
            w |= QUEUED;
        }
        return w;
    }

    /** Whether the source can be delivered at all: not masked and priority more favoured than 0xFF. */
    public boolean deliverable() {
        return !masked && priority != XicsAttributes.PRIORITY_LEAST_FAVOURED;
    }
}
