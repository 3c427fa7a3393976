package org.cleanprod.consumption.web;

import org.cleanprod.consumption.BulkRecords;
import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.FacilityRecords;
import org.cleanprod.consumption.RecordSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.Answers;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/facilities/{id}/records} and {@code /api/v1/records/bulk}: a facility's
 * monthly consumption and production and its annual totals, for scripts and other
 * systems, with the permissions and data scope of the entry page (a facility outside the
 * scope is not found). Units are written as their symbols ("kWh", "t", "m3"), months as
 * {@code yyyy-MM}; names come in the caller's language ({@code Accept-Language} or
 * {@code lang=en}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Consumption records", description = "Monthly consumption, production and annual totals of facilities")
public class ConsumptionApiController {

	/** The longest range one read may span: ten years of months. */
	static final int MAX_MONTHS = 120;

	public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

	public static final String REPLAYED = "Idempotent-Replayed";

	private final ConsumptionService consumption;

	private final BulkRecords bulk;

	private final Resources reference;

	private final MessageSource messages;

	private final Clock clock;

	ConsumptionApiController(ConsumptionService consumption, BulkRecords bulk, Resources reference,
			MessageSource messages, Clock clock) {
		this.consumption = consumption;
		this.bulk = bulk;
		this.reference = reference;
		this.messages = messages;
		this.clock = clock;
	}

	/** A value to save: a null quantity clears it; source ENTERED when absent. */
	record ValueBody(BigDecimal quantity, String unit, String source) {
	}

	/** What a save did: INSERT, UPDATE, UNCHANGED or DELETED. */
	record OutcomeBody(String outcome) {

		static OutcomeBody of(CellOutcome outcome) {
			return new OutcomeBody(outcome.deleted() ? "DELETED" : outcome.outcome().name());
		}

	}

	record RecordsBody(long facilityId, String facilityCode, String from, String to, List<ConsumptionBody> consumption,
			List<ProductionBody> production, List<AnnualBody> annual) {
	}

	record ConsumptionBody(String resource, String resourceName, String month, BigDecimal quantity, String unit,
			String unitName, String source, Instant updatedAt, String updatedBy) {
	}

	record ProductionBody(long productId, String productName, String month, BigDecimal quantity, String unit,
			String unitName, String source, Instant updatedAt, String updatedBy) {
	}

	record AnnualBody(String resource, String resourceName, int year, BigDecimal quantity, String unit, String unitName,
			String source, Instant updatedAt, String updatedBy, boolean monthlyRecordsExist) {
	}

	@GetMapping("/facilities/{id}/records")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	@Answers(HttpStatus.BAD_REQUEST)
	@Operation(summary = "A facility's records from one month to another (yyyy-MM, both included)",
			description = "Monthly consumption and production, and the annual totals of the years the range touches. "
					+ "Without from and to: the last twelve months. At most 120 months. 404 when the facility does not "
					+ "exist or lies outside the caller's scope.")
	RecordsBody records(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@AuthenticationPrincipal CurrentUser user, Locale locale) {
		boolean english = "en".equals(locale.getLanguage());
		this.consumption.facility(id, user, english);
		YearMonth last = (to != null) ? month("to", to) : YearMonth.now(this.clock.withZone(Formats.ZONE));
		YearMonth first = (from != null) ? month("from", from) : last.minusMonths(11);
		if (first.isAfter(last) || ChronoUnit.MONTHS.between(first, last) >= MAX_MONTHS) {
			throw InvalidFormException.of("from", "consumption.recordsApi.range", MAX_MONTHS);
		}
		FacilityRecords records = this.consumption.records(id, first, last, user, english);
		return new RecordsBody(records.facilityId(), records.facilityCode(), first.toString(), last.toString(),
				records.consumption()
					.stream()
					.map(value -> new ConsumptionBody(value.resource(), value.resourceName(), value.month().toString(),
							plain(value.quantity()), value.unit().symbol(), unitName(value.unit(), locale),
							value.source().name(), value.updatedAt(), value.updatedBy()))
					.toList(),
				records.production()
					.stream()
					.map(value -> new ProductionBody(value.productId(), value.productName(), value.month().toString(),
							plain(value.quantity()), value.unit().symbol(), unitName(value.unit(), locale),
							value.source().name(), value.updatedAt(), value.updatedBy()))
					.toList(),
				records.annual()
					.stream()
					.map(value -> new AnnualBody(value.resource(), value.resourceName(), value.year(),
							plain(value.quantity()), value.unit().symbol(), unitName(value.unit(), locale),
							value.source().name(), value.updatedAt(), value.updatedBy(), value.monthlyRecordsExist()))
					.toList());
	}

	@PutMapping("/facilities/{id}/records/consumption/{resource}/{month}")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	@Operation(summary = "Saves one month's consumption of a resource (by code); a null quantity deletes it",
			description = "Answers INSERT, UPDATE, UNCHANGED or DELETED; 400 with the field errors when the resource, "
					+ "unit, month or quantity is not accepted.")
	OutcomeBody saveConsumption(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@PathVariable @Scoped(ReferenceKind.RESOURCE) String resource, @PathVariable String month,
			@RequestBody ValueBody body, @AuthenticationPrincipal CurrentUser user) {
		this.consumption.facility(id, user, false);
		YearMonth period = month("month", month);
		MeasureUnit unit = unitOrBase(body, resource);
		return OutcomeBody.of(this.consumption.saveConsumption(id, resource, period, body.quantity(), unit,
				source(body.source()), user));
	}

	@PutMapping("/facilities/{id}/records/production/{productId}/{month}")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	@Operation(summary = "Saves one month's production of a product; a null quantity deletes it",
			description = "The quantity is in the product's unit; a unit, when given, must be that one.")
	OutcomeBody saveProduction(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@PathVariable @Scoped(ReferenceKind.PRODUCT) long productId, @PathVariable String month,
			@RequestBody ValueBody body, @AuthenticationPrincipal CurrentUser user) {
		List<ProductView> products = this.consumption.products(id, user);
		YearMonth period = month("month", month);
		MeasureUnit unit = unit(body.unit());
		products.stream()
			.filter(product -> product.id() == productId && unit != null && product.unit() != unit)
			.findFirst()
			.ifPresent(product -> {
				throw InvalidFormException.of("unit", "consumption.import.productUnit", product.unit().symbol());
			});
		return OutcomeBody
			.of(this.consumption.saveProduction(id, productId, period, body.quantity(), source(body.source()), user));
	}

	@PutMapping("/facilities/{id}/records/annual/{resource}/{year}")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	@Operation(summary = "Saves the annual total of a resource (Circular 25/2020); a null quantity deletes it")
	OutcomeBody saveAnnual(@PathVariable @Scoped(ReferenceKind.FACILITY) long id,
			@PathVariable @Scoped(ReferenceKind.RESOURCE) String resource, @PathVariable int year,
			@RequestBody ValueBody body, @AuthenticationPrincipal CurrentUser user) {
		this.consumption.facility(id, user, false);
		MeasureUnit unit = unitOrBase(body, resource);
		return OutcomeBody
			.of(this.consumption.saveAnnual(id, resource, year, body.quantity(), unit, source(body.source()), user));
	}

	@PostMapping("/records/bulk")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	@Answers(HttpStatus.UNPROCESSABLE_CONTENT)
	@Operation(summary = "Saves a batch of monthly values of facilities named by code, once per Idempotency-Key",
			description = "The whole batch is checked first: any bad record answers 400 listing every error as "
					+ "records[index].field with its message, and nothing is written; otherwise all values are written "
					+ "in one transaction and the counts answered. The Idempotency-Key header is required; the same key "
					+ "with the same records within 24 hours answers the first result again, with the header "
					+ "Idempotent-Replayed: true, and writes nothing; with other records it answers 422.")
	ResponseEntity<BulkRecords.BulkResult> bulk(
			@Parameter(required = true,
					description = "A key of at most 100 characters, new for every new batch (a UUID, say), sent again "
							+ "with a retry of the same batch") @RequestHeader(name = IDEMPOTENCY_KEY,
									required = false) String idempotencyKey,
			@RequestBody BulkRecords.BulkRequest body, @AuthenticationPrincipal CurrentUser user, Locale locale) {
		BulkRecords.Answer answer = this.bulk.apply(idempotencyKey, body, user, locale);
		ResponseEntity.BodyBuilder response = ResponseEntity.ok();
		if (answer.replayed()) {
			response.header(REPLAYED, "true");
		}
		return response.body(answer.result());
	}

	@ExceptionHandler(BulkRecords.KeyReusedException.class)
	ProblemDetail keyReused(Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatus(422);
		problem.setTitle(this.messages.getMessage("consumption.recordsApi.keyReused", null, locale));
		problem.setDetail(this.messages.getMessage("consumption.recordsApi.keyReused.detail", null, locale));
		return problem;
	}

	/** The unit of the body; when a value is deleted without one, the resource's own. */
	private MeasureUnit unitOrBase(ValueBody body, String resource) {
		MeasureUnit unit = unit(body.unit());
		if (unit == null && body.quantity() == null) {
			return this.reference.resource(resource).map(ResourceView::baseUnit).orElse(null);
		}
		return unit;
	}

	private static MeasureUnit unit(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		return MeasureUnit.parse(text)
			.or(() -> java.util.Arrays.stream(MeasureUnit.values())
				.filter(unit -> unit.name().equalsIgnoreCase(text.strip()))
				.findFirst())
			.orElseThrow(() -> InvalidFormException.of("unit", "consumption.recordsApi.unit", text));
	}

	private static RecordSource source(String text) {
		if (text == null || text.isBlank()) {
			return RecordSource.ENTERED;
		}
		try {
			return RecordSource.valueOf(text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw InvalidFormException.of("source", "consumption.recordsApi.source", text);
		}
	}

	private static YearMonth month(String field, String text) {
		YearMonth month = BulkRecords.month(text);
		if (month == null) {
			throw InvalidFormException.of(field, "consumption.recordsApi.month", text);
		}
		return month;
	}

	private String unitName(MeasureUnit unit, Locale locale) {
		return this.messages.getMessage(unit.messageKey(), null, unit.symbol(), locale);
	}

	/**
	 * The quantity without the trailing zeros of the stored scale, never in E notation.
	 */
	static BigDecimal plain(BigDecimal quantity) {
		BigDecimal stripped = quantity.stripTrailingZeros();
		return (stripped.scale() < 0) ? stripped.setScale(0) : stripped;
	}

}
