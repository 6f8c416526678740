// SPDX-License-Identifier: EPL-2.0
package org.irqscope.model.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.irqscope.model.IrqscopeFactory;
import org.irqscope.model.IrqscopePackage;
import org.irqscope.model.Machine;
import org.irqscope.model.Recording;
import org.irqscope.model.util.IrqscopeValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each constraint has a fixture that breaks it and one close to it that must pass. */
class TopologyConstraintsTest {

    private Machine fixture(String name) throws IOException {
        IrqscopePackage.eINSTANCE.getNsURI();
        XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("fixture:/" + name));
        try (InputStream in = getClass().getResourceAsStream(name + ".irqscope")) {
            assertThat(in).as("fixture " + name).isNotNull();
            resource.load(in, null);
        }
        return ((Recording) resource.getContents().get(0)).getMachines().get(0);
    }

    private static List<Diagnostic> errors(Machine machine) {
        Diagnostic result = Diagnostician.INSTANCE.validate(machine);
        List<Diagnostic> out = new ArrayList<>();
        collect(result, out);
        return out;
    }

    private static void collect(Diagnostic d, List<Diagnostic> out) {
        if (d.getChildren().isEmpty() && d.getSeverity() >= Diagnostic.WARNING) {
            out.add(d);
        }
        d.getChildren().forEach(c -> collect(c, out));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "priority-xics-out-of-range | 3 | source 0x1000 has priority 0x100, outside the xics range 0..0xFF",
            "priority-xive-out-of-range | 3 | source 0x1000 has priority 0x8, outside the xive range 0..7 or 0xFF (masked)",
            "server-not-a-vcpu          | 4 | source 0x1000 targets server 5, which is no vCPU of this machine",
            "xisr-without-ppri          | 1 | vcpu 0: XISR names source 0x1000 but PPRI is 0xFF (nothing pending)",
            "pending-unallocated        | 5 | source 0x1000 is pending but not allocated",
            "pipr-not-from-ipb          | 2 | vcpu 3 ring OS: PIPR is 0xFF but IPB 0x4 gives 0x5"})
    void brokenFixtureTriggersExactlyItsConstraint(String fixture, int code, String message) throws IOException {
        List<Diagnostic> errors = errors(fixture(fixture));
        assertThat(errors).hasSize(1);
        Diagnostic d = errors.get(0);
        assertThat(d.getSource()).isEqualTo(IrqscopeValidator.DIAGNOSTIC_SOURCE);
        assertThat(d.getCode()).isEqualTo(code);
        assertThat(d.getSeverity()).isEqualTo(Diagnostic.ERROR);
        assertThat(d.getMessage()).isEqualTo(message);
    }

    @ParameterizedTest
    @CsvSource({"priority-xics-in-range", "priority-xive-in-range", "server-is-a-vcpu", "xisr-with-ppri",
            "pending-allocated", "pipr-from-ipb"})
    void nearMissFixturePasses(String fixture) throws IOException {
        assertThat(errors(fixture(fixture))).isEmpty();
    }

    @Test
    void validatorIsRegisteredForThePackage() {
        assertThat(EValidator.Registry.INSTANCE.getEValidator(IrqscopePackage.eINSTANCE))
                .isSameAs(IrqscopeValidator.INSTANCE);
    }

    @Test
    void priorityOfOtherArchitecturesIsNotJudgedOnTheSource() {
        Machine machine = IrqscopeFactory.eINSTANCE.createMachine();
        machine.setInterruptMode(org.irqscope.model.InterruptMode.X86_KERNEL_IRQCHIP);
        var source = IrqscopeFactory.eINSTANCE.createSource();
        source.setPriority(0x1234);
        machine.getSources().add(source);
        assertThat(errors(machine)).isEmpty();
        machine.setInterruptMode(org.irqscope.model.InterruptMode.XIVE);
        assertThat(errors(machine)).extracting(Diagnostic::getCode)
                .containsExactly(IrqscopeValidator.SOURCE__PRIORITY_IN_ARCHITECTURE_RANGE);
    }
}
