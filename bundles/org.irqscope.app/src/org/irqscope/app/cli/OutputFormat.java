// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** What {@code --format} selects. */
public enum OutputFormat {
    JSON, TEXT, XMI;

    /** The value of {@code --format}, or {@code fallback}; only the formats in {@code allowed} are accepted. */
    static OutputFormat of(CliOptions options, OutputFormat fallback, Set<OutputFormat> allowed)
            throws UsageException {
        String v = options.value("format");
        if (v == null) {
            return fallback;
        }
        for (OutputFormat f : allowed) {
            if (f.name().equalsIgnoreCase(v)) {
                return f;
            }
        }
        throw new UsageException("--format " + v + " is not one of "
                + allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining("|")));
    }

    static OutputFormat jsonOrText(CliOptions options) throws UsageException {
        return of(options, JSON, EnumSet.of(JSON, TEXT));
    }
}
