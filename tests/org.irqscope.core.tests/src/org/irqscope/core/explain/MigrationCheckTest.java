// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class MigrationCheckTest {

    /** All nine mode pairs on the newest machine type, worked out from what each side builds and migrates. */
    @ParameterizedTest(name = "{0} -> {1}: ok={2}")
    @CsvSource({
            "xics, xics, true,  both sides build XICS",
            "xive, xive, true,  both sides build XIVE",
            "dual, dual, true,  CAS choice",
            "xics, xive, false, has no receiver on a xive-only destination",
            "xive, xics, false, has no receiver on a xics-only destination",
            "dual, xics, false, no receiver for the XIVE part",
            "dual, xive, false, no receiver for the XICS part",
            "xics, dual, false, identically configured",
            "xive, dual, false, identically configured"})
    void modePairs(String from, String to, boolean ok, String reasonPart) {
        MigrationCheck.Result r = MigrationCheck.check(from, to, "pseries-7.2");
        assertThat(r.ok()).as(r.reason()).isEqualTo(ok);
        assertThat(r.reason()).contains(reasonPart);
        assertThat(r.cautions()).noneMatch(c -> c.contains("hpt-max-page-size"));
    }

    @Test
    void legacyMachineTypesHaveOnlyXics() {
        MigrationCheck.Result xics = MigrationCheck.check("xics", "xics", "pseries-3.0");
        assertThat(xics.ok()).isTrue();
        assertThat(xics.cautions()).anyMatch(c -> c.contains("legacy XICS")).anyMatch(c -> c.contains("hpt-max"));
        MigrationCheck.Result dual = MigrationCheck.check("dual", "dual", "pseries-2.12");
        assertThat(dual.ok()).isFalse();
        assertThat(dual.reason()).contains("refuses ic-mode=dual");
    }

    @Test
    void pre41MachineTypesDoNotSendTheHptCap() {
        MigrationCheck.Result r = MigrationCheck.check("dual", "dual", "pseries-4.0");
        assertThat(r.ok()).isTrue();
        assertThat(r.cautions()).anyMatch(c -> c.contains("hpt-max-page-size"))
                .anyMatch(c -> c.contains("defaults to ic-mode=xics")).anyMatch(c -> c.contains("Linux 5.2"));
        assertThat(MigrationCheck.check("dual", "dual", "pseries-4.1").cautions())
                .noneMatch(c -> c.contains("hpt-max-page-size"));
    }

    @Test
    void plainPseriesMeansTheNewestAndNoMachineIsAllowed() {
        assertThat(MigrationCheck.check("xive", "xive", "pseries").ok()).isTrue();
        assertThat(MigrationCheck.check("xive", "xive", null).ok()).isTrue();
    }

    @Test
    void badInputIsNamed() {
        assertThatThrownBy(() -> MigrationCheck.check("xivee", "xive", null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'xivee'");
        assertThatThrownBy(() -> MigrationCheck.check("xive", "xive", "q35"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'q35'");
    }
}
