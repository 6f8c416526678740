// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.TraceLoss;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.testing.FakePower9;
import org.irqscope.testing.Journeys;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("osgi")
class TargetSessionTest {

    @Test
    void keepsTheNewestStateAndABoundedHistory() {
        TargetSession session = new TargetSession(10, 3);
        List<MachineState> heard = new ArrayList<>();
        session.addListener((shown, before) -> heard.add(shown));
        FakePower9 target = new FakePower9(InterruptMode.XIVE, 16, 2);
        session.attach(target);
        session.close();
        // attach's own poll may or may not have run; drive reads by hand from here.
        session.attach(target);
        for (int i = 0; i < 5; i++) {
            session.readOnce();
        }
        assertThat(session.history()).hasSizeLessThanOrEqualTo(3);
        assertThat(session.newest()).isSameAs(session.history().get(session.history().size() - 1));
        assertThat(heard).isNotEmpty();
        assertThat(heard.get(heard.size() - 1)).isSameAs(session.newest());
        session.close();
        assertThat(target.closed()).isTrue();
    }

    @Test
    void theStatesBeforeOneAreFoundByIdentityOldestFirst() {
        TargetSession session = new TargetSession(10, 10);
        session.attach(new FakePower9(InterruptMode.XIVE, 8, 1));
        session.close();
        session.attach(new FakePower9(InterruptMode.XIVE, 8, 1));
        for (int i = 0; i < 5; i++) {
            session.readOnce();
        }
        List<MachineState> all = session.history();
        MachineState newest = all.get(all.size() - 1);

        assertThat(session.before(newest, 2)).containsExactly(all.get(all.size() - 3), all.get(all.size() - 2));
        assertThat(session.before(all.get(1), 10)).containsExactly(all.get(0));
        assertThat(session.before(all.get(0), 10)).isEmpty();
        // an equal state that is not one of the kept ones has no history
        assertThat(session.before(new FakePower9(InterruptMode.XIVE, 8, 1).read(), 10)).isEmpty();
        session.close();
    }

    @Test
    void aPinnedStateStaysShownWhileNewOnesArrive() {
        TargetSession session = new TargetSession(10, 10);
        FakePower9 target = new FakePower9(InterruptMode.XIVE, 8, 1);
        session.attach(target);
        session.readOnce();
        session.readOnce();
        MachineState first = session.history().get(0);
        List<MachineState> heard = new ArrayList<>();
        session.addListener((shown, before) -> heard.add(shown));
        session.show(first);
        session.readOnce();
        assertThat(session.shown()).isSameAs(first);
        assertThat(heard).containsOnly(first);
        session.show(null);
        assertThat(session.shown()).isSameAs(session.newest());
        assertThat(session.followsNewest()).isTrue();
        session.close();
    }

    /** A hand-fed trace that counts how often it was closed. */
    private static KernelTrace.Starter counting(AtomicReference<JourneyListener> heard, AtomicInteger closes) {
        return (scope, listener) -> {
            heard.set(listener);
            return new KernelTrace() {
                @Override
                public List<Journey> openJourneys() {
                    return List.of();
                }

                @Override
                public List<String> notes() {
                    return List.of();
                }

                @Override
                public void close() {
                    closes.incrementAndGet();
                    // as KvmTrace does: the journeys still open are reported while closing
                    listener.journey(Journeys.neverEoi(99, 0x31, 0));
                    listener.stopped(null);
                }
            };
        };
    }

    @Test
    void theTraceStopsWithItsTargetAndKeepsWhatItReportedWhileClosing() throws Exception {
        TargetSession session = new TargetSession(10, 3);
        AtomicReference<JourneyListener> heard = new AtomicReference<>();
        AtomicInteger closes = new AtomicInteger();
        session.setTraceStarter(counting(heard, closes));
        session.attach(new FakePower9(InterruptMode.XIVE, 8, 1));
        assertThat(session.canTrace()).as("a software model has no kernel events").isFalse();

        session.attach(Journeys.traceable());
        assertThat(session.canTrace()).isTrue();
        session.startTrace();
        heard.get().journey(Journeys.msi(1, 0x31, 0, 3_000, false));
        heard.get().lost(new TraceLoss(0, 5, "page"));
        assertThat(session.journeyLog().total()).isEqualTo(1);
        session.stopTrace();
        assertThat(closes).hasValue(1);
        assertThat(session.tracing()).isFalse();
        // the journey flushed at the stop is kept, and it is a finding
        assertThat(session.journeyLog().recent()).extracting(Journey::id).containsExactly(1L, 99L);
        assertThat(session.journeyLog().lostEvents()).isEqualTo(5);
        assertThat(session.journeyFindings()).hasSize(1);
        // a stopped trace's late reports are dropped
        heard.get().journey(Journeys.msi(2, 0x31, 0, 3_000, false));
        assertThat(session.journeyLog().total()).isEqualTo(2);

        // a new target stops the trace and starts a new log
        session.startTrace();
        assertThat(session.journeyLog().total()).as("a new trace starts a new log").isZero();
        session.attach(Journeys.traceable());
        assertThat(closes).hasValue(2);
        assertThat(session.tracing()).isFalse();
        assertThat(session.journeyLog().total()).isZero();

        // closing the target stops it too
        session.startTrace();
        session.close();
        assertThat(closes).hasValue(3);
        assertThat(session.tracing()).isFalse();
        assertThat(session.canTrace()).isFalse();
    }

    @Test
    void aTraceThatEndsByItselfSaysWhy() throws Exception {
        TargetSession session = new TargetSession(10, 3);
        AtomicReference<JourneyListener> heard = new AtomicReference<>();
        AtomicInteger changes = new AtomicInteger();
        session.addListener(new SessionListener() {
            @Override
            public void stateShown(MachineState shown, MachineState before) {
            }

            @Override
            public void traceChanged() {
                changes.incrementAndGet();
            }
        });
        session.setTraceStarter(counting(heard, new AtomicInteger()));
        session.attach(Journeys.traceable());
        session.startTrace();
        int before = changes.get();
        heard.get().stopped("the guest exited");
        assertThat(session.tracing()).isFalse();
        assertThat(session.traceFailure()).isEqualTo("Tracing kernel events stopped: the guest exited");
        assertThat(changes.get()).isGreaterThan(before);
        session.close();
    }
}
