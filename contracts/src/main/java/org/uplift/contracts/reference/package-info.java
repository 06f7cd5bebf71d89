/** Public reference data every service shares: English regions and local authorities. */
@NullMarked
package org.uplift.contracts.reference;

import org.jspecify.annotations.NullMarked;
