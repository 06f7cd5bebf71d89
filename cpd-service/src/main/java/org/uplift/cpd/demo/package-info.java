/** Demo programmes, cohorts and bookings for the local stack, made through the service's own code so events flow. */
@NullMarked
package org.uplift.cpd.demo;

import org.jspecify.annotations.NullMarked;
