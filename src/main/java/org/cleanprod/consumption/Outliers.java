package org.cleanprod.consumption;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.cleanprod.shared.i18n.Formats;

/**
 * The check at entry that catches a value typed in the wrong unit or with the wrong
 * separator: such a slip makes a value 1,000 times (kWh for MWh, "1.234" read as 1.234
 * instead of 1,234) or 1,000,000 times off its neighbours. A value is flagged when it is
 * at least {@link #FACTOR} times, or at most 1/{@link #FACTOR} of, the median of its
 * series: the values of the same facility and resource (or product) in the twelve months
 * before and after it, itself included, in one unit. The median is robust: one mistyped
 * month barely moves it. A series of fewer than {@link #MIN_SERIES} values, and zeros (a
 * month without production is not a slip), are never flagged. A flagged value is accepted
 * all the same; the flag asks for a second look.
 * <p>
 * The factor of 100 sits between the spread of real monthly figures (a seasonal plant
 * rarely varies tenfold from its median month) and the smallest separator or unit slip
 * (1,000): it flags the slips and leaves the seasons alone.
 */
public final class Outliers {

	static final BigDecimal FACTOR = BigDecimal.valueOf(100);

	/** The fewest positive values, the checked one included, a median is taken of. */
	public static final int MIN_SERIES = 4;

	/** How many months before and after a value its series reaches. */
	public static final int WINDOW_MONTHS = 12;

	private static final MathContext RATIO = new MathContext(2, RoundingMode.HALF_EVEN);

	private Outliers() {
	}

	enum Direction {

		HIGH, LOW

	}

	/**
	 * A flagged value: above or below its series, the series' median and how many times
	 * the value is above it (or below it), to two significant digits.
	 */
	public record Flag(Direction direction, BigDecimal median, BigDecimal times) {

		/** The message that says so: the value is N times above, or below, the median. */
		public String messageKey() {
			return "consumption.outlier." + this.direction.name();
		}

		/**
		 * The arguments of {@link #messageKey()}: how many times, and the median as the
		 * user reads it, in the value's unit (named).
		 */
		public Object[] arguments(BigDecimal medianInUnit, String unitName, Locale locale) {
			return new Object[] { Formats.number(this.times, 0, locale), Formats.number(medianInUnit, 3, locale),
					unitName };
		}

	}

	/**
	 * The flag of a value in its series (the value itself included), if the series is
	 * long enough and the value far enough from its median.
	 */
	static Optional<Flag> check(BigDecimal value, Collection<BigDecimal> series) {
		List<BigDecimal> positive = series.stream().filter(each -> each != null && each.signum() > 0).toList();
		if (value == null || value.signum() <= 0 || positive.size() < MIN_SERIES) {
			return Optional.empty();
		}
		return against(value, median(positive));
	}

	/** The flag of a value against a median already known. */
	public static Optional<Flag> against(BigDecimal value, BigDecimal median) {
		if (value == null || median == null || value.signum() <= 0 || median.signum() <= 0) {
			return Optional.empty();
		}
		if (value.compareTo(median.multiply(FACTOR)) >= 0) {
			return Optional.of(new Flag(Direction.HIGH, median, value.divide(median, RATIO)));
		}
		if (value.multiply(FACTOR).compareTo(median) <= 0) {
			return Optional.of(new Flag(Direction.LOW, median, median.divide(value, RATIO)));
		}
		return Optional.empty();
	}

	/** The median: the middle value, or the mean of the two middle ones. */
	public static BigDecimal median(Collection<BigDecimal> values) {
		List<BigDecimal> sorted = values.stream().sorted().toList();
		if (sorted.isEmpty()) {
			throw new IllegalArgumentException("no values");
		}
		int middle = sorted.size() / 2;
		return (sorted.size() % 2 == 1) ? sorted.get(middle)
				: sorted.get(middle - 1).add(sorted.get(middle)).divide(BigDecimal.TWO);
	}

}
