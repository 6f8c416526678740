// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.handlers;

import java.util.List;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.RouteEvent;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetUri;
import org.irqscope.ui.session.TargetCommands;
import org.irqscope.ui.session.TargetSession;

/** The commands that act on the whole target: pause, resume, step, flip, set CPPR/TPR, close. */
public final class TargetActionHandlers {
    private TargetActionHandlers() {
    }

    /** Pauses the guest's vCPUs. */
    public static final class Pause extends CapabilityHandler {
        public Pause() {
            super(TargetCapability.PAUSE);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            TargetSession.shared().setGuestRuns(false);
            TargetCommands.run("Pause the guest", t -> t.pause());
            return null;
        }
    }

    /** Resumes the guest's vCPUs. */
    public static final class Resume extends CapabilityHandler {
        public Resume() {
            super(TargetCapability.PAUSE);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            TargetSession.shared().setGuestRuns(true);
            TargetCommands.run("Resume the guest", t -> t.resume());
            return null;
        }
    }

    /** Runs one routing hop and reports it. */
    public static final class Step extends CapabilityHandler {
        public Step() {
            super(TargetCapability.STEP);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            TargetSession.shared().setGuestRuns(false);
            TargetCommands.run("Step one hop", t -> report("Step one hop", t.step(1)));
            return null;
        }
    }

    /** Runs hops until one delivers an interrupt to a vCPU, or a bound is reached. */
    public static final class StepToDelivery extends CapabilityHandler {
        /** A guest that never delivers must not keep the job spinning. */
        private static final int MOST_HOPS = 256;

        public StepToDelivery() {
            super(TargetCapability.STEP);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            TargetSession.shared().setGuestRuns(false);
            TargetCommands.run("Step to the next delivery", t -> {
                List<RouteEvent> all = new java.util.ArrayList<>();
                for (int i = 0; i < MOST_HOPS; i++) {
                    List<RouteEvent> step = t.step(1);
                    all.addAll(step);
                    if (step.isEmpty() || step.stream().anyMatch(StepToDelivery::delivers)) {
                        break;
                    }
                }
                report("Step to the next delivery", all);
            });
            return null;
        }

        private static boolean delivers(RouteEvent e) {
            String stage = e.stage().toLowerCase(java.util.Locale.ROOT);
            return stage.contains("deliver") || stage.contains("present") || stage.contains("accept")
                    || stage.contains("ack");
        }
    }

    private static void report(String title, List<RouteEvent> events) {
        if (events.isEmpty()) {
            TargetCommands.showInfo(title, "Nothing happened: no routing hop is waiting on this target.");
            return;
        }
        StringBuilder text = new StringBuilder();
        for (RouteEvent e : events.subList(Math.max(0, events.size() - 20), events.size())) {
            text.append(e.stage()).append(": ").append(e.text()).append('\n');
        }
        TargetCommands.showInfo(title, text.toString().strip());
    }

    /** Switches XICS ⇄ XIVE after a confirmation that says what happens. */
    public static final class Flip extends CapabilityHandler {
        public Flip() {
            super(TargetCapability.FLIP);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            Shell shell = HandlerUtil.getActiveShell(event);
            MachineState now = TargetSession.shared().newest();
            InterruptMode to = now != null && now.mode() == InterruptMode.XIVE
                    ? InterruptMode.XICS
                    : InterruptMode.XIVE;
            String from = now == null ? "the current mode" : now.mode().label().toUpperCase(java.util.Locale.ROOT);
            String target = to.label().toUpperCase(java.util.Locale.ROOT);
            String message = "Switch from " + from + " to " + target + "?\n\n"
                    + "• The " + from + " interrupt-controller device is closed and a " + target
                    + " device is created.\n"
                    + "• Every vCPU is disconnected and reconnected to the new presenter.\n"
                    + "• Each source's configuration is restored, with priorities translated (XICS 0-255 ⇄ "
                    + "XIVE 0-7).\n"
                    + "• The guest renegotiates its interrupt mode; interrupts in flight are lost.\n\n"
                    + "The steps that were taken are shown afterwards.";
            MessageDialog confirm = new MessageDialog(shell, "Flip to " + target, null, message,
                    MessageDialog.QUESTION, 0, "Flip to " + target, IDialogConstants.CANCEL_LABEL);
            if (confirm.open() != 0) {
                return null;
            }
            TargetCommands.run("Flip to " + target, t -> {
                List<String> steps = t.flip(to);
                TargetCommands.showInfo("Flipped to " + target, String.join("\n", steps));
            });
            return null;
        }
    }

    /** Sets a vCPU's CPPR (XICS/XIVE) or TPR (LAPIC). */
    public static final class SetPresenterPriority extends CapabilityHandler {
        public SetPresenterPriority() {
            super(TargetCapability.SET_PRESENTER_PRIORITY);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            int vcpu = Math.max(0, selectedVcpu(HandlerUtil.getCurrentSelection(event)));
            MachineState now = TargetSession.shared().newest();
            boolean x86 = now != null && !now.mode().isPower();
            String register = x86 ? "TPR" : "CPPR";
            InputDialog dialog = new InputDialog(HandlerUtil.getActiveShell(event), "Set " + register,
                    "vCPU and new " + register + ", e.g. \"" + vcpu + " 0xff\" (" + (x86
                            ? "0-255, higher blocks more"
                            : "XICS 0-0xff / XIVE 0-7 or 0xff; 0xff accepts everything") + "):",
                    vcpu + " 0xff", text -> {
                        String[] parts = text.trim().split("\\s+");
                        if (parts.length != 2) {
                            return "Type the vCPU number and the value, separated by a space.";
                        }
                        try {
                            TargetUri.parseNumber(parts[0]);
                            int v = TargetUri.parseNumber(parts[1]);
                            return v < 0 || v > 0xff ? register + " is 0..0xff" : null;
                        } catch (NumberFormatException e) {
                            return "\"" + text.trim() + "\" is not two numbers.";
                        }
                    });
            if (dialog.open() != Window.OK) {
                return null;
            }
            String[] parts = dialog.getValue().trim().split("\\s+");
            int cpu = TargetUri.parseNumber(parts[0]);
            int value = TargetUri.parseNumber(parts[1]);
            TargetCommands.run("Set " + register + " of vCPU " + cpu, t -> t.setPresenterPriority(cpu, value));
            return null;
        }
    }

    /** Closes the current target. */
    public static final class Close extends CapabilityHandler {
        public Close() {
            super(null);
        }

        @Override
        public Object execute(ExecutionEvent event) {
            org.eclipse.core.runtime.jobs.Job.create("Closing the target", m -> {
                TargetSession.shared().close();
            }).schedule();
            return null;
        }
    }
}
