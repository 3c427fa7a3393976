package org.cleanprod.performance;

import org.cleanprod.performance.calculation.FacilityPeriod;
import org.cleanprod.performance.calculation.IntensitySaving;
import org.cleanprod.performance.calculation.IntensitySavings;
import org.cleanprod.performance.calculation.IntensitySavingsResult;
import org.cleanprod.performance.calculation.MonthlyObservation;
import org.cleanprod.performance.calculation.NormalisedSavings;
import org.cleanprod.performance.calculation.NormalisedSavingsResult;
import org.cleanprod.performance.calculation.SavingsInputException;
import org.cleanprod.performance.web.SavingsMethodChoice;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.planning.PlanningService;
import org.cleanprod.planning.TargetBand;
import org.cleanprod.planning.TargetView;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Savings of a facility against its baseline, by both methods (see
 * {@link IntensitySavings} and {@link NormalisedSavings}), over the monthly indicators
 * and the production of the main product. The savings are compared with the band of the
 * plan target coded {@value #SAVINGS_TARGET} of the plan active at the end of the
 * reporting period.
 */
@Service
@Transactional(readOnly = true)
public class SavingsService {

	static final String SAVINGS_TARGET = "SAVINGS";

	static final String PRODUCTION = "production";

	private final FacilityService facilities;

	private final BaselineService baselines;

	private final Resources reference;

	private final PlanningService planning;

	private final JdbcClient jdbc;

	private final ConsumptionService consumption;

	private final Clock clock;

	SavingsService(FacilityService facilities, BaselineService baselines, Resources reference, PlanningService planning,
			JdbcClient jdbc, ConsumptionService consumption, Clock clock) {
		this.consumption = consumption;
		this.clock = clock;
		this.facilities = facilities;
		this.baselines = baselines;
		this.reference = reference;
		this.planning = planning;
		this.jdbc = jdbc;
	}

	/** The facility as lists show it, if the caller may see it. */
	public org.cleanprod.facility.FacilityRow facility(long facilityId, CurrentUser user, boolean english) {
		return this.facilities.require(facilityId, user, english);
	}

	/**
	 * The month a facility's savings page opens on: December of the latest year with
	 * records (the current year too, as soon as it has any), else of the last full year.
	 */
	public YearMonth defaultReportingEnd(long facilityId, CurrentUser user) {
		int year = this.consumption.latestYear(facilityId, user)
			.orElseGet(() -> LocalDate.ofInstant(this.clock.instant(), Formats.ZONE).getYear() - 1);
		return YearMonth.of(year, 12);
	}

	/**
	 * The savings over the twelve months ending with {@code reportingEnd}. None are given
	 * while the baseline lacks data in one of its months ({@link BaselineCoverage}) or
	 * when the reporting period overlaps it; the view says why. The headline figure and
	 * each year's figure of the chart come from one calculation by the facility's method
	 * ({@link SavingsMethodChoice}), so the same period always reads the same.
	 */
	public SavingsView savings(long facilityId, YearMonth reportingEnd, CurrentUser user, boolean english) {
		this.facilities.require(facilityId, user, english);
		YearMonth reportingStart = reportingEnd.minusMonths(11);
		Optional<BaselineView> baseline = this.baselines.current(facilityId);
		Product product = mainProduct(facilityId);
		YearMonth from = baseline.map(BaselineView::start)
			.filter(start -> start.isBefore(reportingStart))
			.orElse(reportingStart);
		YearMonth yearEnd = YearMonth.of(reportingEnd.getYear(), 12);
		YearMonth to = baseline.map(BaselineView::end).filter(end -> end.isAfter(yearEnd)).orElse(yearEnd);
		Series series = series(facilityId, from, to, product);
		TargetView target = this.planning.activePlan(reportingEnd.atEndOfMonth())
			.flatMap(plan -> this.planning.target(plan.id(), SAVINGS_TARGET))
			.orElse(null);
		int reportingMonths = monthsWithEnergy(series, reportingStart, reportingEnd);
		if (baseline.isEmpty()) {
			return new SavingsView(facilityId, null, reportingStart, reportingEnd, reportingMonths,
					productName(product), productUnit(product), null, null, null, List.of(), null, null, null, null,
					null, target, null, points(series, from, reportingEnd, null, null), List.of());
		}
		BaselineView base = baseline.get();
		BaselineCoverage coverage = this.baselines.coverage(facilityId, base.start(), base.end());
		String missing = coverage.complete() ? null : this.baselines.missingText(facilityId, coverage, english);
		YearMonth firstReportingEnd = base.end().plusMonths(BaselineCoverage.MONTHS);
		boolean overlaps = !reportingStart.isAfter(base.end()) && !reportingEnd.isBefore(base.start());
		String periodProblem = !coverage.complete() ? SavingsView.BASELINE_INCOMPLETE
				: overlaps ? SavingsView.REPORTING_OVERLAPS_BASELINE : null;
		if (periodProblem != null) {
			return new SavingsView(facilityId, base, reportingStart, reportingEnd, reportingMonths,
					productName(product), productUnit(product), periodProblem, missing, firstReportingEnd, List.of(),
					null, null, null, null, null, target, null, points(series, from, reportingEnd, base, null),
					coverage.complete() ? years(series, base, product) : List.of());
		}
		Figure figure = figure(series, base, reportingStart, reportingEnd, product);
		// in the reference order (electricity, then the fuels, water, materials), as the
		// records grid lists them
		List<SavingsView.ResourceSaving> resources = new ArrayList<>();
		for (ResourceView resource : this.reference.resources()) {
			IntensitySaving saving = figure.intensity().resources().get(resource.code());
			if (saving != null) {
				resources.add(new SavingsView.ResourceSaving(resource.code(), resource.name(english),
						resource.baseUnit(), saving));
			}
		}
		TargetBand.Position position = (target != null && figure.percent() != null)
				? target.classify(BigDecimal.valueOf(figure.percent())) : null;
		return new SavingsView(facilityId, base, reportingStart, reportingEnd, reportingMonths, productName(product),
				productUnit(product), null, null, firstReportingEnd, resources, figure.intensity().totalEnergy(),
				figure.normalised(), figure.problem(), figure.choice(), figure.percent(), target, position,
				points(series, from, reportingEnd, base, figure.normalised()), years(series, base, product));
	}

	/**
	 * The savings of a span of months against the baseline: by intensity, by the
	 * regression model when one can be fitted, which method applies and its percentage.
	 */
	private record Figure(IntensitySavingsResult<String> intensity, NormalisedSavingsResult normalised, String problem,
			SavingsMethodChoice choice, Double percent) {
	}

	private static Figure figure(Series series, BaselineView base, YearMonth from, YearMonth to, Product product) {
		IntensitySavingsResult<String> intensity = IntensitySavings.calculate(period(series, base.start(), base.end()),
				period(series, from, to));
		NormalisedSavingsResult normalised = null;
		String problem = null;
		if (product == null) {
			problem = "NO_MAIN_PRODUCT";
		}
		else {
			try {
				normalised = NormalisedSavings.calculate(observations(series, base.start(), base.end()),
						observations(series, from, to));
			}
			catch (SavingsInputException ex) {
				problem = ex.code().name();
			}
		}
		SavingsMethodChoice choice = SavingsMethodChoice.choose((normalised != null) ? normalised.model() : null,
				intensity.totalEnergy());
		Double percent = switch (choice.method()) {
			case REGRESSION -> normalised.savingsPercent();
			case INTENSITY -> intensity.totalEnergy().savingsFraction() * 100;
			case NONE -> null;
		};
		return new Figure(intensity, normalised, problem, choice, percent);
	}

	/**
	 * The records of a span of months, by resource (base units) and as energy (TOE), with
	 * production.
	 */
	private record Series(Map<YearMonth, Map<String, Double>> quantity, Map<YearMonth, Double> toe,
			Map<YearMonth, Map<String, Double>> toeByGroup, Map<YearMonth, Double> production) {
	}

	private record Product(long id, String name, MeasureUnit unit) {
	}

	private Product mainProduct(long facilityId) {
		return this.jdbc.sql("SELECT id, name, unit FROM main_product WHERE facility_id = :facility")
			.param("facility", facilityId)
			.query((rs, row) -> new Product(rs.getLong(1), rs.getString(2), MeasureUnit.valueOf(rs.getString(3))))
			.optional()
			.orElse(null);
	}

	private Series series(long facilityId, YearMonth from, YearMonth to, Product product) {
		Map<YearMonth, Map<String, Double>> quantity = new TreeMap<>();
		Map<YearMonth, Double> toe = new TreeMap<>();
		Map<YearMonth, Map<String, Double>> byGroup = new TreeMap<>();
		this.jdbc.sql("""
				SELECT resource_code, period_month, quantity_base, toe FROM indicator_monthly
				WHERE facility_id = :facility AND period_month BETWEEN :from AND :to
				""")
			.param("facility", facilityId)
			.param("from", from.atDay(1))
			.param("to", to.atDay(1))
			.query((rs, row) -> {
				String code = rs.getString(1);
				YearMonth month = YearMonth.from(rs.getObject(2, LocalDate.class));
				BigDecimal base = rs.getBigDecimal(3);
				BigDecimal energy = rs.getBigDecimal(4);
				if (base != null) {
					quantity.computeIfAbsent(month, key -> new HashMap<>())
						.merge(code, base.doubleValue(), Double::sum);
				}
				ResourceView resource = this.reference.resource(code).orElse(null);
				if (energy != null && resource != null && resource.kind() == ResourceKind.ENERGY) {
					toe.merge(month, energy.doubleValue(), Double::sum);
					byGroup.computeIfAbsent(month, key -> new LinkedHashMap<>())
						.merge((resource.carrierGroup() != null) ? resource.carrierGroup() : code, energy.doubleValue(),
								Double::sum);
				}
				return code;
			})
			.list();
		Map<YearMonth, Double> production = new TreeMap<>();
		if (product != null) {
			this.jdbc.sql("""
					SELECT period_month, quantity FROM main_production
					WHERE product_id = :product AND period_month BETWEEN :from AND :to
					""")
				.param("product", product.id())
				.param("from", from.atDay(1))
				.param("to", to.atDay(1))
				.query((rs, row) -> production.put(YearMonth.from(rs.getObject(1, LocalDate.class)),
						rs.getBigDecimal(2).doubleValue()))
				.list();
		}
		return new Series(quantity, toe, byGroup, production);
	}

	private static FacilityPeriod<String> period(Series series, YearMonth from, YearMonth to) {
		Map<String, Double> consumption = new TreeMap<>();
		Double toe = null;
		Double production = null;
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			series.quantity()
				.getOrDefault(month, Map.of())
				.forEach((code, value) -> consumption.merge(code, value, Double::sum));
			Double energy = series.toe().get(month);
			if (energy != null) {
				toe = (toe == null) ? energy : toe + energy;
			}
			Double made = series.production().get(month);
			if (made != null) {
				production = (production == null) ? made : production + made;
			}
		}
		return new FacilityPeriod<>(consumption, toe, production);
	}

	/**
	 * The months of a span as regression observations: energy in TOE, production as the
	 * predictor.
	 */
	private static List<MonthlyObservation> observations(Series series, YearMonth from, YearMonth to) {
		List<MonthlyObservation> observations = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			Double energy = series.toe().get(month);
			Double made = series.production().get(month);
			if (energy != null && made != null) {
				Map<String, Double> predictors = new LinkedHashMap<>();
				predictors.put(PRODUCTION, made);
				observations.add(new MonthlyObservation(month, energy, predictors));
			}
		}
		return observations;
	}

	private static List<SavingsView.MonthPoint> points(Series series, YearMonth from, YearMonth to,
			BaselineView baseline, NormalisedSavingsResult normalised) {
		Map<YearMonth, Double> expected = new HashMap<>();
		if (normalised != null && normalised.months() != null) {
			normalised.months().forEach(month -> expected.put(month.month(), month.expected()));
		}
		List<SavingsView.MonthPoint> points = new ArrayList<>();
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			Double toe = series.toe().get(month);
			Double made = series.production().get(month);
			Double specific = (toe != null && made != null && made > 0) ? toe / made : null;
			boolean inBaseline = baseline != null && !month.isBefore(baseline.start())
					&& !month.isAfter(baseline.end());
			points.add(new SavingsView.MonthPoint(month, series.toeByGroup().getOrDefault(month, Map.of()), toe, made,
					specific, expected.get(month), inBaseline));
		}
		return points;
	}

	/**
	 * The savings in each calendar year after the baseline up to the reporting period's
	 * year, each by the same calculation as the headline ({@link #figure}); a year with
	 * fewer than twelve months of energy says how many it has.
	 */
	private static List<SavingsView.YearSaving> years(Series series, BaselineView baseline, Product product) {
		List<SavingsView.YearSaving> years = new ArrayList<>();
		int first = baseline.end().getYear() + ((baseline.end().getMonthValue() == 12) ? 1 : 2);
		int last = series.toe().keySet().stream().mapToInt(YearMonth::getYear).max().orElse(first - 1);
		for (int year = first; year <= last; year++) {
			YearMonth january = YearMonth.of(year, 1);
			YearMonth december = YearMonth.of(year, 12);
			Figure figure = figure(series, baseline, january, december, product);
			years.add(new SavingsView.YearSaving(year, figure.choice().method(), figure.percent(),
					monthsWithEnergy(series, january, december)));
		}
		return years;
	}

	private static int monthsWithEnergy(Series series, YearMonth from, YearMonth to) {
		int months = 0;
		for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
			if (series.toe().containsKey(month)) {
				months++;
			}
		}
		return months;
	}

	private static String productName(Product product) {
		return (product != null) ? product.name() : null;
	}

	private static MeasureUnit productUnit(Product product) {
		return (product != null) ? product.unit() : null;
	}

}
