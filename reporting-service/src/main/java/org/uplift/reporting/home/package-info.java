/** The reports landing page. */
@NullMarked
package org.uplift.reporting.home;

import org.jspecify.annotations.NullMarked;
