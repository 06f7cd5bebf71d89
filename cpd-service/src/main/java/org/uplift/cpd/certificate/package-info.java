/** Completion certificates as PDF. */
@NullMarked
package org.uplift.cpd.certificate;

import org.jspecify.annotations.NullMarked;
