package org.cleanprod.resources.resource;

import org.cleanprod.resources.FactorKind;
import org.cleanprod.resources.factor.FactorRow;
import org.cleanprod.resources.factor.FactorService;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/resources}: energy carriers, water and raw materials with the units
 * records may use, and their conversion factors, with the permissions of the pages.
 * Confidence and notes are given only to callers who may edit reference data.
 */
@RestController
@RequestMapping("/api/v1/resources")
@Tag(name = "Resources", description = "Energy carriers, water, raw materials and their conversion factors")
class ResourceApiController {

	private final ResourceService resources;

	private final FactorService factors;

	ResourceApiController(ResourceService resources, FactorService factors) {
		this.resources = resources;
		this.factors = factors;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "Resources with their base unit and the units records may use",
			description = "kind: ENERGY, WATER or MATERIAL; carrierGroup: ELECTRICITY, COAL, OIL, GAS, BIOMASS, STEAM "
					+ "or WATER; sector: a VSIC division (10-33), keeping what a facility of that sector may report; "
					+ "active: true or false; q matches code and names without accents. sort: order, code, name, "
					+ "kind, group, baseUnit. Unit codes are the values records and imports use.")
	List<ResourceRow> resources(ResourceFilter filter, PageQuery order,
			@RequestParam(defaultValue = "vi") String lang) {
		return this.resources.list(filter, order, "en".equals(lang));
	}

	@GetMapping("/{code}")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "One resource with its units, sectors, sources and every version of its conversion "
			+ "factors (superseded ones too, for the results that used them); 404 when unknown")
	ResourceDetails resource(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code,
			@AuthenticationPrincipal CurrentUser user) {
		return this.resources.details(code, user.can(Permission.REFERENCE_EDIT));
	}

	@GetMapping("/{code}/factors")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "The factors used for new conversions on a date",
			description = "kind: GJ, TOE or TCO2 (all when absent); date (yyyy-MM-dd): today when absent. A factor "
					+ "per GJ of kind TCO2 applies to the energy content. 404 when the resource is unknown.")
	List<FactorRow> factors(@PathVariable @Scoped(ReferenceKind.RESOURCE) String code,
			@RequestParam(required = false) FactorKind kind,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
			@AuthenticationPrincipal CurrentUser user) {
		return this.factors.validOn(code, kind, (date != null) ? date : LocalDate.now(Formats.ZONE),
				user.can(Permission.REFERENCE_EDIT));
	}

}
