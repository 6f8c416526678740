// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irqscope.core.target.TargetUri;

/**
 * The arguments of one subcommand: positional words and {@code --name value} / {@code --name=value} options. Only the
 * options a subcommand declares are accepted; {@code --debug} and {@code --help} are accepted everywhere. A lone
 * {@code --} ends the options.
 */
public final class CliOptions {
    private final String command;
    private final List<String> positionals;
    private final Map<String, String> values;
    private final Set<String> flags;

    private CliOptions(String command, List<String> positionals, Map<String, String> values, Set<String> flags) {
        this.command = command;
        this.positionals = List.copyOf(positionals);
        this.values = Map.copyOf(values);
        this.flags = Set.copyOf(flags);
    }

    /**
     * @param valueOptions options that take a value (without the leading dashes)
     * @param flagOptions options that take none
     */
    public static CliOptions parse(String command, List<String> args, Set<String> valueOptions,
            Set<String> flagOptions) throws UsageException {
        List<String> positionals = new ArrayList<>();
        Map<String, String> values = new LinkedHashMap<>();
        Set<String> flags = new HashSet<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (!optionsEnded && a.equals("--")) {
                optionsEnded = true;
                continue;
            }
            if (optionsEnded || !a.startsWith("--")) {
                positionals.add(a);
                continue;
            }
            String name = a.substring(2);
            String inline = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inline = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (name.equals("debug") || name.equals("help") || flagOptions.contains(name)) {
                if (inline != null) {
                    throw new UsageException(command + ": --" + name + " takes no value");
                }
                flags.add(name);
            } else if (valueOptions.contains(name)) {
                String v = inline;
                if (v == null) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(command + ": --" + name + " needs a value");
                    }
                    v = args.get(++i);
                }
                if (values.containsKey(name)) {
                    throw new UsageException(command + ": --" + name + " is given twice");
                }
                values.put(name, v);
            } else {
                throw new UsageException(command + ": unknown option --" + name + "; see ./irqscope " + command
                        + " --help");
            }
        }
        return new CliOptions(command, positionals, values, flags);
    }

    public String command() {
        return command;
    }

    public List<String> positionals() {
        return positionals;
    }

    /** Exactly {@code count} positional words, else a usage error naming {@code what}. */
    public List<String> expectPositionals(int count, String what) throws UsageException {
        if (positionals.size() != count) {
            throw new UsageException(command + ": expected " + what + (positionals.size() > count
                    ? "; unexpected '" + positionals.get(count) + "'"
                    : ""));
        }
        return positionals;
    }

    public String value(String name) {
        return values.get(name);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    /** An integer option in decimal or 0x-hex within [min, max], or {@code fallback} when absent. */
    public long number(String name, long fallback, long min, long max) throws UsageException {
        String v = values.get(name);
        if (v == null) {
            return fallback;
        }
        return number(command + ": --" + name, v, min, max);
    }

    /** Parses a decimal or 0x-hex number within [min, max]; the message starts with {@code what}. */
    public static long number(String what, String text, long min, long max) throws UsageException {
        long n;
        try {
            n = text.startsWith("0x") || text.startsWith("0X")
                    ? Long.parseLong(text.substring(2), 16)
                    : Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " '" + text + "' is not a number (decimal or 0x-hex)");
        }
        if (n < min || n > max) {
            throw new UsageException(what + " " + text + " is outside " + min + ".." + max);
        }
        return n;
    }

    /** A source, vCPU or priority number as users type it, through {@link TargetUri#parseNumber}. */
    public static int intNumber(String what, String text) throws UsageException {
        try {
            return TargetUri.parseNumber(text);
        } catch (NumberFormatException e) {
            throw new UsageException(what + " '" + text + "' is not a number (decimal or 0x-hex)");
        }
    }
}
