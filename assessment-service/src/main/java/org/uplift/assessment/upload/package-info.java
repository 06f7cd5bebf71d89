/**
 * Result uploads: a file (CSV or CTF XML) is validated completely before anything is stored, then stored as a whole,
 * replacing the earlier results of the same school, assessment and period, and announced as pseudonymous facts.
 */
@NullMarked
package org.uplift.assessment.upload;

import org.jspecify.annotations.NullMarked;
