package fr.paysdelaloire.emploiformation.statistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.paysdelaloire.emploiformation.statistics.FunnelRepository.Grouped;
import fr.paysdelaloire.emploiformation.statistics.FunnelRepository.Grouping;

class FunnelTallyTest {

    @Test
    void percentilesAreThoseOfPercentileContOverTheCountedValues() {
        // values 1, 2, 2, 10 : percentile_cont(0.5) = 2, percentile_cont(0.9) = 2 + 0.7 * 8 = 7.6
        long[] histogram = histogram(Map.of("1.0", 1L, "2.0", 2L, "10.0", 1L));
        assertEquals(0, new BigDecimal("2").compareTo(FunnelTally.percentile(histogram, new BigDecimal("0.5"))));
        assertEquals(0, new BigDecimal("7.6").compareTo(FunnelTally.percentile(histogram, new BigDecimal("0.9"))));
        // one value: itself; two: their mean at the median
        assertEquals(0, new BigDecimal("3.3").compareTo(FunnelTally.percentile(histogram(Map.of("3.3", 1L)), new BigDecimal("0.9"))));
        // the lowest delay at the lowest rank, bucket 0 included
        assertEquals(0, new BigDecimal("0.45").compareTo(FunnelTally.percentile(histogram(Map.of("0.0", 1L, "0.9", 1L)),
                new BigDecimal("0.5"))));
        assertEquals(0, new BigDecimal("2.5").compareTo(FunnelTally.percentile(histogram(Map.of("2.0", 1L, "3.0", 1L)),
                new BigDecimal("0.5"))));
        assertNull(FunnelTally.percentile(new long[0], new BigDecimal("0.5")));
        assertNull(FunnelTally.percentile(new long[12], new BigDecimal("0.5")));
    }

    @Test
    void daysAreRoundedHalfUpInExactDecimals() {
        // 1.0 and 1.1: the median is 1.05, computed in decimals and rounded half up
        List<Grouped> groups = FunnelTally.group(List.of(row("2026-03-02", "CONSTRUCTION", "44", Map.of("1.0", 1L, "1.1", 1L))));
        assertEquals(1.1, groups.get(0).row().medianDaysToDecision());
    }

    @Test
    void rowsAreSummedIntoTheTotalThenBySectorDepartmentAndMonth() {
        List<Grouped> groups = FunnelTally.group(List.of(
                row("2026-03-02", "CONSTRUCTION", "44", Map.of("2.0", 1L)),
                row("2026-03-31", "UNASSIGNED", "49", Map.of()),
                row("2026-04-01", "CONSTRUCTION", "49", Map.of("4.0", 1L, "6.0", 1L))));
        assertEquals(List.of(Grouping.TOTAL, Grouping.SECTOR, Grouping.SECTOR, Grouping.DEPARTMENT, Grouping.DEPARTMENT,
                Grouping.MONTH, Grouping.MONTH), groups.stream().map(Grouped::grouping).toList());
        FunnelRow total = groups.get(0).row();
        assertEquals(6, total.received());
        assertEquals(3, total.decided());
        assertEquals(4.0, total.medianDaysToDecision());
        assertEquals(0.5, total.withdrawalRate());
        assertEquals(3, total.withoutImmersion(), "§6, issue #25: summed like the other counts");
        assertEquals(List.of("CONSTRUCTION", "UNASSIGNED"), groups.subList(1, 3).stream().map(g -> g.row().sector()).toList());
        assertEquals(4, groups.get(1).row().received());
        assertEquals(List.of("2026-03", "2026-04"), groups.subList(5, 7).stream().map(g -> g.row().month()).toList());
        assertEquals(4, groups.get(5).row().received());
    }

    @Test
    void anEmptyPeriodHasATotalOfZerosAndNoGroups() {
        List<Grouped> groups = FunnelTally.group(List.of());
        assertEquals(1, groups.size());
        assertEquals(0, groups.get(0).row().received());
        assertNull(groups.get(0).row().withdrawalRate());
        assertNull(groups.get(0).row().medianDaysToDecision());
    }

    @Test
    void theStoredHistogramIsReadInTenthsOfADay() {
        FunnelRepository.Histogram read = FunnelRepository.histogram("{\"0.0\": 1, \"12.5\": 3, \"100.0\": 2}");
        assertEquals(List.of(0, 125, 1000), java.util.Arrays.stream(read.tenths()).boxed().toList());
        assertEquals(List.of(1L, 3L, 2L), java.util.Arrays.stream(read.counts()).boxed().toList());
        assertEquals(0, FunnelRepository.histogram("{}").tenths().length);
        assertEquals(125, FunnelRepository.tenths("12.50"));
        assertEquals(7, FunnelRepository.tenths("0.7"));
    }

    private static FunnelTally.Row row(String day, String sector, String department, Map<String, Long> decisions) {
        int[] tenths = decisions.keySet().stream().mapToInt(FunnelRepository::tenths).toArray();
        long[] counts = decisions.keySet().stream().mapToLong(decisions::get).toArray();
        return new FunnelTally.Row(LocalDate.parse(day), sector, department, 2, 1, 1, 0, 1, 1, 0, 0, 3, 1, tenths, counts);
    }

    /** Counts indexed by tenths of a day. */
    private static long[] histogram(Map<String, Long> values) {
        long[] histogram = new long[values.keySet().stream().mapToInt(FunnelRepository::tenths).max().orElse(-1) + 1];
        values.forEach((k, v) -> histogram[FunnelRepository.tenths(k)] += v);
        return histogram;
    }
}
