// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.List;

/** The subcommands, in the order {@code ./irqscope --help} lists them. */
final class CliCommands {

    private CliCommands() {
    }

    static List<Subcommand> all() {
        return List.of(new TargetsCommand(), new SnapshotCommand(), new WatchCommand(), new RunCommand(),
                new ExplainCommand(), new DiagnoseCommand(), new DiffCommand(), new ParseCommand(), new LessonCommand(),
                new MigrationCheckCommand(), new TraceCommand());
    }
}
