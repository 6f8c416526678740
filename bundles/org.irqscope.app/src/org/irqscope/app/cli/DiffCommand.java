// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.irqscope.core.diff.SnapshotDiff;
import org.irqscope.core.files.IrqscopeFiles;
import org.irqscope.core.state.MachineState;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code diff A.irqscope B.irqscope}: what changed between two saved snapshots. */
final class DiffCommand implements Subcommand {

    @Override
    public String name() {
        return "diff";
    }

    @Override
    public String synopsis() {
        return "A.irqscope B.irqscope [--format json|text]   changes between two saved snapshots";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope diff A.irqscope B.irqscope [--format json|text]
                Compares the newest snapshot in file A with the newest in file B (files written by
                ./irqscope snapshot --format xmi, a run script's save, or the workbench), by source number and
                vCPU id. Exit code 0 whether or not they differ; "identical" in the JSON says which.
                  --format json   {"schema","kind":"diff","before","after","identical","changes":[
                                  {"kind":"added|removed|changed","element","field","before","after"}]}
                  --format text   a header line, then one line per change
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        List<String> files = options.expectPositionals(2, "two files: A.irqscope B.irqscope");
        OutputFormat format = OutputFormat.jsonOrText(options);
        MachineState a = load(context.resolve(files.get(0)));
        MachineState b = load(context.resolve(files.get(1)));
        SnapshotDiff diff = SnapshotDiff.between(a, b);
        if (format == OutputFormat.TEXT) {
            context.out().print(diff.toText());
        } else {
            context.out().println(StateJson.line(json(diff)));
        }
        return Cli.OK;
    }

    private static MachineState load(Path file) throws Exception {
        if (!Files.exists(file)) {
            throw new UsageException("diff: " + file + " does not exist");
        }
        return IrqscopeFiles.loadSnapshot(file);
    }

    static JsonObject json(SnapshotDiff diff) {
        JsonObject o = StateJson.envelope("diff");
        o.add("before", side(diff.before()));
        o.add("after", side(diff.after()));
        o.addProperty("identical", diff.isEmpty());
        JsonArray changes = new JsonArray();
        for (Map<String, String> c : diff.toJson()) {
            JsonObject j = new JsonObject();
            c.forEach(j::addProperty);
            changes.add(j);
        }
        o.add("changes", changes);
        return o;
    }

    private static JsonObject side(MachineState s) {
        JsonObject o = new JsonObject();
        o.addProperty("target", s.target());
        o.addProperty("sequence", s.sequence());
        o.addProperty("captured_at_ms", s.capturedAtMillis());
        return o;
    }
}
