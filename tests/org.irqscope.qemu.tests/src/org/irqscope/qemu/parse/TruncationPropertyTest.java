// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Any cut or corruption of a captured text either decodes or fails with a ParseException naming where: never another
 * exception, never a silently wrong source count beyond the rows that survived the cut.
 */
class TruncationPropertyTest {
    private static final String[] FIXTURES = {"pseries-xive-booted.info-pic.txt", "pseries-xics-booted.info-pic.txt",
            "powernv9-firmware.info-pic.txt", "q35-x86tcg.info-pic.txt"};

    @Property(tries = 400)
    void cutTextDecodesOrFailsClearly(@ForAll @IntRange(min = 0, max = 3) int which,
            @ForAll @IntRange(min = 0, max = 100_000) int cutAt) {
        String text = Fixtures.text(FIXTURES[which]);
        String cut = text.substring(0, cutAt % (text.length() + 1));
        try {
            MonitorTextParser.parseInfoPic(cut, "t");
        } catch (ParseException e) {
            assertThat(e.getMessage()).matches("(?s)(line \\d+: expected .*|no interrupt controller section.*"
                    + "|.*\\(truncated\\?\\).*|.*IOAPIC pin rows.*)");
        }
    }

    @Property(tries = 400)
    void corruptedCharacterDecodesOrFailsClearly(@ForAll @IntRange(min = 0, max = 3) int which,
            @ForAll @IntRange(min = 0, max = 100_000) int at, @ForAll char replacement) {
        String text = Fixtures.text(FIXTURES[which]);
        int i = at % text.length();
        String bad = text.substring(0, i) + replacement + text.substring(i + 1);
        try {
            MonitorTextParser.parseInfoPic(bad, "t");
        } catch (ParseException e) {
            assertThat(e.getMessage()).isNotBlank();
        }
    }
}
