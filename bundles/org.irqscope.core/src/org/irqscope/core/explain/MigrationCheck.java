// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irqscope.core.state.InterruptMode;

/**
 * Whether a POWER (sPAPR) guest's interrupt controller survives a live migration between two QEMU ic-modes, and what
 * the machine type adds. Facts from QEMU's sPAPR code (ABI fact page §4): the machine builds XICS, XIVE or both
 * (dual) and migrates the state of every controller it built; in dual mode the guest's CAS choice travels in the
 * stream (OV5 XIVE-exploitation bit) and selects the active controller after load. Machine types pseries-3.0 and
 * older only have the legacy XICS backend and refuse ic-mode; pseries-3.1 and 4.0 default to XICS and do not
 * migrate the hpt-max-page-size cap; dual is the default from pseries-4.1. There is no "cap-xive": the choice is the
 * ic-mode property plus the guest's CAS negotiation.
 */
public final class MigrationCheck {
    private static final Pattern MACHINE = Pattern.compile("pseries(?:-(\\d+)\\.(\\d+))?");

    private MigrationCheck() {
    }

    /**
     * The outcome.
     *
     * @param ok the migration can work with these modes
     * @param reason why, in one sentence naming the rule
     * @param cautions what needs care even when ok (machine-type defaults, kernel versions)
     */
    public record Result(boolean ok, String reason, List<String> cautions) {
        public Result {
            cautions = List.copyOf(cautions);
        }
    }

    /** Same as {@link #check(InterruptMode, InterruptMode, Optional)} with modes and machine as the user types them. */
    public static Result check(String sourceMode, String destinationMode, String machine) {
        return check(mode(sourceMode), mode(destinationMode),
                machine == null || machine.isBlank() ? Optional.empty() : Optional.of(machine.trim()));
    }

    /**
     * Checks a migration from a machine in {@code source} ic-mode to one in {@code destination} ic-mode.
     *
     * @param machine the machine type both sides run, e.g. "pseries-5.2"; empty when unknown (then the newest)
     */
    public static Result check(InterruptMode source, InterruptMode destination, Optional<String> machine) {
        requirePower(source, "source");
        requirePower(destination, "destination");
        List<String> cautions = new ArrayList<>();
        int[] version = machine.map(MigrationCheck::version).orElse(null);
        if (version != null) {
            String name = machine.get();
            if (before(version, 3, 1)) {
                for (InterruptMode m : List.of(source, destination)) {
                    if (m != InterruptMode.XICS) {
                        return new Result(false, name + " only has the legacy XICS backend and refuses ic-mode="
                                + m.label() + ", so such a machine cannot exist on either side", cautions);
                    }
                }
                cautions.add(name + " uses legacy XICS interrupt numbering; both sides must run " + name + ".");
            }
            if (before(version, 4, 1)) {
                cautions.add(name + " does not send the hpt-max-page-size cap in the stream: the destination "
                        + "assumes its own setting, so give both sides the same cap-hpt-max-page-size.");
                if (source == InterruptMode.DUAL || destination == InterruptMode.DUAL) {
                    cautions.add(name + " defaults to ic-mode=xics; dual must be set explicitly on both sides.");
                }
            }
        }
        cautions.add("spapr caps travel only where they differ from the machine type's default, and the "
                + "destination refuses a cap higher than its own: start both sides with the same cap-* options.");
        if (source != destination) {
            return new Result(false, mismatch(source, destination), cautions);
        }
        return switch (source) {
            case XICS -> new Result(true, "both sides build XICS (ICS and ICPs), so every ICS source word and ICP "
                    + "state in the stream has a receiver", cautions);
            case XIVE -> new Result(true, "both sides build XIVE, so the EAS/END tables and the thread contexts in the "
                    + "stream have a receiver; KVM masks sources (PQ=01) and syncs the queues before saving",
                    withXiveKernelNote(cautions));
            default -> new Result(true, "both sides build XICS and XIVE, and the guest's CAS choice (OV5 XIVE bit) "
                    + "in the stream re-activates the same controller after load", withDualNote(cautions));
        };
    }

    private static String mismatch(InterruptMode source, InterruptMode destination) {
        if (source == InterruptMode.DUAL) {
            return "a dual source migrates both the XICS and the XIVE state, and a " + destination.label()
                    + "-only destination has no receiver for the " + (destination == InterruptMode.XICS
                            ? "XIVE"
                            : "XICS")
                    + " part; a dual source is only safe to a dual destination";
        }
        if (destination == InterruptMode.DUAL) {
            return "the destination must be configured like the source: a " + source.label() + " source sends no "
                    + (source == InterruptMode.XICS ? "XIVE" : "XICS") + " state and no CAS choice a dual "
                    + "destination could rely on, and QEMU migrates only between identically configured machines";
        }
        return "a " + source.label() + " guest's controller state (" + (source == InterruptMode.XICS
                ? "ICS source words and ICPs"
                : "EAS/END tables and thread contexts") + ") has no receiver on a "
                + destination.label() + "-only destination, and the guest cannot change controller without a reset";
    }

    private static List<String> withXiveKernelNote(List<String> cautions) {
        List<String> out = new ArrayList<>(cautions);
        out.add("with kernel-irqchip=on both hosts need KVM_CAP_PPC_IRQ_XIVE; without it QEMU falls back to emulated "
                + "XIVE (allowed) or fails (on).");
        return out;
    }

    private static List<String> withDualNote(List<String> cautions) {
        List<String> out = withXiveKernelNote(cautions);
        out.add("dual with an in-kernel irqchip needs host kernels of Linux 5.2 or newer on both sides (the KVM "
                + "device release method that lets QEMU switch controllers at reset).");
        return out;
    }

    private static void requirePower(InterruptMode m, String side) {
        if (!m.isPower()) {
            throw new IllegalArgumentException("the " + side + " mode " + m.label() + " is not a POWER ic-mode; "
                    + "expected xics, xive or dual");
        }
    }

    static InterruptMode mode(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "xics" -> InterruptMode.XICS;
            case "xive" -> InterruptMode.XIVE;
            case "dual" -> InterruptMode.DUAL;
            default -> throw new IllegalArgumentException("ic-mode '" + text + "' is not one of xics, xive, dual");
        };
    }

    /** {major, minor} of "pseries-M.N"; null for plain "pseries" (the newest version). */
    static int[] version(String machine) {
        Matcher m = MACHINE.matcher(machine);
        if (!m.matches()) {
            throw new IllegalArgumentException("machine type '" + machine + "' is not pseries or pseries-M.N "
                    + "(e.g. pseries-5.2)");
        }
        return m.group(1) == null ? null : new int[]{Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
    }

    private static boolean before(int[] v, int major, int minor) {
        return v[0] < major || v[0] == major && v[1] < minor;
    }
}
