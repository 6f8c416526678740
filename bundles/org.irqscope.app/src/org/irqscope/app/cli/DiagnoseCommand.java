// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.List;
import java.util.Set;

import org.irqscope.core.explain.Diagnostics;
import org.irqscope.core.explain.Finding;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/** {@code diagnose TARGET}: every diagnostic rule over one read — what is stuck or inconsistent, and why. */
final class DiagnoseCommand implements Subcommand {

    @Override
    public String name() {
        return "diagnose";
    }

    @Override
    public String synopsis() {
        return "TARGET [--format json|text]   what is stuck or inconsistent in one read, why, and the fix";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope diagnose TARGET [--format json|text]
                Reads TARGET once and runs every diagnostic rule over the state: sources masked at one layer but
                configured at another, PQ stuck at 11 or left at 01, vCPUs whose CPPR or TPR holds every pending
                priority, IPIs to halted vCPUs, LAPIC vectors whose EOI never came, IOAPIC pins with a stuck remote
                IRR or no destination, and more. Each finding names the element, says what is wrong with the
                values seen, the architecture rule behind it, and the fix a writable target could apply.
                  --format json   {"schema","kind":"diagnosis","target","sequence","findings":[{"rule",
                                  "severity","element","explanation","why","fix"}]} (fix: null when none)
                  --format text   one finding per line (severity, rule, element: explanation), the rule and
                                  the fix indented below; "no findings" when the state is clean
                Rules that need a history ("held for long") see only this one read; 'watch' follows a machine.
                Exit code 0 whether or not something was found.
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        String uri = options.expectPositionals(1, "one TARGET, e.g. soft:power9?mode=xive").get(0);
        OutputFormat format = OutputFormat.jsonOrText(options);
        MachineState state;
        try (Target target = context.open(uri)) {
            state = target.read();
        }
        List<Finding> findings = Diagnostics.run(state);
        if (format == OutputFormat.JSON) {
            context.out().println(StateJson.line(json(state, findings)));
        } else {
            context.out().print(text(findings));
        }
        return Cli.OK;
    }

    static JsonObject json(MachineState state, List<Finding> findings) {
        JsonObject o = StateJson.envelope("diagnosis");
        o.addProperty("target", state.target());
        o.addProperty("sequence", state.sequence());
        JsonArray all = new JsonArray();
        for (Finding f : findings) {
            JsonObject j = new JsonObject();
            j.addProperty("rule", f.ruleId());
            j.addProperty("severity", f.severity().label());
            j.addProperty("element", f.element().toString());
            j.addProperty("explanation", f.explanation());
            j.addProperty("why", f.rule());
            if (f.fix().isPresent()) {
                j.addProperty("fix", f.fix().get().description());
            } else {
                j.add("fix", JsonNull.INSTANCE);
            }
            all.add(j);
        }
        o.add("findings", all);
        return o;
    }

    static String text(List<Finding> findings) {
        if (findings.isEmpty()) {
            return "no findings\n";
        }
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append(f).append('\n');
            sb.append("    why: ").append(f.rule()).append('\n');
            f.fix().ifPresent(fix -> sb.append("    fix: ").append(fix.description()).append('\n'));
        }
        return sb.toString();
    }
}
