/** The field-by-field audit trail that every record of this service carries. */
@NullMarked
package org.uplift.schools.audit;

import org.jspecify.annotations.NullMarked;
