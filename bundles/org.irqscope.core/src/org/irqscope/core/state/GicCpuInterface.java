// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.state;

/**
 * An ARM GICv3 CPU interface (ICC system registers) with its redistributor's pending/active bits for
 * SGIs and PPIs (INTIDs 0..31).
 */
public record GicCpuInterface(long mpidr, int pmr, int bpr1, int igrpen1, long pending, long active, long enabled)
        implements
            Presenter {
}
