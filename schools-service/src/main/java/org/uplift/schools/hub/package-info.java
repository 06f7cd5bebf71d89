/** Maths Hubs and the LAs each serves; platform admins maintain them. */
@NullMarked
package org.uplift.schools.hub;

import org.jspecify.annotations.NullMarked;
