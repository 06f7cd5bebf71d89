/** A local read model of the platform's schools, built from schools-service events: open or closed, and their LA. */
@NullMarked
package org.uplift.cpd.school;

import org.jspecify.annotations.NullMarked;
