// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;

import org.irqscope.core.files.IrqscopeFiles;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;

/** {@code snapshot TARGET}: one read of the whole interrupt state. */
final class SnapshotCommand implements Subcommand {

    @Override
    public String name() {
        return "snapshot";
    }

    @Override
    public String synopsis() {
        return "TARGET [--format json|text|xmi] [--out FILE]   one read of the interrupt state";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope snapshot TARGET [--format json|text|xmi] [--out FILE]
                Opens TARGET (see ./irqscope targets), reads its whole interrupt state once and closes it.
                  --format json   one irqscope/1 snapshot object (docs/json-format.md), the default
                  --format text   registers in hex, one line per vCPU, source and pin
                  --format xmi    the .irqscope file format (load it in the workbench, or ./irqscope diff it)
                  --out FILE      write to FILE instead of stdout (xmi: FILE must end in .irqscope)
                Examples: ./irqscope snapshot 'soft:power9?mode=xive&vcpus=2'
                          ./irqscope snapshot kvm:x86 --format xmi --out before.irqscope
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "out");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        String uri = options.expectPositionals(1, "one TARGET, e.g. soft:power9?mode=xive").get(0);
        OutputFormat format = OutputFormat.of(options, OutputFormat.JSON,
                EnumSet.of(OutputFormat.JSON, OutputFormat.TEXT, OutputFormat.XMI));
        String outFile = options.value("out");
        if (format == OutputFormat.XMI && outFile != null && !outFile.endsWith("." + IrqscopeFiles.EXTENSION)) {
            throw new UsageException("snapshot: --out " + outFile + " must end in ." + IrqscopeFiles.EXTENSION
                    + " for --format xmi");
        }
        MachineState state;
        try (Target target = context.open(uri)) {
            state = target.read();
        }
        write(state, format, outFile == null ? null : context.resolve(outFile), context);
        return Cli.OK;
    }

    /** Writes a state in a format to a file, or to stdout when {@code file} is null. */
    static void write(MachineState state, OutputFormat format, Path file, CliContext context) throws IOException {
        if (format == OutputFormat.XMI) {
            if (file != null) {
                IrqscopeFiles.saveSnapshot(file, state);
                return;
            }
            Path tmp = Files.createTempFile("irqscope-snapshot", "." + IrqscopeFiles.EXTENSION);
            try {
                IrqscopeFiles.saveSnapshot(tmp, state);
                context.out().write(Files.readAllBytes(tmp));
                context.out().flush();
            } finally {
                Files.deleteIfExists(tmp);
            }
            return;
        }
        String text = format == OutputFormat.JSON
                ? StateJson.line(StateJson.snapshot(state)) + "\n"
                : StateText.snapshot(state);
        if (file == null) {
            context.out().print(text);
        } else {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        }
    }
}
