/** The measures of DESIGN.md (docs/measures.md): thresholds, prior-attainment groups, progress against estimates. */
@NullMarked
package org.uplift.assessment.measure;

import org.jspecify.annotations.NullMarked;
