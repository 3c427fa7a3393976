package org.cleanprod.performance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Baselines (ISO 50006 energy baselines): a facility's reference period of twelve
 * consecutive months, a calendar year or any other. Setting a new one supersedes the
 * current one, which stays in the history with who set it and when.
 */
@Service
@Transactional(readOnly = true)
public class BaselineService {

	private final FacilityService facilities;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Resources reference;

	BaselineService(FacilityService facilities, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock,
			Resources reference) {
		this.facilities = facilities;
		this.reference = reference;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
	}

	public Optional<BaselineView> current(long facilityId, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		return current(facilityId);
	}

	Optional<BaselineView> current(long facilityId) {
		return history(facilityId).stream().filter(BaselineView::isCurrent).findFirst();
	}

	public List<BaselineView> history(long facilityId, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		return history(facilityId);
	}

	/**
	 * Sets the twelve months starting at {@code start} as the facility's baseline; see
	 * {@link #set(long, YearMonth, String, CurrentUser, boolean)}. Missing months are
	 * named in Vietnamese.
	 */
	@Transactional
	public long set(long facilityId, YearMonth start, String note, CurrentUser user) {
		return set(facilityId, start, note, user, false);
	}

	/**
	 * Sets the twelve months starting at {@code start} as the facility's baseline, if
	 * each of them has its consumption and production ({@link BaselineCoverage});
	 * otherwise refuses it, naming the missing months of each resource and of the main
	 * product (resource names in English when asked).
	 */
	@Transactional
	public long set(long facilityId, YearMonth start, String note, CurrentUser user, boolean english) {
		this.facilities.require(facilityId, user, false);
		YearMonth end = start.plusMonths(BaselineCoverage.MONTHS - 1);
		if (start.getYear() < 2000
				|| end.isAfter(YearMonth.from(LocalDate.ofInstant(this.clock.instant(), Formats.ZONE)))) {
			throw InvalidFormException.of("start", "performance.baseline.error.period");
		}
		if (note != null && note.length() > 1000) {
			throw InvalidFormException.of("note", "import.error.tooLong", 1000);
		}
		BaselineCoverage coverage = coverage(facilityId, start, end);
		if (!coverage.complete()) {
			throw refusal(facilityId, coverage, english);
		}
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		this.jdbc
			.sql("UPDATE baseline SET superseded_at = :now WHERE facility_id = :facility AND superseded_at IS NULL")
			.param("now", now)
			.param("facility", facilityId)
			.update();
		org.springframework.jdbc.support.GeneratedKeyHolder key = new org.springframework.jdbc.support.GeneratedKeyHolder();
		this.jdbc.sql("""
				INSERT INTO baseline (facility_id, start_month, end_month, note, created_at, created_by)
				VALUES (:facility, :start, :end, :note, :now, :user)
				""")
			.param("facility", facilityId)
			.param("start", start.atDay(1))
			.param("end", end.atDay(1))
			.param("note", (note != null && !note.isBlank()) ? note.strip() : null)
			.param("now", now)
			.param("user", user.getUsername())
			.update(key, "id");
		this.events.publishEvent(new BaselineChanged(facilityId, start, end));
		return key.getKeyAs(Number.class).longValue();
	}

	/**
	 * What the records of a facility hold for the months of a baseline: the months of
	 * each resource's consumption (in the reference order of resources) and of the main
	 * product's production.
	 */
	BaselineCoverage coverage(long facilityId, YearMonth start, YearMonth end) {
		Map<String, Set<YearMonth>> recorded = new HashMap<>();
		this.jdbc.sql("""
				SELECT resource_code, period_month FROM consumption_monthly
				WHERE facility_id = :facility AND period_month BETWEEN :from AND :to
				""")
			.param("facility", facilityId)
			.param("from", start.atDay(1))
			.param("to", end.atDay(1))
			.query((rs, row) -> recorded.computeIfAbsent(rs.getString(1), key -> new HashSet<>())
				.add(YearMonth.from(rs.getObject(2, LocalDate.class))))
			.list();
		Map<String, Set<YearMonth>> consumption = new LinkedHashMap<>();
		this.reference.resources()
			.stream()
			.filter(resource -> recorded.containsKey(resource.code()))
			.forEach(resource -> consumption.put(resource.code(), recorded.remove(resource.code())));
		consumption.putAll(recorded);
		Optional<Long> product = this.jdbc.sql("SELECT id FROM main_product WHERE facility_id = :facility")
			.param("facility", facilityId)
			.query(Long.class)
			.optional();
		List<YearMonth> production = product.isEmpty() ? List.of()
				: this.jdbc.sql("""
						SELECT period_month FROM main_production
						WHERE product_id = :product AND period_month BETWEEN :from AND :to
						""")
					.param("product", product.get())
					.param("from", start.atDay(1))
					.param("to", end.atDay(1))
					.query((rs, row) -> YearMonth.from(rs.getObject(1, LocalDate.class)))
					.list();
		return BaselineCoverage.of(start, end, product.isPresent(), consumption, production);
	}

	/**
	 * The missing months of an incomplete baseline as one text: "Điện: 08/2018, 09/2018;
	 * Vải: 10/2018", resources first, then the main product.
	 */
	String missingText(long facilityId, BaselineCoverage coverage, boolean english) {
		List<String> parts = new ArrayList<>();
		coverage.missingConsumption()
			.forEach((code, months) -> parts
				.add(this.reference.resource(code).map(resource -> resource.name(english)).orElse(code) + ": "
						+ months(months)));
		if (coverage.hasProduct() && !coverage.missingProduction().isEmpty()) {
			String product = this.jdbc.sql("SELECT name FROM main_product WHERE facility_id = :facility")
				.param("facility", facilityId)
				.query(String.class)
				.single();
			parts.add(product + ": " + months(coverage.missingProduction()));
		}
		return String.join("; ", parts);
	}

	private InvalidFormException refusal(long facilityId, BaselineCoverage coverage, boolean english) {
		String from = Formats.month(coverage.start());
		String to = Formats.month(coverage.end());
		if (!coverage.hasProduct()) {
			return InvalidFormException.of("start", "performance.baseline.error.noProduct", from, to);
		}
		if (coverage.noConsumption()) {
			return InvalidFormException.of("start", "performance.baseline.error.noConsumption", from, to);
		}
		return InvalidFormException.of("start", "performance.baseline.error.incomplete", from, to,
				missingText(facilityId, coverage, english));
	}

	private static String months(List<YearMonth> months) {
		return String.join(", ", months.stream().map(Formats::month).toList());
	}

	private List<BaselineView> history(long facilityId) {
		return this.jdbc.sql("SELECT * FROM baseline WHERE facility_id = :facility ORDER BY created_at DESC, id DESC")
			.param("facility", facilityId)
			.query((rs, row) -> new BaselineView(rs.getLong("id"), facilityId,
					YearMonth.from(rs.getObject("start_month", LocalDate.class)),
					YearMonth.from(rs.getObject("end_month", LocalDate.class)), rs.getString("note"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
					Optional.ofNullable(rs.getObject("superseded_at", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.list();
	}

}
