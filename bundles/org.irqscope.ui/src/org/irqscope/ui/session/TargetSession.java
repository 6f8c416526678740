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
import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.core.target.TargetUri;
import org.irqscope.ui.IrqscopeUi;

/**
 * The target the workbench looks at: it polls the target in a job at the poll rate, keeps the newest state and a
 * bounded history of states, and tells listeners which state to show (the newest, or one the user picked on the
 * timeline). Thread-safe; listeners are called outside the lock.
 */
public final class TargetSession {
    private static TargetSession shared;

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
