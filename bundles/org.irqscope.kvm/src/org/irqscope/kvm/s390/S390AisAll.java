// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import org.irqscope.kvm.internal.FieldRange;

/**
 * {@code struct kvm_s390_ais_all} (u8 simm, u8 nimm), the value of FLIC AISM_ALL (ABI fact page §7.1): one bit per
 * ISC, MSB first (bit for ISC n = {@code 0x80 >> n}); simm = single-interruption mode, nimm = no-interruption mode.
 */
public record S390AisAll(int simm, int nimm) {
    public static final int SIZE = 2;

    public S390AisAll {
        FieldRange.check("AIS simm", simm, 0, 0xff);
        FieldRange.check("AIS nimm", nimm, 0, 0xff);
    }

    /** The mask bit of ISC {@code isc} (0..7). */
    public static int iscBit(int isc) {
        FieldRange.check("ISC", isc, 0, 7);
        return 0x80 >> isc;
    }

    public boolean singleMode(int isc) {
        return (simm & iscBit(isc)) != 0;
    }

    public boolean noInterruptionMode(int isc) {
        return (nimm & iscBit(isc)) != 0;
    }

    public byte[] encode() {
        return new byte[]{(byte) simm, (byte) nimm};
    }

    public static S390AisAll decode(byte[] b) {
        FieldRange.length("struct kvm_s390_ais_all", b.length, SIZE);
        return new S390AisAll(b[0] & 0xff, b[1] & 0xff);
    }
}
