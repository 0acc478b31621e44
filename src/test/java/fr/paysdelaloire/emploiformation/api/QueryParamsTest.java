package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

/** A query's parameters parsed once, every wrong one named in one 400. */
class QueryParamsTest {

    enum Colour { RED, GREEN }

    @Test
    void absentParametersAreNullAndRight() {
        QueryParams query = new QueryParams();
        assertNull(query.oneOf("status", null, Colour.class));
        assertNull(query.instant("updated_since", null));
        assertNull(query.siret("employer_siret", null));
        assertEquals(new Paging(0, Paging.DEFAULT_SIZE), query.paging(null, null, 100));
        query.done();
    }

    @Test
    void rightParametersAreParsed() {
        QueryParams query = new QueryParams();
        assertEquals(Colour.GREEN, query.oneOf("status", "GREEN", Colour.class));
        assertEquals(OffsetDateTime.parse("2026-11-01T00:00:00Z"), query.instant("updated_since", "2026-11-01T00:00:00Z"));
        assertEquals("41229838000012", query.siret("employer_siret", "41229838000012"));
        query.done();
    }

    @Test
    void everyWrongParameterIsNamedInOneRefusal() {
        QueryParams query = new QueryParams();
        query.oneOf("status", "BLUE", Colour.class);
        query.instant("updated_since", "yesterday");
        query.siret("employer_siret", "41229838000013");
        query.paging(-1, 500, 100);
        ApiProblem refused = assertThrows(ApiProblem.class, query::done);
        assertEquals(ProblemType.VALIDATION, refused.type());
        assertEquals(List.of("employer_siret", "page", "size", "status", "updated_since"),
                refused.violations().stream().map(Problem.Violation::field).toList());
        assertEquals("must be one of [RED, GREEN]", refused.violations().get(3).message());
    }

    @Test
    void oneParameterAloneIsParsedOrRefused() {
        assertEquals(Colour.RED, QueryParams.single("status", "RED", Colour.class));
        assertThrows(ApiProblem.class, () -> QueryParams.single("status", "red", Colour.class));
    }
}
