package org.cleanprod.planning.web;

import org.cleanprod.planning.PlanPhase;

/**
 * Criteria of the plan list; null fields do not filter. {@code q} matches code, names and
 * decision number without accents; {@code year} keeps plans whose period includes it;
 * {@code phase} is judged on today's date.
 */
public record PlanFilter(String q, PlanPhase phase, Integer year) {

	public PlanFilter {
		q = (q == null || q.isBlank()) ? null : q.strip();
	}

	public static PlanFilter none() {
		return new PlanFilter(null, null, null);
	}

}
