// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.target;

import org.irqscope.core.target.TargetException;

/**
 * Raw XIVE operations on a target (capability XIVE_RAW): ESB loads and stores and TIMA OS-ring accesses, each the
 * exact MMIO access a guest or VMM makes (ABI fact page §3.3, §3.6).
 */
public interface XiveRawAccess {
    /** The outcome of an ESB operation: what the access returned and the PQ bits after it (read with a GET). */
    record EsbResult(long returned, int pqAfter) {
        public String pqText() {
            return ((pqAfter & 2) != 0 ? "1" : "0") + ((pqAfter & 1) != 0 ? "1" : "0");
        }
    }

    /**
     * @param op "trigger" (store on the trigger page), "eoi" (load at 0x000), "get" (0x800), "set-pq-00", "set-pq-01",
     *     "set-pq-10", "set-pq-11" (0xC00..0xF00)
     */
    EsbResult esb(int source, String op) throws TargetException;

    /**
     * @param op "ack" (2-byte load at 0x810, returns NSR << 8 | CPPR), "set-cppr" (1-byte store at 0x11),
     *     "set-os-pending" (1-byte store at 0x812 of a priority), "read" (8-byte load of the OS ring at 0x10)
     * @param value the byte stored; ignored by loads
     * @return the loaded value, or 0 for stores
     */
    long tima(int vcpu, String op, int value) throws TargetException;
}
