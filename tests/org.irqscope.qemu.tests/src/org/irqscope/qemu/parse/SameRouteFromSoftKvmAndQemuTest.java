// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.irqscope.core.explain.RouteHop;
import org.irqscope.core.explain.RouteTrace;
import org.irqscope.core.explain.RouteTracer;
import org.irqscope.core.explain.Verdict;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetUri;
import org.irqscope.softkvm.target.SoftPowerTargetProvider;
import org.junit.jupiter.api.Test;

/**
 * One MSI, two ways of seeing it: read from the software XIVE device through the KVM attribute readers, and parsed
 * from the text QEMU prints for the same state. The route and verdict must not depend on where the state came from.
 */
class SameRouteFromSoftKvmAndQemuTest {

    /*
     * What QEMU 7.2's `info pic` prints for a pseries XIVE guest with an MSI (LISN 0x1300, EISN 0x1300) routed to
     * vCPU 1 at priority 6 and signalled, not yet acknowledged: PQ=10 at the ESB, the entry queued in END
     * (1, 6) with generation 1, and vCPU 1's OS ring with IPB 0x02 (priority 6), PIPR 6, NSR.EO set, CPPR 0xff.
     */
    private static final String INFO_PIC = """
            CPU[0000]:   QW   NSR CPPR IPB LSMFB ACK# INC AGE PIPR  W2
            CPU[0000]: USER    00   00  00    00   00  00  00   00  00000000
            CPU[0000]:   OS    00   ff  00    ff   ff  00  ff   ff  80000400
            CPU[0000]: POOL    00   00  00    00   00  00  00   00  00000000
            CPU[0000]: PHYS    00   00  00    00   00  00  00   ff  00000000
            CPU[0001]:   QW   NSR CPPR IPB LSMFB ACK# INC AGE PIPR  W2
            CPU[0001]: USER    00   00  00    00   00  00  00   00  00000000
            CPU[0001]:   OS    80   ff  02    ff   ff  00  ff   06  80000401
            CPU[0001]: POOL    00   00  00    00   00  00  00   00  00000000
            CPU[0001]: PHYS    00   00  00    00   00  00  00   ff  00000000
              LISN         PQ    EISN     CPU/PRIO EQ
              00001300 MSI P-    00001300   1/6      1/16384 @400e0000 ^1 [ 80001300 ]
            irqchip: emulated
            """;

    @Test
    void anMsiUnderXiveIsExplainedIdentically() throws Exception {
        MachineState soft;
        try (Target target = new SoftPowerTargetProvider()
                .open(TargetUri.parse("soft:power9?mode=xive&vcpus=2&sources=4&seed=1"))) {
            target.inject(Injection.edge(0x1300));
            soft = target.read();
        }
        MachineState qemu = MonitorTextParser.parseInfoPic(INFO_PIC, "qmp:/run/guest.qmp");

        RouteTrace fromSoft = RouteTracer.trace(soft, 0x1300);
        RouteTrace fromQemu = RouteTracer.trace(qemu, 0x1300);

        assertThat(fromSoft.verdict()).isEqualTo(Verdict.DELIVERED);
        assertThat(fromQemu.verdict()).isEqualTo(fromSoft.verdict());
        assertThat(fromQemu.reason()).isEqualTo(fromSoft.reason());
        assertThat(stages(fromQemu)).isEqualTo(stages(fromSoft));
        // every hop but the last reads the same; the last names the vCPU's run state, which QEMU's text lacks
        List<RouteHop> a = fromSoft.hops();
        List<RouteHop> b = fromQemu.hops();
        for (int i = 0; i < a.size() - 1; i++) {
            assertThat(b.get(i).state()).as("hop " + a.get(i).stage()).isEqualTo(a.get(i).state());
            assertThat(b.get(i).ok()).as("hop " + a.get(i).stage()).isEqualTo(a.get(i).ok());
        }
    }

    private static List<String> stages(RouteTrace trace) {
        return trace.hops().stream().map(RouteHop::stage).toList();
    }
}
