/** The assessment-service application. */
@NullMarked
package org.uplift.assessment;

import org.jspecify.annotations.NullMarked;
