// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

import java.util.Optional;

/** Opens targets of one URI scheme and says whether it can here. */
public interface TargetProvider {

    /** The URI scheme: "soft", "kvm", "qmp", "qemu". */
    String scheme();

    /** One line for `irqscope targets`: the URI forms it accepts. */
    String usage();

    /** Empty when targets can be opened here; otherwise why not, in user words (e.g. "/dev/kvm is absent"). */
    Optional<String> unavailableReason();

    Target open(TargetUri uri) throws TargetException;
}
