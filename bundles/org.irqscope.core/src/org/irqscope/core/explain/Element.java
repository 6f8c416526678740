// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.explain;

/** The thing a finding points at, so views can select it and the CLI can name it. */
public record Element(Kind kind, int id) implements Comparable<Element> {

    /** What kind of thing. */
    public enum Kind {
        SOURCE, VCPU, PIN
    }

    public static Element source(int number) {
        return new Element(Kind.SOURCE, number);
    }

    public static Element vcpu(int id) {
        return new Element(Kind.VCPU, id);
    }

    public static Element pin(int pin) {
        return new Element(Kind.PIN, pin);
    }

    @Override
    public int compareTo(Element o) {
        int c = kind.compareTo(o.kind);
        return c != 0 ? c : Integer.compare(id, o.id);
    }

    @Override
    public String toString() {
        return switch (kind) {
            case SOURCE -> "source 0x" + Integer.toHexString(id);
            case VCPU -> "vCPU " + id;
            case PIN -> "IOAPIC pin " + id;
        };
    }
}
