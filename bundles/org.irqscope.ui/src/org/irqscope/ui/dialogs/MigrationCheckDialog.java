// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.irqscope.core.explain.MigrationCheck;

/**
 * Whether a POWER guest's interrupt controller survives a live migration between two QEMU ic-modes: the user picks the
 * source and destination modes and, optionally, the machine type, and the verdict with its reason follows every change.
 * A machine type that is not pseries or pseries-M.N is said inline under the field.
 */
public final class MigrationCheckDialog extends Dialog {
    static final String[] MODES = {"xics", "xive", "dual"};

    private final String initialSource;
    private Combo source;
    private Combo destination;
    private Text machine;
    private Label machineProblem;
    private Label verdict;
    private Label reason;
    private Label cautions;

    /** @param initialSource the mode to start with (the current target's, when it is a POWER mode), e.g. "xive" */
    public MigrationCheckDialog(Shell parent, String initialSource) {
        super(parent);
        this.initialSource = initialSource;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Migration Check");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(10, 6).applyTo(area);
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("Can a pseries guest migrate between these QEMU interrupt-controller modes (ic-mode)?");
        GridDataFactory.fillDefaults().span(2, 1).hint(520, SWT.DEFAULT).applyTo(intro);
        source = modeChoice(area, "&Source ic-mode:", initialSource);
        destination = modeChoice(area, "&Destination ic-mode:", initialSource);
        new Label(area, SWT.NONE).setText("&Machine type:");
        machine = new Text(area, SWT.BORDER | SWT.SINGLE);
        machine.setMessage("pseries-X.Y (optional; empty is the newest)");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(machine);
        machine.addListener(SWT.Modify, e -> update());
        new Label(area, SWT.NONE);
        machineProblem = new Label(area, SWT.WRAP);
        machineProblem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridDataFactory.fillDefaults().grab(true, false).hint(360, SWT.DEFAULT).applyTo(machineProblem);

        Label line = new Label(area, SWT.SEPARATOR | SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(line);
        verdict = new Label(area, SWT.NONE);
        verdict.setFont(JFaceResources.getHeaderFont());
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(verdict);
        reason = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(reason);
        cautions = new Label(area, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(520, SWT.DEFAULT).applyTo(cautions);
        update();
        return area;
    }

    private Combo modeChoice(Composite area, String label, String initial) {
        new Label(area, SWT.NONE).setText(label);
        Combo c = new Combo(area, SWT.READ_ONLY | SWT.DROP_DOWN);
        c.setItems(MODES);
        int i = java.util.Arrays.asList(MODES).indexOf(initial);
        c.select(i < 0 ? 1 : i);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(c);
        c.addListener(SWT.Selection, e -> update());
        return c;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
    }

    @Override
    protected void buttonPressed(int buttonId) {
        if (buttonId == IDialogConstants.CLOSE_ID) {
            close();
        } else {
            super.buttonPressed(buttonId);
        }
    }

    /** Checks the choices as they are now and shows the verdict (UI thread). */
    void update() {
        MigrationCheck.Result r;
        try {
            r = MigrationCheck.check(source.getText(), destination.getText(), machine.getText());
        } catch (IllegalArgumentException e) {
            // only the typed machine type can be wrong: the modes come from a fixed list
            machineProblem.setText(e.getMessage());
            verdict.setText("—");
            reason.setText("Correct the machine type to see the verdict.");
            cautions.setText("");
            relayout();
            return;
        }
        machineProblem.setText("");
        verdict.setText(r.ok() ? "✓ The migration can work" : "✗ The migration will fail");
        verdict.setForeground(verdict.getDisplay().getSystemColor(r.ok() ? SWT.COLOR_DARK_GREEN : SWT.COLOR_DARK_RED));
        reason.setText(capitalized(r.reason()) + ".");
        StringBuilder b = new StringBuilder(r.cautions().isEmpty() ? "" : "Take care:\n");
        for (String c : r.cautions()) {
            b.append("• ").append(c).append('\n');
        }
        cautions.setText(b.toString().strip());
        relayout();
    }

    private void relayout() {
        Shell shell = verdict.getShell();
        if (shell.isVisible()) {
            shell.layout(true, true);
            org.eclipse.swt.graphics.Point want = shell.computeSize(shell.getSize().x, SWT.DEFAULT);
            if (want.y > shell.getSize().y) {
                shell.setSize(shell.getSize().x, want.y);
            }
        }
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    Combo sourceChoice() {
        return source;
    }

    Combo destinationChoice() {
        return destination;
    }

    Text machineText() {
        return machine;
    }

    String machineProblemText() {
        return machineProblem.getText();
    }

    String verdictText() {
        return verdict.getText();
    }

    String reasonText() {
        return reason.getText();
    }

    String cautionsText() {
        return cautions.getText();
    }
}
