/** Events published by cpd-service. */
@NullMarked
package org.uplift.contracts.cpd;

import org.jspecify.annotations.NullMarked;
