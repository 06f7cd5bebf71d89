/** The cpd-service application. */
@NullMarked
package org.uplift.cpd;

import org.jspecify.annotations.NullMarked;
