/** The gateway: the platform's only public entry and the browser's backend-for-frontend. */
@NullMarked
package org.uplift.gateway;

import org.jspecify.annotations.NullMarked;
