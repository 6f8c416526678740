// SPDX-License-Identifier: EPL-2.0
package org.irqscope.core.sync;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.util.EContentAdapter;

/** Counts every real change notification in a containment tree (adapter bookkeeping and touches excluded). */
public final class NotificationCounter extends EContentAdapter {
    private final List<Notification> seen = new ArrayList<>();

    @Override
    public void notifyChanged(Notification n) {
        super.notifyChanged(n);
        if (!n.isTouch() && n.getEventType() != Notification.REMOVING_ADAPTER) {
            seen.add(n);
        }
    }

    public int count() {
        return seen.size();
    }

    public List<Notification> notifications() {
        return seen;
    }

    public void reset() {
        seen.clear();
    }
}
