// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.journey;

/**
 * One event of a journey.
 *
 * @param stage where the interrupt was
 * @param timeNanos the kernel's timestamp (trace clock "mono": comparable with System.nanoTime())
 * @param cpu the host CPU the event fired on
 * @param thread the host thread (task id) it fired in
 * @param vcpu the vCPU it concerns, -1 when the event does not say
 * @param detail the event's decoded fields in words, e.g. "pin 4 → APIC 1 vector 0x31, edge, physical"
 */
public record Hop(Stage stage, long timeNanos, int cpu, long thread, int vcpu, String detail) {
}
