// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.irqscope.core.state.MachineState;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The MachineState to irqscope/1 mapping, per architecture, as docs/json-format.md documents it. */
@Tag("osgi")
class StateJsonTest {

    private static JsonObject roundTrip(MachineState s) {
        String line = StateJson.line(StateJson.snapshot(s));
        assertThat(line).doesNotContain("\n");
        return JsonParser.parseString(line).getAsJsonObject();
    }

    private static List<Integer> ints(JsonArray a) {
        return a.asList().stream().map(JsonElement::getAsInt).toList();
    }

    @Test
    void everySnapshotHasTheDocumentedKeysInOrder() {
        for (MachineState s : List.of(FakeTargets.xics("t"), FakeTargets.xive("t"), FakeTargets.x86("t"))) {
            assertThat(roundTrip(s).keySet()).containsExactlyElementsOf(StateJson.snapshotKeys());
        }
    }

    @Test
    void xicsMachine() {
        JsonObject o = roundTrip(FakeTargets.xics("soft:power9?mode=xics"));
        assertThat(o.get("schema").getAsString()).isEqualTo("irqscope/1");
        assertThat(o.get("arch").getAsString()).isEqualTo("ppc64");
        assertThat(o.get("mode").getAsString()).isEqualTo("xics");
        assertThat(o.get("irqchip").getAsString()).isEqualTo("soft");
        JsonObject icp = o.getAsJsonArray("vcpus").get(1).getAsJsonObject().getAsJsonObject("presenter");
        assertThat(icp.get("type").getAsString()).isEqualTo("xics");
        assertThat(icp.get("cppr").getAsInt()).isEqualTo(5);
        assertThat(icp.get("mfrr").getAsInt()).isEqualTo(4);
        assertThat(icp.get("xisr").getAsInt()).isEqualTo(2);
        assertThat(icp.get("ppri").getAsInt()).isEqualTo(4);
        assertThat(o.getAsJsonArray("vcpus").get(1).getAsJsonObject().get("state").getAsString())
                .isEqualTo("halted");
        JsonObject msi = o.getAsJsonArray("sources").get(1).getAsJsonObject();
        assertThat(msi.get("number").getAsInt()).isEqualTo(0x1300);
        assertThat(msi.get("kind").getAsString()).isEqualTo("MSI");
        assertThat(msi.get("masked").getAsBoolean()).isTrue();
        assertThat(msi.get("saved_priority").getAsInt()).isEqualTo(5);
        assertThat(msi.get("pq").isJsonNull()).as("XICS has no ESB").isTrue();
        assertThat(msi.get("eisn").isJsonNull()).isTrue();
        assertThat(msi.get("count").getAsLong()).isEqualTo(7);
        JsonObject lsi = o.getAsJsonArray("sources").get(0).getAsJsonObject();
        assertThat(lsi.get("asserted").getAsBoolean()).isTrue();
        assertThat(lsi.get("pending").getAsBoolean()).isTrue();
        assertThat(o.get("ioapic").isJsonNull()).isTrue();
        assertThat(o.getAsJsonArray("pic")).isEmpty();
        assertThat(o.getAsJsonArray("ics").get(0).getAsJsonObject().get("offset").getAsInt()).isEqualTo(0x1200);
        assertThat(o.getAsJsonObject("counters").get("hops").getAsLong()).isEqualTo(12);
    }

    @Test
    void xiveMachine() {
        JsonObject o = roundTrip(FakeTargets.xive("x"));
        JsonObject tc = o.getAsJsonArray("vcpus").get(0).getAsJsonObject().getAsJsonObject("presenter");
        assertThat(tc.get("type").getAsString()).isEqualTo("xive");
        assertThat(tc.get("nsr").getAsInt()).isEqualTo(0x80);
        assertThat(tc.get("cppr").getAsInt()).isEqualTo(0xff);
        assertThat(tc.get("ipb").getAsInt()).isEqualTo(0x02);
        assertThat(tc.get("pipr").getAsInt()).isEqualTo(6);
        assertThat(tc.get("cam").getAsInt()).as("OS CAM without the VO bit").isEqualTo(0x400);
        assertThat(tc.get("vo").getAsBoolean()).isTrue();
        assertThat(tc.get("vp").getAsInt()).isEqualTo(0x400);
        assertThat(tc.getAsJsonObject("rings").getAsJsonObject("os").get("w2").getAsLong()).isEqualTo(0x80000400L);
        JsonObject src = o.getAsJsonArray("sources").get(0).getAsJsonObject();
        assertThat(src.get("pq").getAsString()).isEqualTo("10");
        assertThat(src.get("eisn").getAsLong()).isEqualTo(0x1300);
        assertThat(src.get("end").getAsInt()).isEqualTo(6);
        JsonObject end = o.getAsJsonObject("xive").getAsJsonArray("ends").get(0).getAsJsonObject();
        assertThat(end.get("entries").getAsInt()).isEqualTo(1 << 14);
        assertThat(end.get("escalation").isJsonNull()).isTrue();
        assertThat(end.getAsJsonArray("window").get(0).getAsLong()).isEqualTo(0x8000_1300L);
    }

    @Test
    void x86Machine() {
        JsonObject o = roundTrip(FakeTargets.x86("kvm:x86"));
        JsonObject lapic = o.getAsJsonArray("vcpus").get(0).getAsJsonObject().getAsJsonObject("presenter");
        assertThat(lapic.get("type").getAsString()).isEqualTo("lapic");
        assertThat(lapic.get("tpr").getAsInt()).isEqualTo(0x20);
        assertThat(lapic.get("ppr").getAsInt()).isEqualTo(0x30);
        assertThat(ints(lapic.getAsJsonArray("irr"))).containsExactly(0x31, 0x40);
        assertThat(ints(lapic.getAsJsonArray("isr"))).containsExactly(0x30);
        assertThat(ints(lapic.getAsJsonArray("tmr"))).containsExactly(0x30);
        assertThat(lapic.get("enabled").getAsBoolean()).isTrue();
        JsonArray pins = o.getAsJsonObject("ioapic").getAsJsonArray("pins");
        JsonObject level = pins.get(0).getAsJsonObject();
        assertThat(level.get("pin").getAsInt()).isEqualTo(1);
        assertThat(level.get("vector").getAsInt()).isEqualTo(0x31);
        assertThat(level.get("dest").getAsInt()).isEqualTo(1);
        assertThat(level.get("dest_mode").getAsString()).isEqualTo("logical");
        assertThat(level.get("trigger").getAsString()).isEqualTo("level");
        assertThat(level.get("remote_irr").getAsBoolean()).isTrue();
        assertThat(level.get("masked").getAsBoolean()).isFalse();
        JsonObject masked = pins.get(1).getAsJsonObject();
        assertThat(masked.get("trigger").getAsString()).isEqualTo("edge");
        assertThat(masked.get("dest_mode").getAsString()).isEqualTo("physical");
        assertThat(masked.get("masked").getAsBoolean()).isTrue();
        JsonArray pic = o.getAsJsonArray("pic");
        assertThat(pic).hasSize(2);
        assertThat(pic.get(0).getAsJsonObject().get("chip").getAsString()).isEqualTo("master");
        assertThat(pic.get(0).getAsJsonObject().get("irr").getAsInt()).isEqualTo(0x02);
        assertThat(pic.get(0).getAsJsonObject().get("imr").getAsInt()).isEqualTo(0xfb);
        assertThat(pic.get(1).getAsJsonObject().get("base").getAsInt()).isEqualTo(0x28);
        assertThat(o.get("xive").isJsonNull()).isTrue();
    }

    @Test
    void integersAreNumbersNotStrings() {
        String line = StateJson.line(StateJson.snapshot(FakeTargets.x86("t")));
        assertThat(line).contains("\"tpr\":32", "\"vector\":49", "\"sequence\":9").doesNotContain("\"0x");
    }
}
