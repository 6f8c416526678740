// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.Set;

import org.irqscope.core.explain.MigrationCheck;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/** {@code migration-check}: can a POWER guest's interrupt controller migrate between two QEMU ic-modes. */
final class MigrationCheckCommand implements Subcommand {

    @Override
    public String name() {
        return "migration-check";
    }

    @Override
    public String synopsis() {
        return "--source xics|xive|dual --dest xics|xive|dual [--source-machine pseries-X.Y] [--format json|text]";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope migration-check --source xics|xive|dual --dest xics|xive|dual
                                                  [--source-machine pseries-X.Y] [--format json|text]
                Says whether a pseries guest started with QEMU's ic-mode=SOURCE can live-migrate to a machine with
                ic-mode=DEST, why, and what needs care even when it can (machine-type defaults, caps, host kernels).
                --source-machine is the machine type both sides run (pseries, pseries-5.2, ...; default: newest).
                Exit code 0 whether or not the migration can work; "ok" says which.
                  --format json   {"schema","kind":"migration-check","source","dest","source_machine","ok",
                                  "reason","cautions":[]}
                  --format text   the verdict and reason, then one caution per line
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("source", "dest", "source-machine", "format");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws UsageException {
        options.expectPositionals(0, "only options: --source MODE --dest MODE");
        OutputFormat format = OutputFormat.jsonOrText(options);
        String source = options.value("source");
        String dest = options.value("dest");
        if (source == null || dest == null) {
            throw new UsageException("migration-check: --source and --dest are required (xics, xive or dual)");
        }
        String machine = options.value("source-machine");
        MigrationCheck.Result r;
        try {
            r = MigrationCheck.check(source, dest, machine);
        } catch (IllegalArgumentException e) {
            throw new UsageException("migration-check: " + e.getMessage(), e);
        }
        if (format == OutputFormat.JSON) {
            JsonObject o = StateJson.envelope("migration-check");
            o.addProperty("source", source);
            o.addProperty("dest", dest);
            o.add("source_machine", machine == null ? JsonNull.INSTANCE : new JsonPrimitive(machine));
            o.addProperty("ok", r.ok());
            o.addProperty("reason", r.reason());
            o.add("cautions", StateJson.strings(r.cautions()));
            context.out().println(StateJson.line(o));
        } else {
            StringBuilder sb = new StringBuilder();
            sb.append(source).append(" -> ").append(dest).append(machine == null ? "" : " (" + machine + ")")
                    .append(": ").append(r.ok() ? "can migrate" : "cannot migrate").append('\n');
            sb.append("  ").append(r.reason()).append('\n');
            for (String c : r.cautions()) {
                sb.append("  caution: ").append(c).append('\n');
            }
            context.out().print(sb);
        }
        return Cli.OK;
    }
}
