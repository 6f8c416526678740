// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.tracefs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.irqscope.core.journey.Journey;
import org.irqscope.core.journey.JourneyListener;
import org.irqscope.core.journey.TraceLoss;

/** The live tier's gate for tracing, and a listener that keeps what a trace reports. */
final class LiveTrace {
    private LiveTrace() {
    }

    /** Skips, printing why, unless this process may mount and write tracefs (root) or it is mounted writable. */
    static void assumeTracing() {
        boolean root = "root".equals(System.getProperty("user.name"));
        boolean writable = Tracefs.mounted().map(p -> Files.isWritable(p.resolve("instances"))).orElse(false);
        String why = "skipped: tracing the host kernel needs root, or a mounted tracefs this user may write "
                + "(the tracing group)";
        if (!root && !writable) {
            System.out.println(why);
        }
        assumeTrue(root || writable, why);
        assumeTrue(Files.isDirectory(Tracefs.DEFAULT_MOUNT), "skipped: this kernel has no tracing support");
    }

    static List<Path> ourInstances(Path root) throws java.io.IOException {
        try (var s = Files.list(root.resolve("instances"))) {
            return s.filter(p -> p.getFileName().toString().startsWith(KvmTrace.INSTANCE_PREFIX)).toList();
        }
    }

    static final class Recorder implements JourneyListener {
        final List<Journey> journeys = Collections.synchronizedList(new ArrayList<>());
        final List<TraceLoss> losses = Collections.synchronizedList(new ArrayList<>());
        final CountDownLatch stopped = new CountDownLatch(1);
        volatile String stopReason;

        @Override
        public void journey(Journey journey) {
            journeys.add(journey);
        }

        @Override
        public void lost(TraceLoss loss) {
            losses.add(loss);
        }

        @Override
        public void stopped(String reason) {
            stopReason = reason;
            stopped.countDown();
        }

        boolean awaitStop(long seconds) throws InterruptedException {
            return stopped.await(seconds, TimeUnit.SECONDS);
        }
    }
}
