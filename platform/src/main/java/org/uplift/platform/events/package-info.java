/** The event backbone: outbox and relay for producers; idempotent, dead-lettering consumption for consumers. */
@NullMarked
package org.uplift.platform.events;

import org.jspecify.annotations.NullMarked;
