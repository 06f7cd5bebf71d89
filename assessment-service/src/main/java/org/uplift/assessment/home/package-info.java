/** The Assessments area's landing page. */
@NullMarked
package org.uplift.assessment.home;

import org.jspecify.annotations.NullMarked;
