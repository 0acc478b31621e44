package fr.paysdelaloire.emploiformation.statistics;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import fr.paysdelaloire.emploiformation.statistics.FunnelRepository.Grouped;
import fr.paysdelaloire.emploiformation.statistics.FunnelRepository.Grouping;

/**
 * The funnel's groups summed from the tally's rows (one per day of receipt, sector and département, V30; issue #22 P5):
 * the whole period, by sector, by département, by month of receipt. The decision times' percentiles are read off the
 * summed histograms the way PostgreSQL's {@code percentile_cont} reads sorted values (FAQ §6: how long the Region takes
 * to decide), in exact decimals, then rounded to the tenth of a day. A histogram is an array of counts indexed by the
 * delay in tenths of a day: a year's rows hold some 500 000 buckets at 1M intentions, summed by index, not by key.
 */
final class FunnelTally {

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");
    private static final BigDecimal MEDIAN = new BigDecimal("0.5");
    private static final BigDecimal P90 = new BigDecimal("0.9");

    /**
     * One row of the tally: the figures of the intentions received that day in that sector and département;
     * {@code decisionCounts[i]} of them were decided after {@code decisionTenths[i]} tenths of a day.
     */
    record Row(LocalDate day, String sector, String department, long received, long eligible, long covered, long fulfilled,
            long withdrawn, long started, long droppedOut, long hired, long positions, long withoutImmersion, int[] decisionTenths,
            long[] decisionCounts) {
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
     * The value at {@code p} (0 to 1), in days, of the delays counted in {@code histogram} (index: tenths of a day),
     * interpolated between the two nearest ranks as {@code percentile_cont} does; null when nothing is counted.
     */
    static BigDecimal percentile(long[] histogram, BigDecimal p) {
        long n = 0;
        for (long count : histogram) {
            n += count;
        }
        if (n == 0) {
            return null;
        }
        BigDecimal position = p.multiply(BigDecimal.valueOf(n - 1));
        long lowRank = position.setScale(0, RoundingMode.FLOOR).longValueExact();
        long highRank = position.setScale(0, RoundingMode.CEILING).longValueExact();
        int low = -1;
        int high = -1;
        long below = 0;
        for (int tenths = 0; tenths < histogram.length && high < 0; tenths++) {
            long upTo = below + histogram[tenths];
            if (low < 0 && lowRank < upTo) {
                low = tenths;
            }
            if (highRank < upTo) {
                high = tenths;
            }
            below = upTo;
        }
        BigDecimal lowDays = BigDecimal.valueOf(low, 1);
        BigDecimal fraction = position.subtract(BigDecimal.valueOf(lowRank));
        return lowDays.add(fraction.multiply(BigDecimal.valueOf(high, 1).subtract(lowDays)));
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
        long withoutImmersion;
        long[] decisions = new long[0];

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
            withoutImmersion += row.withoutImmersion();
            int[] tenths = row.decisionTenths();
            for (int i = 0; i < tenths.length; i++) {
                if (tenths[i] >= decisions.length) {
                    decisions = java.util.Arrays.copyOf(decisions, Math.max(tenths[i] + 1, decisions.length * 2));
                }
                decisions[tenths[i]] += row.decisionCounts()[i];
            }
        }

        FunnelRow row(String sector, String department, String month) {
            long decided = java.util.Arrays.stream(decisions).sum();
            return new FunnelRow(sector, department, month, received, eligible, covered, fulfilled, withdrawn,
                    received == 0 ? null : BigDecimal.valueOf(withdrawn).divide(BigDecimal.valueOf(received), 4, RoundingMode.HALF_UP)
                            .doubleValue(),
                    decided, tenth(percentile(decisions, MEDIAN)), tenth(percentile(decisions, P90)), started, droppedOut, hired,
                    positions, withoutImmersion);
        }

        private static Double tenth(BigDecimal days) {
            return days == null ? null : days.setScale(1, RoundingMode.HALF_UP).doubleValue();
        }
    }
}
