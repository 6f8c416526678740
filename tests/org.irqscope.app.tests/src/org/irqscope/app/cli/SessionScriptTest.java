// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Parsing and checking of run scripts: every mistake names the script and the line. */
@Tag("osgi")
class SessionScriptTest {

    @Test
    void commentsAndBlankLinesAreSkippedAndLinesKeepTheirNumbers() throws UsageException {
        SessionScript s = SessionScript.parse("s.txt", "# header\n\ninject 0x1300 assert  # raise it\n  step\n");
        assertThat(s.steps()).extracting(SessionScript.Step::line).containsExactly(3, 4);
        assertThat(s.steps().get(0).numbers()).containsExactly(0x1300L);
        assertThat(s.steps().get(0).word()).isEqualTo("assert");
        assertThat(s.steps().get(0).text()).isEqualTo("inject 0x1300 assert");
        assertThat(s.steps().get(1).numbers()).containsExactly(1L);
    }

    @Test
    void injectDefaultsToEdge() throws UsageException {
        assertThat(SessionScript.parse("s", "inject 17").steps().get(0).word()).isEqualTo("edge");
    }

    @Test
    void configureTakesAnySubsetOfItsSettings() throws UsageException {
        SessionScript.Step c = SessionScript.parse("s", "configure 0x1301 masked=true priority=0x6").steps().get(0);
        assertThat(c.configuration()).isEqualTo(new SessionScript.Configuration(OptionalInt.of(6),
                OptionalInt.empty(), Optional.of(true)));
    }

    @Test
    void timaAndEsbForms() throws UsageException {
        SessionScript s = SessionScript.parse("s",
                "tima 1 ack\ntima 0 cppr 0xff\ntima 0 pending 5\nesb 0x10 set-pq-11");
        assertThat(s.steps()).extracting(st -> st.word() + st.numbers()).containsExactly("ack[1]", "cppr[0, 255]",
                "pending[0, 5]", "set-pq-11[16]");
    }

    @Test
    void holdEoiTakesAVectorOrOff() throws UsageException {
        SessionScript s = SessionScript.parse("s", "hold-eoi 0 0x31\nhold-eoi 1 off");
        assertThat(s.steps().get(0).numbers()).containsExactly(0L, 0x31L);
        assertThat(s.steps().get(1).word()).isEqualTo("off");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "injekt 5|unknown command 'injekt'",
            "inject|expected inject SOURCE [edge|assert|deassert|msi]",
            "inject 0x1300 pulse|'pulse' is not allowed here",
            "inject 0xZZ|SOURCE '0xZZ' is not a number",
            "ipi 0 0x100|PRIORITY 0x100 is outside 0..255",
            "configure 5|expected configure SOURCE",
            "configure 5 masked=yes|masked=yes is not true or false",
            "configure 5 colour=red|unknown setting 'colour'",
            "configure 5 priority|'priority' is not key=value",
            "step 0|N 0 is outside 1..1000000",
            "flip arm|'arm' is not allowed here; expected flip xics|xive",
            "save out.json|the file must end in .irqscope",
            "tima 0 ack 5|expected tima VCPU",
            "tima 0 cppr|expected tima VCPU",
            "esb 0x1300 poke|'poke' is not allowed here",
            "snapshot now|expected snapshot"})
    void mistakesNameTheLine(String line, String message) {
        assertThatThrownBy(() -> SessionScript.parse("s.txt", "# first\n" + line)).isInstanceOf(UsageException.class)
                .hasMessageContaining(message)
                .hasMessageStartingWith("s.txt line 2: ");
    }

    @Test
    void anEmptyScriptIsAMistake() {
        assertThatThrownBy(() -> SessionScript.parse("e.txt", "# nothing\n\n")).hasMessage(
                "e.txt: the script has no commands");
    }
}
