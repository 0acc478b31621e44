package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentCodingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | false",
            "'' | false",
            "identity | false",
            "gzip | true",
            "GZIP | true",
            "deflate, gzip | true",
            "gzip, deflate, br, zstd | true",
            "x-gzip | true",
            "gzip;q=0 | false",
            "gzip; q=0.0 | false",
            "gzip;q=0.5, identity | true",
            "* | true",
            "*;q=0 | false",
            "*, gzip;q=0 | false",
            "br, deflate | false",
            "gzip;q=x | false" })
    void gzipIsTakenWhenListedWithAWeightAboveZero(String header, boolean gzip) {
        assertEquals(gzip, ContentCodings.acceptsGzip(header), header);
    }
}
