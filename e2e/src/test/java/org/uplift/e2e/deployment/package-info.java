/**
 * The Kubernetes deployment under {@code k8s/}, proven offline: every overlay renders with {@code kubectl kustomize},
 * every rendered object validates strictly against the Kubernetes and operator schemas, and the manifests agree with
 * the code (topics, ports, probes, environment, names).
 */
@NullMarked
package org.uplift.e2e.deployment;

import org.jspecify.annotations.NullMarked;
