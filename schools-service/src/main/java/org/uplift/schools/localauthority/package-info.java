/** Regions and local authorities: public DfE reference data. */
@NullMarked
package org.uplift.schools.localauthority;

import org.jspecify.annotations.NullMarked;
