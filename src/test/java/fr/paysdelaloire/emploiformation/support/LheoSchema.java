package fr.paysdelaloire.emploiformation.support;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.junit.jupiter.api.Assumptions;

/**
 * The official LHEO 2.3 schema, read from the shared material beside the checkout ({@code shared.dir}); in CI its
 * absence fails the test, elsewhere it skips it.
 */
public final class LheoSchema {

    private LheoSchema() {
    }

    /** Validates {@code xml} against LHEO 2.3 with the JDK's own validator; throws with the first error. */
    public static void validate(String xml) throws Exception {
        Path xsd = Path.of(System.getProperty("shared.dir", "../shared"), "lheo", "lheo-2.3.xsd");
        if (!Files.exists(xsd)) {
            if ("true".equals(System.getenv("CI"))) {
                throw new AssertionError("The LHEO schema is missing: " + xsd.toAbsolutePath());
            }
            Assumptions.abort("LHEO schema not found at " + xsd.toAbsolutePath());
        }
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd.toFile()).newValidator()
                .validate(new StreamSource(new StringReader(xml)));
    }
}
