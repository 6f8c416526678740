// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.irqscope.core.state.MachineState;
import org.irqscope.qemu.parse.MonitorTextParser;

/** {@code parse FILE --as ...}: decodes saved QEMU monitor text into a snapshot. */
final class ParseCommand implements Subcommand {

    @Override
    public String name() {
        return "parse";
    }

    @Override
    public String synopsis() {
        return "FILE --as qemu-info-pic|qemu-info-lapic [--format json|text]   decode QEMU monitor text";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope parse FILE --as qemu-info-pic|qemu-info-lapic [--format json|text]
                Decodes the saved output of QEMU's monitor command 'info pic' (XICS, XIVE, or x86 PIC/IOAPIC) or
                'info lapic' (one or more CPUs) into an irqscope/1 snapshot, with target "file:FILE".
                FILE '-' reads stdin. Lines the parser does not know are kept as notes; a row of a known table that
                does not decode fails with its line number (exit code 1).
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "as");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        String file = options.expectPositionals(1, "one FILE (or - for stdin)").get(0);
        OutputFormat format = OutputFormat.jsonOrText(options);
        String as = options.value("as");
        if (as == null) {
            throw new UsageException("parse: --as qemu-info-pic|qemu-info-lapic is required");
        }
        if (!as.equals("qemu-info-pic") && !as.equals("qemu-info-lapic")) {
            throw new UsageException("parse: --as " + as + " is not one of qemu-info-pic|qemu-info-lapic");
        }
        String text;
        if (file.equals("-")) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
        } else {
            Path path = context.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new UsageException("parse: " + file + " is not a readable file");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
        }
        String target = "file:" + (file.equals("-") ? "stdin" : Path.of(file).getFileName().toString());
        MachineState state;
        try {
            state = as.equals("qemu-info-pic")
                    ? MonitorTextParser.parseInfoPic(text, target)
                    : MonitorTextParser.parseInfoLapic(text, target);
        } catch (org.irqscope.qemu.parse.ParseException e) {
            throw new InputException(file + ": " + e.getMessage(), e);
        }
        SnapshotCommand.write(state, format, null, context);
        return Cli.OK;
    }
}
