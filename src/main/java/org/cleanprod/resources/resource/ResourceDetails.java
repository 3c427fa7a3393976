package org.cleanprod.resources.resource;

import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.places.SectorView;
import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.factor.FactorRow;
import org.cleanprod.shared.provenance.SourceView;
import java.math.BigDecimal;
import java.util.List;

/**
 * A resource with everything its page and the API show: units, the sectors of a material,
 * every version of its factors (superseded ones included, for the results that used them)
 * and its sources. Texts are in Vietnamese, each with its English twin (null when there
 * is none); {@code confidence} and {@code note} are null for users who do not edit
 * reference data.
 */
public record ResourceDetails(String code, ResourceKind kind, String carrierGroup, String name, String nameEn,
		MeasureUnitView baseUnit, List<MeasureUnitView> acceptedUnits, BigDecimal densityTonnesPerCubicMetre,
		boolean biogenic, boolean active, int sortOrder, List<SectorView> sectors, List<FactorRow> factors,
		List<SourceView> sources, String confidence, String confidenceEn, String note, String noteEn,
		long version) implements BilingualName {

	/** The factors of one kind, newest validity first. */
	public List<FactorRow> factors(FactorKind kind) {
		return this.factors.stream().filter(factor -> factor.kind() == kind).toList();
	}

}
