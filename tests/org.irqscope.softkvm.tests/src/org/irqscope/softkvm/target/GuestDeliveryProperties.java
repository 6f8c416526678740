// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetUri;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Whatever MSIs arrive, in whatever order and bursts, a guest that EOIs everything ends with every injected source
 * handled at least once and at most as often as it was injected, no P or Q left behind, and every presenter idle.
 */
class GuestDeliveryProperties {
    @Property(tries = 40)
    void everyInjectedMsiIsHandledAndNothingIsLeftPending(
            @ForAll @Size(min = 1, max = 40) List<@IntRange(min = 0, max = 7) Integer> msis,
            @ForAll @IntRange(min = 0, max = 3) int burstMs, @ForAll boolean xics) throws TargetException {
        try (SoftPowerTarget t = (SoftPowerTarget) new SoftPowerTargetProvider().open(
                TargetUri.parse("soft:power9?mode=" + (xics ? "xics" : "xive") + "&vcpus=3&sources=8"))) {
            int[] injected = new int[8];
            int i = 0;
            for (int m : msis) {
                t.inject(Injection.edge(SpaprMachine.PHB_MSI + m));
                injected[m]++;
                if (burstMs > 0 && ++i % 5 == 0) {
                    t.runGuest(burstMs);
                }
            }
            t.runGuest(5);
            MachineState s = t.read();
            for (int m = 0; m < 8; m++) {
                long handled = t.machine().guest().total(SpaprMachine.PHB_MSI + m);
                if (injected[m] == 0) {
                    assertThat(handled).isZero();
                } else {
                    assertThat(handled).isBetween(1L, (long) injected[m]);
                }
            }
            for (SourceState src : s.sources()) {
                assertThat(src.presented()).isFalse();
                assertThat(src.queued()).isFalse();
            }
        }
    }
}
