// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.dialogs;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.irqscope.core.target.Injection;
import org.irqscope.core.target.InjectionResult;
import org.irqscope.core.target.TargetUri;
import org.irqscope.ui.session.TargetCommands;

/**
 * Raises interrupts on the current target and shows what the backend said (delivered, coalesced, masked). Stays
 * open so the same source can be injected again and its state watched in the views.
 */
public final class InjectDialog extends Dialog {
    private static final int INJECT_ID = IDialogConstants.CLIENT_ID + 1;
    private final int initialSource;
    private Text source;
    private Combo kind;
    private Text priority;
    private Text msiAddress;
    private Text msiData;
    private Label result;

    public InjectDialog(Shell parent, int initialSource) {
        super(parent);
        this.initialSource = initialSource;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Inject Interrupt");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite c = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        source = field(c, "Source (or vCPU for an IPI):", initialSource < 0
                ? ""
                : "0x"
                        + Integer.toHexString(initialSource));
        new Label(c, SWT.NONE).setText("How:");
        kind = new Combo(c, SWT.READ_ONLY);
        for (Injection.Kind k : Injection.Kind.values()) {
            kind.add(k.name().toLowerCase(java.util.Locale.ROOT));
        }
        kind.select(Injection.Kind.MSI.ordinal());
        priority = field(c, "IPI priority / MFRR:", "5");
        msiAddress = field(c, "x86 MSI address:", "0xfee00000");
        msiData = field(c, "x86 MSI data:", "0x30");
        result = new Label(c, SWT.WRAP);
        result.setText("Pick a source and press Inject; the outcome appears here.");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(result);
        return c;
    }

    private static Text field(Composite c, String label, String value) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(t);
        return t;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, INJECT_ID, "Inject", true);
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, false);
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == INJECT_ID) {
            inject();
        } else {
            close();
        }
    }

    private void inject() {
        Injection injection;
        try {
            Injection.Kind k = Injection.Kind.values()[kind.getSelectionIndex()];
            int number = source.getText().isBlank() ? -1 : TargetUri.parseNumber(source.getText());
            injection = switch (k) {
                case IPI -> Injection.ipi(number, TargetUri.parseNumber(priority.getText()));
                case MSI -> number >= 0
                        ? Injection.of(number, k)
                        : Injection.msi(Long.decode(msiAddress.getText().trim()),
                                TargetUri.parseNumber(msiData.getText()));
                default -> Injection.of(number, k);
            };
        } catch (NumberFormatException e) {
            result.setText("Numbers are decimal or 0x-hex: " + e.getMessage());
            return;
        }
        result.setText("Injecting…");
        Injection request = injection;
        TargetCommands.run("Inject " + describe(request), t -> {
            InjectionResult r = t.inject(request);
            String text = describe(request) + ": " + r.outcome().label()
                    + (r.deliveredTo() > 0 ? " to " + r.deliveredTo() + " CPU(s)" : "")
                    + (r.detail() == null || r.detail().isBlank() ? "" : " — " + r.detail());
            result.getDisplay().asyncExec(() -> {
                if (!result.isDisposed()) {
                    result.setText(text);
                    result.getParent().layout(true);
                }
            });
        });
    }

    private static String describe(Injection i) {
        return switch (i.kind()) {
            case IPI -> "IPI to vCPU " + i.source() + " at priority " + i.priority();
            case MSI -> i.source() >= 0
                    ? "MSI on source 0x" + Integer.toHexString(i.source())
                    : "MSI 0x" + Long.toHexString(i.msiAddress()) + "/0x" + Integer.toHexString(i.msiData());
            default -> i.kind().name().toLowerCase(java.util.Locale.ROOT) + " on source 0x"
                    + Integer.toHexString(i.source());
        };
    }
}
