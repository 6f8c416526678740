// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.arm;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The 8-byte little-endian entries KVM writes to guest RAM when it saves the vGIC ITS tables (ABI fact page §5.1,
 * [its.rst]).
 */
public sealed interface ItsTableEntry {
    /** The raw 64-bit entry. */
    long encode();

    /**
     * Device table entry: valid 63, next (offset to the next device id, 0 = last) 62:49, ITT address bits 51:8 in
     * 48:5, size (number of event id bits − 1) 4:0.
     */
    record Device(boolean valid, int next, long ittAddress, int size) implements ItsTableEntry {
        public static final long VALID = 1L << 63;
        public static final int NEXT_SHIFT = 49;
        public static final int ITT_SHIFT = 5;
        public static final long ITT_FIELD_MASK = (1L << 44) - 1;

        public Device {
            FieldRange.check("ITS DTE next", next, 0, 0x3fff);
            FieldRange.check("ITS DTE ITT address", ittAddress, 0, (1L << 52) - 1);
            FieldRange.check("ITS DTE size", size, 0, 0x1f);
            if ((ittAddress & 0xff) != 0) {
                throw new IllegalArgumentException("ITS DTE ITT address 0x" + Long.toHexString(ittAddress)
                        + " is not 256-byte aligned");
            }
        }

        public static Device decode(long e) {
            return new Device((e & VALID) != 0, (int) (e >>> NEXT_SHIFT) & 0x3fff,
                    ((e >>> ITT_SHIFT) & ITT_FIELD_MASK) << 8, (int) e & 0x1f);
        }

        @Override
        public long encode() {
            return (valid ? VALID : 0) | (long) next << NEXT_SHIFT | (ittAddress >>> 8) << ITT_SHIFT | size;
        }
    }

    /** Collection table entry: valid 63, RES0 62:52, RDBase 51:16, ICID 15:0. */
    record Collection(boolean valid, long rdBase, int icid) implements ItsTableEntry {
        public static final long VALID = 1L << 63;
        public static final int RDBASE_SHIFT = 16;
        public static final long RDBASE_MASK = (1L << 36) - 1;

        public Collection {
            FieldRange.check("ITS CTE RDBase", rdBase, 0, RDBASE_MASK);
            FieldRange.check("ITS CTE ICID", icid, 0, 0xffff);
        }

        public static Collection decode(long e) {
            return new Collection((e & VALID) != 0, (e >>> RDBASE_SHIFT) & RDBASE_MASK, (int) e & 0xffff);
        }

        @Override
        public long encode() {
            return (valid ? VALID : 0) | rdBase << RDBASE_SHIFT | icid;
        }
    }

    /** Interrupt translation entry: next (offset to the next event id) 63:48, pINTID 47:16, ICID 15:0. */
    record Translation(int next, long pintid, int icid) implements ItsTableEntry {
        public static final int NEXT_SHIFT = 48;
        public static final int PINTID_SHIFT = 16;

        public Translation {
            FieldRange.check("ITS ITE next", next, 0, 0xffff);
            FieldRange.check("ITS ITE pINTID", pintid, 0, 0xffffffffL);
            FieldRange.check("ITS ITE ICID", icid, 0, 0xffff);
        }

        public static Translation decode(long e) {
            return new Translation((int) (e >>> NEXT_SHIFT) & 0xffff, (e >>> PINTID_SHIFT) & 0xffffffffL,
                    (int) e & 0xffff);
        }

        @Override
        public long encode() {
            return (long) next << NEXT_SHIFT | pintid << PINTID_SHIFT | icid;
        }
    }
}
