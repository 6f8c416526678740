// SPDX-License-Identifier: EPL-2.0
package org.irqscope.kvm.x86;

import org.irqscope.kvm.KvmLapicState;

/**
 * The decoded LAPIC register page of KVM_GET_LAPIC (ABI fact page §6, architectural xAPIC layout). Registers are
 * 32-bit at 16-byte aligned offsets. {@link #applyTo(KvmLapicState)} writes the decoded registers back into a page
 * (keeping every byte this record does not name), for KVM_SET_LAPIC.
 *
 * @param id ID register (xAPIC id in 31:24)
 * @param version LVR (version 7:0, max LVT 23:16, directed-EOI support 24)
 * @param tpr task priority
 * @param apr arbitration priority
 * @param ppr processor priority (KVM computes it: max(TPR class, highest ISR class))
 * @param ldr logical destination
 * @param dfr destination format
 * @param svr spurious-interrupt vector register
 * @param isr in-service vectors
 * @param tmr trigger-mode vectors (set = level-triggered)
 * @param irr requested vectors
 * @param esr error status
 * @param icr interrupt command register (0x300/0x310)
 * @param lvtCmci LVT CMCI (0x2F0)
 * @param lvtTimer LVT timer (0x320)
 * @param lvtThermal LVT thermal sensor (0x330)
 * @param lvtPerfmon LVT performance counters (0x340)
 * @param lvtLint0 LVT LINT0 (0x350)
 * @param lvtLint1 LVT LINT1 (0x360)
 * @param lvtError LVT error (0x370)
 * @param timerInitialCount TMICT
 * @param timerCurrentCount TMCCT (KVM computes it at the moment of the read)
 * @param timerDivideConfig TDCR
 */
public record LapicRegisters(int id, int version, int tpr, int apr, int ppr, int ldr, int dfr, ApicSvr svr,
        ApicVectorSet isr, ApicVectorSet tmr, ApicVectorSet irr, int esr, ApicIcr icr, LvtEntry lvtCmci,
        LvtEntry lvtTimer, LvtEntry lvtThermal, LvtEntry lvtPerfmon, LvtEntry lvtLint0, LvtEntry lvtLint1,
        LvtEntry lvtError, int timerInitialCount, int timerCurrentCount, int timerDivideConfig) {
    public static final int OFFSET_ID = 0x020;
    public static final int OFFSET_LVR = 0x030;
    public static final int OFFSET_TPR = 0x080;
    public static final int OFFSET_APR = 0x090;
    public static final int OFFSET_PPR = 0x0a0;
    /** Write-only EOI register. */
    public static final int OFFSET_EOI = 0x0b0;
    public static final int OFFSET_RRR = 0x0c0;
    public static final int OFFSET_LDR = 0x0d0;
    public static final int OFFSET_DFR = 0x0e0;
    public static final int OFFSET_SVR = 0x0f0;
    public static final int OFFSET_ISR = 0x100;
    public static final int OFFSET_TMR = 0x180;
    public static final int OFFSET_IRR = 0x200;
    public static final int OFFSET_ESR = 0x280;
    public static final int OFFSET_LVT_CMCI = 0x2f0;
    public static final int OFFSET_ICR_LOW = 0x300;
    public static final int OFFSET_ICR_HIGH = 0x310;
    public static final int OFFSET_LVT_TIMER = 0x320;
    public static final int OFFSET_LVT_THERMAL = 0x330;
    public static final int OFFSET_LVT_PERFMON = 0x340;
    public static final int OFFSET_LVT_LINT0 = 0x350;
    public static final int OFFSET_LVT_LINT1 = 0x360;
    public static final int OFFSET_LVT_ERROR = 0x370;
    public static final int OFFSET_TIMER_INITIAL_COUNT = 0x380;
    public static final int OFFSET_TIMER_CURRENT_COUNT = 0x390;
    public static final int OFFSET_TIMER_DIVIDE_CONFIG = 0x3e0;
    /** AMD extended feature register; just past the 1 KiB page KVM_GET_LAPIC returns. */
    public static final int OFFSET_EFEAT = 0x400;

    public LapicRegisters {
        if (svr == null || isr == null || tmr == null || irr == null || icr == null || lvtCmci == null
                || lvtTimer == null || lvtThermal == null || lvtPerfmon == null || lvtLint0 == null
                || lvtLint1 == null || lvtError == null) {
            throw new IllegalArgumentException("LAPIC registers: every register must be given (null found)");
        }
    }

    /** Decodes a KVM_GET_LAPIC page. */
    public static LapicRegisters decode(KvmLapicState page) {
        return new LapicRegisters(page.register(OFFSET_ID), page.register(OFFSET_LVR), page.register(OFFSET_TPR),
                page.register(OFFSET_APR), page.register(OFFSET_PPR), page.register(OFFSET_LDR),
                page.register(OFFSET_DFR), ApicSvr.decode(page.register(OFFSET_SVR)), vectors(page, OFFSET_ISR),
                vectors(page, OFFSET_TMR), vectors(page, OFFSET_IRR), page.register(OFFSET_ESR),
                ApicIcr.decode(page.register(OFFSET_ICR_LOW), page.register(OFFSET_ICR_HIGH)),
                LvtEntry.decode(page.register(OFFSET_LVT_CMCI)), LvtEntry.decode(page.register(OFFSET_LVT_TIMER)),
                LvtEntry.decode(page.register(OFFSET_LVT_THERMAL)),
                LvtEntry.decode(page.register(OFFSET_LVT_PERFMON)),
                LvtEntry.decode(page.register(OFFSET_LVT_LINT0)), LvtEntry.decode(page.register(OFFSET_LVT_LINT1)),
                LvtEntry.decode(page.register(OFFSET_LVT_ERROR)), page.register(OFFSET_TIMER_INITIAL_COUNT),
                page.register(OFFSET_TIMER_CURRENT_COUNT), page.register(OFFSET_TIMER_DIVIDE_CONFIG));
    }

    /**
     * Decodes raw register-page bytes.
     *
     * @throws IllegalArgumentException when {@code page} is not exactly 1024 bytes
     */
    public static LapicRegisters decode(byte[] page) {
        return decode(KvmLapicState.of(page));
    }

    private static ApicVectorSet vectors(KvmLapicState page, int base) {
        int[] w = new int[ApicVectorSet.REGISTERS];
        for (int i = 0; i < w.length; i++) {
            w[i] = page.register(base + ApicVectorSet.STRIDE * i);
        }
        return ApicVectorSet.ofRegisters(w);
    }

    /** {@code base} with every register this record names replaced by its value. */
    public KvmLapicState applyTo(KvmLapicState base) {
        KvmLapicState p = base.withRegister(OFFSET_ID, id).withRegister(OFFSET_LVR, version)
                .withRegister(OFFSET_TPR, tpr).withRegister(OFFSET_APR, apr).withRegister(OFFSET_PPR, ppr)
                .withRegister(OFFSET_LDR, ldr).withRegister(OFFSET_DFR, dfr).withRegister(OFFSET_SVR, svr.encode())
                .withRegister(OFFSET_ESR, esr).withRegister(OFFSET_ICR_LOW, icr.low())
                .withRegister(OFFSET_ICR_HIGH, icr.high()).withRegister(OFFSET_LVT_CMCI, lvtCmci.encode())
                .withRegister(OFFSET_LVT_TIMER, lvtTimer.encode())
                .withRegister(OFFSET_LVT_THERMAL, lvtThermal.encode())
                .withRegister(OFFSET_LVT_PERFMON, lvtPerfmon.encode())
                .withRegister(OFFSET_LVT_LINT0, lvtLint0.encode()).withRegister(OFFSET_LVT_LINT1, lvtLint1.encode())
                .withRegister(OFFSET_LVT_ERROR, lvtError.encode())
                .withRegister(OFFSET_TIMER_INITIAL_COUNT, timerInitialCount)
                .withRegister(OFFSET_TIMER_CURRENT_COUNT, timerCurrentCount)
                .withRegister(OFFSET_TIMER_DIVIDE_CONFIG, timerDivideConfig);
        for (int i = 0; i < ApicVectorSet.REGISTERS; i++) {
            int off = ApicVectorSet.STRIDE * i;
            p = p.withRegister(OFFSET_ISR + off, isr.register(i)).withRegister(OFFSET_TMR + off, tmr.register(i))
                    .withRegister(OFFSET_IRR + off, irr.register(i));
        }
        return p;
    }

    /** The xAPIC id (ID bits 31:24). */
    public int xapicId() {
        return id >>> 24;
    }

    /** LVR bits 7:0. */
    public int versionNumber() {
        return version & 0xff;
    }

    /** LVR bits 23:16: index of the highest LVT entry (number of LVT entries − 1). */
    public int maxLvtEntry() {
        return version >>> 16 & 0xff;
    }

    /** LVR bit 24: EOI-broadcast suppression supported. */
    public boolean directedEoiSupported() {
        return (version & 1 << 24) != 0;
    }

    /** Priority class of the PPR (bits 7:4): vectors whose class (vector >> 4) is not above it stay pending. */
    public int processorPriorityClass() {
        return ppr >>> 4 & 0xf;
    }

    /**
     * The timer's divisor from TDCR bits 0, 1 and 3 (Intel SDM: 0b0000 → 2, 0b0001 → 4, 0b0010 → 8, 0b0011 → 16,
     * 0b1000 → 32, 0b1001 → 64, 0b1010 → 128, 0b1011 → 1).
     */
    public int timerDivisor() {
        int code = (timerDivideConfig & 0x3) | (timerDivideConfig & 0x8) >>> 1;
        return 1 << ((code + 1) & 0x7);
    }

    /** The timer mode from the LVT timer entry. */
    public int timerMode() {
        return lvtTimer.timerMode();
    }
}
