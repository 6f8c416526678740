// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.session;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.IPreferenceStore;
import org.irqscope.core.explain.Finding;
import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyFindings;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.JourneyLog;
import org.irqscope.core.journey.JourneyStats;
import org.irqscope.core.journey.TraceLoss;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.core.target.TargetUri;
import org.irqscope.core.target.VmThreads;
import org.irqscope.trace.tracefs.TraceException;
import org.irqscope.ui.IrqscopeUi;

/**
 * The target the workbench looks at: it polls the target in a job at the poll rate, keeps the newest state and a
 * bounded history of states, and tells listeners which state to show (the newest, or one the user picked on the
 * timeline). Thread-safe; listeners are called outside the lock.
 * <p>
 * On a target that is a KVM guest on this host it can also trace the host kernel's KVM events: the journeys the trace
 * reports go to a bounded {@link JourneyLog}, and listeners hear {@link SessionListener#journeysChanged()} on the
 * trace's thread. The trace stops when the target closes or changes.
 */
public final class TargetSession {
    private static TargetSession shared;
    /** The journeys kept for the views: the newest ten thousand (about 2 MB). */
    public static final int JOURNEYS_KEPT = 10_000;
    /** An accepted vector without an EOI for longer than this is a finding. */
    public static final long EOI_OVERDUE_NANOS = 1_000_000_000L;

    private final List<SessionListener> listeners = new CopyOnWriteArrayList<>();
    private final ArrayDeque<MachineState> history = new ArrayDeque<>();
    private final Object lock = new Object();
    private final PollJob poller = new PollJob();
    private Target target;
    private MachineState newest;
    /** The state picked on the timeline; null follows the newest. */
    private MachineState pinned;
    private int historySize;
    private volatile int pollHz;
    private volatile String lastFailure;
    /** The user has not paused the guest: each tick lets it run for one poll period before reading. */
    private volatile boolean guestRuns = true;
    /** The target said it has no guest to run (attached QEMU, files): stop asking. */
    private volatile boolean guestRunUnsupported;
    private final JourneyLog journeys = new JourneyLog(JOURNEYS_KEPT);
    private final Object traceLock = new Object();
    private volatile KernelTrace.Starter traceStarter = KernelTrace::kvm;
    /** The running trace, or null. */
    private volatile KernelTrace trace;
    /** Identifies the trace whose listener may still add journeys (a stopped trace's late reports are dropped). */
    private volatile Object traceToken;
    private volatile String traceFailure;
    /** The current target is a KVM guest on this host, so its kernel events can be traced. */
    private volatile boolean traceable;

    public TargetSession(int pollHz, int historySize) {
        this.pollHz = clamp(pollHz, 1, 50);
        this.historySize = Math.max(1, historySize);
    }

    /** The workbench's session, created with the preference values and opening the default target once. */
    public static synchronized TargetSession shared() {
        if (shared == null) {
            IPreferenceStore prefs = IrqscopeUi.preferences();
            int hz = prefs == null ? IrqscopeUi.DEFAULT_POLL_HZ : prefs.getInt(IrqscopeUi.PREF_POLL_HZ);
            int size = prefs == null ? IrqscopeUi.DEFAULT_HISTORY_SIZE : prefs.getInt(IrqscopeUi.PREF_HISTORY_SIZE);
            shared = new TargetSession(hz, size);
            if (prefs != null) {
                prefs.addPropertyChangeListener(e -> {
                    if (IrqscopeUi.PREF_POLL_HZ.equals(e.getProperty())) {
                        shared.setPollHz(prefs.getInt(IrqscopeUi.PREF_POLL_HZ));
                    } else if (IrqscopeUi.PREF_HISTORY_SIZE.equals(e.getProperty())) {
                        shared.setHistorySize(prefs.getInt(IrqscopeUi.PREF_HISTORY_SIZE));
                    }
                });
                String uri = prefs.getString(IrqscopeUi.PREF_DEFAULT_TARGET);
                if (!uri.isBlank() && providerRegistered(uri)) {
                    shared.open(uri);
                }
            }
        }
        return shared;
    }

    /** Stops the shared session's kernel event trace, if the session exists (the workbench is shutting down). */
    public static void stopSharedTrace() {
        TargetSession session;
        synchronized (TargetSession.class) {
            session = shared;
        }
        if (session != null) {
            session.stopTrace();
        }
    }

    /** True when a provider for the URI's scheme is registered (the default target is optional at start). */
    public static boolean providerRegistered(String uri) {
        try {
            String scheme = TargetUri.parse(uri).scheme();
            return TargetRegistry.shared().providers().stream().anyMatch(p -> p.scheme().equals(scheme));
        } catch (TargetException e) {
            return false;
        }
    }

    public void addListener(SessionListener listener) {
        listeners.add(listener);
    }

    public void removeListener(SessionListener listener) {
        listeners.remove(listener);
    }

    /** Opens a target through the registry in a job, replacing the current one; failures reach the listeners. */
    public Job open(String uri) {
        Job job = Job.create("Opening " + uri, monitor -> {
            try {
                attach(TargetRegistry.shared().open(uri));
            } catch (TargetException e) {
                fail("Could not open " + uri + ": " + e.getMessage(), e);
            } catch (RuntimeException e) {
                fail("Could not open " + uri + ": the target failed unexpectedly (" + e + ")", e);
            }
        });
        job.setUser(false);
        job.schedule();
        return job;
    }

    /** Makes an opened target the current one: closes the previous target, clears the history, starts polling. */
    public void attach(Target opened) {
        stopTrace();
        boolean canTrace = hasVmThreads(opened);
        Target old;
        synchronized (lock) {
            old = target;
            target = opened;
            newest = null;
            pinned = null;
            history.clear();
        }
        guestRunUnsupported = false;
        guestRuns = true;
        traceable = canTrace;
        traceFailure = null;
        journeys.clear();
        if (old != null && old != opened) {
            poller.cancel();
            old.close();
        }
        for (SessionListener l : listeners) {
            l.targetChanged(opened);
        }
        requestRead();
    }

    /** Closes the current target. */
    public void close() {
        stopTrace();
        traceable = false;
        Target old;
        synchronized (lock) {
            old = target;
            target = null;
            newest = null;
            pinned = null;
            history.clear();
        }
        poller.cancel();
        if (old != null) {
            old.close();
        }
        for (SessionListener l : listeners) {
            l.targetChanged(null);
        }
    }

    public Optional<Target> target() {
        synchronized (lock) {
            return Optional.ofNullable(target);
        }
    }

    /** True when a target is open and declares the capability. */
    public boolean can(TargetCapability capability) {
        return target().map(t -> t.capabilities().contains(capability)).orElse(false);
    }

    public MachineState newest() {
        synchronized (lock) {
            return newest;
        }
    }

    /** The state the views show: the one picked on the timeline, else the newest. */
    public MachineState shown() {
        synchronized (lock) {
            return pinned != null ? pinned : newest;
        }
    }

    public boolean followsNewest() {
        synchronized (lock) {
            return pinned == null;
        }
    }

    /** The kept states, oldest first. */
    public List<MachineState> history() {
        synchronized (lock) {
            return new ArrayList<>(history);
        }
    }

    /** Up to {@code max} kept states read just before {@code state} (found by identity), oldest first. */
    public List<MachineState> before(MachineState state, int max) {
        synchronized (lock) {
            List<MachineState> out = new ArrayList<>();
            boolean found = false;
            for (var it = history.descendingIterator(); it.hasNext() && out.size() < max;) {
                MachineState s = it.next();
                if (found) {
                    out.add(s);
                } else {
                    found = s == state;
                }
            }
            java.util.Collections.reverse(out);
            return out;
        }
    }

    /** Shows one kept state in every view (the timeline's scrub); null goes back to following the newest. */
    public void show(MachineState state) {
        MachineState before;
        MachineState now;
        synchronized (lock) {
            pinned = state;
            now = state != null ? state : newest;
            before = predecessor(now);
        }
        if (now != null) {
            for (SessionListener l : listeners) {
                l.stateShown(now, before);
            }
        }
    }

    public int pollHz() {
        return pollHz;
    }

    public void setPollHz(int hz) {
        pollHz = clamp(hz, 1, 50);
    }

    public void setHistorySize(int size) {
        synchronized (lock) {
            historySize = Math.max(1, size);
            while (history.size() > historySize) {
                history.removeFirst();
            }
        }
    }

    /** Lets the guest run between reads (true) or holds it (pause, stepping). */
    public void setGuestRuns(boolean runs) {
        guestRuns = runs;
    }

    public boolean guestRuns() {
        return guestRuns;
    }

    /** Reads now instead of at the next tick (after a command changed the target). */
    public void requestRead() {
        poller.schedule();
    }

    /** The last failure message, or null when the last read worked. */
    public String lastFailure() {
        return lastFailure;
    }

    /** Replaces how traces start (tests feed hand-made journeys without a kernel). */
    public void setTraceStarter(KernelTrace.Starter starter) {
        traceStarter = starter;
    }

    /** True when the current target is a KVM guest on this host, whose kernel events can be traced. */
    public boolean canTrace() {
        return traceable;
    }

    public boolean tracing() {
        return trace != null;
    }

    /** Why tracing failed to start or stopped by itself, in the user's words; null when it did not. */
    public String traceFailure() {
        return traceFailure;
    }

    /** What the running trace's kernel cannot report (missing events), empty when not tracing. */
    public List<String> traceNotes() {
        KernelTrace t = trace;
        return t == null ? List.of() : t.notes();
    }

    /** The journeys the trace reported, the newest {@link #JOURNEYS_KEPT}. */
    public JourneyLog journeyLog() {
        return journeys;
    }

    /** Journeys still under way in the running trace. */
    public List<Journey> openJourneys() {
        KernelTrace t = trace;
        return t == null ? List.of() : t.openJourneys();
    }

    /** The statistics of the journeys heard in the last {@code windowNanos}. */
    public JourneyStats journeyStats(long windowNanos) {
        return journeys.stats(windowNanos, System.nanoTime());
    }

    /** Findings from the kernel events: vectors accepted whose EOI never came (or is over a second late). */
    public List<Finding> journeyFindings() {
        return JourneyFindings.eoiNeverCame(journeys.recent(), openJourneys(), System.nanoTime(), EOI_OVERDUE_NANOS);
    }

    /**
     * Starts tracing the current target's kernel events (blocks while tracefs is set up: call it in a job). On failure
     * the message is kept for {@link #traceFailure()}, listeners hear {@link SessionListener#traceChanged()}, and the
     * exception is thrown for the caller to show; nothing else changes.
     */
    public void startTrace() throws TraceException {
        synchronized (traceLock) {
            if (trace != null) {
                return;
            }
            Target t = target().orElse(null);
            try {
                VmThreads scope = scope(t);
                Object token = new Object();
                journeys.clear();
                traceToken = token;
                traceFailure = null;
                trace = traceStarter.start(scope, new SessionJourneys(token));
            } catch (TraceException e) {
                traceToken = null;
                traceFailure = "Could not trace kernel events: " + e.getMessage();
                if (!e.facilityMissing()) {
                    // what the host lacks is said to the user as it is; an unexpected failure goes to the Error Log
                    IrqscopeUi.log(traceFailure, e);
                }
                fireTraceChanged();
                throw e;
            } catch (RuntimeException e) {
                traceToken = null;
                traceFailure = "Could not trace kernel events: the trace failed unexpectedly (" + e + ")";
                IrqscopeUi.log(traceFailure, e);
                fireTraceChanged();
                throw TraceException.failed(traceFailure, e);
            }
        }
        fireTraceChanged();
    }

    /** Stops the trace, if one runs; the journeys it still held arrive in the log before this returns. */
    public void stopTrace() {
        KernelTrace stopping;
        synchronized (traceLock) {
            stopping = trace;
            trace = null;
            if (stopping != null) {
                try {
                    stopping.close();
                } catch (RuntimeException e) {
                    IrqscopeUi.log("Stopping the kernel event trace failed", e);
                }
            }
            traceToken = null;
        }
        if (stopping != null) {
            fireTraceChanged();
        }
    }

    private static VmThreads scope(Target t) throws TraceException {
        if (t == null) {
            throw TraceException.unavailable("no target is open");
        }
        try {
            return t.vmThreads().orElseThrow(() -> TraceException.unavailable(t.displayName()
                    + " is not a KVM guest on this host, so it has no host-kernel events to trace"));
        } catch (TargetException e) {
            throw TraceException.unavailable("the threads of " + t.displayName() + " are unknown: " + e.getMessage());
        }
    }

    private static boolean hasVmThreads(Target t) {
        try {
            return t != null && t.vmThreads().isPresent();
        } catch (TargetException | RuntimeException e) {
            return false;
        }
    }

    private void fireTraceChanged() {
        for (SessionListener l : listeners) {
            l.traceChanged();
        }
    }

    private void fireJourneysChanged() {
        for (SessionListener l : listeners) {
            l.journeysChanged();
        }
    }

    /** Hears one trace; once that trace is no longer the session's, its reports are dropped. */
    private final class SessionJourneys implements JourneyListener {
        private final Object token;

        SessionJourneys(Object token) {
            this.token = token;
        }

        @Override
        public void journey(Journey journey) {
            if (traceToken == token) {
                journeys.add(journey, System.nanoTime());
                fireJourneysChanged();
            }
        }

        @Override
        public void lost(TraceLoss loss) {
            if (traceToken == token) {
                journeys.lost(loss);
                fireJourneysChanged();
            }
        }

        @Override
        public void stopped(String reason) {
            if (traceToken != token || reason == null) {
                // asked to stop: stopTrace() tells the listeners
                return;
            }
            // the trace ended by itself (the guest exited): say why, and let the menus follow
            traceFailure = "Tracing kernel events stopped: " + reason;
            traceToken = null;
            trace = null;
            fireTraceChanged();
        }
    }

    private MachineState predecessor(MachineState state) {
        MachineState previous = null;
        for (MachineState s : history) {
            if (s == state) {
                return previous;
            }
            previous = s;
        }
        return null;
    }

    /** Reads once; called by the poll job, and by tests that drive the session without the job. */
    void readOnce() {
        Target t = target().orElse(null);
        if (t == null) {
            return;
        }
        if (guestRuns && !guestRunUnsupported) {
            try {
                t.runGuest(1000L / pollHz);
            } catch (TargetException e) {
                guestRunUnsupported = true;
            } catch (RuntimeException e) {
                guestRunUnsupported = true;
                IrqscopeUi.log("The guest of " + t.displayName() + " failed while running; it is no longer run", e);
            }
        }
        MachineState state;
        MachineState last;
        synchronized (lock) {
            last = newest;
        }
        try {
            // sharing the unchanged records here, on the poll thread, keeps the UI thread's apply to the changes
            state = t.read().reusingUnchanged(last);
        } catch (TargetException e) {
            fail("Reading " + t.displayName() + " failed: " + e.getMessage(), e);
            return;
        } catch (RuntimeException e) {
            fail("Reading " + t.displayName() + " failed unexpectedly (" + e + ")", e);
            return;
        }
        MachineState before;
        boolean follow;
        synchronized (lock) {
            if (t != target) {
                return;
            }
            before = newest;
            newest = state;
            history.addLast(state);
            while (history.size() > historySize) {
                history.removeFirst();
            }
            follow = pinned == null;
        }
        lastFailure = null;
        if (follow) {
            for (SessionListener l : listeners) {
                l.stateShown(state, before);
            }
        }
    }

    private void fail(String message, Throwable cause) {
        // The same failure at 10 Hz would flood the Error Log: log only when the message changes.
        if (!message.equals(lastFailure)) {
            IrqscopeUi.log(message, cause);
        }
        lastFailure = message;
        for (SessionListener l : listeners) {
            l.failed(message);
        }
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    /** One read per run, rescheduled at the poll rate while a target is open. */
    private final class PollJob extends Job {
        PollJob() {
            super("Reading the target's interrupt state");
            setSystem(true);
        }

        @Override
        protected IStatus run(IProgressMonitor monitor) {
            long start = System.nanoTime();
            readOnce();
            if (!monitor.isCanceled() && target().isPresent()) {
                long spentMillis = (System.nanoTime() - start) / 1_000_000;
                long period = 1000L / pollHz;
                // A failing target is retried once a second, not at the poll rate.
                long delay = lastFailure != null ? 1000 : Math.max(0, period - spentMillis);
                schedule(delay);
            }
            return Status.OK_STATUS;
        }
    }
}
