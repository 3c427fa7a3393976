package org.cleanprod.resources;

import org.cleanprod.shared.i18n.BilingualName;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import org.cleanprod.shared.units.MeasureUnit;

/**
 * An energy carrier, water or a raw material: its base unit, the units records may use,
 * the density that converts its volumes to mass (when known), whether its CO2 is
 * biogenic, and the sectors a material applies to (empty: all).
 */
public record ResourceView(String code, ResourceKind kind, String carrierGroup, String name, String nameEn,
		MeasureUnit baseUnit, List<MeasureUnit> acceptedUnits, BigDecimal densityTonnesPerCubicMetre, boolean biogenic,
		boolean active, int sortOrder, Set<String> sectorCodes) implements BilingualName {

	public boolean accepts(MeasureUnit unit) {
		return this.acceptedUnits.contains(unit);
	}

	public boolean appliesTo(String sectorCode) {
		return this.sectorCodes.isEmpty() || this.sectorCodes.contains(sectorCode);
	}

}
