package org.cleanprod.places.web;

import org.cleanprod.places.agency.AgencyDetails;
import org.cleanprod.places.agency.AgencyFilter;
import org.cleanprod.places.agency.AgencyService;
import org.cleanprod.places.unit.UnitDetails;
import org.cleanprod.places.unit.UnitFilter;
import org.cleanprod.places.unit.UnitRow;
import org.cleanprod.places.unit.UnitService;
import org.cleanprod.places.zone.ZoneDetails;
import org.cleanprod.places.zone.ZoneFilter;
import org.cleanprod.places.zone.ZoneRow;
import org.cleanprod.places.zone.ZoneService;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/units}, {@code zones}, {@code agencies} and {@code sectors}: the
 * reference data for scripts and other systems, with the permissions of the pages.
 * Confidence and notes are given only to callers who may edit reference data.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Reference data", description = "Administrative units, industrial zones, agencies and sectors")
class PlacesApiController {

	private final UnitService units;

	private final ZoneService zones;

	private final AgencyService agencies;

	private final SectorRows sectors;

	PlacesApiController(UnitService units, ZoneService zones, AgencyService agencies, SectorRows sectors) {
		this.units = units;
		this.zones = zones;
		this.agencies = agencies;
		this.sectors = sectors;
	}

	@GetMapping("/units")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "Administrative units, filtered, sorted and paged",
			description = "level: PROVINCE, DISTRICT or COMMUNE; validOn (yyyy-MM-dd): units in force that day; "
					+ "period: OLD (2016 to 30/06/2025) or NEW (from 01/07/2025); parentId: direct children; "
					+ "q matches code and names without accents. sort: code, name, level, parent, validFrom, validTo.")
	PageView<UnitRow> units(UnitFilter filter, PageQuery query) {
		return this.units.search(filter, query);
	}

	@GetMapping("/units/{id}")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "One administrative unit with its parent, children, predecessors and successors "
			+ "(with share and date), the units its records are reported under, and its sources; 404 when unknown")
	UnitDetails unit(@PathVariable @Scoped(ReferenceKind.UNIT) long id, @AuthenticationPrincipal CurrentUser user) {
		return this.units.details(id, user.can(Permission.REFERENCE_EDIT));
	}

	@GetMapping("/zones")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "Industrial zones and clusters, filtered, sorted and paged",
			description = "boardId: the managing board; kind: ZONE or CLUSTER; active: true or false; q matches "
					+ "the names without accents. sort: name, kind, board, area. Labels in Vietnamese unless lang=en.")
	PageView<ZoneRow> zones(ZoneFilter filter, PageQuery query, @RequestParam(defaultValue = "vi") String lang) {
		return this.zones.search(filter, query, "en".equals(lang));
	}

	@GetMapping("/zones/{id}")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "One industrial zone or cluster with its board, unit and sources; 404 when unknown")
	ZoneDetails zone(@PathVariable @Scoped(ReferenceKind.ZONE) long id, @RequestParam(defaultValue = "vi") String lang,
			@AuthenticationPrincipal CurrentUser user) {
		return this.zones.details(id, user.can(Permission.REFERENCE_EDIT), "en".equals(lang));
	}

	@GetMapping("/agencies")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "Agencies with the zones each manages",
			description = "kind: DEPARTMENT, ZONE_BOARD, DISTRICT, MEDIA or OTHER; active: true or false; q matches "
					+ "code and names without accents.")
	List<AgencyDetails> agencies(AgencyFilter filter, @AuthenticationPrincipal CurrentUser user) {
		return this.agencies.list(filter, user.can(Permission.REFERENCE_EDIT));
	}

	@GetMapping("/sectors")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	@Operation(summary = "VSIC 2018 sections and the manufacturing divisions 10-33, each section before its "
			+ "divisions")
	List<SectorRow> sectors(@AuthenticationPrincipal CurrentUser user) {
		return this.sectors.sectors(user.can(Permission.REFERENCE_EDIT));
	}

}
