// SPDX-License-Identifier: EPL-2.0
package org.irqscope.trace.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.irqscope.trace.Fixtures;
import org.irqscope.trace.kvm.KvmEventDecoder;
import org.junit.jupiter.api.Test;

class EventFormatParserTest {

    @Test
    void readsTheKernelsFormatFile() throws Exception {
        EventFormat f = EventFormatParser.parse("kvm", Fixtures.text(Fixtures.SANDBOX + "formats/kvm_apic_accept_irq"
                + ".format"), "kvm_apic_accept_irq");
        assertThat(f.name()).isEqualTo("kvm_apic_accept_irq");
        assertThat(f.id()).isEqualTo(95);
        assertThat(f.field("common_pid")).contains(new FieldFormat("int", "common_pid", 4, 4, true));
        assertThat(f.field("apicid")).contains(new FieldFormat("__u32", "apicid", 8, 4, false));
        assertThat(f.field("dm")).contains(new FieldFormat("__u16", "dm", 12, 2, false));
        assertThat(f.field("tm")).contains(new FieldFormat("__u16", "tm", 14, 2, false));
        assertThat(f.field("vec")).contains(new FieldFormat("__u8", "vec", 16, 1, false));
        assertThat(f.recordSize()).isEqualTo(17);
    }

    @Test
    void readsTheHeaderPage() throws Exception {
        var layout = Fixtures.layout();
        assertThat(layout.timestampOffset()).isZero();
        assertThat(layout.commitOffset()).isEqualTo(8);
        assertThat(layout.commitSize()).isEqualTo(8);
        assertThat(layout.dataOffset()).isEqualTo(16);
    }

    @Test
    void garbageIsRefusedWithWhereItCameFrom() {
        assertThatThrownBy(() -> EventFormatParser.parse("kvm", "hello\nworld\n", "events/kvm/x/format"))
                .isInstanceOf(TraceFormatException.class).hasMessageContaining("events/kvm/x/format")
                .hasMessageContaining("name:");
        assertThatThrownBy(() -> EventFormatParser.parse("kvm", "name: kvm_eoi\nID: 94\n\tfield:int x;\toffset:"
                + "abc;\n", "f")).isInstanceOf(TraceFormatException.class).hasMessageContaining("line 3");
        assertThatThrownBy(() -> EventFormatParser.parse("kvm", "name: kvm_eoi\nformat:\n", "f"))
                .hasMessageContaining("no 'ID:' line");
    }

    @Test
    void anEventThatChangedShapeIsNamedWithItsField() throws Exception {
        Map<String, EventFormat> formats = Fixtures.formats();
        String changed = Fixtures.text(Fixtures.SANDBOX + "formats/kvm_eoi.format").replace("int vector;",
                "int vec_nr;");
        formats.put("kvm_eoi", EventFormatParser.parse("kvm", changed, "kvm_eoi"));
        assertThatThrownBy(() -> new KvmEventDecoder(formats)).isInstanceOf(TraceFormatException.class)
                .hasMessageContaining("kvm:kvm_eoi has no field 'vector'").hasMessageContaining("changed shape");

        Map<String, EventFormat> resized = Fixtures.formats();
        resized.put("kvm_set_irq", EventFormatParser.parse("kvm", Fixtures.text(Fixtures.SANDBOX
                + "formats/kvm_set_irq.format").replace("unsigned int gsi;\toffset:8;\tsize:4;",
                        "unsigned long gsi;\toffset:8;\tsize:8;"),
                "kvm_set_irq"));
        assertThatThrownBy(() -> new KvmEventDecoder(resized)).hasMessageContaining("'gsi' is 8 bytes");
    }

    @Test
    void anEventMissingFromTheKernelIsNamed() throws Exception {
        Map<String, EventFormat> formats = Fixtures.formats();
        formats.remove("kvm_apic_accept_irq");
        assertThatThrownBy(() -> new KvmEventDecoder(formats))
                .hasMessageContaining("this kernel has no kvm:kvm_apic_accept_irq event");
        Map<String, EventFormat> optional = Fixtures.formats();
        optional.remove("kvm_inj_virq");
        assertThat(new KvmEventDecoder(optional).events()).doesNotContain("kvm_inj_virq").contains("kvm_eoi");
    }
}
