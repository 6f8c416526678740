// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.target;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.irqscope.core.target.Target;
import org.irqscope.core.target.TargetException;
import org.irqscope.core.target.TargetProvider;
import org.irqscope.core.target.TargetUri;
import org.irqscope.qemu.qmp.QmpClient;
import org.irqscope.qemu.qmp.QmpCommandPolicy;
import org.irqscope.qemu.qmp.QmpException;

/** {@code qmp:/path/to.sock} attaches read-only to a running QEMU; {@code ?nmi=allow} opts in to NMI. */
public final class QmpTargetProvider implements TargetProvider {
    @Override
    public String scheme() {
        return "qmp";
    }

    @Override
    public String usage() {
        return "qmp:/path/to/qmp.sock[?nmi=allow]  attach read-only to a QEMU started with -qmp unix:PATH,server=on";
    }

    @Override
    public Optional<String> unavailableReason() {
        return Optional.empty();
    }

    @Override
    public Target open(TargetUri uri) throws TargetException {
        if (uri.path().isBlank()) {
            throw TargetException.invalid("target '" + uri.text() + "' names no socket; expected qmp:/path/to.sock");
        }
        String nmi = uri.parameter("nmi", "deny");
        if (!nmi.equals("allow") && !nmi.equals("deny")) {
            throw TargetException.invalid("target '" + uri.text() + "': nmi must be allow or deny, not " + nmi);
        }
        for (String key : uri.parameters().keySet()) {
            if (!key.equals("nmi")) {
                throw TargetException.invalid("target '" + uri.text() + "': unknown parameter '" + key
                        + "' (known: nmi)");
            }
        }
        QmpCommandPolicy policy = nmi.equals("allow") ? QmpCommandPolicy.withNmi() : QmpCommandPolicy.readOnly();
        try {
            QmpClient c = QmpClient.connect(Path.of(uri.path()), policy, Duration.ofSeconds(5));
            return new QmpTarget(uri.text(), c, Duration.ofSeconds(5));
        } catch (QmpException e) {
            throw new TargetException(e.reason() == QmpException.Reason.UNREACHABLE
                    ? TargetException.Kind.UNAVAILABLE
                    : TargetException.Kind.FAILED, uri.text() + ": " + e.getMessage(), e);
        }
    }
}
