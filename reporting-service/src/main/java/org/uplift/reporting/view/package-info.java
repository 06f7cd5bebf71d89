/** How a report is answered: the report record (JSON), its tables as CSV, and the shared page. */
@NullMarked
package org.uplift.reporting.view;

import org.jspecify.annotations.NullMarked;
