package org.uplift.archfixture.alpha;

import org.springframework.data.mongodb.core.mapping.Document;
import org.uplift.archfixture.beta.BetaService;

/** Broken on purpose (outside the service's packages so no context scans it): public, and in a cycle with beta. */
@Document("alpha")
public class AlphaDocument {
    BetaService beta;
}
