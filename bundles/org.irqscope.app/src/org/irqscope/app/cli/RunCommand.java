// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.irqscope.core.target.Target;

/** {@code run TARGET --script FILE}: one session on one target, many steps. */
final class RunCommand implements Subcommand {

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String synopsis() {
        return "TARGET --script FILE [--format json|text]   one session, many steps";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope run TARGET --script FILE [--format json|text]
                Opens TARGET once and runs the commands of FILE ('-' reads stdin) in order, one command a line,
                '#' starts a comment. Numbers are decimal or 0x-hex.
                  inject SOURCE [edge|assert|deassert|msi]     raise a source (default edge)
                  ipi VCPU PRIORITY                            an IPI to VCPU (XICS MFRR / XIVE priority)
                  configure SOURCE [priority=P] [server=S] [masked=true|false]
                  cppr VCPU VALUE                              set XICS/XIVE CPPR or LAPIC TPR
                  hold-eoi VCPU VECTOR|off                     x86 sandbox: the guest skips that vector's EOI
                                                               (the sandbox guest program holds it on every vCPU)
                  step [N]                                     run N routing hops (SoftKvm)
                  run-guest MILLISECONDS                       let the guest run
                  flip xics|xive                               switch the interrupt mode (SoftKvm dual)
                  pause | resume                               stop / restart the vCPUs
                  snapshot                                     print the state (irqscope/1 snapshot object)
                  explain SOURCE                               print SOURCE's route and verdict
                  save FILE.irqscope                           save the state as an .irqscope file
                  esb SOURCE get|eoi|set-pq-00|set-pq-01|set-pq-10|set-pq-11|trigger   (XIVE)
                  tima VCPU ack|cppr VALUE|pending PRIORITY    (XIVE) prints the value and the OS ring after
                The whole script is checked before TARGET is opened (exit code 2 with the line on a mistake).
                With --format json every command prints one object per line with "kind" (the command) and
                "line"; snapshot and explain print their full objects. The first command the target cannot do stops
                the session with "FILE line N: COMMAND: why" on stderr (exit 1, or 3 if a facility is gone), and
                the target is closed.
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "script");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        String uri = options.expectPositionals(1, "one TARGET and --script FILE").get(0);
        OutputFormat format = OutputFormat.jsonOrText(options);
        String file = options.value("script");
        if (file == null) {
            throw new UsageException("run: --script FILE is required");
        }
        String text;
        String name;
        if (file.equals("-")) {
            text = new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            name = "stdin";
        } else {
            Path path = context.resolve(file);
            if (!Files.isRegularFile(path)) {
                throw new UsageException("run: script " + file + " is not a readable file");
            }
            text = Files.readString(path, StandardCharsets.UTF_8);
            name = path.getFileName().toString();
        }
        SessionScript script = SessionScript.parse(name, text);
        try (Target target = context.open(uri)) {
            new ScriptSession(script, target, format, context).run();
        }
        return Cli.OK;
    }
}
