// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.target;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A parsed target URI: {@code scheme:path?key=value&key=value}, e.g. {@code soft:power9?mode=xive&vcpus=4},
 * {@code kvm:x86?vcpus=2}, {@code qmp:/run/vm.sock}. Numbers may be decimal or 0x-hex.
 */
public record TargetUri(String text, String scheme, String path, Map<String, String> parameters) {

    public static TargetUri parse(String text) throws TargetException {
        if (text == null || text.isBlank()) {
            throw TargetException.invalid("empty target; expected e.g. soft:power9?mode=xive&vcpus=4");
        }
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw TargetException.invalid("target '" + text + "' has no scheme; expected scheme:path, e.g. "
                    + "soft:power9, kvm:x86, qmp:/path/to.sock, qemu:pseries");
        }
        String scheme = text.substring(0, colon);
        String rest = text.substring(colon + 1);
        String path = rest;
        Map<String, String> params = new LinkedHashMap<>();
        int q = rest.indexOf('?');
        if (q >= 0) {
            path = rest.substring(0, q);
            for (String pair : rest.substring(q + 1).split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw TargetException.invalid("target '" + text + "': parameter '" + pair + "' is not key=value");
                }
                params.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
        }
        return new TargetUri(text, scheme, path, Collections.unmodifiableMap(params));
    }

    public String parameter(String key, String fallback) {
        return parameters.getOrDefault(key, fallback);
    }

    /** An integer parameter in decimal or 0x-hex within [min, max]. */
    public int intParameter(String key, int fallback, int min, int max) throws TargetException {
        String v = parameters.get(key);
        if (v == null) {
            return fallback;
        }
        int n;
        try {
            n = parseNumber(v);
        } catch (NumberFormatException e) {
            throw TargetException.invalid("target '" + text + "': " + key + "=" + v + " is not a number");
        }
        if (n < min || n > max) {
            throw TargetException
                    .invalid("target '" + text + "': " + key + "=" + v + " is outside " + min + ".." + max);
        }
        return n;
    }

    /** Parses a decimal or 0x-hex integer, as users type IRQ numbers. */
    public static int parseNumber(String s) {
        String t = s.trim();
        if (t.startsWith("0x") || t.startsWith("0X")) {
            return Integer.parseUnsignedInt(t.substring(2), 16);
        }
        return Integer.parseInt(t);
    }
}
