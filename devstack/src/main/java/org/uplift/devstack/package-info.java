/**
 * The one-command local stack: Keycloak, Kafka, MongoDB and the Uplift services on loopback, started in the order
 * {@link org.uplift.devstack.Topology} declares. {@link org.uplift.devstack.LocalStack} is the API the e2e tests use.
 */
@NullMarked
package org.uplift.devstack;

import org.jspecify.annotations.NullMarked;
