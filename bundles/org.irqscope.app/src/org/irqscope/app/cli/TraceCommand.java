// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.irqscope.core.journey.Hop;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.TraceLoss;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.VmThreads;
import org.irqscope.trace.tracefs.KvmTrace;
import org.irqscope.trace.tracefs.TraceException;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code trace TARGET}: the host kernel's KVM events of one VM, as one journey per interrupt. */
final class TraceCommand implements Subcommand {

    @Override
    public String name() {
        return "trace";
    }

    @Override
    public String synopsis() {
        return "TARGET [--duration S] [--script FILE] [--format json|text]   host-kernel KVM events as journeys";
    }

    @Override
    public String help() {
        return """
                usage: ./irqscope trace TARGET [--duration S] [--script FILE] [--format json|text]
                Follows the interrupts of TARGET's VM through the host kernel's KVM tracepoints (tracefs; needs
                root, or a mounted tracefs the user may write) and prints one journey per interrupt as it ends:
                raised (GSI, MSI or IPI) → routed (IOAPIC/PIC pin) → accepted by a LAPIC → injected → EOI →
                acknowledged (level pins), each hop with the kernel's timestamp. Only this VM's threads are traced.
                  --duration S    stop after S seconds (decimals allowed; default: until Ctrl-C or the VM exits)
                  --script FILE   run a session script on TARGET while tracing (the commands of 'run'), then
                                  stop; its own records are not printed
                  --format json   one object per line: "journey" objects, "lost" when the kernel dropped
                                  events, and a closing "trace-summary" (the default)
                  --format text   a line per journey and its hops below it
                Journeys still open at the end are printed with how far they got (never_eoi, never_accepted...).
                TARGET: kvm:x86 (the sandbox VM this process runs), a QEMU/KVM guest (qemu:x86?accel=kvm,
                qmp:SOCKET of a guest on this host). SoftKvm and TCG guests raise no KVM events (exit code 3).
                Everything changed in tracefs lives in a private instance, removed at the end, also after a crash
                (the next trace removes it).
                """;
    }

    @Override
    public Set<String> valueOptions() {
        return Set.of("format", "duration", "script");
    }

    @Override
    public int run(CliOptions options, CliContext context) throws Exception {
        String uri = options.expectPositionals(1, "one TARGET, e.g. kvm:x86?vcpus=2").get(0);
        OutputFormat format = OutputFormat.jsonOrText(options);
        long durationNanos = duration(options.value("duration"));
        SessionScript script = null;
        if (options.value("script") != null) {
            Path path = context.resolve(options.value("script"));
            if (!Files.isRegularFile(path)) {
                throw new UsageException("trace: script " + options.value("script") + " is not a readable file");
            }
            script = SessionScript.parse(path.getFileName().toString(), Files.readString(path,
                    StandardCharsets.UTF_8));
        }
        try (Target target = context.open(uri)) {
            VmThreads scope = target.vmThreads().orElseThrow(() -> new TargetException(
                    TargetException.Kind.UNAVAILABLE, uri + " is not a KVM guest on this host, so the host kernel "
                            + "has no events for it (SoftKvm: use 'run' with 'step'; QEMU: use accel=kvm)"));
            Printer printer = new Printer(context.out(), format);
            KvmTrace trace;
            try {
                trace = KvmTrace.start(scope, printer, KvmTrace.Options.defaults());
            } catch (TraceException e) {
                throw new TargetException(e.facilityMissing()
                        ? TargetException.Kind.UNAVAILABLE
                        : TargetException.Kind.FAILED, "trace " + uri + ": " + e.getMessage(), e);
            }
            if (format == OutputFormat.TEXT) {
                for (String note : trace.notes()) {
                    printer.text("note: " + note);
                }
            }
            AtomicBoolean summarized = new AtomicBoolean();
            Runnable finish = () -> {
                trace.close();
                if (summarized.compareAndSet(false, true)) {
                    printer.summary(trace);
                }
            };
            Thread hook = new Thread(finish, "irqscope trace: stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                if (script != null) {
                    PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
                    new ScriptSession(script, target, format, new CliContext(quiet, context.err(),
                            context.registry(), context.workingDirectory())).run();
                    // let the last interrupts end (EOI) before stopping
                    printer.awaitQuiet(trace, 200);
                } else {
                    printer.stopped.await(durationNanos, TimeUnit.NANOSECONDS);
                }
            } finally {
                finish.run();
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // exiting already; the hook finds the trace closed
                }
            }
            if (trace.stopReason() != null) {
                context.err().println("irqscope: trace stopped: " + trace.stopReason());
            }
        }
        return Cli.OK;
    }

    private static long duration(String text) throws UsageException {
        if (text == null) {
            return Long.MAX_VALUE;
        }
        double s;
        try {
            s = Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new UsageException("trace: --duration '" + text + "' is not a number of seconds");
        }
        if (!(s > 0) || s > 86_400) {
            throw new UsageException("trace: --duration " + text + " is outside 0 < S ≤ 86400 seconds");
        }
        return (long) (s * 1e9);
    }

    /** Prints what the trace reports, from the trace's thread. */
    private static final class Printer implements JourneyListener {
        private final PrintStream out;
        private final OutputFormat format;
        final CountDownLatch stopped = new CountDownLatch(1);
        private volatile long lastJourneyNanos = System.nanoTime();

        Printer(PrintStream out, OutputFormat format) {
            this.out = out;
            this.format = format;
        }

        @Override
        public void journey(Journey j) {
            lastJourneyNanos = System.nanoTime();
            if (format == OutputFormat.JSON) {
                line(StateJson.line(json(j)));
            } else {
                StringBuilder sb = new StringBuilder();
                sb.append('#').append(j.id()).append(' ').append(j.raisedBy()).append(": ")
                        .append(j.outcome().name().toLowerCase().replace('_', ' ')).append(" — ").append(j.why());
                j.injectToEoiNanos().ifPresent(ns -> sb.append(String.format(" (%s→EOI %.1f µs)",
                        j.latencyFromAcceptance() ? "accept" : "inject", ns / 1e3)));
                long t0 = j.startNanos();
                for (Hop h : j.hops()) {
                    sb.append(String.format("%n    %+10.1f µs  %-12s %s  [cpu %d, thread %d]", (h.timeNanos() - t0)
                            / 1e3, h.stage().label(), h.detail(), h.cpu(), h.thread()));
                }
                line(sb.toString());
            }
        }

        @Override
        public void lost(TraceLoss loss) {
            if (format == OutputFormat.JSON) {
                JsonObject o = header("lost");
                o.addProperty("cpu", loss.cpu());
                o.addProperty("events", loss.events());
                o.addProperty("where", loss.where());
                line(StateJson.line(o));
            } else {
                line("lost: the kernel dropped " + (loss.events() > 0 ? loss.events() + " events" : "events")
                        + " on cpu " + loss.cpu() + " (" + loss.where() + "); journeys open then are marked");
            }
        }

        @Override
        public void stopped(String reason) {
            stopped.countDown();
        }

        void text(String s) {
            line(s);
        }

        /** Waits until no journey was reported for {@code millis}, at most 5 s. */
        void awaitQuiet(KvmTrace trace, long millis) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline
                    && (System.nanoTime() - lastJourneyNanos < TimeUnit.MILLISECONDS.toNanos(millis)
                            || !trace.openJourneys().isEmpty())) {
                if (stopped.await(20, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        }

        void summary(KvmTrace trace) {
            KvmTrace.Stats s = trace.stats();
            if (format == OutputFormat.JSON) {
                JsonObject o = header("trace-summary");
                o.addProperty("journeys", s.journeys());
                o.addProperty("events", s.events());
                o.addProperty("lost_events", s.lostEvents());
                o.addProperty("empty_eois", s.emptyEois());
                o.addProperty("unmatched_eois", s.unmatchedEois());
                o.addProperty("mean_delay_ms", s.meanDelayNanos() / 1e6);
                o.addProperty("max_delay_ms", s.maxDelayNanos() / 1e6);
                JsonArray events = new JsonArray();
                trace.events().forEach(events::add);
                o.add("events_traced", events);
                JsonArray notes = new JsonArray();
                trace.notes().forEach(notes::add);
                o.add("notes", notes);
                if (trace.stopReason() != null) {
                    o.addProperty("stopped", trace.stopReason());
                }
                line(StateJson.line(o));
            } else {
                line(String.format("%d journeys from %d events; %d lost; %d EOIs with nothing in service, %d EOIs "
                        + "of vectors raised before the trace; event→journey delay mean %.2f ms, max %.2f ms",
                        s.journeys(), s.events(), s.lostEvents(), s.emptyEois(), s.unmatchedEois(),
                        s.meanDelayNanos() / 1e6, s.maxDelayNanos() / 1e6));
            }
        }

        private synchronized void line(String s) {
            out.println(s);
            out.flush();
        }

        private static JsonObject header(String kind) {
            JsonObject o = new JsonObject();
            o.addProperty("schema", "irqscope/1");
            o.addProperty("kind", kind);
            return o;
        }

        static JsonObject json(Journey j) {
            JsonObject o = header("journey");
            o.addProperty("id", j.id());
            o.addProperty("origin", j.origin().name().toLowerCase());
            o.addProperty("raised_by", j.raisedBy());
            o.addProperty("gsi", j.gsi());
            o.addProperty("vector", j.vector());
            JsonArray dest = new JsonArray();
            j.destinations().forEach(dest::add);
            o.add("destinations", dest);
            o.addProperty("outcome", j.outcome().name().toLowerCase());
            o.addProperty("why", j.why());
            o.addProperty("coalesced", j.coalesced());
            o.addProperty("near_loss", j.nearLoss());
            if (j.injectToEoiNanos().isPresent()) {
                o.addProperty("inject_to_eoi_ns", j.injectToEoiNanos().get());
                o.addProperty("latency_from", j.latencyFromAcceptance() ? "accepted" : "injected");
            } else {
                o.add("inject_to_eoi_ns", com.google.gson.JsonNull.INSTANCE);
                o.add("latency_from", com.google.gson.JsonNull.INSTANCE);
            }
            JsonArray hops = new JsonArray();
            for (Hop h : j.hops()) {
                JsonObject hop = new JsonObject();
                hop.addProperty("stage", h.stage().name().toLowerCase());
                hop.addProperty("time_ns", h.timeNanos());
                hop.addProperty("cpu", h.cpu());
                hop.addProperty("thread", h.thread());
                hop.addProperty("vcpu", h.vcpu());
                hop.addProperty("detail", h.detail());
                hops.add(hop);
            }
            o.add("hops", hops);
            return o;
        }
    }
}
