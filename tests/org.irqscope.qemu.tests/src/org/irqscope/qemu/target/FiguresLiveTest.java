// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.irqscope.core.state.InterruptMode;
import org.irqscope.qemu.launch.DebianKernel;
import org.irqscope.qemu.launch.QemuInstallation;
import org.irqscope.qemu.launch.QemuProfile;
import org.irqscope.qemu.parse.MonitorTextParser;
import org.irqscope.qemu.qmp.QmpClient;
import org.irqscope.qemu.qmp.QmpCommandPolicy;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Figures on a booted pseries XIVE guest: QMP round trip of {@code info pic} through irqscope's client (+ decode)
 * against a bare socket exchange of the same command (QEMU's own cost), and what polling at 10 Hz costs the QEMU
 * process in CPU time. The guest gets a second QMP socket so both clients talk to the same QEMU.
 */
@Tag("live")
class FiguresLiveTest {
    @TempDir
    Path dir;

    @Test
    @Timeout(90)
    void roundTripsAndPollingOverhead() throws Exception {
        LiveQemu.assumeInstalled(QemuProfile.Machine.PSERIES);
        QemuProfile profile = QemuProfile.pseries("xive", true);
        Path kernel = DebianKernel.inUserCache().findOrFetch(QemuProfile.Machine.PSERIES);
        Path main = dir.resolve("q.sock");
        Path raw = dir.resolve("raw.sock");
        Path console = dir.resolve("console.log");
        List<String> cmd = new ArrayList<>();
        cmd.add(QemuInstallation.system().binary("qemu-system-ppc64").orElseThrow().toString());
        cmd.addAll(profile.arguments(main, console, kernel));
        cmd.addAll(List.of("-qmp", "unix:" + raw + ",server=on,wait=off"));
        Process qemu = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("out").toFile())
                .start();
        try {
            long end = System.nanoTime() + 60_000_000_000L;
            while (!(Files.exists(console) && Files.readString(console, StandardCharsets.ISO_8859_1)
                    .contains(QemuTarget.BOOTED_MARKER))) {
                assertThat(System.nanoTime()).as("guest booted within 60 s").isLessThan(end);
                assertThat(qemu.isAlive()).as("QEMU alive").isTrue();
                Thread.sleep(200);
            }
            try (QmpClient client = QmpClient.connect(main, QmpCommandPolicy.readOnly(), Duration.ofSeconds(5));
                    Bare bare = new Bare(raw)) {
                QmpTarget target = new QmpTarget("qmp:" + main, client, Duration.ofSeconds(5));
                assertThat(target.read().mode()).isEqualTo(InterruptMode.XIVE);
                // the very bytes QmpClient sends, so that the bare exchange costs QEMU exactly what the client's does
                byte[] request = "{\"execute\":\"human-monitor-command\",\"arguments\":{\"command-line\":\"info pic\"}}\n"
                        .getBytes(StandardCharsets.UTF_8);
                // the figure is for the steady state of polling: first bring the parser and client code to the
                // JIT's compiled tier (the first, cold parse is reported on its own)
                String first = client.hmp("info pic", Duration.ofSeconds(5));
                long cold = System.nanoTime();
                MonitorTextParser.parseInfoPic(first, "t");
                double coldParseMs = (System.nanoTime() - cold) / 1e6;
                for (int i = 0; i < 400; i++) {
                    bare.exchange(request);
                    MonitorTextParser.parseInfoPic(client.hmp("info pic", Duration.ofSeconds(5)), "t");
                }
                // minutes of 10 Hz polling compile the parser fully; 400 polls do not: parse the reply offline too
                for (int i = 0; i < 20_000; i++) {
                    MonitorTextParser.parseInfoPic(first, "t");
                }
                int n = 101;
                double[] bareMs = new double[n];
                double[] clientMs = new double[n];
                double[] clientParseMs = new double[n];
                double[] readMs = new double[n];
                for (int i = 0; i < n; i++) {
                    long t0 = System.nanoTime();
                    String reply = bare.exchange(request);
                    bareMs[i] = (System.nanoTime() - t0) / 1e6;
                    assertThat(reply).contains("LISN");
                    t0 = System.nanoTime();
                    String text = client.hmp("info pic", Duration.ofSeconds(5));
                    clientMs[i] = (System.nanoTime() - t0) / 1e6;
                    MonitorTextParser.parseInfoPic(text, "t");
                    clientParseMs[i] = (System.nanoTime() - t0) / 1e6;
                    t0 = System.nanoTime();
                    target.read();
                    readMs[i] = (System.nanoTime() - t0) / 1e6;
                }
                System.out.printf(
                        "FIGURE info pic round trip (median of %d, after 400 warm-up polls and 20,000 decodes): bare socket "
                                + "%.2f ms, QmpClient %.2f ms, QmpClient + decode %.2f ms (%.2f x bare), full QmpTarget.read "
                                + "(%d QMP commands) %.2f ms; the first, cold decode %.2f ms%n",
                        n, median(bareMs),
                        median(clientMs), median(clientParseMs), median(clientParseMs) / median(bareMs),
                        target.lastTiming().commands(), median(readMs), coldParseMs);

                long pid = qemu.pid();
                long window = 5000;
                long c0 = LiveQemu.cpuMillis(pid);
                Thread.sleep(window);
                long idle = LiveQemu.cpuMillis(pid) - c0;
                List<QemuWatch.Poll> polls = new CopyOnWriteArrayList<>();
                long c1;
                try (QemuWatch w = QemuWatch.start(target, Duration.ofMillis(100), polls::add)) {
                    c1 = LiveQemu.cpuMillis(pid);
                    Thread.sleep(window);
                }
                long polled = LiveQemu.cpuMillis(pid) - c1;
                double meanCost = polls.stream().mapToDouble(QemuWatch.Poll::costMillis).average().orElse(-1);
                System.out.printf("FIGURE QEMU CPU over %d s: idle guest %d ms (%.1f%% of a core), polled at 10 Hz "
                        + "%d ms (%.1f%%); %d polls, mean poll %.1f ms%n", window / 1000, idle, idle * 100.0 / window,
                        polled, polled * 100.0 / window, polls.size(), meanCost);
                assertThat(polls).extracting(QemuWatch.Poll::error).containsOnlyNulls();
                assertThat(polls.size()).as("polls in %d ms at 10 Hz", window).isGreaterThanOrEqualTo(25);
            }
        } finally {
            qemu.destroy();
            if (!qemu.waitFor(5, TimeUnit.SECONDS)) {
                qemu.destroyForcibly();
            }
        }
    }

    private static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    /** A minimal QMP peer: chunked reads, no JSON decoding; what any client must at least pay. */
    private static final class Bare implements AutoCloseable {
        final SocketChannel ch;
        final ByteBuffer buf = ByteBuffer.allocate(1 << 16);
        final java.io.ByteArrayOutputStream pending = new java.io.ByteArrayOutputStream();

        Bare(Path socket) throws IOException {
            ch = SocketChannel.open(StandardProtocolFamily.UNIX);
            ch.connect(UnixDomainSocketAddress.of(socket));
            readLine();
            exchange("{\"execute\": \"qmp_capabilities\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        /** Writes the request and reads lines until one carries "return" or "error" (events are skipped). */
        String exchange(byte[] request) throws IOException {
            ByteBuffer r = ByteBuffer.wrap(request);
            while (r.hasRemaining()) {
                ch.write(r);
            }
            while (true) {
                String line = readLine();
                if (line.contains("\"return\"") || line.contains("\"error\"")) {
                    return line;
                }
            }
        }

        String readLine() throws IOException {
            while (true) {
                byte[] have = pending.toByteArray();
                for (int i = 0; i < have.length; i++) {
                    if (have[i] == '\n') {
                        pending.reset();
                        pending.write(have, i + 1, have.length - i - 1);
                        return new String(have, 0, i, StandardCharsets.UTF_8);
                    }
                }
                buf.clear();
                if (ch.read(buf) < 0) {
                    throw new IOException("QMP socket closed");
                }
                pending.write(buf.array(), 0, buf.position());
            }
        }

        @Override
        public void close() throws IOException {
            ch.close();
        }
    }
}
