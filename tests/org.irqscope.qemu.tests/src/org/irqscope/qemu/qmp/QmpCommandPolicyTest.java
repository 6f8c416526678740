// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.qmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import com.google.gson.JsonObject;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Whatever command and HMP line is asked for, a read-only policy lets through only the documented reads. */
class QmpCommandPolicyTest {
    private static final Set<String> READ_HMP = Set.of("info pic", "info irq", "info cpus", "info lapic");

    @Property(tries = 500)
    void readOnlyLetsOnlyReadsThrough(@ForAll("commands") String command, @ForAll("hmpLines") String line) {
        JsonObject args = new JsonObject();
        args.addProperty("command-line", line);
        boolean allowed;
        try {
            QmpCommandPolicy.readOnly().check(command, args);
            allowed = true;
        } catch (QmpException e) {
            assertThat(e.reason()).isEqualTo(QmpException.Reason.REFUSED);
            allowed = false;
        }
        if (allowed) {
            assertThat(command).doesNotContain("reset", "quit", "nmi", "set", "stop", "cont", "add", "del", "migrate");
            if (command.equals("human-monitor-command")) {
                String t = line.trim();
                assertThat(READ_HMP.contains(t) || t.matches("info lapic \\d{1,4}")).as(t).isTrue();
            }
        }
    }

    @Provide
    Arbitrary<String> commands() {
        return Arbitraries.oneOf(Arbitraries.of("human-monitor-command", "query-status", "system_reset", "quit",
                "inject-nmi", "qom-set", "qom-get", "stop", "cont", "device_del", "migrate", "x-query-irq"),
                Arbitraries.strings().withChars("abcdefgqrstuxy-_").ofMaxLength(16));
    }

    @Provide
    Arbitrary<String> hmpLines() {
        return Arbitraries.oneOf(Arbitraries.of("info pic", "info lapic 3", "info irq", "info cpus", "info lapic",
                "system_reset", "quit", "nmi", "info pic;quit", "info lapic 1 2", "info registers", "cont",
                " info pic ", "info lapic 99999"),
                Arbitraries.strings().withChars("info pclq ;0123\n").ofMaxLength(20));
    }
}
