// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * How long this process has existed, for the start-up figure ("first state shown N ms after start").
 *
 * <p>Not {@code ProcessHandle.info().startInstant()}: on Linux that adds the process's start in clock ticks to the
 * boot time from /proc/stat, which has whole seconds only, so it is early by a fraction of a second that is fixed
 * for the whole boot (0.57 s on the machine where this was found, which made start-up look that much slower). The
 * kernel's own uptime has centiseconds: age = uptime - start ticks / 100, as {@code ps -o etimes} computes it. The
 * process began as the launcher script, which exec()s the JVM, so the age includes the script.
 */
public final class ProcessAge {
    /** USER_HZ: /proc reports process times in these ticks on every Linux architecture. */
    private static final int TICKS_PER_SECOND = 100;

    private ProcessAge() {
    }

    /**
     * Milliseconds since this process started; the JVM's own uptime where /proc is not readable. Both /proc values
     * have 10 ms steps, so the age is never taken below the JVM's uptime, which began after the process did.
     */
    public static long millis() {
        long jvm = ManagementFactory.getRuntimeMXBean().getUptime();
        OptionalLong fromProc = fromProc(Path.of("/proc/uptime"), Path.of("/proc/self/stat"));
        return Math.max(jvm, fromProc.orElse(jvm));
    }

    /** The age from the two /proc files, or empty when either is missing or not in the kernel's format. */
    static OptionalLong fromProc(Path uptime, Path stat) {
        try {
            double up = Double.parseDouble(Files.readString(uptime).trim().split("\\s+")[0]);
            String s = Files.readString(stat);
            // the command name (field 2) is in parentheses and may hold spaces: count fields after the last ')'
            String[] after = s.substring(s.lastIndexOf(')') + 2).trim().split("\\s+");
            long startTicks = Long.parseLong(after[19]); // field 22 of stat, the 20th after the name
            return OptionalLong.of(Math.round(up * 1000) - startTicks * 1000 / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
