package org.cleanprod.facility.web;

import org.cleanprod.facility.EnterpriseView;
import org.cleanprod.facility.FacilityFilter;
import org.cleanprod.facility.FacilityQueries;
import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/facilities} and {@code /api/v1/enterprises}: the registry for scripts
 * and other systems, with the permissions and data scope of the pages. Names come in
 * Vietnamese unless {@code lang=en}.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Facility registry", description = "Enterprises and their facilities")
class FacilityApiController {

	private final FacilityService facilities;

	FacilityApiController(FacilityService facilities) {
		this.facilities = facilities;
	}

	@GetMapping("/facilities")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Operation(operationId = "listFacilities", summary = "Facilities in the caller's scope, filtered, sorted and paged",
			description = "q matches code, names, tax code, address and products without accents; unitId includes "
					+ "the unit's descendants and predecessors. sort: code, name, enterprise, sector, employees, updated.")
	PageView<FacilityRow> list(FacilityFilter filter, PageQuery query, @RequestParam(defaultValue = "vi") String lang,
			@AuthenticationPrincipal CurrentUser user) {
		return this.facilities.search(filter, query, user, "en".equals(lang));
	}

	@GetMapping("/facilities/{id}")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Operation(operationId = "getFacility",
			summary = "One facility; 404 when it does not exist or lies outside the caller's scope")
	FacilityDetails get(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@RequestParam(defaultValue = "vi") String lang, @AuthenticationPrincipal CurrentUser user) {
		return this.facilities.details(id, user, "en".equals(lang));
	}

	@PostMapping("/facilities")
	@PreAuthorize("hasAuthority('FACILITY_REGISTER')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "registerFacility", summary = "Registers a facility")
	ResponseEntity<FacilityDetails> register(@Valid @RequestBody FacilityForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.facilities.register(form, user);
		return ResponseEntity.created(URI.create("/api/v1/facilities/" + id))
			.body(this.facilities.details(id, user, false));
	}

	@PutMapping("/facilities/{id}")
	@PreAuthorize("hasAuthority('FACILITY_EDIT')")
	@Operation(operationId = "updateFacility",
			summary = "Updates a facility; the body's version must be the current one (409 otherwise)")
	FacilityDetails update(@PathVariable @Scoped(ReferenceKind.FACILITY) long id, @Valid @RequestBody FacilityForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.facilities.update(id, form, user);
		return this.facilities.details(id, user, false);
	}

	@PutMapping("/facilities/{id}/designation")
	@PreAuthorize("hasAuthority('FACILITY_EDIT')")
	@Operation(
			summary = "Overrides the derived designated-energy-user status with a reason; "
					+ "{\"designated\": null} returns to the status derived from the previous year's energy",
			description = "The status is derived from the facility's total TOE of the previous calendar year "
					+ "against the DESIGNATED_ENERGY_USER_TOE setting; an override needs a reason and is audited. "
					+ "Enterprise users may not override (403).")
	FacilityDetails overrideDesignation(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@Valid @RequestBody DesignationForm form, @AuthenticationPrincipal CurrentUser user) {
		this.facilities.overrideDesignation(id, form, user);
		return this.facilities.details(id, user, false);
	}

	@GetMapping("/enterprises")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Operation(summary = "Enterprises in the caller's scope, paged; q matches name or tax code")
	PageView<EnterpriseView> enterprises(@RequestParam(required = false) String q, PageQuery query,
			@AuthenticationPrincipal CurrentUser user) {
		return this.facilities.enterprises(q, query, user);
	}

	@GetMapping("/enterprises/{id}")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Operation(summary = "One enterprise; 404 when it does not exist or lies outside the caller's scope")
	EnterpriseView enterprise(@PathVariable @Scoped(ReferenceKind.ENTERPRISE) long id,
			@AuthenticationPrincipal CurrentUser user) {
		return this.facilities.enterprise(id, user);
	}

	@PostMapping("/enterprises")
	@PreAuthorize(FacilityService.REGISTERS_ENTERPRISES)
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Registers an enterprise (province-wide roles); 400 when the tax code is invalid or taken")
	ResponseEntity<EnterpriseView> registerEnterprise(@Valid @RequestBody EnterpriseForm form,
			@AuthenticationPrincipal CurrentUser user) {
		long id = this.facilities.registerEnterprise(form, user);
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + id))
			.body(this.facilities.enterprise(id, user));
	}

}
