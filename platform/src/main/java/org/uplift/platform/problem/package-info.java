/** RFC 9457 problem details, with field-level errors for invalid input. */
@NullMarked
package org.uplift.platform.problem;

import org.jspecify.annotations.NullMarked;
