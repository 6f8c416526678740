// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.tracefs;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds the tracefs mount (from /proc/mounts) and mounts it at /sys/kernel/tracing when it is absent and this
 * process may. Only what irqscope mounted is unmounted again.
 */
public final class Tracefs {
    public static final Path DEFAULT_MOUNT = Path.of("/sys/kernel/tracing");
    private static final Path MOUNTS = Path.of("/proc/mounts");

    private Tracefs() {
    }

    /** The tracefs mount point, if one is mounted (a debugfs "tracing" directory counts). */
    public static Optional<Path> mounted(Path procMounts) {
        List<String> lines;
        try {
            lines = Files.readAllLines(procMounts);
        } catch (IOException e) {
            return Optional.empty();
        }
        Path debugfs = null;
        for (String line : lines) {
            String[] f = line.split(" ");
            if (f.length < 3) {
                continue;
            }
            String dir = f[1].replace("\\040", " ");
            if (f[2].equals("tracefs")) {
                return Optional.of(Path.of(dir));
            }
            if (f[2].equals("debugfs") && Files.isDirectory(Path.of(dir, "tracing", "events"))) {
                debugfs = Path.of(dir, "tracing");
            }
        }
        return Optional.ofNullable(debugfs);
    }

    public static Optional<Path> mounted() {
        return mounted(MOUNTS);
    }

    /**
     * Mounts tracefs at {@link #DEFAULT_MOUNT}.
     *
     * @throws TraceException naming what is missing when it cannot
     */
    public static Path mount() throws TraceException {
        if (!Files.isDirectory(DEFAULT_MOUNT)) {
            throw TraceException.unavailable("tracefs is not mounted and " + DEFAULT_MOUNT + " does not exist: "
                    + "this kernel has no tracing support (CONFIG_TRACING)");
        }
        run("mount", "-t", "tracefs", "nodev", DEFAULT_MOUNT.toString());
        if (!mounted().map(DEFAULT_MOUNT::equals).orElse(false)) {
            throw TraceException.unavailable("tracefs is not mounted and mounting it at " + DEFAULT_MOUNT
                    + " failed: run irqscope as root, or have root mount it (mount -t tracefs nodev "
                    + DEFAULT_MOUNT + ") and give your user the tracing group's write access to it");
        }
        return DEFAULT_MOUNT;
    }

    public static void unmount(Path dir) {
        try {
            run("umount", dir.toString());
        } catch (TraceException e) {
            // best effort: a mount left behind costs nothing but is reported by the caller's state
        }
    }

    private static void run(String... command) throws TraceException {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw TraceException.unavailable(String.join(" ", command) + " did not finish in 10 s");
            }
        } catch (IOException e) {
            throw TraceException.unavailable("cannot run " + command[0] + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw TraceException.unavailable(String.join(" ", command) + " was interrupted");
        }
    }

    /** Reads a tracefs file, turning the usual failures into sentences. */
    static String read(Path file) throws TraceException {
        // tracefs files claim a size they do not have and hand out short reads: read to end of file
        try (java.io.InputStream in = Files.newInputStream(file)) {
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw TraceException.unavailable(file + " does not exist on this kernel");
        } catch (AccessDeniedException e) {
            throw TraceException.unavailable("no permission to read " + file + ": run as root or join the tracing "
                    + "group that owns tracefs");
        } catch (IOException e) {
            throw TraceException.failed("reading " + file + " failed: " + e.getMessage(), e);
        }
    }

    /** Writes a tracefs control file (truncating, as {@code echo X > file} does). */
    static void write(Path file, String value) throws TraceException {
        try {
            Files.writeString(file, value);
        } catch (NoSuchFileException e) {
            throw TraceException.unavailable(file + " does not exist on this kernel");
        } catch (AccessDeniedException e) {
            throw TraceException.unavailable("no permission to write " + file + ": run as root or join the tracing "
                    + "group that owns tracefs");
        } catch (IOException e) {
            throw TraceException.failed("writing '" + value.trim() + "' to " + file + " failed: " + e.getMessage(),
                    e);
        }
    }
}
