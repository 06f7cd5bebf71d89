/** Events published by schools-service. */
@NullMarked
package org.uplift.contracts.schools;

import org.jspecify.annotations.NullMarked;
