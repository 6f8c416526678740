// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.TargetException;
import org.irqscope.testing.FakePower9;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("osgi")
class RoutePresenterTest {

    @Test
    void xiveRouteHasFiveHopsAndIsOpenWhenCpprAcceptsEverything() {
        MachineState s = new FakePower9(InterruptMode.XIVE, 4, 2).read();
        RouteDrawing d = fields(s, 0x1001);
        assertThat(stages(d)).containsExactly("ESB PQ", "EAS", "END / EQ", "NVT / TIMA OS", "vCPU 1");
        assertThat(d.blocking()).isEqualTo(-1);
    }

    @Test
    void xiveCpprAsFavouredAsThePriorityBlocksAtTheTima() throws TargetException {
        FakePower9 target = new FakePower9(InterruptMode.XIVE, 4, 2);
        target.setCppr(1, 6);
        target.inject(Injection.of(0x1001, Injection.Kind.MSI));
        RouteDrawing d = fields(target.read(), 0x1001);
        assertThat(d.boxes().get(d.blocking()).stage()).isEqualTo("NVT / TIMA OS");
        assertThat(d.verdict()).contains("not more favoured than CPPR 6");
    }

    @Test
    void xicsRouteGoesThroughIcsAndIcp() {
        RouteDrawing d = fields(new FakePower9(InterruptMode.XICS, 4, 2).read(), 0x1002);
        assertThat(stages(d)).containsExactly("source", "ICS", "ICP", "vCPU 0");
        assertThat(d.blocking()).isEqualTo(-1);
    }

    private static RouteDrawing fields(MachineState state, int number) {
        return RoutePresenter.fromFields(state, number, state.source(number));
    }

    @Test
    void theTracerDecidesTheHopsAndTheBlockingOne() throws TargetException {
        FakePower9 target = new FakePower9(InterruptMode.XIVE, 4, 2);
        RouteDrawing open = RoutePresenter.present(target.read(), 0x1001);
        System.out.println("RouteTracer XIVE hops: " + stages(open) + " -> " + open.verdict());
        assertThat(open.boxes()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(open.title()).startsWith("source 0x1001");
        target.setCppr(1, 6);
        target.inject(Injection.of(0x1001, Injection.Kind.MSI));
        RouteDrawing held = RoutePresenter.present(target.read(), 0x1001);
        System.out.println("RouteTracer XIVE held: " + stages(held) + " blocking " + held.blocking() + " -> "
                + held.verdict());
        assertThat(held.blocking()).isNotNegative();
        assertThat(held.boxes().get(held.blocking()).ok()).isFalse();
    }

    private static java.util.List<String> stages(RouteDrawing d) {
        return d.boxes().stream().map(RouteDrawing.Box::stage).toList();
    }

    @Test
    void anUnknownSourceSaysSo() {
        RouteDrawing d = fields(new FakePower9(InterruptMode.XICS, 4, 2).read(), 0x42);
        assertThat(d.boxes()).isEmpty();
        assertThat(d.verdict()).contains("no source 0x42");
    }
}
