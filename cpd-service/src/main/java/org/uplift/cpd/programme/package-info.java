/** The CPD catalogue: programmes owned by a Maths Hub, searchable by phase, format, hub and date. */
@NullMarked
package org.uplift.cpd.programme;

import org.jspecify.annotations.NullMarked;
