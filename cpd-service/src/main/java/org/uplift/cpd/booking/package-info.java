@NullMarked
package org.uplift.cpd.booking;

import org.jspecify.annotations.NullMarked;
