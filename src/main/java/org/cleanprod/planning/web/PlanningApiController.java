package org.cleanprod.planning.web;

import org.cleanprod.planning.PlanView;
import org.cleanprod.planning.PlanningService;
import org.cleanprod.planning.TargetView;
import java.net.URI;
import java.time.LocalDate;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.Answers;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
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
 * {@code /api/v1/plans}: plans and their targets for scripts and other systems. Every
 * signed-in caller reads; changes need {@code PLAN_EDIT}. Plans carry their names in both
 * languages ({@code name}, {@code nameEn}).
 */
@RestController
@RequestMapping("/api/v1/plans")
@Tag(name = "Plans", description = "Plans and their target indicators")
class PlanningApiController {

	private final PlanningService planning;

	PlanningApiController(PlanningService planning) {
		this.planning = planning;
	}

	@GetMapping
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "listPlans", summary = "Plans, filtered, sorted and paged",
			description = "q matches code, names and decision number without accents; year keeps plans whose period "
					+ "includes it; phase is DRAFT, UPCOMING, IN_FORCE, ENDED or REVOKED today. "
					+ "sort: code, name, period, decision.")
	PageView<PlanRow> list(PlanFilter filter, PageQuery query, @AuthenticationPrincipal CurrentUser user) {
		return this.planning.search(filter, query, user);
	}

	@GetMapping("/active")
	@PreAuthorize("isAuthenticated()")
	@Answers(HttpStatus.NOT_FOUND)
	@Operation(summary = "The plan in force on a date (today by default), with its targets",
			description = "An issued plan whose period includes the date's year; the latest start wins where periods "
					+ "overlap. 404 when no plan is in force.")
	PlanView active(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
		LocalDate day = (date != null) ? date : this.planning.today();
		return this.planning.activePlan(day).orElseThrow(() -> new NotFoundException(PlanningService.PLAN, day));
	}

	@GetMapping("/{id}")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "getPlan", summary = "One plan with its targets; 404 when it does not exist")
	PlanView get(@PathVariable @Scoped(ReferenceKind.PLAN) long id, @AuthenticationPrincipal CurrentUser user) {
		return this.planning.details(id, user);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createPlan", summary = "Creates a plan; 400 lists every field error")
	ResponseEntity<PlanView> create(@Valid @RequestBody PlanForm form, @AuthenticationPrincipal CurrentUser user) {
		long id = this.planning.create(form, user);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id)).body(this.planning.details(id, user));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	@Operation(operationId = "updatePlan",
			summary = "Updates a plan; the body's version must be the current one (409 otherwise)")
	PlanView update(@PathVariable @Scoped(ReferenceKind.PLAN) long id, @Valid @RequestBody PlanForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.planning.update(id, form, user);
		return this.planning.details(id, user);
	}

	@PostMapping("/{id}/targets")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Adds a target to a plan; 400 lists every field error")
	ResponseEntity<TargetView> addTarget(@PathVariable @Scoped(ReferenceKind.PLAN) long id,
			@Valid @RequestBody TargetForm form, @AuthenticationPrincipal CurrentUser user) {
		long targetId = this.planning.addTarget(id, form, user);
		return ResponseEntity.created(URI.create("/api/v1/plans/" + id + "/targets/" + targetId))
			.body(target(id, targetId, user));
	}

	@GetMapping("/{id}/targets/{targetId}")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "One target of a plan; 404 when it does not exist")
	TargetView getTarget(@PathVariable @Scoped(ReferenceKind.PLAN) long id,
			@PathVariable @Scoped(ReferenceKind.TARGET) long targetId, @AuthenticationPrincipal CurrentUser user) {
		return target(id, targetId, user);
	}

	@PutMapping("/{id}/targets/{targetId}")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	@Operation(summary = "Updates a target; its code is fixed and the body's version must be the current one "
			+ "(409 otherwise)")
	TargetView updateTarget(@PathVariable @Scoped(ReferenceKind.PLAN) long id,
			@PathVariable @Scoped(ReferenceKind.TARGET) long targetId, @Valid @RequestBody TargetForm form,
			@AuthenticationPrincipal CurrentUser user) {
		this.planning.updateTarget(id, targetId, form, user);
		return target(id, targetId, user);
	}

	@DeleteMapping("/{id}/targets/{targetId}")
	@PreAuthorize("hasAuthority('PLAN_EDIT')")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Deletes a target; version must be the current one (409 otherwise)")
	ResponseEntity<Void> deleteTarget(@PathVariable @Scoped(ReferenceKind.PLAN) long id,
			@PathVariable @Scoped(ReferenceKind.TARGET) long targetId, @RequestParam Long version,
			@AuthenticationPrincipal CurrentUser user) {
		this.planning.deleteTarget(id, targetId, version, user);
		return ResponseEntity.noContent().build();
	}

	private TargetView target(long planId, long targetId, CurrentUser user) {
		return this.planning.details(planId, user)
			.targets()
			.stream()
			.filter(target -> target.id() == targetId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException(PlanningService.TARGET, targetId));
	}

}
