// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.dialogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.irqscope.testing.Screenshots;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The migration check dialog on real widgets: the verdict follows each choice as the user makes it. */
@Tag("ui")
class MigrationCheckDialogTest {
    private Display display;
    private Shell shell;
    private MigrationCheckDialog dialog;

    @BeforeEach
    void open() {
        display = Display.getDefault();
        shell = new Shell(display);
        dialog = new MigrationCheckDialog(shell, "xics");
        dialog.setBlockOnOpen(false);
        dialog.open();
        Screenshots.waitFor(display, 5_000, () -> dialog.getShell() != null && dialog.getShell().isVisible());
    }

    @AfterEach
    void close() {
        dialog.close();
        shell.dispose();
        while (display.readAndDispatch()) {
            // drain what the disposed widgets queued
        }
    }

    private static void choose(Combo combo, String mode) {
        combo.select(Arrays.asList(combo.getItems()).indexOf(mode));
        combo.notifyListeners(SWT.Selection, null);
    }

    /** Paints what the changes queued, then saves the dialog under target/screenshots. */
    private void save(String name) throws java.io.IOException {
        dialog.getShell().redraw();
        dialog.getShell().update();
        while (display.readAndDispatch()) {
            // paint everything queued before the copy
        }
        Screenshots.save(dialog.getShell(), name);
    }

    private void type(String text) {
        dialog.machineText().setText(text);
    }

    @Test
    void xicsToXiveIsNotOkWithTheReason() throws Exception {
        choose(dialog.sourceChoice(), "xics");
        choose(dialog.destinationChoice(), "xive");
        assertThat(dialog.verdictText()).startsWith("✗");
        assertThat(dialog.reasonText()).contains("no receiver on a xive-only destination");
        save("migration-xics-to-xive");
    }

    @Test
    void dualToDualIsOk() {
        choose(dialog.sourceChoice(), "dual");
        choose(dialog.destinationChoice(), "dual");
        assertThat(dialog.verdictText()).startsWith("✓");
        assertThat(dialog.reasonText()).contains("CAS choice");
        assertThat(dialog.cautionsText()).startsWith("Take care:").contains("Linux 5.2");
    }

    @Test
    void aMachineTypeItCannotReadIsSaidInlineAndTheVerdictWaits() throws Exception {
        choose(dialog.sourceChoice(), "xive");
        choose(dialog.destinationChoice(), "xive");
        type("pseries-five");
        assertThat(dialog.machineProblemText()).contains("'pseries-five' is not pseries or pseries-M.N");
        assertThat(dialog.verdictText()).isEqualTo("—");
        save("migration-bad-machine");
        type("pseries-3.0");
        assertThat(dialog.machineProblemText()).isEmpty();
        assertThat(dialog.verdictText()).startsWith("✗");
        assertThat(dialog.reasonText()).contains("only has the legacy XICS backend");
        type("");
        assertThat(dialog.verdictText()).startsWith("✓");
    }
}
