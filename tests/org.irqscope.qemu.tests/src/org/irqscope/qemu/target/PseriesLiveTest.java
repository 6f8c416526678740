// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.SourceKind;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.XicsIcp;
import org.irqscope.core.state.XiveThreadContext;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.qemu.launch.LaunchedGuest;
import org.irqscope.qemu.launch.QemuLauncher;
import org.irqscope.qemu.launch.QemuProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Boots Debian's ppc64el kernel under pseries (TCG, 2 vCPUs, no disk: Linux stops in "Waiting for root device" with
 * its interrupt controller fully configured) and checks what Linux is known to set up.
 */
@Tag("live")
class PseriesLiveTest {

    @BeforeEach
    void qemuPresent() {
        LiveQemu.assumeInstalled(QemuProfile.Machine.PSERIES);
    }

    @Test
    @Timeout(90)
    void xiveGuestRoutesEachIpiToItsOwnCpuAtPriority6() throws Exception {
        try (QemuTarget t = (QemuTarget) LiveQemu.registry().open("qemu:pseries?ic-mode=xive&kernel=debian")) {
            MachineState s = t.read();
            assertThat(s.mode()).isEqualTo(InterruptMode.XIVE);
            for (int cpu = 0; cpu < 2; cpu++) {
                SourceState ipi = s.source(cpu).orElseThrow();
                assertThat(ipi.kind()).isEqualTo(SourceKind.IPI);
                assertThat(ipi.server()).as("IPI %d server", cpu).isEqualTo(cpu);
                assertThat(ipi.priority()).isEqualTo(6);
                assertThat(ipi.masked()).isFalse();
                XiveThreadContext tc = (XiveThreadContext) s.vcpu(cpu).orElseThrow().presenter();
                assertThat(tc.vpId()).isEqualTo(0x400 + cpu);
                assertThat(tc.os().cppr()).isEqualTo(0xff);
            }
            assertThat(s.sources()).filteredOn(x -> !x.masked()).allMatch(x -> x.priority() == 6);
            assertThat(s.xiveRouter().orElseThrow().ends()).allMatch(e -> e.entries() == 16384 && e.qindex() > 0);
            System.out.printf("FIGURE first live read pseries xive: %.1f ms QMP (%d commands) + %.2f ms decode%n",
                    t.reader().lastTiming().qmpMillis(), t.reader().lastTiming().commands(),
                    t.reader().lastTiming().parseMillis());
        }
    }

    @Test
    @Timeout(90)
    void xicsGuestOpensCpprAndRunsDevicesAtPriority5() throws Exception {
        try (QemuTarget t = (QemuTarget) LiveQemu.registry().open("qemu:pseries?ic-mode=xics&kernel=debian")) {
            MachineState s = t.read();
            assertThat(s.mode()).isEqualTo(InterruptMode.XICS);
            for (int cpu = 0; cpu < 2; cpu++) {
                XicsIcp icp = (XicsIcp) s.vcpu(cpu).orElseThrow().presenter();
                assertThat(icp.cppr()).isEqualTo(0xff);
            }
            assertThat(s.sources()).filteredOn(x -> !x.masked()).isNotEmpty().allMatch(x -> x.priority() == 5);
            assertThat(s.controllers(ControllerState.IcsBlock.class)).hasSize(1);
        }
    }

    @Test
    @Timeout(60)
    void flipRelaunchesInTheOtherMode() throws Exception {
        try (QemuTarget t = (QemuTarget) LiveQemu.registry().open("qemu:pseries?ic-mode=xive")) {
            assertThat(t.capabilities()).contains(TargetCapability.FLIP);
            long firstPid = t.guest().pid();
            List<String> steps = t.flip(InterruptMode.XICS);
            assertThat(t.lastFlip().before().mode()).isEqualTo(InterruptMode.XIVE);
            assertThat(t.lastFlip().after().mode()).isEqualTo(InterruptMode.XICS);
            assertThat(t.guest().pid()).isNotEqualTo(firstPid);
            assertThat(t.profile().icMode()).isEqualTo("xics");
            assertThat(steps).anyMatch(l -> l.startsWith("before: xive")).anyMatch(l -> l.startsWith("after: xics"));
        }
    }

    @Test
    @Timeout(60)
    void watchSeesDualBecomeXiveAtCasThenReset() throws Exception {
        try (LaunchedGuest g = QemuLauncher.system().launch(QemuProfile.pseries("dual", true))) {
            QmpTarget t = new QmpTarget("qemu:pseries?ic-mode=dual", g.qmp(), Duration.ofSeconds(5));
            List<QemuWatch.Poll> polls = new CopyOnWriteArrayList<>();
            try (QemuWatch w = QemuWatch.start(t, Duration.ofMillis(100), polls::add)) {
                awaitChange(polls, "mode dual -> xive", 45);
                g.qmp().execute("system_reset", null, Duration.ofSeconds(5));
                awaitChange(polls, "mode xive -> dual", 10);
                System.out.printf("FIGURE watch 10 Hz on pseries dual (TCG, booting): %d polls, mean %.1f ms, "
                        + "max %.1f ms%n", w.polls(), w.meanCostMillis(), w.maxCostMillis());
            }
            assertThat(polls.get(0).state().mode()).isEqualTo(InterruptMode.DUAL);
            assertThat(polls).anyMatch(p -> p.changes().stream().anyMatch(c -> c.startsWith("guest reset")));
            assertThat(polls).extracting(QemuWatch.Poll::error).containsOnlyNulls();
        }
    }

    private static void awaitChange(List<QemuWatch.Poll> polls, String change, int seconds)
            throws InterruptedException {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        while (polls.stream().noneMatch(p -> p.changes().contains(change))) {
            if (System.nanoTime() > end) {
                throw new AssertionError("the watch reported no '" + change + "' within " + seconds + " s; last: "
                        + (polls.isEmpty() ? "no poll" : polls.get(polls.size() - 1)));
            }
            Thread.sleep(50);
        }
    }
}
