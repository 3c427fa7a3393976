package org.cleanprod.resources.resource;

import org.cleanprod.resources.CarrierGroup;
import org.cleanprod.resources.ResourceKind;
import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.units.MeasureUnit;

/**
 * The fields of a resource. The code, kind, carrier group and biogenic flag are given
 * when the resource is created and ignored afterwards; the base unit of an energy carrier
 * or water too. Sectors apply to raw materials only; none means every sector.
 */
public record ResourceForm(@Size(max = 30) @Pattern(regexp = CODE) String code, ResourceKind kind,
		CarrierGroup carrierGroup, @NotBlank @Size(max = 200) String name, @Size(max = 200) String nameEn,
		MeasureUnit baseUnit, List<MeasureUnit> acceptedUnits, @Positive @DecimalMax("100") BigDecimal density,
		Boolean biogenic, List<String> sectorCodes, Boolean active, @Min(0) @Max(100000) Integer sortOrder,
		@Size(max = 1000) String note, @Size(max = 1000) String noteEn, Long version) {

	/** Capital letters without accents, digits and underscores, as the shipped codes. */
	static final String CODE = "[A-Z0-9_]*";

	public ResourceForm {
		acceptedUnits = (acceptedUnits != null) ? List.copyOf(acceptedUnits) : List.of();
		sectorCodes = (sectorCodes != null) ? List.copyOf(sectorCodes) : List.of();
	}

	static ResourceForm empty() {
		return new ResourceForm("", ResourceKind.MATERIAL, null, "", null, MeasureUnit.TONNE,
				List.of(MeasureUnit.TONNE, MeasureUnit.KG), null, false, List.of(), true, 200, null, null, null);
	}

	static ResourceForm of(Resource resource, List<String> sectorCodes) {
		CarrierGroup group = (resource.getCarrierGroup() != null) ? CarrierGroup.valueOf(resource.getCarrierGroup())
				: null;
		return new ResourceForm(resource.getCode(), resource.getKind(), group, resource.getName(), resource.getNameEn(),
				resource.getBaseUnit(), resource.getAcceptedUnits(), resource.getDensity(), resource.isBiogenic(),
				sectorCodes, resource.isActive(), resource.getSortOrder(), resource.getProvenance().note(),
				resource.getProvenance().noteEn(), resource.getVersion());
	}

	/** Whether the unit of this name is ticked among the accepted units. */
	public boolean accepts(String unitName) {
		return this.acceptedUnits.stream().anyMatch(unit -> unit.name().equals(unitName));
	}

	public boolean hasSector(String sectorCode) {
		return this.sectorCodes.contains(sectorCode);
	}

	/** The base unit's name, as the select list's values are written. */
	public String baseUnitName() {
		return (this.baseUnit != null) ? this.baseUnit.name() : null;
	}

}
