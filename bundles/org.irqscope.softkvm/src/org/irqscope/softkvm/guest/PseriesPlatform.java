// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.guest;

import java.util.List;

/**
 * What a pseries guest sees of its machine: the hypervisor calls and RTAS services KVM handles in the kernel for
 * XICS, the sPAPR XIVE hcalls the VMM handles, and the XIVE ESB pages and TIMA the guest accesses directly.
 * The software machine implements it over the KVM ABI.
 */
public interface PseriesPlatform {
    /** The interrupt mode the platform activated. */
    enum Mode {
        XICS, XIVE
    }

    /** A device source the VMM claimed for the guest (sPAPR numbers: 0x1000 EPOW, 0x1001 hot-plug, ...). */
    record DeviceSource(int number, boolean lsi, String owner) {
    }

    int vcpus();

    /** Client Architecture Support: the guest says whether it exploits XIVE; the platform activates a mode. */
    Mode negotiate(boolean guestExploitsXive);

    List<DeviceSource> deviceSources();

    /** A device behind {@code source} raises it (the VMM's KVM_IRQ_LINE: edge, or LSI assert/deassert). */
    void raise(int source, boolean lsiAssert, boolean lsiDeassert);

    // XICS: hcalls and RTAS calls

    int hXirr(int cpu);

    void hCppr(int cpu, int cppr);

    int hIpi(int server, int mfrr);

    int hEoi(int cpu, int xirr);

    void rtasSetXive(int irq, int server, int priority);

    void rtasIntOn(int irq);

    void rtasIntOff(int irq);

    /** The external-exception line of the cpu's ICP. */
    boolean xicsException(int cpu);

    // XIVE: sPAPR hcalls, ESB, TIMA, event queue pages in guest memory

    /** H_INT_SET_QUEUE_CONFIG with a queue page the guest allocated. */
    void hIntSetQueueConfig(int server, int priority, long qaddr, int qshift);

    /** H_INT_SET_SOURCE_CONFIG. */
    void hIntSetSourceConfig(int lisn, int server, int priority, int eisn, boolean masked);

    long esbLoad(int lisn, int offset);

    void esbTrigger(int lisn);

    int timaAck(int cpu);

    void timaSetCppr(int cpu, int cppr);

    /** NSR.EO of the cpu's OS ring. */
    boolean xiveException(int cpu);

    /** A 32-bit entry of the event queue of (server, priority), as the guest loads it from its queue page. */
    int queueEntry(int server, int priority, int index);

    int queueEntries(int server, int priority);

    /** The vCPU cedes / stops (its VP leaves the thread) or runs again. */
    void setDispatched(int cpu, boolean dispatched);
}
