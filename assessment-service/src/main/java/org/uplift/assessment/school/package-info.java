/** A local read model of the platform's schools (URN → LA, region), fed by schools-service's events. */
@NullMarked
package org.uplift.assessment.school;

import org.jspecify.annotations.NullMarked;
