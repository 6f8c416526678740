// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Option parsing: values, inline values, flags, the end of options, and numbers in decimal or 0x-hex. */
@Tag("osgi")
class CliOptionsTest {

    private static CliOptions parse(String... args) throws UsageException {
        return CliOptions.parse("watch", List.of(args), Set.of("count", "format"), Set.of("follow"));
    }

    @Test
    void valuesFlagsAndPositionalsInAnyOrder() throws UsageException {
        CliOptions o = parse("--count", "3", "soft:power9", "--format=text", "--follow", "--debug");
        assertThat(o.positionals()).containsExactly("soft:power9");
        assertThat(o.value("count")).isEqualTo("3");
        assertThat(o.value("format")).isEqualTo("text");
        assertThat(o.flag("follow")).isTrue();
        assertThat(o.flag("debug")).isTrue();
        assertThat(o.flag("help")).isFalse();
    }

    @Test
    void doubleDashEndsOptions() throws UsageException {
        assertThat(parse("--", "--count", "-1").positionals()).containsExactly("--count", "-1");
    }

    @Test
    void numbersInDecimalOrHexWithinRange() throws UsageException {
        assertThat(parse("--count", "0x10").number("count", 0, 0, 100)).isEqualTo(16);
        assertThat(parse().number("count", 7, 0, 100)).isEqualTo(7);
        assertThatThrownBy(() -> parse("--count", "0x100").number("count", 0, 0, 100))
                .hasMessage("watch: --count 0x100 is outside 0..100");
        assertThatThrownBy(() -> parse("--count", "many").number("count", 0, 0, 100))
                .hasMessage("watch: --count 'many' is not a number (decimal or 0x-hex)");
    }

    @Test
    void mistakes() {
        assertThatThrownBy(() -> parse("--colour", "red")).hasMessageContaining("unknown option --colour");
        assertThatThrownBy(() -> parse("--count")).hasMessage("watch: --count needs a value");
        assertThatThrownBy(() -> parse("--count", "1", "--count", "2")).hasMessage("watch: --count is given twice");
        assertThatThrownBy(() -> parse("--follow=yes")).hasMessage("watch: --follow takes no value");
        assertThatThrownBy(() -> parse("a", "b").expectPositionals(1, "one TARGET"))
                .hasMessage("watch: expected one TARGET; unexpected 'b'");
    }
}
