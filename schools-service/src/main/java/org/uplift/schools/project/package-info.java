/** Improvement projects led by an LA, with participating schools, budget, governance meetings and evaluations. */
@NullMarked
package org.uplift.schools.project;

import org.jspecify.annotations.NullMarked;
