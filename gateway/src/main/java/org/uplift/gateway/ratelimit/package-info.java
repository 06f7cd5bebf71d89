/** Per-client rate limiting of the API. */
@NullMarked
package org.uplift.gateway.ratelimit;

import org.jspecify.annotations.NullMarked;
