/** Action plans: objectives per area, actions, and termly RAG reviews with their full history. */
@NullMarked
package org.uplift.schools.actionplan;

import org.jspecify.annotations.NullMarked;
