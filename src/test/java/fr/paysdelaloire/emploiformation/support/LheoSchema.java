package fr.paysdelaloire.emploiformation.support;

import java.io.StringReader;
import java.net.URL;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

/**
 * The official LHEO 2.3 schema, vendored in the repository ({@code src/test/resources/lheo/}, its source and version in
 * the README beside it): a fresh clone validates the export against it; nothing skips.
 */
public final class LheoSchema {

    static final String RESOURCE = "/lheo/lheo-2.3.xsd";

    private static volatile Schema schema;

    private LheoSchema() {
    }

    /** Validates {@code xml} against LHEO 2.3 with the JDK's own validator; throws with the first error. */
    public static void validate(String xml) throws Exception {
        schema().newValidator().validate(new StreamSource(new StringReader(xml)));
    }

    static Schema schema() throws Exception {
        if (schema == null) {
            URL xsd = LheoSchema.class.getResource(RESOURCE);
            if (xsd == null) {
                throw new AssertionError("The vendored LHEO schema is missing from the test classpath: " + RESOURCE);
            }
            schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
        }
        return schema;
    }
}
