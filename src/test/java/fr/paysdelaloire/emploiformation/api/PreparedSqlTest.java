package fr.paysdelaloire.emploiformation.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class PreparedSqlTest {

    @Test
    void namedParametersBecomePlacesInOrderRepeatsIncluded() {
        PreparedSql sql = new PreparedSql("select :a, cast(:b_2 as uuid) where x = :a and y = any(:list)");
        assertEquals("select ?, cast(? as uuid) where x = ? and y = any(?)", sql.sql());
        assertEquals(List.of("a", "b_2", "a", "list"), sql.names());
    }

    @Test
    void castsAndLiteralsAreLeftAlone() {
        PreparedSql sql = new PreparedSql("select x::text, 'a:b :c', chr(58), :d from t where s like 'region-officer:%'");
        assertEquals("select x::text, 'a:b :c', chr(58), ? from t where s like 'region-officer:%'", sql.sql());
        assertEquals(List.of("d"), sql.names());
    }
}
