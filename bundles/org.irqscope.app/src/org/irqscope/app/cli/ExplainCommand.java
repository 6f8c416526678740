// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.List;
import java.util.Set;

import org.irqscope.core.explain.RouteTrace;
import org.irqscope.core.explain.RouteTracer;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;

/** {@code explain TARGET SOURCE}: one source's route, hop by hop, and where it stops. */
final class ExplainCommand implements Subcommand {

    @Override
    public String name() {
        return "explain";
    }

    @Override
    public String synopsis() {
        return "TARGET SOURCE [--format json|text]   route of one source, hop by hop, and verdict";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope explain TARGET SOURCE [--format json|text]
                Reads TARGET once and traces SOURCE (decimal or 0x-hex: a XICS/XIVE source number, or an x86
                GSI / IOAPIC pin) through the machine: XICS source, ICS, ICP, vCPU; XIVE ESB, EAS, END, TIMA, vCPU;
                x86 IOAPIC or PIC, LAPIC, vCPU. Each hop says what it holds and the rule that decides it.
                  --format json   {"schema","kind":"explain","target","source","hops":[{"stage","state","ok",
                                  "rule"}],"verdict":"delivered|pending|blocked","reason","blocking_hop"}
                  --format text   one hop per line, then the verdict
                A source the machine does not have fails with exit code 1.
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        List<String> args = options.expectPositionals(2, "TARGET SOURCE, e.g. soft:power9?mode=xics 0x1300");
        OutputFormat format = OutputFormat.jsonOrText(options);
        int source = (int) CliOptions.number("explain: SOURCE", args.get(1), 0, 0xffffff);
        MachineState state;
        try (Target target = context.open(args.get(0))) {
            state = target.read();
        }
        print(state, source, format, context);
        return Cli.OK;
    }

    /** Traces and prints; shared with the run script's explain. */
    static void print(MachineState state, int source, OutputFormat format, CliContext context)
            throws TargetException {
        RouteTrace trace = trace(state, source);
        if (format == OutputFormat.JSON) {
            context.out().println(StateJson.line(RouteJson.explain(state.target(), trace)));
        } else {
            context.out().print(trace.render());
        }
    }

    static RouteTrace trace(MachineState state, int source) throws TargetException {
        try {
            return RouteTracer.trace(state, source);
        } catch (IllegalArgumentException e) {
            throw new TargetException(TargetException.Kind.INVALID_ARGUMENT, "explain: " + e.getMessage(), e);
        }
    }
}
