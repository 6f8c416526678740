// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TargetUriTest {

    @Test
    void parsesSchemePathAndParameters() throws Exception {
        TargetUri uri = TargetUri.parse("soft:power9?mode=xive&vcpus=4");
        assertThat(uri.scheme()).isEqualTo("soft");
        assertThat(uri.path()).isEqualTo("power9");
        assertThat(uri.parameter("mode", "dual")).isEqualTo("xive");
        assertThat(uri.intParameter("vcpus", 1, 1, 64)).isEqualTo(4);
        assertThat(uri.intParameter("sources", 16, 1, 4096)).isEqualTo(16);
    }

    @Test
    void pathMayContainSlashesAndNoParameters() throws Exception {
        TargetUri uri = TargetUri.parse("qmp:/run/vm/qmp.sock");
        assertThat(uri.scheme()).isEqualTo("qmp");
        assertThat(uri.path()).isEqualTo("/run/vm/qmp.sock");
        assertThat(uri.parameters()).isEmpty();
    }

    @Test
    void numbersAreDecimalOrHex() {
        assertThat(TargetUri.parseNumber("4864")).isEqualTo(0x1300);
        assertThat(TargetUri.parseNumber("0x1300")).isEqualTo(4864);
        assertThat(TargetUri.parseNumber("0X1f")).isEqualTo(31);
    }

    @Test
    void rejectsWhatIsNotATarget() {
        assertThatThrownBy(() -> TargetUri.parse("power9")).isInstanceOf(TargetException.class)
                .hasMessageContaining("no scheme");
        assertThatThrownBy(() -> TargetUri.parse(" ")).hasMessageContaining("empty target");
        assertThatThrownBy(() -> TargetUri.parse("soft:power9?vcpus")).hasMessageContaining("not key=value");
    }

    @Test
    void rejectsParametersOutOfRangeNamingTheRange() throws Exception {
        TargetUri uri = TargetUri.parse("kvm:x86?vcpus=9");
        assertThatThrownBy(() -> uri.intParameter("vcpus", 1, 1, 8))
                .isInstanceOfSatisfying(TargetException.class,
                        e -> assertThat(e.kind()).isEqualTo(TargetException.Kind.INVALID_ARGUMENT))
                .hasMessageContaining("vcpus=9 is outside 1..8");
        TargetUri bad = TargetUri.parse("kvm:x86?vcpus=many");
        assertThatThrownBy(() -> bad.intParameter("vcpus", 1, 1, 8)).hasMessageContaining("not a number");
    }

    @Test
    void registryNamesKnownSchemesForAnUnknownOne() {
        TargetRegistry registry = new TargetRegistry();
        registry.register(new TargetProvider() {
            @Override
            public String scheme() {
                return "soft";
            }

            @Override
            public String usage() {
                return "soft:power9";
            }

            @Override
            public java.util.Optional<String> unavailableReason() {
                return java.util.Optional.empty();
            }

            @Override
            public Target open(TargetUri uri) throws TargetException {
                throw TargetException.invalid("not in this test");
            }
        });
        assertThatThrownBy(() -> registry.open("vmware:x")).hasMessageContaining("unknown target scheme 'vmware'")
                .hasMessageContaining("known: soft:");
    }
}
