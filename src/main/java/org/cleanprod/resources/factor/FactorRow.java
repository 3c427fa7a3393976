package org.cleanprod.resources.factor;

import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.resource.MeasureUnitView;
import org.cleanprod.shared.provenance.SourceView;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A version of a conversion factor as the resource page and the API show it, with its
 * sources. {@code supersededBy} names the correction that replaced a wrong factor (no
 * longer used for new conversions), {@code supersedes} the factor this one corrects.
 * Texts are in Vietnamese, each with its English twin (null when there is none);
 * {@code confidence} and {@code note} are null for users who do not edit reference data.
 */
public record FactorRow(long id, String resourceCode, FactorKind kind, MeasureUnitView perUnit, BigDecimal value,
		BigDecimal valueMax, LocalDate validFrom, LocalDate validTo, boolean derived, List<SourceView> sources,
		String confidence, String confidenceEn, String note, String noteEn, Long supersededBy, Long supersedes,
		Instant createdAt) {

	/** Applies from its start on, until a later version closes it. */
	public boolean openEnded() {
		return this.validTo == null;
	}

	/** Used for new conversions (not superseded by a correction). */
	public boolean current() {
		return this.supersededBy == null;
	}

	/**
	 * The day a next version would usually start: 1 January of the year after this one's
	 * start (the grid factor is yearly); null for a factor valid from the beginning.
	 */
	public LocalDate nextStart() {
		return (this.validFrom != null) ? this.validFrom.plusYears(1).withDayOfYear(1) : null;
	}

	public boolean validOn(LocalDate date) {
		return (this.validFrom == null || !date.isBefore(this.validFrom))
				&& (this.validTo == null || !date.isAfter(this.validTo));
	}

}
