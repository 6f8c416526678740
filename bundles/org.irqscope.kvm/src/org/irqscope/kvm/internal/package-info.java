// SPDX-License-Identifier: EPL-2.0
/**
 * Range checks, structure buffers and IBM bit numbering used by the codecs; not exported.
 */
package org.irqscope.kvm.internal;
