// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import org.irqscope.core.state.InterruptMode;
import org.irqscope.core.state.MachineState;
import org.irqscope.core.state.RunState;
import org.irqscope.core.target.TargetCapability;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetRegistry;
import org.irqscope.qemu.qmp.FakeQmpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** QmpTarget and QemuWatch against a fake QMP server that answers with text captured from QEMU 7.2. */
class QmpTargetTest {
    @TempDir
    Path dir;

    private volatile String infoPic = fixture("pseries-dual-before-cas.info-pic.txt");
    private volatile String status = "running";

    private static String fixture(String name) {
        try (InputStream in = QmpTargetTest.class.getResourceAsStream("/org/irqscope/qemu/parse/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String answer(JsonObject c) {
        String cmd = c.get("execute").getAsString();
        return switch (cmd) {
            case "query-kvm" -> FakeQmpServer.reply(c, "{\"enabled\": false, \"present\": false}");
            case "qom-get" -> c.getAsJsonObject("arguments").get("property").getAsString().equals("ic-mode")
                    ? FakeQmpServer.reply(c, "\"dual\"")
                    : "{\"error\": {\"class\": \"GenericError\", \"desc\": \"Property not found\"}, \"id\": "
                            + c.get("id") + "}";
            case "query-status" -> FakeQmpServer.reply(c, "{\"status\": \"" + status + "\", \"running\": true}");
            case "query-cpus-fast" -> FakeQmpServer.reply(c, "[{\"cpu-index\": 0, \"target\": \"ppc64\"}, "
                    + "{\"cpu-index\": 1, \"target\": \"ppc64\"}]");
            case "human-monitor-command" -> {
                String line = c.getAsJsonObject("arguments").get("command-line").getAsString();
                String text = line.equals("info pic")
                        ? infoPic
                        : "IRQ statistics not available for pseries-7.2-machine.\r\n";
                yield FakeQmpServer.reply(c, new JsonPrimitive(text).toString());
            }
            default -> FakeQmpServer.ok(c);
        };
    }

    private TargetRegistry registry() {
        TargetRegistry r = new TargetRegistry();
        r.register(new QmpTargetProvider());
        return r;
    }

    @Test
    void readsADualGuestBeforeCasThenAfter() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(this::answer);
                QmpTarget t = (QmpTarget) registry().open("qmp:" + s.path)) {
            assertThat(t.capabilities()).containsExactly(TargetCapability.READ);
            MachineState before = t.read();
            assertThat(before.mode()).isEqualTo(InterruptMode.DUAL);
            assertThat(before.sequence()).isEqualTo(1);
            assertThat(before.vcpus()).allMatch(v -> v.runState() == RunState.RUNNING);
            assertThat(before.capabilities()).contains("qemu 7.2.22", "accel tcg", "ic-mode dual");
            infoPic = fixture("pseries-dual-booted.info-pic.txt");
            MachineState after = t.read();
            assertThat(after.mode()).isEqualTo(InterruptMode.XIVE);
            assertThat(after.sequence()).isEqualTo(2);
            assertThat(t.lastTiming().commands()).isEqualTo(4);
            assertThat(s.commands()).doesNotContain("inject-nmi", "system_reset", "quit");
        }
    }

    @Test
    void undecodableTextKeepsTheLastGoodState() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(this::answer);
                QmpTarget t = (QmpTarget) registry().open("qmp:" + s.path)) {
            MachineState good = t.read();
            infoPic = infoPic.substring(0, infoPic.indexOf("  1001 MSI") + 8);
            assertThatThrownBy(t::read).isInstanceOf(TargetException.class)
                    .hasMessageContaining("last good state is kept").hasMessageContaining("line 5");
            assertThat(t.lastGood()).contains(good);
        }
    }

    @Test
    void nmiAndFlipAreRefusedWithReasons() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(this::answer);
                QmpTarget t = (QmpTarget) registry().open("qmp:" + s.path)) {
            assertThatThrownBy(t::injectNmi).hasMessageContaining("nmi=allow")
                    .extracting(e -> ((TargetException) e).kind()).isEqualTo(TargetException.Kind.NOT_SUPPORTED);
            assertThatThrownBy(() -> t.flip(InterruptMode.XICS))
                    .hasMessageContaining("negotiated by the guest at boot")
                    .extracting(e -> ((TargetException) e).kind()).isEqualTo(TargetException.Kind.NOT_SUPPORTED);
        }
        try (FakeQmpServer s = new FakeQmpServer(dir).script(this::answer);
                QmpTarget t = (QmpTarget) registry().open("qmp:" + s.path + "?nmi=allow")) {
            t.injectNmi();
            assertThat(s.commands()).contains("inject-nmi");
        }
    }

    @Test
    void qemuGoneThenBackOnTheSameSocket() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(this::answer);
                QmpTarget t = (QmpTarget) registry().open("qmp:" + s.path)) {
            MachineState first = t.read();
            s.dropClients();
            long end = System.nanoTime() + 5_000_000_000L;
            while (t.client().isOpen() && System.nanoTime() < end) {
                Thread.sleep(10);
            }
            assertThatThrownBy(t::read).isInstanceOf(TargetException.class)
                    .hasMessageContaining("QEMU closed the QMP connection")
                    .extracting(e -> ((TargetException) e).kind()).isEqualTo(TargetException.Kind.UNAVAILABLE);
            assertThat(t.lastGood()).contains(first);
            t.reconnect();
            assertThat(t.read().sequence()).isEqualTo(2);
        }
    }

    @Test
    void badUris() {
        assertThatThrownBy(() -> registry().open("qmp:" + dir.resolve("none.sock")))
                .hasMessageContaining("does not exist")
                .extracting(e -> ((TargetException) e).kind()).isEqualTo(TargetException.Kind.UNAVAILABLE);
        assertThatThrownBy(() -> registry().open("qmp:/x.sock?nmi=maybe")).hasMessageContaining("nmi must be");
        assertThatThrownBy(() -> registry().open("qmp:/x.sock?flip=1")).hasMessageContaining("unknown parameter");
    }

    @Test
    void watchSeesCasResetAndCost() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(this::answer);
                QmpTarget t = (QmpTarget) registry().open("qmp:" + s.path)) {
            List<QemuWatch.Poll> polls = new CopyOnWriteArrayList<>();
            QemuWatch w = QemuWatch.start(t, Duration.ofHours(1), polls::add);
            try {
                waitFor(() -> polls.size() == 1);
                infoPic = fixture("pseries-dual-booted.info-pic.txt");
                w.pollOnce();
                s.broadcast("{\"timestamp\": {\"seconds\": 1, \"microseconds\": 0}, \"event\": \"RESET\", "
                        + "\"data\": {\"guest\": true, \"reason\": \"guest-reset\"}}");
                infoPic = fixture("pseries-dual-before-cas.info-pic.txt");
                Thread.sleep(100);
                w.pollOnce();
                status = "paused";
                w.pollOnce();
            } finally {
                w.close();
            }
            assertThat(polls.get(0).changes()).isEmpty();
            // XIVE adds one IPI LISN per vCPU (0 and 1) that XICS does not have as sources.
            assertThat(polls.get(1).changes()).containsExactly("mode dual -> xive", "sources 10 -> 12");
            assertThat(polls.get(2).changes()).containsExactly("guest reset (QMP RESET, guest-reset)",
                    "mode xive -> dual", "sources 12 -> 10");
            assertThat(polls.get(3).changes()).containsExactly("run state running -> paused");
            assertThat(polls).allMatch(p -> p.costMillis() > 0 && p.error() == null);
            assertThat(w.polls()).isEqualTo(4);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier c) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (!c.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.sleep(10);
        }
    }
}
