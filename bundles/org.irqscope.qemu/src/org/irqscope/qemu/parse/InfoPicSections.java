// SPDX-License-Identifier: EPL-2.0
package org.irqscope.qemu.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.irqscope.core.state.ControllerState;
import org.irqscope.core.state.IoapicState;
import org.irqscope.core.state.IrqchipLocation;
import org.irqscope.core.state.PicState;
import org.irqscope.core.state.SourceState;
import org.irqscope.core.state.XiveEventQueue;
import org.irqscope.core.state.XiveRing;
import org.irqscope.core.state.XicsIcp;

/**
 * What one {@code info pic} text held, section by section, before it becomes a MachineState. Mutable and local to one
 * parse: a failed parse throws it away, so no half-decoded state escapes.
 */
final class InfoPicSections {
    final Map<Integer, XicsIcp> icps = new TreeMap<>();
    final List<ControllerState.IcsBlock> icsBlocks = new ArrayList<>();
    final Map<Integer, XiveRing[]> tima = new TreeMap<>();
    final Map<Integer, SourceState> sources = new TreeMap<>();
    final Map<Integer, XiveEventQueue> ends = new TreeMap<>();
    final List<PicState> pics = new ArrayList<>();
    final List<IoapicState> ioapics = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Integer> nvts = new ArrayList<>();
    IrqchipLocation irqchip = IrqchipLocation.UNKNOWN;
    boolean spaprXive;
    boolean pnvXive;
    boolean xics;
    /** The device name QEMU printed for the IOAPIC ("ioapic", "kvm-ioapic"): tells in-kernel from split. */
    String ioapicName = "";
    int ioapicVersion = -1;

    boolean isX86() {
        return !pics.isEmpty() || !ioapics.isEmpty();
    }

    boolean isPower() {
        return xics || spaprXive || pnvXive;
    }
}
