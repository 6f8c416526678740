// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.irqscope.qemu.qmp.QmpClient;
import org.irqscope.qemu.qmp.QmpException;

/**
 * A QEMU process irqscope started, with its QMP connection (owner policy: it may quit and reset what it launched).
 * Closing it stops the guest cleanly: {@code quit} over QMP, then SIGTERM and SIGKILL after the grace time.
 */
public final class LaunchedGuest implements AutoCloseable {
    private final QemuProfile profile;
    private final Process process;
    private final QmpClient qmp;
    private final Path workDir;
    private final Path console;
    private final Duration grace;
    private volatile boolean closed;

    LaunchedGuest(QemuProfile profile, Process process, QmpClient qmp, Path workDir, Path console, Duration grace) {
        this.profile = profile;
        this.process = process;
        this.qmp = qmp;
        this.workDir = workDir;
        this.console = console;
        this.grace = grace;
    }

    public QemuProfile profile() {
        return profile;
    }

    public QmpClient qmp() {
        return qmp;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path consoleLog() {
        return console;
    }

    /** The guest's serial console so far. */
    public String consoleText() {
        try {
            return Files.exists(console) ? Files.readString(console, StandardCharsets.ISO_8859_1) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * Waits until the console shows {@code marker} (e.g. "Waiting for root device": Linux has set up its interrupt
     * controllers). Returns false on timeout or when QEMU exits first.
     */
    public boolean awaitConsole(String marker, Duration timeout) throws InterruptedException {
        long end = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < end) {
            if (consoleText().contains(marker)) {
                return true;
            }
            if (!process.isAlive()) {
                return false;
            }
            Thread.sleep(200);
        }
        return false;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (process.isAlive()) {
            try {
                qmp.execute("quit", null, Duration.ofSeconds(2));
            } catch (QmpException e) {
                // QEMU closes the socket while answering quit, or is already gone; the wait below decides.
            }
        }
        qmp.close();
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroy();
                if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
        deleteTree(workDir);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temp directory is harmless; the guest itself is stopped.
        }
    }
}
