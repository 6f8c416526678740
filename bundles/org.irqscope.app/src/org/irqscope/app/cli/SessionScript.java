// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A {@code run} script: one command a line, {@code #} starts a comment. The whole script is checked before the
 * target is opened, so a typo on line 40 does not leave 39 commands' worth of half-done session behind.
 */
public record SessionScript(String name, List<Step> steps) {

    /** The commands and the argument forms they take; the usage line is quoted in errors. */
    static final Map<String, String> COMMANDS = Map.ofEntries(
            Map.entry("inject", "inject SOURCE [edge|assert|deassert|msi]"),
            Map.entry("ipi", "ipi VCPU PRIORITY"),
            Map.entry("configure", "configure SOURCE [priority=P] [server=S] [masked=true|false]"),
            Map.entry("cppr", "cppr VCPU VALUE"),
            Map.entry("hold-eoi", "hold-eoi VCPU VECTOR|off"),
            Map.entry("step", "step [N]"),
            Map.entry("run-guest", "run-guest MILLISECONDS"),
            Map.entry("flip", "flip xics|xive"),
            Map.entry("pause", "pause"),
            Map.entry("resume", "resume"),
            Map.entry("snapshot", "snapshot"),
            Map.entry("explain", "explain SOURCE"),
            Map.entry("save", "save FILE"),
            Map.entry("esb", "esb SOURCE get|eoi|set-pq-00|set-pq-01|set-pq-10|set-pq-11|trigger"),
            Map.entry("tima", "tima VCPU ack|cppr VALUE|pending PRIORITY"));

    static final Set<String> ESB_OPS = Set.of("get", "eoi", "set-pq-00", "set-pq-01", "set-pq-10", "set-pq-11",
            "trigger");

    public SessionScript {
        steps = List.copyOf(steps);
    }

    /**
     * One checked command.
     *
     * @param line 1-based line number in the script
     * @param text the command as written (without comment)
     * @param command the command word
     * @param numbers the numeric arguments in order (sources, vCPUs, priorities, counts)
     * @param word the non-numeric argument, if any (edge, xive, get, ack, a file name, ...)
     * @param configuration for {@code configure}: the priority/server/masked given
     */
    public record Step(int line, String text, String command, List<Long> numbers, String word,
            Configuration configuration) {
        public Step {
            numbers = List.copyOf(numbers);
        }

        int number(int i) {
            return numbers.get(i).intValue();
        }

        /** "line 4: flip xive" — how errors name a step. */
        String where(String script) {
            return script + " line " + line + ": " + text;
        }
    }

    /** The optional parts of a {@code configure} line. */
    public record Configuration(OptionalInt priority, OptionalInt server, Optional<Boolean> masked) {
        static final Configuration NONE = new Configuration(OptionalInt.empty(), OptionalInt.empty(),
                Optional.empty());
    }

    /** Parses and checks a script; errors name the line. */
    public static SessionScript parse(String name, String text) throws UsageException {
        List<Step> steps = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String raw = lines[i];
            int hash = raw.indexOf('#');
            String body = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (body.isEmpty()) {
                continue;
            }
            steps.add(parseLine(name, i + 1, body));
        }
        if (steps.isEmpty()) {
            throw new UsageException(name + ": the script has no commands");
        }
        return new SessionScript(name, steps);
    }

    private static Step parseLine(String script, int line, String body) throws UsageException {
        String[] w = body.split("\\s+");
        String cmd = w[0].toLowerCase(Locale.ROOT);
        String where = script + " line " + line + ": ";
        String form = COMMANDS.get(cmd);
        if (form == null) {
            throw new UsageException(where + "unknown command '" + w[0] + "'; known: "
                    + String.join(", ", new java.util.TreeSet<>(COMMANDS.keySet())));
        }
        List<Long> numbers = new ArrayList<>();
        String word = "";
        Configuration configuration = Configuration.NONE;
        switch (cmd) {
            case "inject" -> {
                arity(where, form, w, 2, 3);
                numbers.add(num(where, "SOURCE", w[1], 0, 0xffffff));
                word = w.length > 2 ? oneOf(where, form, w[2], Set.of("edge", "assert", "deassert", "msi")) : "edge";
            }
            case "ipi" -> {
                arity(where, form, w, 3, 3);
                numbers.add(num(where, "VCPU", w[1], 0, 0xffff));
                numbers.add(num(where, "PRIORITY", w[2], 0, 0xff));
            }
            case "configure" -> {
                if (w.length < 3) {
                    throw new UsageException(where + "expected " + form);
                }
                numbers.add(num(where, "SOURCE", w[1], 0, 0xffffff));
                configuration = configuration(where, form, w);
            }
            case "cppr" -> {
                arity(where, form, w, 3, 3);
                numbers.add(num(where, "VCPU", w[1], 0, 0xffff));
                numbers.add(num(where, "VALUE", w[2], 0, 0xff));
            }
            case "hold-eoi" -> {
                arity(where, form, w, 3, 3);
                numbers.add(num(where, "VCPU", w[1], 0, 0xffff));
                if (w[2].equalsIgnoreCase("off")) {
                    word = "off";
                } else {
                    numbers.add(num(where, "VECTOR", w[2], 0, 0xff));
                }
            }
            case "step" -> {
                arity(where, form, w, 1, 2);
                numbers.add(w.length > 1 ? num(where, "N", w[1], 1, 1_000_000) : 1L);
            }
            case "run-guest" -> {
                arity(where, form, w, 2, 2);
                numbers.add(num(where, "MILLISECONDS", w[1], 0, 3_600_000));
            }
            case "flip" -> {
                arity(where, form, w, 2, 2);
                word = oneOf(where, form, w[1], Set.of("xics", "xive"));
            }
            case "pause", "resume", "snapshot" -> arity(where, form, w, 1, 1);
            case "explain" -> {
                arity(where, form, w, 2, 2);
                numbers.add(num(where, "SOURCE", w[1], 0, 0xffffff));
            }
            case "save" -> {
                arity(where, form, w, 2, 2);
                if (!w[1].endsWith(".irqscope")) {
                    throw new UsageException(where + "save " + w[1] + ": the file must end in .irqscope");
                }
                word = w[1];
            }
            case "esb" -> {
                arity(where, form, w, 3, 3);
                numbers.add(num(where, "SOURCE", w[1], 0, 0xffffff));
                word = oneOf(where, form, w[2], ESB_OPS);
            }
            case "tima" -> {
                arity(where, form, w, 3, 4);
                numbers.add(num(where, "VCPU", w[1], 0, 0xffff));
                word = oneOf(where, form, w[2], Set.of("ack", "cppr", "pending"));
                if (word.equals("ack")) {
                    arity(where, form, w, 3, 3);
                } else {
                    arity(where, form, w, 4, 4);
                    numbers.add(num(where, word.equals("cppr") ? "VALUE" : "PRIORITY", w[3], 0, 0xff));
                }
            }
            default -> throw new IllegalStateException("command " + cmd + " has a form but no parser");
        }
        return new Step(line, body, cmd, numbers, word, configuration);
    }

    private static Configuration configuration(String where, String form, String[] w) throws UsageException {
        OptionalInt priority = OptionalInt.empty();
        OptionalInt server = OptionalInt.empty();
        Optional<Boolean> masked = Optional.empty();
        for (int i = 2; i < w.length; i++) {
            int eq = w[i].indexOf('=');
            if (eq <= 0) {
                throw new UsageException(where + "'" + w[i] + "' is not key=value; expected " + form);
            }
            String key = w[i].substring(0, eq).toLowerCase(Locale.ROOT);
            String value = w[i].substring(eq + 1);
            switch (key) {
                case "priority" -> priority = OptionalInt.of((int) num(where, "priority", value, 0, 0xff));
                case "server" -> server = OptionalInt.of((int) num(where, "server", value, 0, 0xffff));
                case "masked" -> {
                    if (!value.equals("true") && !value.equals("false")) {
                        throw new UsageException(where + "masked=" + value + " is not true or false");
                    }
                    masked = Optional.of(Boolean.valueOf(value));
                }
                default -> throw new UsageException(where + "unknown setting '" + key + "'; expected " + form);
            }
        }
        return new Configuration(priority, server, masked);
    }

    private static void arity(String where, String form, String[] w, int min, int max) throws UsageException {
        if (w.length < min || w.length > max) {
            throw new UsageException(where + "expected " + form);
        }
    }

    private static String oneOf(String where, String form, String value, Set<String> allowed)
            throws UsageException {
        String v = value.toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new UsageException(where + "'" + value + "' is not allowed here; expected " + form);
        }
        return v;
    }

    private static long num(String where, String what, String text, long min, long max) throws UsageException {
        return CliOptions.number(where + what, text, min, max);
    }
}
