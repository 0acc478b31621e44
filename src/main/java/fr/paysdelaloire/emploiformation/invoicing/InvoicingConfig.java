package fr.paysdelaloire.emploiformation.invoicing;

import java.math.BigDecimal;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How invoices are stated for the Region's finance team (issue #20). */
@ConfigMapping(prefix = "ef.invoicing")
public interface InvoicingConfig {

    /**
     * The VAT rate applied to the amount before tax, as a fraction (0.20 for 20 %). Professional training is exempt
     * (CGI art. 261-4-4°-a) for bodies holding a declaration of activity: 0 by default.
     */
    @WithDefault("0")
    BigDecimal vatRate();

    /** The mention printed on each invoice about VAT. */
    @WithDefault("Exonération de TVA, article 261-4-4°-a du CGI (formation professionnelle continue)")
    String vatMention();
}
