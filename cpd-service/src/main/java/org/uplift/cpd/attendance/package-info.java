/** Registers per session, their CSV export, and completion by the programme's rule. */
@NullMarked
package org.uplift.cpd.attendance;

import org.jspecify.annotations.NullMarked;
