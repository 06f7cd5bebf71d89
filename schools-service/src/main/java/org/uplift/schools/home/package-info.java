/** The Schools area's landing page. */
@NullMarked
package org.uplift.schools.home;

import org.jspecify.annotations.NullMarked;
