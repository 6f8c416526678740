// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.irqscope.core.state.MachineState;
import org.irqscope.core.target.TargetException;
import org.irqscope.qemu.qmp.QmpEvent;

/**
 * Polls a QMP target at a fixed rate and reports, per poll, the state, what changed since the previous poll (guest
 * reset, interrupt mode change such as dual → XIVE at CAS, run state) and what the poll cost in milliseconds. Resets
 * are seen from QMP RESET events and from the mode falling back; a failed poll is reported and the watch goes on.
 */
public final class QemuWatch implements AutoCloseable {

    /**
     * One poll.
     *
     * @param number 1 for the first poll
     * @param state the state read, or the last good one when {@code error} is set
     * @param costMillis wall time of the whole poll (QMP round trips + decoding)
     * @param changes what changed since the previous poll, in the user's words; empty when nothing did
     * @param error why the poll failed, or null
     */
    public record Poll(long number, MachineState state, double costMillis, List<String> changes, String error) {
        public Poll {
            changes = List.copyOf(changes);
        }
    }

    private final QmpTarget target;
    private final Consumer<Poll> listener;
    private final ScheduledExecutorService timer;
    private final AutoCloseable eventSubscription;
    private final AtomicReference<String> pendingReset = new AtomicReference<>();
    private volatile boolean closing;
    private MachineState previous;
    private long polls;
    private double totalCost;
    private double maxCost;

    private QemuWatch(QmpTarget target, Consumer<Poll> listener) {
        this.target = target;
        this.listener = listener;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "qemu-watch " + target.uri());
            t.setDaemon(true);
            return t;
        });
        this.eventSubscription = target.client().addEventListener(this::onEvent);
    }

    /** Starts polling every {@code period}. */
    public static QemuWatch start(QmpTarget target, Duration period, Consumer<Poll> listener) {
        if (period.toMillis() < 10) {
            throw new IllegalArgumentException("a watch polls at most 100 times per second, not every "
                    + period.toMillis() + " ms");
        }
        QemuWatch w = new QemuWatch(target, listener);
        w.timer.scheduleAtFixedRate(w::pollOnce, 0, period.toMillis(), TimeUnit.MILLISECONDS);
        return w;
    }

    private void onEvent(QmpEvent e) {
        if (e.name().equals("RESET")) {
            String reason = e.data().has("reason") ? e.data().get("reason").getAsString() : "reset";
            pendingReset.set("guest reset (QMP RESET, " + reason + ")");
        } else if (e.name().equals("SHUTDOWN")) {
            pendingReset.set("guest shut down (QMP SHUTDOWN)");
        }
    }

    /** One poll, run on the watch thread (package-visible so tests can drive it). */
    synchronized void pollOnce() {
        long t0 = System.nanoTime();
        List<String> changes = new ArrayList<>();
        String error = null;
        MachineState now;
        try {
            now = target.read();
        } catch (TargetException e) {
            error = e.getMessage();
            now = previous;
        } catch (RuntimeException e) {
            error = "the poll failed: " + e;
            now = previous;
        }
        double cost = (System.nanoTime() - t0) / 1e6;
        if (closing && error != null) {
            // The watch was closed while this poll ran; its failure is the shutdown, not the guest.
            return;
        }
        String reset = pendingReset.getAndSet(null);
        if (reset != null) {
            changes.add(reset);
        }
        if (error == null && previous != null) {
            if (now.mode() != previous.mode()) {
                changes.add("mode " + previous.mode().label() + " -> " + now.mode().label());
            }
            if (now.vcpus().size() != previous.vcpus().size()) {
                changes.add("vCPUs " + previous.vcpus().size() + " -> " + now.vcpus().size());
            }
            if (now.sources().size() != previous.sources().size()) {
                changes.add("sources " + previous.sources().size() + " -> " + now.sources().size());
            }
            if (!now.vcpus().isEmpty() && !previous.vcpus().isEmpty()
                    && now.vcpus().get(0).runState() != previous.vcpus().get(0).runState()) {
                changes.add("run state " + previous.vcpus().get(0).runState().label() + " -> "
                        + now.vcpus().get(0).runState().label());
            }
        }
        if (error == null) {
            previous = now;
        }
        polls++;
        totalCost += cost;
        maxCost = Math.max(maxCost, cost);
        listener.accept(new Poll(polls, now, cost, changes, error));
    }

    public synchronized long polls() {
        return polls;
    }

    public synchronized double meanCostMillis() {
        return polls == 0 ? 0 : totalCost / polls;
    }

    public synchronized double maxCostMillis() {
        return maxCost;
    }

    @Override
    public void close() {
        closing = true;
        // Let a poll in flight finish: interrupting it would report a failure that did not happen.
        timer.shutdown();
        try {
            if (!timer.awaitTermination(5, TimeUnit.SECONDS)) {
                timer.shutdownNow();
            }
            eventSubscription.close();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // Unsubscribing from a list cannot fail; nothing else is held.
        }
    }
}
