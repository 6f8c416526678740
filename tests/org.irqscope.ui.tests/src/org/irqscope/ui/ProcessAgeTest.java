// SPDX-License-Identifier: EPL-2.0
package org.irqscope.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("osgi")
class ProcessAgeTest {
    // created here rather than by @TempDir, which the OSGi test runtime does not inject
    private Path dir;

    @BeforeEach
    void createDir() throws IOException {
        dir = Files.createTempDirectory("process-age");
    }

    @AfterEach
    void deleteDir() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void theAgeIsUptimeLessTheStartTicksEvenWhenTheCommandNameHasSpacesAndParentheses() throws IOException {
        Path uptime = file("uptime", "1234.56 2000.00\n");
        // pid (comm) state, then fields 4..21, then starttime (field 22) = 100000 ticks = 1000 s after boot
        StringBuilder stat = new StringBuilder("4242 (irq scope) (x)) S");
        for (int field = 4; field <= 21; field++) {
            stat.append(' ').append(field);
        }
        stat.append(" 100000 123456 789\n");
        Path statFile = file("stat", stat.toString());

        assertThat(ProcessAge.fromProc(uptime, statFile)).hasValue(234_560);
    }

    @Test
    void filesNotInTheKernelsFormatGiveNoAge() throws IOException {
        assertThat(ProcessAge.fromProc(file("uptime", "soon"), file("stat", "1 (a) S 2 3"))).isEmpty();
        assertThat(ProcessAge.fromProc(dir.resolve("missing"), dir.resolve("missing too"))).isEmpty();
    }

    @Test
    void thisProcessIsAtLeastAsOldAsItsJvmAndNotMuchOlder() {
        long before = ManagementFactory.getRuntimeMXBean().getUptime();
        long age = ProcessAge.millis();
        long after = ManagementFactory.getRuntimeMXBean().getUptime();

        assertThat(age).isGreaterThanOrEqualTo(before);
        // what comes before the JVM (a launcher script, JVM creation) takes well under ten seconds
        assertThat(age).isLessThan(after + 10_000);
    }
}
