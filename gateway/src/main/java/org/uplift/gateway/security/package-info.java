/** Login, session, CSRF, logout and security headers for browsers; bearer pass-through for API clients. */
@NullMarked
package org.uplift.gateway.security;

import org.jspecify.annotations.NullMarked;
