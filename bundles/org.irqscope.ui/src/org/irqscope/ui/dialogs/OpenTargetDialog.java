// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.dialogs;

import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetRegistry;

/**
 * Picks a target: a software POWER9 guest (mode and vCPUs), the x86 sandbox, a QEMU guest to attach to (QMP socket)
 * or to launch (profile), or any URI. Kinds whose provider is missing or unavailable here are disabled with the
 * reason.
 */
public final class OpenTargetDialog extends TitleAreaDialog {
    private Button soft;
    private Combo softMode;
    private Spinner softVcpus;
    private Button sandbox;
    private Spinner sandboxVcpus;
    private Button attach;
    private Text socket;
    private Button launch;
    private Text profile;
    private Button raw;
    private Text uriText;
    private String uri;

    public OpenTargetDialog(Shell parent) {
        super(parent);
    }

    /** The URI chosen, after OK. */
    public String uri() {
        return uri;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Open Target");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Open a machine to inspect");
        setMessage("A software POWER9 guest runs anywhere; the others need /dev/kvm or QEMU on this host.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);

        soft = radio(c, "Software POWER9 guest (XIVE/XICS devices in software)", "soft");
        softMode = new Combo(c, SWT.READ_ONLY);
        softMode.setItems("xive", "xics", "dual");
        softMode.select(0);
        softVcpus = spinner(c, 4, 1, 64);

        sandbox = radio(c, "x86 sandbox VM on /dev/kvm", "kvm");
        new Label(c, SWT.NONE);
        sandboxVcpus = spinner(c, 2, 1, 16);

        attach = radio(c, "Attach to a running QEMU (QMP socket)", "qmp");
        socket = new Text(c, SWT.BORDER);
        socket.setMessage("/run/vm/qmp.sock");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(socket);

        launch = radio(c, "Launch QEMU (profile)", "qemu");
        profile = new Text(c, SWT.BORDER);
        profile.setMessage("pseries?ic-mode=xive");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(profile);

        raw = new Button(c, SWT.RADIO);
        raw.setText("Target URI");
        uriText = new Text(c, SWT.BORDER);
        uriText.setMessage("soft:power9?mode=xive&vcpus=4");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(uriText);

        Button first = soft.isEnabled() ? soft : raw;
        first.setSelection(true);
        return area;
    }

    private Button radio(Composite c, String text, String scheme) {
        Button b = new Button(c, SWT.RADIO);
        b.setText(text);
        Optional<String> why = unavailable(scheme);
        if (why.isPresent()) {
            b.setEnabled(false);
            b.setText(text + " — " + why.get());
        }
        return b;
    }

    private static Optional<String> unavailable(String scheme) {
        for (TargetProvider p : TargetRegistry.shared().providers()) {
            if (p.scheme().equals(scheme)) {
                return p.unavailableReason();
            }
        }
        return Optional.of("not included in this build");
    }

    private static Spinner spinner(Composite c, int value, int min, int max) {
        Spinner s = new Spinner(c, SWT.BORDER);
        s.setValues(value, min, max, 0, 1, 4);
        s.setToolTipText("vCPUs");
        return s;
    }

    @Override
    protected void okPressed() {
        String chosen;
        if (soft.getSelection()) {
            chosen = "soft:power9?mode=" + softMode.getText() + "&vcpus=" + softVcpus.getSelection();
        } else if (sandbox.getSelection()) {
            chosen = "kvm:x86?vcpus=" + sandboxVcpus.getSelection();
        } else if (attach.getSelection()) {
            chosen = socket.getText().isBlank() ? null : "qmp:" + socket.getText().trim();
        } else if (launch.getSelection()) {
            chosen = profile.getText().isBlank() ? null : "qemu:" + profile.getText().trim();
        } else {
            chosen = uriText.getText().isBlank() ? null : uriText.getText().trim();
        }
        if (chosen == null) {
            setErrorMessage("Fill in the socket path, profile or URI of the kind you picked.");
            return;
        }
        uri = chosen;
        super.okPressed();
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Open", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }
}
