/**
 * The only place a UPN exists: it is checked here and turned into a keyed pseudonym at once; nothing else in the
 * service ever holds the raw value.
 */
@NullMarked
package org.uplift.assessment.pupil;

import org.jspecify.annotations.NullMarked;
