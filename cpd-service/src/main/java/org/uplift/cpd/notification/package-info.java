/** Email to participants over SMTP (confirmation with an .ics invite, offer, reminder, cancellation), sent from a queue kept inside each booking document. */
@NullMarked
package org.uplift.cpd.notification;

import org.jspecify.annotations.NullMarked;
