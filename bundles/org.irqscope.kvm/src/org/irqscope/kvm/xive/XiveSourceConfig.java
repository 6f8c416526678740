// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The u64 written to {@code KVM_DEV_XIVE_GRP_SOURCE_CONFIG} (ABI fact page §3.1): the source's targeting (its EAS as
 * the guest sees it). Priority 2:0, server 31:3, masked 32, EISN 63:33. Write-only: KVM cannot give it back.
 *
 * @param priority 0..7
 * @param server target server (vCPU id), 29 bits
 * @param masked EAS masked
 * @param eisn effective interrupt source number written into the event queue, 31 bits
 */
public record XiveSourceConfig(int priority, int server, boolean masked, int eisn) {
    public static final int PRIORITY_SHIFT = 0;
    public static final long PRIORITY_MASK = 0x7L;
    public static final int SERVER_SHIFT = 3;
    public static final long SERVER_MASK = 0xfffffff8L;
    public static final int MASKED_SHIFT = 32;
    public static final long MASKED_MASK = 0x100000000L;
    public static final int EISN_SHIFT = 33;
    public static final long EISN_MASK = 0xfffffffe00000000L;
    /** Largest server number the field holds (29 bits). */
    public static final int SERVER_MAX = (int) (SERVER_MASK >>> SERVER_SHIFT);
    /** Largest EISN the field holds (31 bits). */
    public static final int EISN_MAX = Integer.MAX_VALUE;

    public XiveSourceConfig {
        FieldRange.check("XIVE source config priority", priority, 0, XiveAttributes.PRIORITY_MAX);
        FieldRange.check("XIVE source config server", server, 0, SERVER_MAX);
        FieldRange.check("XIVE source config EISN", eisn, 0, EISN_MAX);
    }

    public static XiveSourceConfig decode(long word) {
        return new XiveSourceConfig((int) (word & PRIORITY_MASK), (int) ((word & SERVER_MASK) >>> SERVER_SHIFT),
                (word & MASKED_MASK) != 0, (int) ((word & EISN_MASK) >>> EISN_SHIFT));
    }

    public long encode() {
        return priority | (long) server << SERVER_SHIFT | (masked ? MASKED_MASK : 0) | (long) eisn << EISN_SHIFT;
    }

    /** The event queue this source targets. */
    public XiveEqId eq() {
        return new XiveEqId(server, priority);
    }
}
