/** The CPD area's landing page. */
@NullMarked
package org.uplift.cpd.home;

import org.jspecify.annotations.NullMarked;
