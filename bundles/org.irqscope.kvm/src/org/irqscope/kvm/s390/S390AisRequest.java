// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.s390;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import org.irqscope.kvm.internal.FieldRange;
import org.irqscope.kvm.internal.StructBuffer;

/**
 * {@code struct kvm_s390_ais_req} (u8 isc, padding, u16 mode: 4 bytes), the value of FLIC AISM (ABI fact page §7.1).
 * Mode is {@link FlicAttributes#AIS_MODE_ALL} or {@link FlicAttributes#AIS_MODE_SINGLE}. Big-endian.
 */
public record S390AisRequest(int isc, int mode) {
    public static final int SIZE = 4;
    public static final int OFFSET_ISC = 0;
    public static final int OFFSET_MODE = 2;

    public S390AisRequest {
        FieldRange.check("AIS request isc", isc, 0, 7);
        FieldRange.check("AIS request mode", mode, 0, 0xffff);
    }

    public void encode(ByteBuffer dst) {
        StructBuffer.take(dst, SIZE, "struct kvm_s390_ais_req", ByteOrder.BIG_ENDIAN).put(OFFSET_ISC, (byte) isc)
                .put(1, (byte) 0).putShort(OFFSET_MODE, (short) mode);
    }

    public static S390AisRequest decode(ByteBuffer src) {
        ByteBuffer b = StructBuffer.take(src, SIZE, "struct kvm_s390_ais_req", ByteOrder.BIG_ENDIAN);
        return new S390AisRequest(b.get(OFFSET_ISC) & 0xff, Short.toUnsignedInt(b.getShort(OFFSET_MODE)));
    }
}
