package org.cleanprod.performance;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks on a facility's monthly series of one resource and its production, to show the
 * user what to correct before baselines and savings are computed from it:
 * <ul>
 * <li>missing months in a range;</li>
 * <li>impossible values: negative consumption or production, and consumption in a month
 * without production (when the facility records production at all);</li>
 * <li>outliers by the modified z-score of Iglewicz and Hoaglin (B. Iglewicz and D. C.
 * Hoaglin, <i>How to Detect and Handle Outliers</i>, ASQC Quality Press, 1993): M =
 * 0.6745 (x − median) / MAD, MAD being the median absolute deviation from the median,
 * flagged when |M| &gt; 3.5. Median and MAD are robust: the outliers themselves barely
 * move them, unlike a mean and standard deviation. 0.6745 is the 0.75 quantile of the
 * standard normal, so that M is a z-score for normal data. When more than half of the
 * values are equal MAD is zero and no score exists: no outlier is flagged (the jump rule
 * still sees a unit mistake);</li>
 * <li>jumps of ten times or more between consecutive months, up or down, which suggest a
 * unit mistake (a value in MWh typed into kWh). Zero and negative values are skipped, so
 * a stopped month between two normal ones is no jump, and "consecutive" means consecutive
 * among the positive values. Of the two months of a jump, the one further from the
 * series' median (on a log scale) is reported: the odd month out of a single mistyped
 * month, the first month of a lasting change of unit.</li>
 * </ul>
 * The rules only report; they change nothing.
 */
final class DataQualityRules {

	/** 0.6745 ≈ Φ⁻¹(0.75): scales the MAD to a standard deviation for normal data. */
	static final double MODIFIED_Z_FACTOR = 0.6745;

	/** |M| above this is an outlier, as Iglewicz and Hoaglin recommend. */
	static final double OUTLIER_LIMIT = 3.5;

	/** A ratio between consecutive months of at least this is a jump. */
	static final double JUMP_RATIO = 10;

	private static final Comparator<QualityIssue> ORDER = Comparator.comparing(QualityIssue::month)
		.thenComparing(QualityIssue::kind);

	private DataQualityRules() {
	}

	/**
	 * All rules over the months from {@code from} to {@code to}, both included; months
	 * outside are ignored.
	 * @param consumption the resource's value per month; a month absent or {@code null}
	 * is missing
	 * @param production the facility's production per month; {@code null} or empty when
	 * the facility does not record production
	 * @return the issues in month order, then in the order of {@link QualityIssue.Kind}
	 */
	static List<QualityIssue> check(YearMonth from, YearMonth to, Map<YearMonth, Double> consumption,
			Map<YearMonth, Double> production) {
		if (from.isAfter(to)) {
			throw new IllegalArgumentException("The range starts after it ends: " + from + " to " + to);
		}
		Map<YearMonth, Double> used = within(from, to, consumption);
		Map<YearMonth, Double> produced = within(from, to, production);
		List<QualityIssue> issues = new ArrayList<>();
		issues.addAll(missingMonths(from, to, used));
		issues.addAll(negativeValues(used, produced));
		issues.addAll(consumptionWithoutProduction(used, produced));
		issues.addAll(outliers(used));
		issues.addAll(jumps(used));
		issues.sort(ORDER);
		return issues;
	}

	/** Months of the range with no value. */
	static List<QualityIssue> missingMonths(YearMonth from, YearMonth to, Map<YearMonth, Double> consumption) {
		List<QualityIssue> issues = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			if (consumption.get(month) == null) {
				issues.add(new QualityIssue(QualityIssue.Kind.MISSING_MONTH, month, null, null));
			}
		}
		return issues;
	}

	/** Negative consumption or production; the detail names which. */
	static List<QualityIssue> negativeValues(Map<YearMonth, Double> consumption, Map<YearMonth, Double> production) {
		List<QualityIssue> issues = new ArrayList<>();
		present(consumption).forEach((month, value) -> {
			if (value < 0) {
				issues.add(new QualityIssue(QualityIssue.Kind.NEGATIVE_VALUE, month, value, "consumption"));
			}
		});
		present(production).forEach((month, value) -> {
			if (value < 0) {
				issues.add(new QualityIssue(QualityIssue.Kind.NEGATIVE_VALUE, month, value, "production"));
			}
		});
		issues.sort(ORDER);
		return issues;
	}

	/**
	 * Months with consumption above zero and production zero, negative or not recorded,
	 * when production is recorded in some month; none when it is recorded in no month.
	 */
	static List<QualityIssue> consumptionWithoutProduction(Map<YearMonth, Double> consumption,
			Map<YearMonth, Double> production) {
		Map<YearMonth, Double> produced = present(production);
		List<QualityIssue> issues = new ArrayList<>();
		if (produced.isEmpty()) {
			return issues;
		}
		present(consumption).forEach((month, value) -> {
			Double output = produced.get(month);
			if (value > 0 && (output == null || output <= 0)) {
				issues.add(new QualityIssue(QualityIssue.Kind.CONSUMPTION_WITHOUT_PRODUCTION, month, value,
						(output == null) ? "production not recorded" : "production " + number(output)));
			}
		});
		return issues;
	}

	/**
	 * Values whose modified z-score exceeds {@value #OUTLIER_LIMIT} in absolute value.
	 */
	static List<QualityIssue> outliers(Map<YearMonth, Double> consumption) {
		Map<YearMonth, Double> values = present(consumption);
		List<QualityIssue> issues = new ArrayList<>();
		if (values.isEmpty()) {
			return issues;
		}
		double median = median(values.values().stream().mapToDouble(Double::doubleValue).toArray());
		double mad = median(values.values().stream().mapToDouble((value) -> Math.abs(value - median)).toArray());
		if (mad == 0) {
			return issues;
		}
		values.forEach((month, value) -> {
			double score = MODIFIED_Z_FACTOR * (value - median) / mad;
			if (Math.abs(score) > OUTLIER_LIMIT) {
				issues.add(new QualityIssue(QualityIssue.Kind.OUTLIER, month, value,
						String.format(Locale.ROOT, "modified z-score %.1f", score)));
			}
		});
		return issues;
	}

	/**
	 * Months that differ ten times or more from a neighbouring positive month, reported
	 * once each with the ratio to each such neighbour ("÷995 vs 2019-07" for a value 995
	 * times smaller than July's).
	 */
	static List<QualityIssue> jumps(Map<YearMonth, Double> consumption) {
		List<Map.Entry<YearMonth, Double>> positive = present(consumption).entrySet()
			.stream()
			.filter((entry) -> entry.getValue() > 0)
			.toList();
		if (positive.size() < 2) {
			return List.of();
		}
		double logMedian = median(positive.stream().mapToDouble((entry) -> Math.log(entry.getValue())).toArray());
		Map<YearMonth, List<String>> suspects = new TreeMap<>();
		Map<YearMonth, Double> suspectValues = new LinkedHashMap<>();
		for (int i = 1; i < positive.size(); i++) {
			Map.Entry<YearMonth, Double> before = positive.get(i - 1);
			Map.Entry<YearMonth, Double> after = positive.get(i);
			double high = Math.max(before.getValue(), after.getValue());
			double low = Math.min(before.getValue(), after.getValue());
			if (high / low < JUMP_RATIO) {
				continue;
			}
			boolean beforeIsOdd = Math.abs(Math.log(before.getValue()) - logMedian) > Math
				.abs(Math.log(after.getValue()) - logMedian);
			Map.Entry<YearMonth, Double> suspect = beforeIsOdd ? before : after;
			Map.Entry<YearMonth, Double> neighbour = beforeIsOdd ? after : before;
			suspects.computeIfAbsent(suspect.getKey(), (month) -> new ArrayList<>())
				.add(ratio(suspect.getValue(), neighbour.getValue()) + " vs " + neighbour.getKey());
			suspectValues.put(suspect.getKey(), suspect.getValue());
		}
		List<QualityIssue> issues = new ArrayList<>();
		suspects.forEach((month, details) -> issues.add(
				new QualityIssue(QualityIssue.Kind.JUMP, month, suspectValues.get(month), String.join(", ", details))));
		return issues;
	}

	private static String ratio(double value, double neighbour) {
		return (value >= neighbour) ? "×" + number(value / neighbour) : "÷" + number(neighbour / value);
	}

	/** Three significant digits, plain notation, no trailing zeros: 995, 12.3, 0.5. */
	private static String number(double value) {
		return new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString();
	}

	private static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		int middle = sorted.length / 2;
		return (sorted.length % 2 == 1) ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	/** The months with a value, in calendar order. */
	private static Map<YearMonth, Double> present(Map<YearMonth, Double> series) {
		Map<YearMonth, Double> present = new TreeMap<>();
		if (series != null) {
			series.forEach((month, value) -> {
				if (month != null && value != null) {
					present.put(month, value);
				}
			});
		}
		return present;
	}

	private static Map<YearMonth, Double> within(YearMonth from, YearMonth to, Map<YearMonth, Double> series) {
		Map<YearMonth, Double> within = new TreeMap<>();
		if (series != null) {
			series.forEach((month, value) -> {
				if (month != null && !month.isBefore(from) && !month.isAfter(to)) {
					within.put(month, value);
				}
			});
		}
		return within;
	}

}
