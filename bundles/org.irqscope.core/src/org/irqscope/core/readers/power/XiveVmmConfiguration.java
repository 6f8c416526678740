// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.readers.power;

import java.util.ArrayList;
import java.util.List;

import org.irqscope.core.state.SourceKind;

/**
 * What the VMM configured for XIVE sources, as QEMU keeps it in its EAT: KVM's XIVE native device has no read-back
 * for source targeting (GRP_SOURCE and GRP_SOURCE_CONFIG are write-only, ABI fact page §0.3, §3.1), so a reader
 * takes it from the VMM and marks the resulting sources as derived.
 *
 * @param sources the claimed sources, ascending by LISN
 */
public record XiveVmmConfiguration(List<Source> sources) {
    public XiveVmmConfiguration {
        sources = List.copyOf(sources);
        for (int i = 1; i < sources.size(); i++) {
            if (sources.get(i).lisn() <= sources.get(i - 1).lisn()) {
                throw new IllegalArgumentException("XIVE VMM configuration: LISN 0x"
                        + Integer.toHexString(sources.get(i).lisn()) + " is out of order or repeated");
            }
        }
    }

    /**
     * One claimed source and its EAS as the VMM last wrote it.
     *
     * @param kind LSI, MSI, or IPI for the per-CPU IPIs at LISN 0..nr_cpus-1
     * @param owner the device or role it was claimed for ("ipi", "epow", "vio", "pci"), may be empty
     * @param configured an EAS was written (otherwise server/priority mean nothing)
     * @param priority 0..7, 0xFF when masked
     */
    public record Source(int lisn, SourceKind kind, String owner, boolean configured, int server, int priority,
            boolean masked, long eisn) {
        public Source {
            if (lisn < 0) {
                throw new IllegalArgumentException("LISN " + lisn + " is negative");
            }
            if (priority != 0xff && (priority < 0 || priority > 7)) {
                throw new IllegalArgumentException("XIVE priority " + priority + " of LISN 0x"
                        + Integer.toHexString(lisn) + " is outside 0..7 (or 0xff)");
            }
            owner = owner == null ? "" : owner;
        }
    }

    /** Sorts and wraps sources given in any order. */
    public static XiveVmmConfiguration of(List<Source> sources) {
        List<Source> sorted = new ArrayList<>(sources);
        sorted.sort((a, b) -> Integer.compare(a.lisn(), b.lisn()));
        return new XiveVmmConfiguration(sorted);
    }
}
