// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

/**
 * The u64 written to {@code KVM_DEV_XIVE_GRP_SOURCE} (ABI fact page §3.1): bit 0 {@code KVM_XIVE_LEVEL_SENSITIVE}
 * (0 MSI, 1 LSI), bit 1 {@code KVM_XIVE_LEVEL_ASSERTED}. Writing it creates the source and masks it (PQ = 01).
 * Other bits are dropped on decode.
 */
public record XiveSourceState(boolean levelSensitive, boolean asserted) {
    public static final long LEVEL_SENSITIVE = 1L;
    public static final long LEVEL_ASSERTED = 1L << 1;

    public static XiveSourceState decode(long word) {
        return new XiveSourceState((word & LEVEL_SENSITIVE) != 0, (word & LEVEL_ASSERTED) != 0);
    }

    public long encode() {
        return (levelSensitive ? LEVEL_SENSITIVE : 0) | (asserted ? LEVEL_ASSERTED : 0);
    }
}
