@NullMarked
package org.uplift.schools.school;

import org.jspecify.annotations.NullMarked;
