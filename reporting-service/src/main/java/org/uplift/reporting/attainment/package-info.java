@NullMarked
package org.uplift.reporting.attainment;

import org.jspecify.annotations.NullMarked;
