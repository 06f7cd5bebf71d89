/** Property defaults every Uplift application starts from. */
@NullMarked
package org.uplift.platform.defaults;

import org.jspecify.annotations.NullMarked;
