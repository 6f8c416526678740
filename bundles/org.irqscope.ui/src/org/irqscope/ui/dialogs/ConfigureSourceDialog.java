// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.dialogs;

import java.util.Optional;
import java.util.OptionalInt;

import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.target.SourceConfiguration;
import org.irqscope.core.target.TargetUri;

/** Edits one source's priority, target server and mask; the result is applied as an undoable operation. */
public final class ConfigureSourceDialog extends TitleAreaDialog {
    private final SourceState current;
    private Text priority;
    private Text server;
    private Button masked;
    private SourceConfiguration result;

    public ConfigureSourceDialog(Shell parent, SourceState current) {
        super(parent);
        this.current = current;
    }

    public SourceConfiguration configuration() {
        return result;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Configure Source");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Source 0x" + Integer.toHexString(current.number()) + " (" + current.kind() + ")");
        setMessage("Priority: XICS 0-0xff, XIVE 0-7, 0xff masks. Undo restores the previous configuration.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        priority = field(c, "Priority:", current.priority() < 0 ? "" : "0x" + Integer.toHexString(current.priority()));
        server = field(c, "Target vCPU (server):", current.server() < 0 ? "" : Integer.toString(current.server()));
        new Label(c, SWT.NONE);
        masked = new Button(c, SWT.CHECK);
        masked.setText("Masked");
        masked.setSelection(current.masked());
        return area;
    }

    private static Text field(Composite c, String label, String value) {
        new Label(c, SWT.NONE).setText(label);
        Text t = new Text(c, SWT.BORDER);
        t.setText(value);
        GridDataFactory.fillDefaults().grab(true, false).hint(120, SWT.DEFAULT).applyTo(t);
        return t;
    }

    @Override
    protected void okPressed() {
        try {
            OptionalInt p = priority.getText().isBlank()
                    ? OptionalInt.empty()
                    : OptionalInt.of(TargetUri.parseNumber(priority.getText()));
            OptionalInt s = server.getText().isBlank()
                    ? OptionalInt.empty()
                    : OptionalInt.of(TargetUri.parseNumber(server.getText()));
            if (p.isPresent() && (p.getAsInt() < 0 || p.getAsInt() > 0xff)) {
                setErrorMessage("The priority is 0..0xff.");
                return;
            }
            result = new SourceConfiguration(current.number(), p, s, Optional.of(masked.getSelection()));
        } catch (NumberFormatException e) {
            setErrorMessage("Numbers are decimal or 0x-hex.");
            return;
        }
        super.okPressed();
    }
}
