/** Diagnostic maths reviews of schools: a judgement per area, strengths and areas to improve. */
@NullMarked
package org.uplift.schools.review;

import org.jspecify.annotations.NullMarked;
