// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetRegistry;

/**
 * Parses the command line and runs one subcommand. Exit codes: 0 ok, 1 the target (or an input file) reported an
 * error, 2 usage error, 3 target unavailable here. Errors are one line on stderr; {@code --debug} adds the stack
 * trace. No OSGi here, so the whole CLI is testable as plain Java.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int TARGET_ERROR = 1;
    public static final int USAGE = 2;
    public static final int UNAVAILABLE = 3;

    private final PrintStream out;
    private final PrintStream err;
    private final TargetRegistry registry;
    private final Path workingDirectory;
    private final Map<String, Subcommand> commands = new LinkedHashMap<>();
    private String version = "development";

    public Cli(PrintStream out, PrintStream err) {
        this(out, err, TargetRegistry.shared(), Path.of("").toAbsolutePath());
    }

    /** For tests: another registry and working directory. */
    public Cli(PrintStream out, PrintStream err, TargetRegistry registry, Path workingDirectory) {
        this.out = out;
        this.err = err;
        this.registry = registry;
        this.workingDirectory = workingDirectory;
        for (Subcommand c : CliCommands.all()) {
            commands.put(c.name(), c);
        }
    }

    /** The version {@code --version} prints (the application passes its bundle version). */
    public Cli withVersion(String v) {
        this.version = v;
        return this;
    }

    public int run(String[] args) {
        boolean debug = Arrays.asList(args).contains("--debug");
        try {
            return dispatch(args);
        } catch (Exception | LinkageError e) {
            return fail(e, debug);
        }
    }

    private int dispatch(String[] args) throws Exception {
        if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            if (args.length > 1 && commands.containsKey(args[1])) {
                out.print(commands.get(args[1]).help());
                return OK;
            }
            out.print(usage());
            return args.length == 0 ? USAGE : OK;
        }
        if (args[0].equals("--version")) {
            out.println("irqscope " + version);
            return OK;
        }
        Subcommand command = commands.get(args[0]);
        if (command == null) {
            throw new UsageException("unknown command '" + args[0] + "'; see ./irqscope --help");
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        CliOptions options = CliOptions.parse(command.name(), rest, command.valueOptions(), command.flagOptions());
        if (options.flag("help")) {
            out.print(command.help());
            return OK;
        }
        return command.run(options, new CliContext(out, err, registry, workingDirectory));
    }

    private int fail(Throwable e, boolean debug) {
        out.flush();
        err.println("irqscope: " + message(e));
        if (debug) {
            e.printStackTrace(err);
        }
        return exitCode(e);
    }

    /** The exit code for a failure: by the kind of target error, else usage (2) or error (1). */
    static int exitCode(Throwable e) {
        Throwable t = e;
        while (t instanceof ScriptException && t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof UsageException) {
            return USAGE;
        }
        if (t instanceof TargetException te) {
            return te.kind() == TargetException.Kind.UNAVAILABLE ? UNAVAILABLE : TARGET_ERROR;
        }
        return TARGET_ERROR;
    }

    /** One line: the message, and the cause's where it adds something. */
    static String message(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        if (e instanceof RuntimeException || e instanceof LinkageError) {
            m = "internal error: " + e.getClass().getSimpleName() + ": " + m + " (run with --debug for details)";
        }
        Throwable c = e.getCause();
        if (c != null && c.getMessage() != null && !m.contains(c.getMessage()) && !(e instanceof ScriptException)) {
            m = m + ": " + c.getMessage();
        }
        return m.replace("\r", "").replace('\n', ' ').strip();
    }

    String usage() {
        StringBuilder sb = new StringBuilder();
        sb.append("usage: ./irqscope [COMMAND [ARGS]]\n");
        sb.append("  (no command)        start the irqscope workbench\n");
        for (Subcommand c : commands.values()) {
            sb.append("  ").append(c.name()).append(' ').append(c.synopsis()).append('\n');
        }
        sb.append("  --help, help CMD    this text, or a command's (also ./irqscope CMD --help)\n");
        sb.append("  --version           print the version\n");
        sb.append("Numbers are decimal or 0x-hex. --debug adds the stack trace to an error.\n");
        sb.append("Exit codes: 0 ok, 1 the target or an input reported an error, 2 usage error, "
                + "3 target unavailable here.\n");
        return sb.toString();
    }
}
