// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.irqscope.core.explain.Element;
import org.irqscope.core.explain.Finding;
import org.irqscope.core.explain.Severity;
import org.irqscope.core.state.Arch;
import org.irqscope.core.state.BackendKind;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.state.VcpuState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("ui")
class DiagnosticsTableTest {
    private Display display;
    private Shell shell;
    private DiagnosticsTable table;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(1100, 300);
        table = new DiagnosticsTable(shell, f -> {
        });
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        while (display.readAndDispatch()) {
            // drain what the disposed widgets queued
        }
    }

    /** vCPU 1 halted with an IPI at MFRR 04, more favoured than its CPPR 05: its wake-up was lost. */
    private static MachineState lostWakeUp(long sequence, RunState vcpu1) {
        return MachineState.builder("test:xics", Arch.PPC64, InterruptMode.XICS).irqchip(IrqchipLocation.SOFT)
                .backend(BackendKind.SOFT_KVM).sequence(sequence)
                .vcpu(new VcpuState(0, RunState.RUNNING, new XicsIcp(0xff, 0xff, 0, 0xff)))
                .vcpu(new VcpuState(1, vcpu1, new XicsIcp(0x05, 0x04, 2, 0x04))).build();
    }

    private static final Finding TRACED = new Finding("trace.eoi-never-came", Severity.WARNING, Element.vcpu(0),
            "APIC 0 accepted vector 0x41 and no EOI came", "A vector stays in service until its EOI.",
            Optional.empty());

    @Test
    void findingsOfTheStateAndOfTheTraceAreListedAndStayWhileTheyHold() throws Exception {
        table.show(new DiagnosticsTable.Input(lostWakeUp(1, RunState.HALTED), List.of(), () -> List.of(TRACED)));
        assertThat(Screenshots.waitFor(display, 10_000, () -> table.findings().size() == 2)).isTrue();

        assertThat(table.findings()).extracting(Finding::ruleId)
                .containsExactly("vcpu.halted-with-pending-ipi", "trace.eoi-never-came");
        assertThat(table.viewer().getTable().getItemCount()).isEqualTo(2);
        assertThat(table.viewer().getTable().getItem(0).getText(1)).isEqualTo("vCPU 1");
        table.viewer().getTable().setSelection(0);
        table.viewer().setSelection(table.viewer().getSelection());
        Screenshots.save(shell, "diagnostics");

        // the next read finds the same: the table is left alone, so the selection stays
        long applied = table.applied();
        long diagnosed = table.diagnosed();
        table.show(new DiagnosticsTable.Input(lostWakeUp(2, RunState.HALTED), List.of(), () -> List.of(TRACED)));
        assertThat(Screenshots.waitFor(display, 10_000, () -> table.diagnosed() > diagnosed)).isTrue();
        assertThat(table.applied()).isEqualTo(applied);
        assertThat(table.viewer().getTable().getSelectionIndex()).isZero();

        // the vCPU wakes up and the trace is off: nothing left
        table.show(new DiagnosticsTable.Input(lostWakeUp(3, RunState.RUNNING), List.of(), List::of));
        assertThat(Screenshots.waitFor(display, 10_000, () -> table.findings().isEmpty())).isTrue();
        assertThat(table.viewer().getTable().getItemCount()).isZero();
    }
}
