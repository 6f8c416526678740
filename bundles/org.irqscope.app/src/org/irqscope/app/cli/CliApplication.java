// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.irqscope.app.Targets;

/** The headless irqscope application: {@code ./irqscope SUBCOMMAND ...}. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        Targets.registerAll();
        return Integer.valueOf(new Cli(System.out, System.err).run(args == null ? new String[0] : args));
    }

    @Override
    public void stop() {
        // a headless command runs to completion; nothing to interrupt
    }
}
