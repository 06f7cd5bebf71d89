@NullMarked
package org.uplift.assessment.upload;

import org.jspecify.annotations.NullMarked;
