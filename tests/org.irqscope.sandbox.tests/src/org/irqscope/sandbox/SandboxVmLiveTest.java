// SPDX-License-Identifier: EPL-2.0
package org.irqscope.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.irqscope.kvm.KvmIrqchip;
import org.irqscope.kvm.KvmMsi;
import org.irqscope.kvm.linux.LinuxKvm;
import org.irqscope.kvm.x86.IoapicRedirectionEntry;
import org.irqscope.kvm.x86.IoapicState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("live")
class SandboxVmLiveTest {

    @Test
    void theGuestCountsAnIoapicEdgeAndAnMsi() throws Exception {
        LiveKvmGate.assumeDevKvm();
        try (LinuxKvm kvm = LinuxKvm.open(); SandboxVm sandbox = SandboxVm.start(kvm, 2)) {
            IoapicState io = IoapicState.decode(sandbox.vm().getIrqchip(KvmIrqchip.IOAPIC));
            sandbox.vm().setIrqchip(io.withEntry(16, IoapicRedirectionEntry.fixed(0x41, 1, false)).toIrqchip());
            assertThat(sandbox.vm().irqLine(16, 1)).isEqualTo(1);
            sandbox.vm().irqLine(16, 0);
            assertThat(sandbox.vm().signalMsi(KvmMsi.of(0xfee00000L, 0x52))).isEqualTo(1);
            long deadline = System.currentTimeMillis() + 2000;
            while ((sandbox.guestCounts(1)[0x41] == 0 || sandbox.guestCounts(0)[0x52] == 0)
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(5);
            }
            assertThat(sandbox.failure(0)).isEmpty();
            assertThat(sandbox.guestCounts(1)[0x41]).isEqualTo(1);
            assertThat(sandbox.guestCounts(0)[0x52]).isEqualTo(1);
            assertThat(sandbox.guestCounts(0)[0x41]).isZero();
        }
    }
}
