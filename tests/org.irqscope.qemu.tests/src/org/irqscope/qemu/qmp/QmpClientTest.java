// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class QmpClientTest {
    private static final Duration T = Duration.ofSeconds(2);

    @TempDir
    Path dir;

    @Test
    void handshakeVersionAndHmp() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(c -> c.get("execute").getAsString()
                .equals("human-monitor-command")
                        ? FakeQmpServer.reply(c, "\"irqchip: emulated\\r\\n\"")
                        : FakeQmpServer.ok(c));
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            assertThat(q.qemuVersion()).isEqualTo("7.2.22");
            assertThat(q.hmp("info pic", T)).isEqualTo("irqchip: emulated\r\n");
            assertThat(s.commands()).containsExactly("qmp_capabilities", "human-monitor-command");
            // replies are matched by order: an id would cost QEMU time on every command
            assertThat(s.received.get(1).has("id")).isFalse();
        }
    }

    @Test
    void readOnlyClientSendsNothingOutsideTheAllowlist() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir);
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            for (String cmd : List.of("system_reset", "quit", "inject-nmi", "stop", "cont", "qom-set",
                    "device_add", "migrate", "x-exit-preconfig")) {
                assertThatThrownBy(() -> q.execute(cmd, null, T)).isInstanceOf(QmpException.class)
                        .extracting(e -> ((QmpException) e).reason()).isEqualTo(QmpException.Reason.REFUSED);
            }
            for (String line : List.of("system_reset", "info registers", "info pic; quit", "nmi", "info lapic x",
                    "info pic\nquit")) {
                assertThatThrownBy(() -> q.hmp(line, T)).isInstanceOf(QmpException.class)
                        .hasMessageContaining("did not send");
            }
            JsonObject set = new JsonObject();
            set.addProperty("path", "/machine");
            set.addProperty("property", "dumpdtb");
            assertThatThrownBy(() -> q.execute("qom-get", set, T)).hasMessageContaining("did not send qom-get");
            q.execute("query-status", null, T);
            q.hmp("info lapic 1", T);
            assertThat(s.commands()).containsExactly("qmp_capabilities", "query-status", "human-monitor-command");
        }
    }

    @Test
    void nmiNeedsOptIn() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir);
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.withNmi(), T)) {
            q.execute("inject-nmi", null, T);
            assertThatThrownBy(() -> q.execute("system_reset", null, T)).hasMessageContaining("did not send");
            assertThat(s.commands()).containsExactly("qmp_capabilities", "inject-nmi");
        }
    }

    @Test
    void eventsReachListeners() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir);
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            List<QmpEvent> got = new CopyOnWriteArrayList<>();
            CountDownLatch two = new CountDownLatch(2);
            q.addEventListener(e -> {
                got.add(e);
                two.countDown();
            });
            s.broadcast("{\"timestamp\": {\"seconds\": 10, \"microseconds\": 5}, \"event\": \"STOP\"}");
            s.broadcast("{\"timestamp\": {\"seconds\": 11, \"microseconds\": 0}, \"event\": \"RESET\", "
                    + "\"data\": {\"guest\": true, \"reason\": \"guest-reset\"}}");
            assertThat(two.await(2, TimeUnit.SECONDS)).isTrue();
            assertThat(got).extracting(QmpEvent::name).containsExactly("STOP", "RESET");
            assertThat(got.get(0).timestampMicros()).isEqualTo(10_000_005L);
            assertThat(got.get(1).data().get("reason").getAsString()).isEqualTo("guest-reset");
        }
    }

    @Test
    @Timeout(20)
    void concurrentCallersEachGetTheirOwnReply() throws Exception {
        // The reply echoes the command line, so a reply handed to the wrong caller shows.
        try (FakeQmpServer s = new FakeQmpServer(dir).script(c -> c.get("execute").getAsString()
                .equals("human-monitor-command")
                        ? FakeQmpServer.reply(c, c.getAsJsonObject("arguments").get("command-line").toString())
                        : FakeQmpServer.ok(c));
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            int threads = 4;
            int each = 300;
            List<String> wrong = new CopyOnWriteArrayList<>();
            List<Thread> ts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int cpu = t;
                ts.add(Thread.ofPlatform().start(() -> {
                    for (int i = 0; i < each; i++) {
                        try {
                            String asked = "info lapic " + (cpu * each + i);
                            String got = q.hmp(asked, T);
                            if (!got.equals(asked)) {
                                wrong.add(asked + " -> " + got);
                            }
                        } catch (QmpException e) {
                            wrong.add(e.getMessage());
                        }
                    }
                }));
            }
            for (Thread t : ts) {
                t.join();
            }
            assertThat(wrong).isEmpty();
            assertThat(s.commands()).hasSize(1 + threads * each);
        }
    }

    @Test
    @Timeout(20)
    void anEventBeforeTheReplyReachesListenersWhichMaySendCommands() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(c -> c.get("execute").getAsString()
                .equals("query-status")
                        ? "{\"timestamp\": {\"seconds\": 1, \"microseconds\": 0}, \"event\": \"STOP\"}\r\n"
                                + FakeQmpServer.reply(c, "{\"status\": \"paused\"}")
                        : FakeQmpServer.reply(c, "{\"qemu\": {\"major\": 7}}"));
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            List<String> seen = new CopyOnWriteArrayList<>();
            CountDownLatch heard = new CountDownLatch(1);
            q.addEventListener(e -> {
                try {
                    // a listener asking QEMU something while the command that brought the event is in flight
                    seen.add(e.name() + " " + q.execute("query-version", null, T));
                } catch (QmpException ex) {
                    seen.add(ex.getMessage());
                }
                heard.countDown();
            });
            assertThat(q.execute("query-status", null, T).getAsJsonObject().get("status").getAsString())
                    .isEqualTo("paused");
            assertThat(heard.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).containsExactly("STOP {\"qemu\":{\"major\":7}}");
            assertThat(s.commands()).containsExactly("qmp_capabilities", "query-status", "query-version");
        }
    }

    @Test
    void aSocketThatIsNotQmp() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).greeting("SSH-2.0-OpenSSH_9.2")) {
            assertThatThrownBy(() -> QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T))
                    .isInstanceOf(QmpException.class).hasMessageContaining("does not speak QMP")
                    .extracting(e -> ((QmpException) e).reason()).isEqualTo(QmpException.Reason.NOT_QMP);
        }
        try (FakeQmpServer s = new FakeQmpServer(dir).greeting("{\"hello\": 1}")) {
            assertThatThrownBy(() -> QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T))
                    .hasMessageContaining("no \"QMP\" greeting");
        }
        try (FakeQmpServer s = new FakeQmpServer(dir).greeting(null)) {
            assertThatThrownBy(() -> QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), Duration.ofMillis(300)))
                    .hasMessageContaining("no QMP greeting").hasMessageContaining("300 ms");
        }
        assertThatThrownBy(() -> QmpClient.connect(dir.resolve("absent.sock"), QmpCommandPolicy.readOnly(), T))
                .hasMessageContaining("does not exist");
    }

    @Test
    void qemuKilledMidCommand() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(c -> c.get("execute").getAsString()
                .equals("query-status") ? "CLOSE" : FakeQmpServer.ok(c));
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            List<String> closed = new CopyOnWriteArrayList<>();
            q.addCloseListener(closed::add);
            assertThatThrownBy(() -> q.execute("query-status", null, T)).isInstanceOf(QmpException.class)
                    .hasMessageContaining("QEMU closed the QMP connection")
                    .hasMessageContaining("'query-status' was waiting")
                    .extracting(e -> ((QmpException) e).reason()).isEqualTo(QmpException.Reason.CLOSED);
            assertThat(q.isOpen()).isFalse();
            assertThat(closed).hasSize(1);
            assertThatThrownBy(() -> q.execute("query-version", null, T)).hasMessageContaining("cannot send");
        }
    }

    @Test
    void timeoutThenLateReplyIsNotMistakenForTheNext() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir);
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            List<JsonObject> held = new CopyOnWriteArrayList<>();
            s.script(c -> {
                if (c.get("execute").getAsString().equals("query-stats")) {
                    held.add(c);
                    return null;
                }
                return FakeQmpServer.reply(c, "{\"status\": \"running\"}");
            });
            assertThatThrownBy(() -> q.execute("query-stats", null, Duration.ofMillis(200)))
                    .hasMessageContaining("no reply").hasMessageContaining("200 ms")
                    .extracting(e -> ((QmpException) e).reason()).isEqualTo(QmpException.Reason.TIMEOUT);
            s.broadcast(FakeQmpServer.reply(held.get(0), "{\"late\": true}"));
            JsonObject status = q.execute("query-status", null, T).getAsJsonObject();
            assertThat(status.get("status").getAsString()).isEqualTo("running");
        }
    }

    @Test
    void errorRepliesAndReconnect() throws Exception {
        try (FakeQmpServer s = new FakeQmpServer(dir).script(c -> c.get("execute").getAsString()
                .equals("x-query-irq")
                        ? "{\"error\": {\"class\": \"CommandNotFound\", \"desc\": "
                                + "\"The command x-query-irq has not been found\"}, \"id\": " + c.get("id") + "}"
                        : FakeQmpServer.ok(c));
                QmpClient q = QmpClient.connect(s.path, QmpCommandPolicy.readOnly(), T)) {
            assertThatThrownBy(() -> q.execute("x-query-irq", null, T))
                    .hasMessageContaining("CommandNotFound: The command x-query-irq has not been found")
                    .extracting(e -> ((QmpException) e).reason()).isEqualTo(QmpException.Reason.COMMAND_FAILED);
            q.reconnect();
            q.execute("query-status", null, T);
            assertThat(s.clients).hasSize(2);
            assertThat(s.commands()).containsExactly("qmp_capabilities", "x-query-irq", "qmp_capabilities",
                    "query-status");
        }
    }
}
