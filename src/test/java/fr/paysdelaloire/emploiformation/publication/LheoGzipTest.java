package fr.paysdelaloire.emploiformation.publication;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** The gzip-encoded export assembled from pieces deflated apart decodes to the plain export, byte for byte. */
class LheoGzipTest {

    @Test
    void theCrcOfTwoPiecesCombinedIsTheCrcOfBoth() {
        Random random = new Random(20261130);
        for (int i = 0; i < 500; i++) {
            byte[] whole = new byte[random.nextInt(20_000)];
            random.nextBytes(whole);
            int cut = whole.length == 0 ? 0 : random.nextInt(whole.length + 1);
            byte[] a = java.util.Arrays.copyOfRange(whole, 0, cut);
            byte[] b = java.util.Arrays.copyOfRange(whole, cut, whole.length);
            assertEquals(LheoGzip.crc(whole), LheoGzip.combine(LheoGzip.crc(a), LheoGzip.crc(b), b.length), "cut at " + cut + " of " + whole.length);
        }
    }

    @Test
    void sealedFragmentsBetweenTheDocumentsOwnTextDecodeToThePlainDocument() throws IOException {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><lheo xmlns=\"http://lheo.gouv.fr/2.3\"><offres>";
        String[] fragments = {
                "<formation numero=\"1\"><action><code-public-vise>" + LheoWriter.PUBLIC_VISE_MARK + "</code-public-vise></action></formation>",
                "<formation numero=\"2\"><intitule-formation>Soudeur·se — 😀 ]]&gt; &lt; &amp; \u200f</intitule-formation>"
                        + "<code-public-vise>" + LheoWriter.PUBLIC_VISE_MARK + "</code-public-vise><x>" + LheoWriter.PUBLIC_VISE_MARK + "</x></formation>",
                "<formation numero=\"3\">no mark at all</formation>",
                LheoWriter.PUBLIC_VISE_MARK + "<formation numero=\"4\"/>" + LheoWriter.PUBLIC_VISE_MARK,
                "<formation numero=\"5\">" + "Plaquiste ".repeat(5000) + LheoWriter.PUBLIC_VISE_MARK + "</formation>" };
        String end = "</offres><extras><extra info=\"dispositif\">1 emploi = 1 formation</extra></extras></lheo>";

        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        LheoGzip.Member member = new LheoGzip.Member(encoded);
        member.text(head.getBytes(StandardCharsets.UTF_8));
        StringBuilder plain = new StringBuilder(head);
        for (int i = 0; i < fragments.length; i++) {
            // stored at publication (best ratio), or sealed at export time (an entry stored before it was)
            member.fragment(i % 2 == 0 ? LheoGzip.seal(fragments[i], "15041") : LheoGzip.seal(fragments[i], "15041", LheoGzip.EXPORT_LEVEL));
            plain.append(LheoWriter.exported(fragments[i], "15041"));
        }
        member.finish(end.getBytes(StandardCharsets.UTF_8));
        plain.append(end);

        byte[] decoded = new GZIPInputStream(new ByteArrayInputStream(encoded.toByteArray())).readAllBytes();
        assertEquals(plain.toString(), new String(decoded, StandardCharsets.UTF_8));
        assertTrue(encoded.size() < plain.length() / 5, encoded.size() + " bytes encoded for " + plain.length());
    }

    @Test
    void anEmptyDocumentEndIsStillAValidMember() throws IOException {
        ByteArrayOutputStream encoded = new ByteArrayOutputStream();
        LheoGzip.Member member = new LheoGzip.Member(encoded);
        member.fragment(LheoGzip.seal("<a>" + LheoWriter.PUBLIC_VISE_MARK + "</a>", "15041"));
        member.finish(new byte[0]);
        assertArrayEquals("<a>15041</a>".getBytes(StandardCharsets.UTF_8), new GZIPInputStream(new ByteArrayInputStream(encoded.toByteArray())).readAllBytes());
    }
}
