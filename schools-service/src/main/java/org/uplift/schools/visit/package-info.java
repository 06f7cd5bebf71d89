/** Support visits by system leaders (SLEs/NLEs) and their quality-assurance sign-off. */
@NullMarked
package org.uplift.schools.visit;

import org.jspecify.annotations.NullMarked;
