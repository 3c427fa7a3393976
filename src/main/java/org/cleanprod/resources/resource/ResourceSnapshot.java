package org.cleanprod.resources.resource;

import org.cleanprod.resources.ResourceKind;
import org.cleanprod.shared.units.Decimals;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;

import org.cleanprod.shared.units.MeasureUnit;

/**
 * The state of a resource as the audit trail records it and its history compares it.
 * Units are written by name (the enum's {@code toString} is its symbol).
 */
public record ResourceSnapshot(String code, ResourceKind kind, String carrierGroup, String name, String nameEn,
		String baseUnit, List<String> acceptedUnits, BigDecimal densityTonnesPerCubicMetre, boolean biogenic,
		boolean active, int sortOrder, String note, String noteEn, List<String> sectorCodes) {

	static ResourceSnapshot of(Resource resource, Collection<String> sectorCodes) {
		return new ResourceSnapshot(resource.getCode(), resource.getKind(), resource.getCarrierGroup(),
				resource.getName(), resource.getNameEn(),
				(resource.getBaseUnit() != null) ? resource.getBaseUnit().name() : null,
				resource.getAcceptedUnits().stream().map(MeasureUnit::name).toList(),
				Decimals.plain(resource.getDensity()), resource.isBiogenic(), resource.isActive(),
				resource.getSortOrder(), resource.getProvenance().note(), resource.getProvenance().noteEn(),
				sectorCodes.stream().sorted().toList());
	}

}
