/** The shared GOV.UK page layout and its assets. */
@NullMarked
package org.uplift.platform.web;

import org.jspecify.annotations.NullMarked;
