/** Which report areas (platform, region, LA, school) a caller may see, and how they nest for drill-down. */
@NullMarked
package org.uplift.reporting.access;

import org.jspecify.annotations.NullMarked;
