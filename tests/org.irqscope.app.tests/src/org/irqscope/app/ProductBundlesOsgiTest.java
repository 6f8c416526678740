// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The product's own bundles resolve together in a real OSGi framework. */
@Tag("osgi")
class ProductBundlesOsgiTest {

    @Test
    void everyIrqscopeBundleResolves() {
        Bundle self = FrameworkUtil.getBundle(ProductBundlesOsgiTest.class);
        assertThat(self).as("test runs inside OSGi").isNotNull();
        Map<String, Integer> states = Arrays.stream(self.getBundleContext().getBundles())
                .filter(b -> b.getSymbolicName().startsWith("org.irqscope.") && !b.getSymbolicName().endsWith(".tests"))
                .collect(Collectors.toMap(Bundle::getSymbolicName, Bundle::getState, (a, b) -> a));
        assertThat(states.keySet()).contains("org.irqscope.model", "org.irqscope.kvm", "org.irqscope.kvm.linux",
                "org.irqscope.core", "org.irqscope.softkvm", "org.irqscope.sandbox", "org.irqscope.qemu",
                "org.irqscope.ui", "org.irqscope.app");
        states.forEach((name, state) -> assertThat(state).as(name + " state")
                .isIn(Bundle.RESOLVED, Bundle.STARTING, Bundle.ACTIVE));
    }
}
