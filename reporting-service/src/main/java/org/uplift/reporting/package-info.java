/** The reporting-service application. */
@NullMarked
package org.uplift.reporting;

import org.jspecify.annotations.NullMarked;
