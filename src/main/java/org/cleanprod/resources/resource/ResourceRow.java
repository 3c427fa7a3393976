package org.cleanprod.resources.resource;

import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.units.Decimals;
import java.math.BigDecimal;
import java.util.List;

/**
 * A resource as the list, its export and the API show it: the base unit and the units
 * records may use, with their symbols; the sectors of a material (empty: all).
 */
public record ResourceRow(String code, ResourceKind kind, String carrierGroup, String name, String nameEn,
		MeasureUnitView baseUnit, List<MeasureUnitView> acceptedUnits, BigDecimal densityTonnesPerCubicMetre,
		boolean biogenic, boolean active, int sortOrder, List<String> sectorCodes) implements BilingualName {

	static ResourceRow of(ResourceView resource) {
		return new ResourceRow(resource.code(), resource.kind(), resource.carrierGroup(), resource.name(),
				resource.nameEn(), MeasureUnitView.of(resource.baseUnit()),
				resource.acceptedUnits().stream().map(MeasureUnitView::of).toList(),
				Decimals.plain(resource.densityTonnesPerCubicMetre()), resource.biogenic(), resource.active(),
				resource.sortOrder(), resource.sectorCodes().stream().sorted().toList());
	}

}
