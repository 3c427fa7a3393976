package org.cleanprod.performance;

import org.cleanprod.performance.web.RecomputeController;
import org.cleanprod.resources.ConversionFactorAdded;
import org.cleanprod.shared.excel.ImportJobs;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A new or corrected conversion factor version recomputes, in the background, exactly the
 * indicators it applies to (its resource, the months of its validity) and the
 * designated-energy-user status of the facilities concerned. The work runs as a
 * recomputation job owned by the system, whose progress the recompute page shows to every
 * administrator; a full recomputation waits until it ends.
 */
@Component
public class FactorRecomputation {

	/**
	 * The owner of recomputations no user started; every administrator may follow them
	 * (see the import-job reference scope).
	 */
	public static final long SYSTEM = 0;

	private final IndicatorService indicators;

	private final ImportJobs jobs;

	FactorRecomputation(IndicatorService indicators, ImportJobs jobs) {
		this.indicators = indicators;
		this.jobs = jobs;
	}

	/** After the factor commits. */
	@ApplicationModuleListener
	void on(ConversionFactorAdded event) {
		this.jobs.start(RecomputeController.KIND, SYSTEM, event.resourceCode(), ImportJobs.Mode.COMMIT, progress -> {
			long total = this.indicators.recordCount(event.resourceCode(), event.validFrom(), event.validTo());
			return this.indicators.recomputeResource(event.resourceCode(), event.validFrom(), event.validTo(),
					rows -> progress.rows(rows, total));
		});
	}

}
