package org.cleanprod.performance;

import java.time.YearMonth;
import java.util.List;
import java.util.Set;

import org.cleanprod.facility.FacilityProfile;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.consumption.ConsumptionGenerator;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * In trial mode, gives the demo facilities six years of monthly records (2020-2025),
 * their indicators and data-quality findings, and a 2020 baseline (2021 where 2020 lacks
 * a month) to a third of them, so that the performance pages have something to show on
 * first start.
 */
@Component
@Order(15)
class DemoPerformance implements ApplicationRunner {

	static final long SEED = 2016L;

	private final ConsumptionGenerator generator;

	private final IndicatorService indicators;

	private final QualityService quality;

	private final BaselineService baselines;

	private final FacilityService facilities;

	private final boolean enabled;

	DemoPerformance(ConsumptionGenerator generator, IndicatorService indicators, QualityService quality,
			BaselineService baselines, FacilityService facilities,
			@Value("${cleanprod.demo.enabled:false}") boolean enabled) {
		this.generator = generator;
		this.indicators = indicators;
		this.quality = quality;
		this.baselines = baselines;
		this.facilities = facilities;
		this.enabled = enabled;
	}

	/**
	 * A 2020 baseline, or 2021 where a deliberate mistake left a month of 2020 without
	 * figures: baselines need twelve complete months.
	 */
	private void baseline(long facility, CurrentUser system) {
		for (int year : new int[] { 2020, 2021 }) {
			try {
				this.baselines.set(facility, YearMonth.of(year, 1), null, system);
				return;
			}
			catch (InvalidFormException ex) {
				// incomplete: the next year
			}
		}
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.indicators.recordCount() > 0) {
			return;
		}
		this.generator.generate(new ConsumptionGenerator.Plan(3, YearMonth.of(2020, 1), YearMonth.of(2025, 12), true),
				SEED);
		this.indicators.recomputeAll(rows -> {
		});
		CurrentUser system = new CurrentUser(0, "system", "system", Role.ADMIN, Set.of(), Scope.all(0), true, null);
		List<Long> facilities = this.facilities.profiles().stream().map(FacilityProfile::id).toList();
		for (long facility : facilities) {
			this.quality.refresh(facility);
			if (facility % 3 == 1) {
				baseline(facility, system);
			}
		}
	}

}
