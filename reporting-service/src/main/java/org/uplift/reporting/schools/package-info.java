/** The school directory read model: schools per LA and region, from the school topic. */
@NullMarked
package org.uplift.reporting.schools;

import org.jspecify.annotations.NullMarked;
