// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox.target;

import java.util.Locale;

import org.irqscope.core.target.TargetException;

/**
 * Steering a guest that irqscope runs itself ({@link org.irqscope.core.target.TargetCapability#STEER_GUEST}):
 * make it behave like a guest with a bug or a policy, so the state shows what that does. Each operation is done
 * by the guest program, not by writing KVM state from outside, so the interrupt controllers see real guest accesses.
 */
public interface GuestSteering {

    /**
     * Makes every vCPU's handler skip the EOI of {@code vector}: the vector stays in service (LAPIC ISR, or PIC
     * ISR for 0x20–0x2F), further interrupts on it wait in IRR, and lower-priority vectors wait per PPR.
     *
     * @throws TargetException INVALID_ARGUMENT for a vector outside 0x20..0xFE
     */
    void holdEoi(int vector) throws TargetException;

    /** Ends the hold and sends the EOI that was held on every vCPU where the vector is in service. */
    void releaseEoiHold() throws TargetException;

    /** The vector whose EOI is held, or -1. */
    int heldEoi();

    /** Makes vCPU {@code vcpu} idle with interrupts enabled ({@code sti}) or disabled ({@code cli}). */
    void setGuestInterrupts(int vcpu, boolean enabled) throws TargetException;

    /** Makes the guest program the PIC masks (OCW1 to ports 0x21 and 0xA1); a set bit masks the line. */
    void setPicMasks(int masterMask, int slaveMask) throws TargetException;

    /** Makes vCPU {@code from} send a fixed IPI of {@code vector} to the vCPU with APIC id {@code to} (ICR). */
    void sendIpi(int from, int to, int vector) throws TargetException;

    /**
     * The command form of the operations above, as the CLI and the UI take it:
     * {@code hold-eoi VECTOR|off}, {@code cli VCPU}, {@code sti VCPU}, {@code pic-mask MASTER SLAVE},
     * {@code ipi FROM TO VECTOR}. Numbers are decimal or 0x-hex.
     */
    default void steer(String command) throws TargetException {
        String[] w = command.trim().toLowerCase(Locale.ROOT).split("\\s+");
        try {
            switch (w[0]) {
                case "hold-eoi" -> {
                    expect(command, w, 2);
                    if (w[1].equals("off")) {
                        releaseEoiHold();
                    } else {
                        holdEoi(number(w[1]));
                    }
                }
                case "cli", "sti" -> {
                    expect(command, w, 2);
                    setGuestInterrupts(number(w[1]), w[0].equals("sti"));
                }
                case "pic-mask" -> {
                    expect(command, w, 3);
                    setPicMasks(number(w[1]), number(w[2]));
                }
                case "ipi" -> {
                    expect(command, w, 4);
                    sendIpi(number(w[1]), number(w[2]), number(w[3]));
                }
                default -> throw TargetException.invalid("unknown guest command '" + command + "'; known:"
                        + " hold-eoi VECTOR|off, cli VCPU, sti VCPU, pic-mask MASTER SLAVE, ipi FROM TO VECTOR");
            }
        } catch (NumberFormatException e) {
            throw TargetException.invalid("guest command '" + command + "' has a word that is not a number");
        }
    }

    private static void expect(String command, String[] words, int count) throws TargetException {
        if (words.length != count) {
            throw TargetException.invalid("guest command '" + command + "' takes " + (count - 1) + " argument"
                    + (count == 2 ? "" : "s"));
        }
    }

    private static int number(String s) {
        return org.irqscope.core.target.TargetUri.parseNumber(s);
    }
}
