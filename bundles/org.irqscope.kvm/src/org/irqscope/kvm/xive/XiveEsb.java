// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.xive;

import org.irqscope.kvm.internal.FieldRange;

/**
 * The Event State Buffer pages of XIVE sources ({@link org.irqscope.kvm.KvmDeviceRegion#XIVE_ESB}), ABI fact page
 * §3.2–§3.3: two 64 KiB pages per source ({@code XIVE_ESB_64K_2PAGE}, shift 17), the even one for triggers, the odd
 * one for management. Management operations are 8-byte loads that return the previous PQ; the offsets from 0xC00 up
 * change PQ, so only {@link #GET} is a safe probe.
 */
public final class XiveEsb {
    /** Each source takes {@code 1 << 17} bytes (two 64 KiB pages). */
    public static final int SOURCE_SHIFT = 17;
    public static final int PAGE_SHIFT = 16;

    /** Load: EOI; returns 1 if it re-forwarded. 0x000–0x3FF. */
    public static final int LOAD_EOI = 0x000;
    /** Store: EOI, only for sources with {@code XIVE_SRC_STORE_EOI}. 0x400–0x7FF. */
    public static final int STORE_EOI = 0x400;
    /** Load: read PQ, no side effect. 0x800–0xBFF. */
    public static final int GET = 0x800;
    public static final int SET_PQ_00 = 0xc00;
    public static final int SET_PQ_01 = 0xd00;
    public static final int SET_PQ_10 = 0xe00;
    public static final int SET_PQ_11 = 0xf00;

    private XiveEsb() {
    }

    /** Offset in the ESB region of a source's trigger page. */
    public static long triggerPage(int source) {
        FieldRange.check("XIVE source number", source, 0, Integer.MAX_VALUE);
        return (long) source << SOURCE_SHIFT;
    }

    /** Offset in the ESB region of a source's management page. */
    public static long managementPage(int source) {
        return triggerPage(source) + (1L << PAGE_SHIFT);
    }

    /** Offset of {@code operation} (e.g. {@link #GET}) on a source's management page. */
    public static long managementOffset(int source, int operation) {
        FieldRange.check("ESB operation offset", operation, 0, (1 << PAGE_SHIFT) - 1);
        return managementPage(source) + operation;
    }

    /** The SET_PQ_xx offset that sets {@code pq}. */
    public static int setPqOperation(XivePq pq) {
        return SET_PQ_00 + (pq.bits() << 8);
    }

    /**
     * The operation at an offset within a management page, as the hardware decodes it by range.
     */
    public static Operation operationAt(int pageOffset) {
        FieldRange.check("ESB page offset", pageOffset, 0, 0xfff);
        if (pageOffset < STORE_EOI) {
            return Operation.EOI;
        }
        if (pageOffset < GET) {
            return Operation.STORE_EOI;
        }
        if (pageOffset < SET_PQ_00) {
            return Operation.GET;
        }
        return Operation.values()[Operation.SET_PQ_00.ordinal() + ((pageOffset >>> 8) & 0x3)];
    }

    /** What an access to a management-page offset does. */
    public enum Operation {
        EOI, STORE_EOI, GET, SET_PQ_00, SET_PQ_01, SET_PQ_10, SET_PQ_11;

        /** For the SET_PQ operations, the PQ they set. */
        public XivePq setsTo() {
            return switch (this) {
                case SET_PQ_00 -> XivePq.RESET;
                case SET_PQ_01 -> XivePq.OFF;
                case SET_PQ_10 -> XivePq.PENDING;
                case SET_PQ_11 -> XivePq.QUEUED;
                default -> throw new IllegalStateException(this + " does not set PQ");
            };
        }
    }
}
