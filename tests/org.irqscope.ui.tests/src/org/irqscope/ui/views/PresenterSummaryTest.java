// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.irqscope.core.state.LapicState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.VectorSet;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XiveThreadContext;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("osgi")
class PresenterSummaryTest {

    @Test
    void anIpbPriorityNotMoreFavouredThanCpprIsHeld() {
        XiveRing os = new XiveRing(0, 5, XiveRing.ipbBit(5) | XiveRing.ipbBit(2), 0xff, 0xff, 0, 0xff, 2, 0);
        PresenterSummary s = PresenterSummary.of(new VcpuState(0, RunState.RUNNING,
                XiveThreadContext.ofOsRing(os, 0x400)));
        assertThat(s.cells()).hasSize(8);
        assertThat(s.cells()[2]).isEqualTo(PresenterSummary.Cell.PENDING);
        assertThat(s.cells()[5]).isEqualTo(PresenterSummary.Cell.HELD);
        assertThat(s.held()).contains("[5]").contains("CPPR is 5");
    }

    @Test
    void xicsPendingAtCpprIsHeld() {
        PresenterSummary s = PresenterSummary.of(new VcpuState(1, RunState.RUNNING, new XicsIcp(4, 0xff, 0x1003, 4)));
        assertThat(s.held()).contains("0x1003").contains("CPPR 4");
        assertThat(PresenterSummary.of(new VcpuState(1, RunState.RUNNING, new XicsIcp(0xff, 0xff, 0x1003, 4)))
                .held()).isEmpty();
    }

    @Test
    void lapicIrrBelowPprIsHeldAndIsrIsInService() {
        LapicState lapic = new LapicState(0, 0x14, 0x40, 0, 0x40, 0x1ff, 0, 0, 0, VectorSet.of(0x31, 0x51),
                VectorSet.of(0x60), VectorSet.EMPTY, 0, List.of(), 0, 0, 0);
        PresenterSummary s = PresenterSummary.of(new VcpuState(0, RunState.RUNNING, lapic));
        assertThat(s.cells()).hasSize(256);
        assertThat(s.cells()[0x31]).isEqualTo(PresenterSummary.Cell.HELD);
        assertThat(s.cells()[0x51]).isEqualTo(PresenterSummary.Cell.PENDING);
        assertThat(s.cells()[0x60]).isEqualTo(PresenterSummary.Cell.IN_SERVICE);
    }
}
