/** Resource-server security and the caller's tenant scope. */
@NullMarked
package org.uplift.platform.security;

import org.jspecify.annotations.NullMarked;
