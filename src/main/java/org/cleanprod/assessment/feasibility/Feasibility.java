package org.cleanprod.assessment.feasibility;

import java.util.ArrayList;
import java.util.List;

/**
 * The economic feasibility of a CP option as the UNEP/UNIDO CP assessment evaluates it
 * (UNEP DTIE, <i>Cleaner Production Assessment in Industries</i>; the DESIRE
 * methodology's feasibility analysis), with the textbook definitions of capital budgeting
 * (Brealey, Myers and Allen, <i>Principles of Corporate Finance</i>, ch. 2, 5 and 6).
 * With the investment I at year 0, the net cash flow c<sub>t</sub> at the end of year t =
 * 1 … n, and the discount rate r:
 * <ul>
 * <li><b>NPV</b>(r) = −I + Σ<sub>t=1…n</sub> c<sub>t</sub> / (1 + r)<sup>t</sup>.</li>
 * <li><b>IRR</b>: the rate at which NPV is zero. It is a root of the polynomial Σ
 * c<sub>t</sub> x<sup>n−t</sup> (c<sub>0</sub> = −I) in x = 1 + r, so by Descartes' rule
 * of signs the number of rates above −100 % is the number of sign changes of
 * c<sub>0</sub> … c<sub>n</sub> (zeros skipped) or less by an even number: no sign change
 * means no rate ({@link IrrReason#NO_SIGN_CHANGE}), one means exactly one, more leave
 * room for several. The search ({@link #irrRoots}) scans NPV's sign over a grid from
 * {@value #MIN_IRR_PERCENT} % to {@value #MAX_IRR_PERCENT} % and bisects every cell whose
 * ends differ in sign; one root found is the IRR, several are {@link IrrReason#SEVERAL},
 * none is {@link IrrReason#NOT_FOUND}.</li>
 * <li><b>Simple payback</b>: the first year whose cumulative cash flow −I + c<sub>1</sub>
 * + … + c<sub>t</sub> is not negative, less the part of that year not needed, assuming
 * the year's flow comes in evenly: (t − 1) + (what remained to recover) / c<sub>t</sub>.
 * A later fall back below zero (a cost at the end of the option's life) does not undo it;
 * the NPV shows such costs.</li>
 * <li><b>Discounted payback</b>: the same on the discounted flows c<sub>t</sub> / (1 +
 * r)<sup>t</sup>.</li>
 * </ul>
 * An option without investment (I = 0) has nothing to recover: both paybacks are 0,
 * whatever the flows after. Its IRR follows the same rule: there is none unless the flows
 * themselves change sign.
 */
public final class Feasibility {

	/**
	 * The lowest rate the IRR search considers: just above −100 %, where every future
	 * flow would be worth infinitely much.
	 */
	public static final double MIN_IRR_PERCENT = -99.9;

	/** The highest rate the IRR search considers: a tenfold return in one year. */
	public static final double MAX_IRR_PERCENT = 1000;

	/**
	 * A shortfall this small, relative to the investment, counts as recovered: at a
	 * discount rate equal to the IRR the discounted flows repay the investment exactly,
	 * which rounding must not turn into "never".
	 */
	static final double PAYBACK_TOLERANCE = 1e-12;

	/** Bisection stops when the bracket, as a fraction, is this narrow. */
	private static final double ROOT_TOLERANCE = 1e-15;

	/**
	 * The grid of the IRR search, as fractions: every 0.05 percentage points from −99.9 %
	 * to 100 %, every 0.5 points from there to 1,000 %. Two roots closer than a step
	 * cancel out and are missed, as is a root where NPV touches zero without crossing it
	 * unless it falls on a grid point; both need flows that change sign at least twice.
	 */
	private static final double[] GRID = grid();

	private Feasibility() {
	}

	/** NPV, IRR and the paybacks of an option. */
	public static FeasibilityResult calculate(FeasibilityInput input) {
		double[] flows = flows(input);
		double rate = input.discountRatePercent() / 100;
		double[] discounted = discounted(flows, rate);
		double npv = 0;
		for (double flow : discounted) {
			npv += flow;
		}
		boolean signChanges = signChanges(flows) > 0;
		List<Double> roots = signChanges ? irrRoots(flows) : List.of();
		IrrReason reason = !signChanges ? IrrReason.NO_SIGN_CHANGE
				: roots.isEmpty() ? IrrReason.NOT_FOUND : (roots.size() > 1) ? IrrReason.SEVERAL : null;
		List<Double> rootsPercent = roots.stream().map(root -> root * 100).toList();
		return new FeasibilityResult(npv, (reason == null) ? rootsPercent.getFirst() : null, reason, rootsPercent,
				payback(flows, input.investment()), payback(discounted, input.investment()));
	}

	/** c<sub>0</sub> = −I, then the yearly flows. */
	private static double[] flows(FeasibilityInput input) {
		double[] flows = new double[input.cashFlows().size() + 1];
		flows[0] = (input.investment() == 0) ? 0 : -input.investment();
		for (int t = 1; t < flows.length; t++) {
			flows[t] = input.cashFlows().get(t - 1);
		}
		return flows;
	}

	/** c<sub>t</sub> / (1 + r)<sup>t</sup> for every t. */
	private static double[] discounted(double[] flows, double rate) {
		double[] discounted = new double[flows.length];
		for (int t = 0; t < flows.length; t++) {
			discounted[t] = flows[t] / Math.pow(1 + rate, t);
		}
		return discounted;
	}

	/** How often the flows change sign, zeros skipped (Descartes' rule of signs). */
	static int signChanges(double[] flows) {
		int changes = 0;
		double previous = 0;
		for (double flow : flows) {
			if (flow != 0) {
				if (previous != 0 && (flow > 0) != (previous > 0)) {
					changes++;
				}
				previous = flow;
			}
		}
		return changes;
	}

	/**
	 * The rates, as fractions and ascending, at which NPV is zero within the search
	 * range: each grid point where NPV is exactly zero, and the root bisected in each
	 * cell whose ends have opposite signs.
	 */
	static List<Double> irrRoots(double[] flows) {
		List<Double> roots = new ArrayList<>();
		double previousRate = Double.NaN;
		double previousValue = 0;
		boolean zeroSincePrevious = false;
		for (double rate : GRID) {
			double value = sameSignAsNpv(flows, rate);
			if (value == 0) {
				roots.add(rate);
				zeroSincePrevious = true;
				continue;
			}
			if (previousValue != 0 && (value > 0) != (previousValue > 0) && !zeroSincePrevious) {
				roots.add(bisect(flows, previousRate, previousValue, rate));
			}
			previousRate = rate;
			previousValue = value;
			zeroSincePrevious = false;
		}
		return roots;
	}

	/**
	 * Bisection of [low, high], whose ends differ in sign, until the bracket is
	 * {@value #ROOT_TOLERANCE} wide or cannot be halved in a double. Bisection needs only
	 * NPV's sign, so it cannot fail where NPV is steep or flat, as Newton's method can.
	 */
	private static double bisect(double[] flows, double low, double lowValue, double high) {
		while (high - low > ROOT_TOLERANCE) {
			double middle = low + (high - low) / 2;
			if (middle <= low || middle >= high) {
				break;
			}
			double value = sameSignAsNpv(flows, middle);
			if (value == 0) {
				return middle;
			}
			if ((value > 0) == (lowValue > 0)) {
				low = middle;
				lowValue = value;
			}
			else {
				high = middle;
			}
		}
		return low + (high - low) / 2;
	}

	/**
	 * A value with the sign of NPV(r) that cannot overflow: NPV itself for r ≥ 0, where Σ
	 * c<sub>t</sub> v<sup>t</sup> with v = 1 / (1 + r) ≤ 1; below, the value at year n,
	 * NPV(r) (1 + r)<sup>n</sup> = Σ c<sub>t</sub> x<sup>n−t</sup> with x = 1 + r &lt; 1
	 * (at −99.9 % and 100 years NPV itself would be 1000<sup>100</sup> times the flows).
	 * Both by Horner's scheme.
	 */
	static double sameSignAsNpv(double[] flows, double rate) {
		double value = 0;
		if (rate >= 0) {
			double factor = 1 / (1 + rate);
			for (int t = flows.length - 1; t >= 0; t--) {
				value = value * factor + flows[t];
			}
		}
		else {
			double factor = 1 + rate;
			for (double flow : flows) {
				value = value * factor + flow;
			}
		}
		return value;
	}

	/**
	 * The payback of the flows (year 0 first) in years, interpolated within the year it
	 * falls in; {@code null} when the cumulative flow stays negative. A shortfall within
	 * {@link #PAYBACK_TOLERANCE} of the investment counts as recovered.
	 */
	static Double payback(double[] flows, double investment) {
		double slack = PAYBACK_TOLERANCE * investment;
		double cumulative = flows[0];
		if (cumulative >= -slack) {
			return 0.0;
		}
		for (int t = 1; t < flows.length; t++) {
			double next = cumulative + flows[t];
			if (next >= -slack) {
				return (t - 1) + Math.min(1, -cumulative / flows[t]);
			}
			cumulative = next;
		}
		return null;
	}

	private static double[] grid() {
		List<Double> rates = new ArrayList<>();
		for (int step = -1998; step <= 2000; step++) {
			rates.add(step / 2000.0);
		}
		for (int step = 201; step <= 2000; step++) {
			rates.add(step / 200.0);
		}
		return rates.stream().mapToDouble(Double::doubleValue).toArray();
	}

}
