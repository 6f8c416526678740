// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The attribute of {@code KVM_DEV_XIVE_GRP_EQ_CONFIG}: which event queue (ABI fact page §3.1): priority 2:0,
 * server 31:3. The value equals QEMU sPAPR's END index {@code (server << 3) + priority} (§3.6).
 */
public record XiveEqId(int server, int priority) {
    public static final int PRIORITY_SHIFT = 0;
    public static final long PRIORITY_MASK = 0x7L;
    public static final int SERVER_SHIFT = 3;
    public static final long SERVER_MASK = 0xfffffff8L;

    public XiveEqId {
        FieldRange.check("XIVE EQ server", server, 0, XiveSourceConfig.SERVER_MAX);
        FieldRange.check("XIVE EQ priority", priority, 0, XiveAttributes.PRIORITY_MAX);
    }

    /** Decodes an EQ attribute; bits above 31 must be zero. */
    public static XiveEqId decode(long attr) {
        FieldRange.check("XIVE EQ id", attr, 0, 0xffffffffL);
        return new XiveEqId((int) ((attr & SERVER_MASK) >>> SERVER_SHIFT), (int) (attr & PRIORITY_MASK));
    }

    public long encode() {
        return (long) server << SERVER_SHIFT | priority;
    }
}
