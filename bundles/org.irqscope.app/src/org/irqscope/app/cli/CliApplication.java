// SPDX-License-Identifier: EPL-2.0
package org.irqscope.app.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.irqscope.app.Targets;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The headless irqscope application: {@code ./irqscope SUBCOMMAND ...}. All the logic is in {@link Cli}. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext context) {
        String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        context.applicationRunning();
        Targets.registerAll();
        Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
        String version = bundle == null ? "development" : bundle.getVersion().toString();
        // JSON is UTF-8 whatever the locale says, and route texts use arrows and check marks
        PrintStream out = new PrintStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 16),
                false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code;
        try {
            code = new Cli(out, err).withVersion(version).run(args == null ? new String[0] : args);
        } finally {
            out.flush();
            err.flush();
        }
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // a headless command runs to completion; nothing to interrupt
    }
}
