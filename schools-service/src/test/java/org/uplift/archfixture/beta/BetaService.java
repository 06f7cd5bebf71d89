package org.uplift.archfixture.beta;

import org.springframework.web.bind.annotation.RestController;
import org.uplift.archfixture.alpha.AlphaDocument;

/** Broken on purpose: a controller in another feature that hands out that feature's document. */
@RestController
public class BetaService {
    public AlphaDocument leak() {
        return new AlphaDocument();
    }
}
