// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.testing.FakePower9;
import org.irqscope.testing.Screenshots;
import org.irqscope.ui.InterruptsPerspective;
import org.irqscope.ui.route.RouteDrawing;
import org.irqscope.ui.session.TargetCommands;
import org.irqscope.ui.session.TargetSession;
import org.irqscope.ui.views.RoutingView;
import org.irqscope.ui.views.SourcesView;
import org.irqscope.ui.views.VcpusView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The whole workbench on real widgets: open the perspective and a POWER9 target in XIVE mode, inject an MSI, see it
 * in Sources, vCPUs and Routing, flip to XICS and see the views follow. Runs on the UI thread and waits on
 * conditions by spinning the event loop.
 */
@Tag("ui")
class WorkbenchFlowTest {
    private static final long TIMEOUT = 20_000;

    private Display display;

    @Test
    void injectAndFlipShowInEveryView() throws Exception {
        display = PlatformUI.getWorkbench().getDisplay();
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window.getActivePage();
        PlatformUI.getWorkbench().showPerspective(InterruptsPerspective.ID, window);
        window.getShell().setSize(1400, 900);
        SourcesView sources = (SourcesView) page.showView(SourcesView.ID);
        VcpusView vcpus = (VcpusView) page.showView(VcpusView.ID);
        RoutingView routing = (RoutingView) page.showView(RoutingView.ID);

        boolean soft = TargetSession.providerRegistered("soft:power9");
        if (!soft) {
            System.out.println("WorkbenchFlowTest: no soft: provider registered; using the test's fake POWER9");
            TargetRegistry.shared().register(new FakePower9.Provider());
        }
        TargetSession session = TargetSession.shared();
        String uri = soft ? "soft:power9?mode=xive&vcpus=4" : "fake:power9?mode=xive&vcpus=4";
        session.open(uri);
        waitFor("the Sources view shows " + uri, () -> shown(sources) != null && shown(sources).target().equals(uri));
        waitFor("the vCPUs view lists 4 vCPUs", () -> vcpus.rows().size() == 4);
        assertThat(shown(sources).mode()).isEqualTo(InterruptMode.XIVE);
        assertThat(vcpus.rows().get(0).summary().kind()).isEqualTo("XIVE OS ring");
        Screenshots.save(window.getShell(), "workbench-xive");

        // Stop running the guest between reads so it does not take and EOI the injected interrupt at once (the
        // routing itself still settles); two more reads make sure no read that still ran the guest is in flight.
        session.setGuestRuns(false);
        long after = shown(sources).sequence() + 2;
        waitFor("two reads without running the guest", () -> shown(sources).sequence() >= after);
        SourceState msi = shown(sources).sources().stream()
                .filter(s -> s.kind() == SourceKind.MSI && s.server() >= 0 && !s.masked() && s.priority() != 0xff)
                .findFirst().orElseThrow();
        int number = msi.number();
        long countBefore = msi.count();
        TargetCommands.run("Inject an MSI", t -> t.inject(Injection.of(number, Injection.Kind.MSI)));
        waitFor("source 0x" + Integer.toHexString(number) + " shows the MSI in Sources", () -> {
            Optional<SourceState> s = shownSource(sources, number);
            return s.isPresent() && (s.get().pending() || s.get().presented() || s.get().pq() == 2
                    || s.get().count() > countBefore);
        });
        routing.showSource(number);
        waitFor("Routing draws source 0x" + Integer.toHexString(number) + " through the EAS", () -> {
            RouteDrawing d = routing.canvas().drawing();
            return d != null && d.title().startsWith("source 0x" + Integer.toHexString(number))
                    && hasStage(d, "EAS");
        });
        int server = shownSource(sources, number).orElseThrow().server();
        waitFor("vCPU " + server + " shows the pending priority", () -> vcpus.rows().stream()
                .filter(r -> r.vcpu().id() == server).anyMatch(r -> java.util.Arrays.stream(r.summary().cells())
                        .anyMatch(c -> c != org.irqscope.ui.views.PresenterSummary.Cell.EMPTY)));
        Screenshots.save(window.getShell(), "workbench-injected");

        if (!session.can(TargetCapability.FLIP)) {
            // The software KVM flips only a machine that started in dual mode (as QEMU's ic-mode=dual).
            String dual = uri.replace("mode=xive", "mode=dual");
            session.open(dual);
            waitFor("the Sources view shows " + dual, () -> shown(sources) != null
                    && shown(sources).target().equals(dual));
        }
        InterruptMode from = shown(sources).mode();
        InterruptMode to = from == InterruptMode.XIVE ? InterruptMode.XICS : InterruptMode.XIVE;
        TargetCommands.run("Flip", t -> t.flip(to));
        waitFor("Sources follows the flip to " + to, () -> shown(sources).mode() == to);
        String presenter = to == InterruptMode.XICS ? "XICS ICP" : "XIVE OS ring";
        waitFor("vCPUs follow the flip to " + to, () -> !vcpus.rows().isEmpty()
                && vcpus.rows().get(0).summary().kind().equals(presenter));
        routing.showSource(number);
        String stage = to == InterruptMode.XICS ? "ICP" : "EAS";
        waitFor("Routing follows the flip through the " + stage, () -> routing.canvas().drawing() != null
                && hasStage(routing.canvas().drawing(), stage));
        Screenshots.save(window.getShell(), "workbench-flipped");
    }

    private static boolean hasStage(RouteDrawing d, String prefix) {
        return d.boxes().stream().anyMatch(b -> b.stage().startsWith(prefix));
    }

    private static MachineState shown(SourcesView view) {
        return view.table().shownRows().state();
    }

    private static Optional<SourceState> shownSource(SourcesView view, int number) {
        MachineState s = shown(view);
        return s == null ? Optional.empty() : s.source(number);
    }

    private void waitFor(String what, BooleanSupplier condition) {
        Screenshots.waitUntil(display, TIMEOUT, what, () -> "", condition);
    }
}
