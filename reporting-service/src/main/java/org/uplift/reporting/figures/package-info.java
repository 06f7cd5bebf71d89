/** Pure calculation: additive pupil statistics, the gap index, and suppression of every figure shown. */
@NullMarked
package org.uplift.reporting.figures;

import org.jspecify.annotations.NullMarked;
