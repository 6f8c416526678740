// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.tracefs;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.TraceLoss;
import org.irqscope.core.target.VmThreads;
import org.irqscope.trace.format.EventFormat;
import org.irqscope.trace.format.EventFormatParser;
import org.irqscope.trace.format.TraceFormatException;
import org.irqscope.trace.kvm.JourneyBuilder;
import org.irqscope.trace.kvm.KvmEvent;
import org.irqscope.trace.kvm.KvmEventDecoder;
import org.irqscope.trace.ring.PageLayout;
import org.irqscope.trace.ring.RingBufferPage;

/**
 * A live trace of one VM's interrupts through the host kernel's kvm events. Everything it changes lives in its own
 * tracefs instance ({@code instances/irqscope-PID-N}: events, pid filter, clock, buffer size), so the host's global
 * tracing settings are never touched; stopping removes the instance, and unmounts tracefs if this trace mounted it.
 * An instance left by an irqscope process that died is removed by the next {@link #start} ({@link #recoverStale}).
 * <p>
 * One reader thread per host CPU reads binary ring-buffer pages from {@code trace_pipe_raw}; a correlator thread
 * merges the CPUs' events in time order (a short reorder window) and builds journeys.
 */
public final class KvmTrace implements AutoCloseable {
    public static final String INSTANCE_PREFIX = "irqscope-";
    private static final Path RUN_DIR = Path.of("/run/irqscope");
    private static final Pattern INSTANCE = Pattern.compile("irqscope-(\\d+)-(\\d+)");
    private static final AtomicLong INSTANCES = new AtomicLong();

    /**
     * @param bufferKbPerCpu ring-buffer size per CPU in the instance
     * @param reorderWindow how long an event waits for older events from other CPUs before it is correlated
     */
    public record Options(int bufferKbPerCpu, Duration reorderWindow) {
        public static Options defaults() {
            return new Options(4096, Duration.ofMillis(20));
        }
    }

    /**
     * Counters of a running trace; the delays are from a journey's last kernel event to its report, over the journeys
     * reported while tracing (not those flushed at the end).
     */
    public record Stats(long events, long journeys, long lostEvents, long emptyEois, long unmatchedEois,
            long maxDelayNanos, long meanDelayNanos) {
    }

    private final Path root;
    private final Path instance;
    private final boolean mountedByUs;
    private final VmThreads scope;
    private final JourneyListener listener;
    private final Options options;
    private final JourneyBuilder builder;
    private final KvmEventDecoder decoder;
    private final PageLayout layout;
    private final int pageSize;
    private final List<String> notes = new ArrayList<>();
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final List<Reader> readers = new ArrayList<>();
    private final Thread correlator;
    private final boolean monoClock;
    private final Map<Integer, long[]> lastStats = new LinkedHashMap<>();
    private volatile boolean stopping;
    private volatile String stopReason;
    private volatile List<Journey> openSnapshot = List.of();
    private final AtomicLong events = new AtomicLong();
    private long journeys;
    private long liveJourneys;
    private long lostEvents;
    private long maxDelay;
    private long totalDelay;
    private boolean closed;

    private KvmTrace(Path root, Path instance, boolean mountedByUs, VmThreads scope, JourneyListener listener,
            Options options, KvmEventDecoder decoder, PageLayout layout, int pageSize, boolean monoClock) {
        this.root = root;
        this.instance = instance;
        this.mountedByUs = mountedByUs;
        this.scope = scope;
        this.listener = listener;
        this.options = options;
        this.decoder = decoder;
        this.layout = layout;
        this.pageSize = pageSize;
        this.monoClock = monoClock;
        this.builder = new JourneyBuilder(this::emit);
        builder.knowVcpuThreads(scope.vcpuThreads());
        builder.routingTraced(decoder.events().contains("kvm_ioapic_set_irq"));
        this.correlator = new Thread(this::correlate, "irqscope trace: journeys");
        correlator.setDaemon(true);
    }

    /**
     * Starts tracing the VM of {@code scope}.
     *
     * @throws TraceException naming what is missing (tracefs, rights, an event) or what failed; nothing is left
     *     enabled then
     */
    public static KvmTrace start(VmThreads scope, JourneyListener listener, Options options) throws TraceException {
        boolean mountedByUs = false;
        Tracefs.mounted().ifPresent(KvmTrace::recoverStale);
        Path root = Tracefs.mounted().orElse(null);
        if (root == null) {
            root = Tracefs.mount();
            mountedByUs = true;
            markMount(root);
        }
        if (!Files.isDirectory(Path.of("/proc", Long.toString(scope.processId())))) {
            if (mountedByUs) {
                unmountOurs(root);
            }
            throw TraceException.unavailable("process " + scope.processId() + " of the VM to trace does not exist "
                    + "(the guest exited?)");
        }
        Path instance = root.resolve("instances")
                .resolve(INSTANCE_PREFIX + ProcessHandle.current().pid() + "-" + INSTANCES.incrementAndGet());
        KvmTrace trace = null;
        try {
            PageLayout layout = PageLayout.of(EventFormatParser.parseFields(
                    Tracefs.read(root.resolve("events/header_page")), "events/header_page"));
            Map<String, EventFormat> formats = new LinkedHashMap<>();
            List<String> missing = new ArrayList<>();
            for (String name : allEvents()) {
                Path f = root.resolve("events/kvm").resolve(name).resolve("format");
                if (!Files.exists(f)) {
                    missing.add(name);
                    continue;
                }
                formats.put(name, EventFormatParser.parse("kvm", Tracefs.read(f), f.toString()));
            }
            KvmEventDecoder decoder = new KvmEventDecoder(formats);
            int pageSize = pageSize(root, layout);
            try {
                Files.createDirectory(instance);
            } catch (java.nio.file.AccessDeniedException e) {
                throw TraceException.unavailable("no permission to create a tracing instance in " + root
                        + "/instances: run as root or join the tracing group that owns tracefs");
            } catch (IOException e) {
                throw TraceException.failed("creating the tracing instance " + instance + " failed: "
                        + e.getMessage(), e);
            }
            boolean mono = Tracefs.read(instance.resolve("trace_clock")).contains("mono ");
            trace = new KvmTrace(root, instance, mountedByUs, scope, listener, options, decoder, layout, pageSize,
                    mono);
            for (String m : missing) {
                trace.notes.add("this kernel has no kvm:" + m + " event: " + hopLost(m));
            }
            trace.configure(formats.keySet());
            trace.startThreads();
            return trace;
        } catch (TraceException e) {
            if (trace != null) {
                trace.close();
            } else {
                removeInstance(instance);
                if (mountedByUs) {
                    unmountOurs(root);
                }
            }
            throw e;
        } catch (TraceFormatException e) {
            removeInstance(instance);
            if (mountedByUs) {
                unmountOurs(root);
            }
            throw TraceException.unavailable(e.getMessage());
        }
    }

    private static List<String> allEvents() {
        List<String> all = new ArrayList<>(KvmEventDecoder.REQUIRED);
        Collections.sort(all);
        all.addAll(KvmEventDecoder.OPTIONAL);
        return all;
    }

    private static String hopLost(String event) {
        return switch (event) {
            case "kvm_inj_virq" -> "injection hops are not shown (latency is measured from acceptance)";
            case "kvm_ack_irq" -> "level-triggered pins' acknowledgements are not shown";
            case "kvm_set_irq", "kvm_msi_set_irq", "kvm_apic_ipi" -> "those raises show as untraced";
            default -> "its hop is not shown";
        };
    }

    private static int pageSize(Path root, PageLayout layout) throws TraceException {
        Path subbuf = root.resolve("buffer_subbuf_size_kb");
        if (Files.exists(subbuf)) {
            try {
                return Integer.parseInt(Tracefs.read(subbuf).trim()) * 1024;
            } catch (NumberFormatException e) {
                // fall through to the page size
            }
        }
        return 4096;
    }

    private void configure(Iterable<String> names) throws TraceException {
        Tracefs.write(instance.resolve("tracing_on"), "0");
        if (monoClock) {
            Tracefs.write(instance.resolve("trace_clock"), "mono");
        } else {
            notes.add("this kernel's trace clocks lack 'mono': the delay from event to journey is not measured");
        }
        Tracefs.write(instance.resolve("buffer_size_kb"), Integer.toString(options.bufferKbPerCpu()));
        if (Files.exists(instance.resolve("buffer_percent"))) {
            Tracefs.write(instance.resolve("buffer_percent"), "0");
        }
        // threads the VMM starts later inherit the filter
        Tracefs.write(instance.resolve("options/event-fork"), "1");
        StringBuilder pids = new StringBuilder();
        Path tasks = Path.of("/proc", Long.toString(scope.processId()), "task");
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                pids.append(t.getFileName()).append(' ');
            }
        } catch (IOException e) {
            throw TraceException.unavailable("cannot list the threads of process " + scope.processId() + ": "
                    + e.getMessage());
        }
        for (long pit : pitThreads(scope.processId())) {
            pids.append(pit).append(' ');
        }
        Tracefs.write(instance.resolve("set_event_pid"), pids.toString().trim());
        for (String name : names) {
            Tracefs.write(instance.resolve("events/kvm").resolve(name).resolve("enable"), "1");
        }
        Tracefs.write(instance.resolve("tracing_on"), "1");
    }

    /**
     * The kernel threads that tick a VM's in-kernel PIT ("kvm-pit/PID", PID = the VMM process): they raise the
     * VM's GSI 0 on its behalf, outside the VMM's thread group.
     */
    static List<Long> pitThreads(long vmmPid) {
        List<Long> out = new ArrayList<>();
        String name = "kvm-pit/" + vmmPid;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path p : ds) {
                try {
                    if (Files.readString(p.resolve("comm")).trim().equals(name)) {
                        out.add(Long.parseLong(p.getFileName().toString()));
                    }
                } catch (IOException e) {
                    // the task went away while we looked
                }
            }
        } catch (IOException e) {
            return out;
        }
        return out;
    }

    private void startThreads() throws TraceException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(instance.resolve("per_cpu"), "cpu*")) {
            for (Path cpuDir : ds) {
                int cpu = Integer.parseInt(cpuDir.getFileName().toString().substring(3));
                FileChannel ch = FileChannel.open(cpuDir.resolve("trace_pipe_raw"), StandardOpenOption.READ);
                readers.add(new Reader(cpu, ch));
                lastStats.put(cpu, new long[2]);
            }
        } catch (IOException | NumberFormatException e) {
            throw TraceException.failed("opening the per-CPU buffers of " + instance + " failed: " + e.getMessage(),
                    e);
        }
        readers.forEach(r -> r.thread.start());
        correlator.start();
    }

    /** What this kernel cannot report, in sentences (missing events, clock). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** The kvm events being traced. */
    public List<String> events() {
        return decoder.events();
    }

    public Path instance() {
        return instance;
    }

    /** Journeys still under way, as of the last correlation pass. */
    public List<Journey> openJourneys() {
        return openSnapshot;
    }

    public synchronized Stats stats() {
        return new Stats(events.get(), journeys, lostEvents, builder.emptyEois(), builder.unmatchedEois(), maxDelay,
                liveJourneys == 0 ? 0 : totalDelay / liveJourneys);
    }

    /** Why the trace stopped by itself (the guest exited), or null. */
    public String stopReason() {
        return stopReason;
    }

    /** Stops tracing, reports the journeys still open with how far they got, and removes the instance. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        stopping = true;
        try {
            Tracefs.write(instance.resolve("tracing_on"), "0");
        } catch (TraceException e) {
            // the instance may already be gone; the readers are stopped below either way
        }
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(500);
        for (Reader r : readers) {
            // a reader still draining data exits by itself; one blocked on an empty buffer is woken by closing
            while (r.thread.isAlive() && entries(r.cpu) > 0 && System.nanoTime() < deadline) {
                join(r.thread, 5);
            }
            r.close();
        }
        for (Reader r : readers) {
            join(r.thread);
            // what the readers could not drain in time is lost, and said so
            long unread = entries(r.cpu);
            if (unread > 0) {
                queue.add(new TraceLoss(r.cpu, unread, "unread at stop"));
            }
        }
        if (Thread.currentThread() != correlator) {
            correlator.interrupt();
            join(correlator);
        }
        synchronized (this) {
            drain(Long.MAX_VALUE);
            builder.finish();
            openSnapshot = List.of();
        }
        removeInstance(instance);
        if (mountedByUs) {
            unmountOurs(root);
        }
        listener.stopped(stopReason);
    }

    private static void join(Thread t) {
        join(t, 5000);
    }

    private static void join(Thread t, long millis) {
        try {
            t.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // ---- reading ----

    private final class Reader {
        final int cpu;
        final FileChannel channel;
        final Thread thread;

        Reader(int cpu, FileChannel channel) {
            this.cpu = cpu;
            this.channel = channel;
            this.thread = new Thread(this::run, "irqscope trace: cpu" + cpu);
            thread.setDaemon(true);
        }

        void run() {
            ByteBuffer page = ByteBuffer.allocateDirect(pageSize).order(ByteOrder.nativeOrder());
            RingBufferPage.RecordSink sink = (ts, buf, offset, length) -> {
                try {
                    KvmEvent e = decoder.decode(ts, cpu, buf, offset, length);
                    if (e != null) {
                        events.incrementAndGet();
                        queue.add(e);
                    }
                } catch (TraceFormatException ex) {
                    queue.add(new ReadFailure(cpu, ex.getMessage()));
                }
            };
            try {
                readPages(page, sink);
            } catch (ClosedChannelException e) {
                // closed by close(): the normal end
            } catch (IOException e) {
                if (!stopping) {
                    queue.add(new ReadFailure(cpu, "reading cpu" + cpu + "'s buffer failed: " + e.getMessage()));
                }
            }
        }

        private void readPages(ByteBuffer page, RingBufferPage.RecordSink sink) throws IOException {
            int idle = 0;
            while (true) {
                page.clear();
                int n = channel.read(page);
                if (n <= 0) {
                    // trace_pipe_raw answers a read with 0 bytes (end of file to Java) when the writer holds the
                    // page it would hand out, even with events waiting: that is not the end, so read again after
                    // a pause that grows while nothing comes (a blocking read waits by itself when it is empty)
                    if (stopping) {
                        return;
                    }
                    LockSupport.parkNanos(Math.min(1_000_000L, 50_000L << Math.min(idle++, 5)));
                    continue;
                }
                idle = 0;
                try {
                    long missed = RingBufferPage.decode(page, n, layout, sink);
                    if (missed != 0) {
                        queue.add(new TraceLoss(cpu, Math.max(missed, 0), "page"));
                    }
                } catch (TraceFormatException e) {
                    // one bad page costs its events, not the reader
                    queue.add(new ReadFailure(cpu, "cpu" + cpu + ": " + e.getMessage()));
                    queue.add(new TraceLoss(cpu, 0, "undecodable page"));
                }
                if (stopping && entries(cpu) == 0) {
                    return;
                }
            }
        }

        void close() {
            try {
                channel.close();
            } catch (IOException e) {
                // nothing left to release
            }
        }
    }

    private record ReadFailure(int cpu, String message) {
    }

    /** Unread entries of one CPU's buffer (per_cpu/cpuN/stats "entries"), 0 when unknown. */
    private long entries(int cpu) {
        return stat(cpu, "entries");
    }

    private long stat(int cpu, String name) {
        try {
            for (String line : Tracefs.read(instance.resolve("per_cpu/cpu" + cpu + "/stats")).split("\n")) {
                if (line.startsWith(name + ":")) {
                    return Long.parseLong(line.substring(name.length() + 1).trim());
                }
            }
        } catch (TraceException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }

    // ---- correlating ----

    private final List<KvmEvent> pending = new ArrayList<>();

    private void correlate() {
        long nextCheck = System.nanoTime();
        try {
            while (!stopping) {
                Object first = queue.poll(10, TimeUnit.MILLISECONDS);
                synchronized (this) {
                    if (first != null) {
                        take(first);
                    }
                    long now = System.nanoTime();
                    drain(monoClock ? now - options.reorderWindow().toNanos() : Long.MIN_VALUE);
                    if (now >= nextCheck) {
                        nextCheck = now + TimeUnit.SECONDS.toNanos(1);
                        checkLoss();
                        openSnapshot = builder.openJourneys();
                        if (!Files.isDirectory(Path.of("/proc", Long.toString(scope.processId())))) {
                            stopReason = "the traced VM's process " + scope.processId() + " exited";
                        }
                    }
                }
                if (stopReason != null) {
                    Thread.ofPlatform().daemon().name("irqscope trace: stop").start(this::close);
                    return;
                }
            }
        } catch (InterruptedException e) {
            // close() is finishing the trace
        }
    }

    private void take(Object o) {
        switch (o) {
            case KvmEvent e -> pending.add(e);
            case TraceLoss loss -> {
                lostEvents += loss.events();
                builder.lost();
                listener.lost(loss);
            }
            case ReadFailure f -> notes.add(f.message());
            default -> throw new IllegalStateException(o.toString());
        }
    }

    /** Feeds the builder every pending event older than {@code watermark}, in time order. */
    private void drain(long watermark) {
        Object o;
        while ((o = queue.poll()) != null) {
            take(o);
        }
        if (pending.isEmpty()) {
            return;
        }
        pending.sort((a, b) -> Long.compare(a.timeNanos(), b.timeNanos()));
        int n = 0;
        while (n < pending.size() && pending.get(n).timeNanos() <= watermark) {
            builder.accept(pending.get(n));
            n++;
        }
        if (watermark == Long.MIN_VALUE) {
            // no common clock: correlate what each poll brought, in order
            for (; n < pending.size(); n++) {
                builder.accept(pending.get(n));
            }
        }
        pending.subList(0, n).clear();
    }

    private void checkLoss() {
        for (Map.Entry<Integer, long[]> e : lastStats.entrySet()) {
            long overrun = stat(e.getKey(), "overrun");
            long dropped = stat(e.getKey(), "dropped events");
            long[] last = e.getValue();
            long lost = (overrun - last[0]) + (dropped - last[1]);
            last[0] = overrun;
            last[1] = dropped;
            if (lost > 0) {
                take(new TraceLoss(e.getKey(), lost, "stats"));
            }
        }
    }

    private void emit(Journey j) {
        journeys++;
        // the delay of journeys reported live; those flushed at the end wait for the end by definition
        if (monoClock && !stopping) {
            liveJourneys++;
            long delay = System.nanoTime() - j.endNanos();
            maxDelay = Math.max(maxDelay, delay);
            totalDelay += delay;
        }
        listener.journey(j);
    }

    // ---- leaving nothing behind ----

    private static void removeInstance(Path instance) {
        try {
            Tracefs.write(instance.resolve("tracing_on"), "0");
            Tracefs.write(instance.resolve("events/enable"), "0");
        } catch (TraceException e) {
            // removing the instance below drops its events too
        }
        for (int attempt = 0; attempt < 50; attempt++) {
            try {
                Files.deleteIfExists(instance);
                return;
            } catch (IOException e) {
                // EBUSY while a reader still holds a buffer open: try again shortly
                try {
                    Thread.sleep(20);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void markMount(Path root) {
        try {
            Files.createDirectories(RUN_DIR);
            Files.writeString(RUN_DIR.resolve("tracefs-mounted-by-" + ProcessHandle.current().pid()),
                    root.toString());
        } catch (IOException e) {
            // without the marker a crash leaves the mount in place, which is harmless
        }
    }

    private static void unmountOurs(Path root) {
        Tracefs.unmount(root);
        try {
            Files.deleteIfExists(RUN_DIR.resolve("tracefs-mounted-by-" + ProcessHandle.current().pid()));
        } catch (IOException e) {
            // the next start removes it with the stale ones
        }
    }

    /**
     * Removes what irqscope processes that no longer run left behind: their tracing instances and, when no live
     * irqscope trace remains, a tracefs mount one of them made.
     *
     * @return what was removed, in sentences
     */
    public static List<String> recoverStale(Path root) {
        List<String> removed = new ArrayList<>();
        boolean liveTraces = false;
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(root.resolve("instances"), INSTANCE_PREFIX + "*")) {
            for (Path p : ds) {
                Matcher m = INSTANCE.matcher(p.getFileName().toString());
                if (!m.matches()) {
                    continue;
                }
                long pid = Long.parseLong(m.group(1));
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    liveTraces = true;
                    continue;
                }
                removeInstance(p);
                removed.add("removed tracing instance " + p.getFileName() + " of exited process " + pid);
            }
        } catch (IOException e) {
            return removed;
        }
        if (!liveTraces && Files.isDirectory(RUN_DIR)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(RUN_DIR, "tracefs-mounted-by-*")) {
                for (Path marker : ds) {
                    long pid = Long.parseLong(marker.getFileName().toString().substring(19));
                    if (pid == ProcessHandle.current().pid()
                            || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                        continue;
                    }
                    Path mount = Path.of(Files.readString(marker).trim());
                    Tracefs.unmount(mount);
                    removed.add("unmounted tracefs at " + mount + " mounted by exited process " + pid);
                    Files.deleteIfExists(marker);
                }
            } catch (IOException | NumberFormatException e) {
                return removed;
            }
        }
        return removed;
    }
}
