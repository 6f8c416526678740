// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** The target providers known to this process; the application registers them at start. */
public final class TargetRegistry {
    private static final TargetRegistry SHARED = new TargetRegistry();

    private final List<TargetProvider> providers = new CopyOnWriteArrayList<>();

    /** The registry of this process: the application fills it at start; views and the CLI read it. */
    public static TargetRegistry shared() {
        return SHARED;
    }

    public void register(TargetProvider provider) {
        providers.removeIf(p -> p.scheme().equals(provider.scheme()));
        providers.add(provider);
    }

    public List<TargetProvider> providers() {
        return new ArrayList<>(providers);
    }

    public Target open(String uri) throws TargetException {
        TargetUri parsed = TargetUri.parse(uri);
        for (TargetProvider p : providers) {
            if (p.scheme().equals(parsed.scheme())) {
                var why = p.unavailableReason();
                if (why.isPresent()) {
                    throw new TargetException(TargetException.Kind.UNAVAILABLE,
                            "target " + uri + " is unavailable here: " + why.get());
                }
                return p.open(parsed);
            }
        }
        StringBuilder known = new StringBuilder();
        for (TargetProvider p : providers) {
            known.append(known.length() == 0 ? "" : ", ").append(p.scheme()).append(':');
        }
        throw TargetException
                .invalid("unknown target scheme '" + parsed.scheme() + "' in " + uri + "; known: " + known);
    }
}
