/** Dropping the read models and replaying the topics from the beginning. */
@NullMarked
package org.uplift.reporting.rebuild;

import org.jspecify.annotations.NullMarked;
