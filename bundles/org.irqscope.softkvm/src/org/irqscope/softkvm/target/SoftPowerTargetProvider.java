// SPDX-License-Identifier: EPL-2.0
package org.irqscope.softkvm.target;

import java.util.Optional;

import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetUri;

/**
 * Scheme "soft": {@code soft:power9?mode=xive|xics|dual&vcpus=N&sources=N&seed=S}. {@code sources} is the number of
 * PHB MSIs claimed from 0x1300 (EPOW 0x1000, hot-plug 0x1001, a VIO vty 0x1100 and four PHB LSIs 0x1200.. are
 * always claimed); the guest boots at once, so the target starts in the negotiated mode (dual: XIVE).
 */
public final class SoftPowerTargetProvider implements TargetProvider {
    @Override
    public String scheme() {
        return "soft";
    }

    @Override
    public String usage() {
        return "soft:power9?mode=xive|xics|dual&vcpus=1..256&sources=0..3328&seed=N  (software KVM XICS/XIVE with a"
                + " Linux-like guest)";
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public Target open(TargetUri uri) throws TargetException {
        if (!uri.path().equals("power9")) {
            throw TargetException.invalid("target '" + uri.text() + "': the software KVM models power9 only (got '"
                    + uri.path() + "')");
        }
        for (String key : uri.parameters().keySet()) {
            if (!key.equals("mode") && !key.equals("vcpus") && !key.equals("sources") && !key.equals("seed")) {
                throw TargetException.invalid("target '" + uri.text() + "': unknown parameter '" + key
                        + "'; known: mode, vcpus, sources, seed");
            }
        }
        SpaprMachine.IcMode mode = switch (uri.parameter("mode", "dual")) {
            case "xive" -> SpaprMachine.IcMode.XIVE;
            case "xics" -> SpaprMachine.IcMode.XICS;
            case "dual" -> SpaprMachine.IcMode.DUAL;
            default -> throw TargetException.invalid("target '" + uri.text() + "': mode=" + uri.parameter("mode", "")
                    + " is not xive, xics or dual");
        };
        int vcpus = uri.intParameter("vcpus", 4, 1, 256);
        int sources = uri.intParameter("sources", 16, 0, SpaprMachine.MAX_MSIS);
        int seed = uri.intParameter("seed", 1, Integer.MIN_VALUE, Integer.MAX_VALUE);
        SpaprMachine machine = new SpaprMachine(mode, vcpus, sources, seed);
        machine.boot();
        return new SoftPowerTarget(uri.text(), machine);
    }
}
