// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.irqscope.core.diff.SnapshotDiff;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;

import com.google.gson.JsonObject;

/** {@code watch TARGET}: reads the state again and again, one JSON object per line. */
final class WatchCommand implements Subcommand {

    @Override
    public String name() {
        return "watch";
    }

    @Override
    public String synopsis() {
        return "TARGET [--interval MS] [--count N] [--format json|text]   read repeatedly";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope watch TARGET [--interval MS] [--count N] [--format json|text]
                Opens TARGET and reads its interrupt state every MS milliseconds (default 1000), N times
                (default: until interrupted with Ctrl-C; the target is closed either way).
                  --format json   one irqscope/1 snapshot object per line (JSON lines), the default
                  --format text   the first state in full, then per read the changes since the previous one
                Stops early, with exit code 0, when stdout is closed (e.g. piped into head).
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "interval", "count");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        String uri = options.expectPositionals(1, "one TARGET, e.g. kvm:x86?vcpus=2").get(0);
        OutputFormat format = OutputFormat.jsonOrText(options);
        long interval = options.number("interval", 1000, 0, 3_600_000);
        long count = options.number("count", 0, 0, Long.MAX_VALUE);
        Target target = context.open(uri);
        AtomicBoolean closed = new AtomicBoolean();
        Runnable closeOnce = () -> {
            if (closed.compareAndSet(false, true)) {
                target.close();
            }
        };
        Thread hook = new Thread(closeOnce, "irqscope watch: close " + uri);
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            MachineState previous = null;
            for (long i = 0; count == 0 || i < count; i++) {
                if (i > 0 && interval > 0) {
                    Thread.sleep(interval);
                }
                MachineState state = target.read();
                if (format == OutputFormat.JSON) {
                    JsonObject o = StateJson.snapshot(state);
                    context.out().println(StateJson.line(o));
                } else if (previous == null) {
                    context.out().print(StateText.snapshot(state));
                } else {
                    context.out().print(SnapshotDiff.between(previous, state).toText());
                }
                context.out().flush();
                if (context.out().checkError()) {
                    break;
                }
                previous = state;
            }
        } finally {
            closeOnce.run();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is already exiting: the hook runs (and finds the target closed)
            }
        }
        return Cli.OK;
    }
}
