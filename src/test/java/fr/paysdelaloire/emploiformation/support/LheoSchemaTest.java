package fr.paysdelaloire.emploiformation.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.junit.jupiter.api.Test;
import org.xml.sax.SAXParseException;

/** The vendored LHEO schema is the one its README names, and it does reject what LHEO does not allow. */
class LheoSchemaTest {

    @Test
    void theVendoredSchemaIsTheOneItsReadmeNames() throws Exception {
        try (InputStream xsd = LheoSchema.class.getResourceAsStream(LheoSchema.RESOURCE)) {
            assertNotNull(xsd, LheoSchema.RESOURCE);
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(xsd.readAllBytes()));
            assertEquals("93c57269fa6c515b4b103a9d32395cc740e9d8af512fc48c4b2c16d9bab8d71c", digest);
        }
    }

    @Test
    void anEmptyOffresIsNotLheo() {
        assertThrows(SAXParseException.class,
                () -> LheoSchema.validate("<lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres/></lheo>"));
    }
}
