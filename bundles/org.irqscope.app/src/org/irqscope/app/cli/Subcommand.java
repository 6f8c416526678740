// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.Set;

/** One {@code ./irqscope NAME ...} command. */
interface Subcommand {

    String name();

    /** One line for the overview: the arguments. */
    String synopsis();

    /** The text of {@code ./irqscope NAME --help}. */
    String help();

    /** Options that take a value, without dashes. */
    Set<String> valueOptions();

    /** Options that take no value, without dashes ({@code --debug} and {@code --help} are always accepted). */
    default Set<String> flagOptions() {
        return Set.of();
    }

    /**
     * Runs the command; returns the exit code. Failures are thrown: {@link UsageException} (2),
     * {@link org.irqscope.core.target.TargetException} (by kind), I/O and decoding errors (1).
     */
    int run(CliOptions options, CliContext context) throws Exception;
}
