/** Events published by assessment-service. */
@NullMarked
package org.uplift.contracts.assessment;

import org.jspecify.annotations.NullMarked;
