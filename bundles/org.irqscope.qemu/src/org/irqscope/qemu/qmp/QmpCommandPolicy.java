// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

import java.util.Set;
import java.util.regex.Pattern;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Which QMP commands a client may send. Read-only by default: queries, {@code qom-get} of the interrupt-controller
 * properties, and {@code human-monitor-command} limited to {@code info pic}, {@code info lapic N}, {@code info irq}
 * and {@code info cpus}. Writing actions (NMI, reset, quit) need an explicit opt-in per target, because the guest
 * may be someone's production VM.
 */
public final class QmpCommandPolicy {
    private static final Set<String> QUERIES = Set.of("qmp_capabilities", "query-status", "query-version",
            "query-cpus-fast", "query-stats", "query-stats-schemas", "query-kvm", "query-machines", "query-name",
            "query-target", "query-commands", "query-hotpluggable-cpus", "x-query-irq", "x-query-numa");
    private static final Pattern HMP_READ = Pattern.compile("info (pic|irq|cpus|lapic( \\d{1,4})?)");
    /** Machine properties that say which interrupt controller runs; reading them changes nothing. */
    private static final Set<String> QOM_PROPERTIES = Set.of("ic-mode", "kernel-irqchip", "type");
    private static final Set<String> NMI = Set.of("inject-nmi");
    private static final Set<String> LIFECYCLE = Set.of("system_reset", "quit", "stop", "cont");

    private final boolean allowNmi;
    private final boolean allowLifecycle;

    private QmpCommandPolicy(boolean allowNmi, boolean allowLifecycle) {
        this.allowNmi = allowNmi;
        this.allowLifecycle = allowLifecycle;
    }

    /** Queries only: what attaching to someone else's guest allows. */
    public static QmpCommandPolicy readOnly() {
        return new QmpCommandPolicy(false, false);
    }

    /** Queries plus {@code inject-nmi}: the user opted in for this target. */
    public static QmpCommandPolicy withNmi() {
        return new QmpCommandPolicy(true, false);
    }

    /** Queries, NMI and the lifecycle commands irqscope needs for guests it launched itself (quit, reset). */
    public static QmpCommandPolicy owner() {
        return new QmpCommandPolicy(true, true);
    }

    public boolean allowsNmi() {
        return allowNmi;
    }

    public boolean allowsLifecycle() {
        return allowLifecycle;
    }

    /** Throws REFUSED when {@code command} with {@code arguments} is not allowed. */
    public void check(String command, JsonObject arguments) throws QmpException {
        if (QUERIES.contains(command)) {
            return;
        }
        if (command.equals("human-monitor-command")) {
            String line = stringArg(arguments, "command-line");
            if (line != null && HMP_READ.matcher(line.trim()).matches()) {
                return;
            }
            throw refused("human-monitor-command '" + line + "'", "only info pic, info lapic N, info irq and "
                    + "info cpus are sent");
        }
        if (command.equals("qom-get")) {
            String path = stringArg(arguments, "path");
            String property = stringArg(arguments, "property");
            if ("/machine".equals(path) && property != null && QOM_PROPERTIES.contains(property)) {
                return;
            }
            throw refused("qom-get " + path + " " + property, "only /machine ic-mode, kernel-irqchip and type are "
                    + "read");
        }
        if (NMI.contains(command)) {
            if (allowNmi) {
                return;
            }
            throw refused(command, "sending an NMI needs the per-target opt-in (nmi=allow)");
        }
        if (LIFECYCLE.contains(command)) {
            if (allowLifecycle) {
                return;
            }
            throw refused(command, "it changes the guest and only guests irqscope launched allow it");
        }
        throw refused(command, "it is not on the read-only allowlist");
    }

    private static QmpException refused(String what, String why) {
        return new QmpException(QmpException.Reason.REFUSED, "irqscope did not send " + what + ": " + why);
    }

    private static String stringArg(JsonObject arguments, String key) {
        if (arguments == null) {
            return null;
        }
        JsonElement e = arguments.get(key);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? e.getAsString() : null;
    }
}
