// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.io.PrintStream;

import org.osgi.framework.FrameworkUtil;

/** Parses the command line and runs one subcommand. Exit codes: 0 ok, 1 target error, 2 usage, 3 unavailable. */
public final class Cli {
    public static final int OK = 0;
    public static final int TARGET_ERROR = 1;
    public static final int USAGE = 2;
    public static final int UNAVAILABLE = 3;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String[] args) {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            out.print(usage());
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version")) {
            out.println("irqscope " + version());
            return OK;
        }
        err.println("irqscope: unknown command '" + args[0] + "'; see ./irqscope --help");
        return USAGE;
    }

    static String version() {
        var bundle = FrameworkUtil.getBundle(Cli.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }

    static String usage() {
        return """
                usage: ./irqscope [COMMAND [ARGS]]
                  (no command)        start the irqscope workbench
                  --help              this text
                  --version           print the version
                """;
    }
}
