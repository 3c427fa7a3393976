package org.cleanprod.performance.web;

import org.cleanprod.performance.BaselineService;
import org.cleanprod.performance.BaselineView;
import org.cleanprod.performance.IndicatorService;
import org.cleanprod.performance.MonthlyIndicator;
import org.cleanprod.performance.calculation.MonthlyObservation;
import org.cleanprod.performance.calculation.NormalisedSavings;
import org.cleanprod.performance.calculation.NormalisedSavingsResult;
import org.cleanprod.performance.calculation.SavingsInputException;
import org.cleanprod.performance.SavingsService;
import org.cleanprod.performance.SavingsView;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cleanprod.resources.EnergyConverter;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.Answers;
import org.cleanprod.shared.web.BusinessException;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.dao.PessimisticLockingFailureException;
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
import org.springframework.web.bind.annotation.RestController;

/**
 * Indicators, baselines and savings of a facility, and the stateless calculators
 * consultants and other systems call without storing anything.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Energy performance", description = "Indicators, baselines, savings and calculators")
class PerformanceApiController {

	private final IndicatorService indicators;

	private final BaselineService baselines;

	private final SavingsService savings;

	private final EnergyConverter converter;

	private final ImportJobs jobs;

	PerformanceApiController(IndicatorService indicators, BaselineService baselines, SavingsService savings,
			EnergyConverter converter, ImportJobs jobs) {
		this.jobs = jobs;
		this.indicators = indicators;
		this.baselines = baselines;
		this.savings = savings;
		this.converter = converter;
	}

	@GetMapping("/facilities/{id}/indicators")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Operation(summary = "Monthly indicators of a facility: base quantity, GJ, TOE, t CO2 and the factors used")
	List<MonthlyIndicator> indicators(@PathVariable @Scoped(ReferenceKind.FACILITY) long id, @RequestParam String from,
			@RequestParam String to, @AuthenticationPrincipal CurrentUser user) {
		return this.indicators.monthly(id, month("from", from), month("to", to), user);
	}

	@GetMapping("/facilities/{id}/savings")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Operation(summary = "Savings over the twelve months ending with 'end' (yyyy-MM) against the current baseline",
			description = "Intensity savings per resource and for all energy, the regression-normalised savings with "
					+ "the model's statistics, which method applies and why, and the position against the active plan's "
					+ "SAVINGS target band.")
	SavingsView savings(@PathVariable @Scoped(ReferenceKind.FACILITY) long id, @RequestParam String end,
			@RequestParam(defaultValue = "vi") String lang, @AuthenticationPrincipal CurrentUser user) {
		return this.savings.savings(id, month("end", end), user, "en".equals(lang));
	}

	@GetMapping("/facilities/{id}/baselines")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Operation(summary = "The facility's baselines, the current one first")
	List<BaselineView> baselines(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@AuthenticationPrincipal CurrentUser user) {
		return this.baselines.history(id, user);
	}

	/** A new baseline: twelve months from {@code start} (yyyy-MM). */
	record BaselineBody(@NotBlank String start, @Size(max = 1000) String note) {
	}

	@PutMapping("/facilities/{id}/baseline")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	@Operation(summary = "Sets the baseline; the previous one stays in the history",
			description = "Refused (400) unless each of the twelve months has the production of the main product "
					+ "and a value of every resource recorded in any of them; the message names the missing months.")
	BaselineView setBaseline(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@Valid @RequestBody BaselineBody body, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		this.baselines.set(id, month("start", body.start()), body.note(), user, "en".equals(locale.getLanguage()));
		return this.baselines.current(id, user).orElseThrow();
	}

	@PostMapping("/indicators/recompute")
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	@Answers(HttpStatus.CONFLICT)
	@Operation(
			summary = "Recomputes every facility's indicators with the factors in force (after a factor correction); "
					+ "409 while another recomputation runs")
	Map<String, Long> recompute() {
		if (this.jobs.running(RecomputeController.KIND).isPresent()) {
			throw new BusinessException("performance.recompute.alreadyRunning");
		}
		try {
			return Map.of("rows", this.indicators.recomputeAll(rows -> {
			}));
		}
		catch (PessimisticLockingFailureException ex) {
			// Another recomputation holds the facilities' locks.
			throw new BusinessException("performance.recompute.alreadyRunning");
		}
	}

	/** One quantity to convert. */
	record ConversionLine(@NotBlank String resource, @NotNull BigDecimal quantity, @NotBlank String unit) {
	}

	record ConversionRequest(@NotNull Integer year, @NotEmpty @Size(max = 1000) List<@Valid ConversionLine> lines) {
	}

	/**
	 * The energy and CO2 of a line, with the factors used and what could not be
	 * converted.
	 */
	record ConvertedLine(String resource, BigDecimal quantity, String unit, BigDecimal gj, BigDecimal toe,
			BigDecimal tco2, boolean biogenic, List<Long> factorIds, List<String> problems) {
	}

	record ConversionResult(List<ConvertedLine> lines, BigDecimal gj, BigDecimal toe, BigDecimal tco2,
			BigDecimal tco2Biogenic) {
	}

	@PostMapping("/calculators/energy-conversion")
	@PreAuthorize("isAuthenticated()")
	@Operation(summary = "Converts quantities to GJ, TOE and t CO2 with the factors of a year; stores nothing",
			description = "Biogenic CO2 (biomass) is given apart and left out of the CO2 total, as IPCC inventories do.")
	ConversionResult convert(@Valid @RequestBody ConversionRequest request) {
		LocalDate date = LocalDate.of(request.year(), 7, 1);
		List<ConvertedLine> lines = new ArrayList<>();
		BigDecimal gj = BigDecimal.ZERO;
		BigDecimal toe = BigDecimal.ZERO;
		BigDecimal tco2 = BigDecimal.ZERO;
		BigDecimal biogenic = BigDecimal.ZERO;
		InvalidFormException.Collector errors = new InvalidFormException.Collector();
		for (int i = 0; i < request.lines().size(); i++) {
			ConversionLine line = request.lines().get(i);
			MeasureUnit unit = MeasureUnit.parse(line.unit()).orElse(null);
			if (unit == null) {
				errors.reject("lines[" + i + "].unit", "import.error.unknown", line.unit());
				continue;
			}
			EnergyConverter.Conversion conversion;
			try {
				conversion = this.converter.convert(line.resource(), line.quantity(), unit, date);
			}
			catch (IllegalArgumentException ex) {
				errors.reject("lines[" + i + "].resource", "import.error.unknown", line.resource());
				continue;
			}
			lines.add(new ConvertedLine(line.resource(), line.quantity(), unit.symbol(), conversion.gj(),
					conversion.toe(), conversion.tco2(), conversion.biogenic(), conversion.factorIds(),
					conversion.problems()));
			gj = add(gj, conversion.gj());
			toe = add(toe, conversion.toe());
			if (conversion.biogenic()) {
				biogenic = add(biogenic, conversion.tco2());
			}
			else {
				tco2 = add(tco2, conversion.tco2());
			}
		}
		errors.throwIfAny();
		return new ConversionResult(lines, gj, toe, tco2, biogenic);
	}

	/** The body of the normalised-savings calculator. */
	record SavingsRequest(@NotEmpty List<MonthlyObservation> baseline, @NotEmpty List<MonthlyObservation> reporting) {
	}

	@PostMapping("/calculators/normalised-savings")
	@PreAuthorize("isAuthenticated()")
	@Operation(
			summary = "Fits energy = b0 + b1 × predictor … on the baseline months and gives the reporting period's "
					+ "expected energy and savings; stores nothing",
			description = "The model is valid when its p-value ≤ 0.1, a predictor's p-value < 0.1 and R² ≥ 0.5; "
					+ "warnings name reporting months whose predictors lie outside the baseline's range.")
	ResponseEntity<NormalisedSavingsResult> normalisedSavings(@Valid @RequestBody SavingsRequest request) {
		try {
			return ResponseEntity.ok(NormalisedSavings.calculate(request.baseline(), request.reporting()));
		}
		catch (SavingsInputException ex) {
			throw InvalidFormException.of(ex.field(), "performance.calculator." + ex.code().name(),
					(ex.month() != null) ? ex.month().toString() : "", (ex.predictor() != null) ? ex.predictor() : "");
		}
	}

	private static BigDecimal add(BigDecimal total, BigDecimal value) {
		return (value != null) ? total.add(value) : total;
	}

	private static YearMonth month(String field, String text) {
		try {
			return YearMonth.parse(text);
		}
		catch (java.time.format.DateTimeParseException ex) {
			throw InvalidFormException.of(field, "consumption.import.month", text);
		}
	}

}
