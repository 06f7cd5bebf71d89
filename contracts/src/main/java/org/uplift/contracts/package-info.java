/** What services agree on over Kafka: the envelope, the topics and the event catalogue. */
@NullMarked
package org.uplift.contracts;

import org.jspecify.annotations.NullMarked;
