package fr.paysdelaloire.emploiformation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.function.Function;

import fr.paysdelaloire.emploiformation.statistics.FunnelRepository.Grouped;
import fr.paysdelaloire.emploiformation.statistics.FunnelRepository.Grouping;

/**
 * The funnel's groups summed from the tally's rows (one per day of receipt, sector and département, V30; issue #22 P5):
 * the whole period, by sector, by département, by month of receipt. The decision times' percentiles are read off the
 * summed histograms the way PostgreSQL's {@code percentile_cont} reads sorted values (FAQ §6: how long the Region takes
 * to decide), in exact decimals, then rounded to the tenth of a day.
 */
final class FunnelTally {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final BigDecimal MEDIAN = new BigDecimal("0.5");
    private static final BigDecimal P90 = new BigDecimal("0.9");

    /** One row of the tally: the figures of the intentions received that day in that sector and département. */
    record Row(LocalDate day, String sector, String department, long received, long eligible, long covered, long fulfilled,
            long withdrawn, long started, long droppedOut, long hired, long positions, Map<BigDecimal, Long> decisionDays) {
    }

    private FunnelTally() {
    }

    /** The total (always, zeros for an empty period), then by sector, département and month, each sorted by its key. */
    static List<Grouped> group(List<Row> rows) {
        Sum total = new Sum();
        Map<String, Sum> bySector = new TreeMap<>();
        Map<String, Sum> byDepartment = new TreeMap<>();
        Map<String, Sum> byMonth = new TreeMap<>();
        for (Row row : rows) {
            total.add(row);
            bySector.computeIfAbsent(row.sector(), k -> new Sum()).add(row);
            byDepartment.computeIfAbsent(row.department(), k -> new Sum()).add(row);
            byMonth.computeIfAbsent(row.day().format(MONTH), k -> new Sum()).add(row);
        }
        List<Grouped> grouped = new ArrayList<>();
        grouped.add(new Grouped(Grouping.TOTAL, total.row(null, null, null)));
        add(grouped, Grouping.SECTOR, bySector, key -> new String[] { key, null, null });
        add(grouped, Grouping.DEPARTMENT, byDepartment, key -> new String[] { null, key, null });
        add(grouped, Grouping.MONTH, byMonth, key -> new String[] { null, null, key });
        return grouped;
    }

    private static void add(List<Grouped> grouped, Grouping grouping, Map<String, Sum> sums, Function<String, String[]> keys) {
        sums.forEach((key, sum) -> {
            String[] k = keys.apply(key);
            grouped.add(new Grouped(grouping, sum.row(k[0], k[1], k[2])));
        });
    }

    /**
     * The value at {@code p} (0 to 1) of the values counted in {@code histogram} (value → how many), interpolated
     * between the two nearest ranks as {@code percentile_cont} does; null when nothing is counted.
     */
    static BigDecimal percentile(NavigableMap<BigDecimal, Long> histogram, BigDecimal p) {
        long n = histogram.values().stream().mapToLong(Long::longValue).sum();
        if (n == 0) {
            return null;
        }
        BigDecimal position = p.multiply(BigDecimal.valueOf(n - 1));
        long lowRank = position.setScale(0, RoundingMode.FLOOR).longValueExact();
        long highRank = position.setScale(0, RoundingMode.CEILING).longValueExact();
        BigDecimal low = null;
        BigDecimal high = null;
        long below = 0;
        for (Map.Entry<BigDecimal, Long> bucket : histogram.entrySet()) {
            long upTo = below + bucket.getValue();
            if (low == null && lowRank < upTo) {
                low = bucket.getKey();
            }
            if (highRank < upTo) {
                high = bucket.getKey();
                break;
            }
            below = upTo;
        }
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(lowRank));
        return low.add(fraction.multiply(high.subtract(low)));
    }

    /** The sums of one group. */
    private static final class Sum {
        long received;
        long eligible;
        long covered;
        long fulfilled;
        long withdrawn;
        long started;
        long droppedOut;
        long hired;
        long positions;
        final NavigableMap<BigDecimal, Long> decisionDays = new TreeMap<>();

        void add(Row row) {
            received += row.received();
            eligible += row.eligible();
            covered += row.covered();
            fulfilled += row.fulfilled();
            withdrawn += row.withdrawn();
            started += row.started();
            droppedOut += row.droppedOut();
            hired += row.hired();
            positions += row.positions();
            row.decisionDays().forEach((days, count) -> decisionDays.merge(days, count, Long::sum));
        }

        FunnelRow row(String sector, String department, String month) {
            long decided = decisionDays.values().stream().mapToLong(Long::longValue).sum();
            return new FunnelRow(sector, department, month, received, eligible, covered, fulfilled, withdrawn,
                    received == 0 ? null : BigDecimal.valueOf(withdrawn).divide(BigDecimal.valueOf(received), 4, RoundingMode.HALF_UP)
                            .doubleValue(),
                    decided, tenth(percentile(decisionDays, MEDIAN)), tenth(percentile(decisionDays, P90)), started, droppedOut, hired,
                    positions);
        }

        private static Double tenth(BigDecimal days) {
            return days == null ? null : days.setScale(1, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
