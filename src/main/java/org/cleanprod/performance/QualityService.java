package org.cleanprod.performance;

import org.cleanprod.performance.web.QualityRow;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.cleanprod.consumption.RecordsChanged;
import org.cleanprod.facility.FacilityRef;
import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.EnergyConverter;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.jdbc.EachInTransaction;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ScopeKind;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.listing.Listing;
import org.cleanprod.shared.listing.PageQuery;
import org.cleanprod.shared.listing.PageView;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Data-quality findings ({@link DataQualityRules}) of every facility, kept up to date
 * after each change of its records: missing months, negative values, consumption without
 * production, outliers and ×10 jumps, over each resource's months in its base unit.
 * Officers read them per facility and province-wide, and mark a finding explained with a
 * note.
 */
@Service
@Transactional(readOnly = true)
public class QualityService {

	private final JdbcClient jdbc;

	private final FacilityService facilities;

	private final Resources reference;

	private final EnergyConverter converter;

	private final Clock clock;

	private final EachInTransaction each;

	QualityService(JdbcClient jdbc, FacilityService facilities, Resources reference, EnergyConverter converter,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.facilities = facilities;
		this.reference = reference;
		this.converter = converter;
		this.clock = clock;
		this.each = new EachInTransaction(transactions);
	}

	/** After the change commits, in the background: one facility at a time. */
	@Async
	@TransactionalEventListener
	@Transactional(propagation = Propagation.NOT_SUPPORTED)
	void on(RecordsChanged event) {
		this.each.run(event.facilityIds(), this::refresh);
	}

	/** Finds a facility's issues again, from all its records. */
	@Transactional
	public void refresh(long facilityId) {
		this.facilities.lock(facilityId);
		Map<String, Map<YearMonth, Double>> series = new TreeMap<>();
		this.jdbc
			.sql("SELECT resource_code, period_month, quantity, unit FROM consumption_monthly WHERE facility_id = :id")
			.param("id", facilityId)
			.query((rs, row) -> {
				String code = rs.getString(1);
				ResourceView resource = this.reference.resource(code).orElseThrow();
				BigDecimal base = this.converter.toUnit(code, rs.getBigDecimal(3), MeasureUnit.valueOf(rs.getString(4)),
						resource.baseUnit());
				if (base != null) {
					series.computeIfAbsent(code, key -> new HashMap<>())
						.put(YearMonth.from(rs.getObject(2, LocalDate.class)), base.doubleValue());
				}
				return code;
			})
			.list();
		Map<YearMonth, Double> production = new HashMap<>();
		this.jdbc.sql("""
				SELECT period_month, quantity FROM main_production WHERE facility_id = :id
				""")
			.param("id", facilityId)
			.query((rs, row) -> production.put(YearMonth.from(rs.getObject(1, LocalDate.class)),
					rs.getBigDecimal(2).doubleValue()))
			.list();
		this.jdbc.sql("DELETE FROM quality_issue WHERE facility_id = :id").param("id", facilityId).update();
		OffsetDateTime now = OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC);
		series.forEach((code, values) -> {
			YearMonth from = values.keySet().stream().min(YearMonth::compareTo).orElseThrow();
			YearMonth to = values.keySet().stream().max(YearMonth::compareTo).orElseThrow();
			for (QualityIssue issue : DataQualityRules.check(from, to, values, production)) {
				this.jdbc.sql("""
						INSERT INTO quality_issue (facility_id, item_code, period_month, kind, issue_value, detail,
						    detected_at)
						VALUES (:facility, :item, :month, :kind, :value, :detail, :now)
						""")
					.param("facility", facilityId)
					.param("item", code)
					.param("month", issue.month().atDay(1))
					.param("kind", issue.kind().name())
					.param("value", issue.value())
					.param("detail", truncate(issue.detail()))
					.param("now", now)
					.update();
			}
		});
	}

	/** The findings of one facility, open ones first. */
	public List<QualityRow> facility(long facilityId, CurrentUser user, boolean english) {
		FacilityRow facility = this.facilities.require(facilityId, user, english);
		return rows(
				"WHERE q.facility_id = :facility ORDER BY CASE WHEN e.note IS NULL THEN 0 ELSE 1 END, q.period_month, q.item_code",
				Map.of("facility", facilityId), english, new long[1])
			.stream()
			.map(row -> withFacility(row, facility.code(), facility.name()))
			.toList();
	}

	/**
	 * The province-wide queue within the user's scope; {@code open} keeps unexplained
	 * findings only.
	 */
	public PageView<QualityRow> queue(QualityIssue.Kind kind, boolean open, PageQuery page, CurrentUser user,
			boolean english) {
		StringBuilder where = new StringBuilder("WHERE 1 = 1");
		Map<String, Object> params = new HashMap<>();
		if (user.scope().kind() != ScopeKind.ALL) {
			List<Long> visible = this.facilities.codesInScope(user).values().stream().map(FacilityRef::id).toList();
			if (visible.isEmpty()) {
				return new PageView<>(List.of(), page, 0);
			}
			where.append(" AND q.facility_id IN (:visible)");
			params.put("visible", visible);
		}
		if (kind != null) {
			where.append(" AND q.kind = :kind");
			params.put("kind", kind.name());
		}
		if (open) {
			where.append(" AND e.note IS NULL");
		}
		long[] total = { 0 };
		List<QualityRow> rows = rows(where + " ORDER BY q.detected_at DESC, q.facility_id, q.period_month, q.item_code"
				+ Listing.limit(page), params, english, total);
		Map<Long, FacilityRow> shown = this.facilities.visible(rows.stream().map(QualityRow::facilityId).toList(), user,
				english);
		List<QualityRow> slice = rows.stream()
			.filter(row -> shown.containsKey(row.facilityId()))
			.map(row -> withFacility(row, shown.get(row.facilityId()).code(), shown.get(row.facilityId()).name()))
			.toList();
		return new PageView<>(slice, page, total[0]);
	}

	/**
	 * A finding's item: a resource code or a product's code ("P" and its id), as findings
	 * name them.
	 */
	private static final Pattern ITEM = Pattern.compile("[A-Z0-9_]{1,30}|P\\d{1,18}");

	/**
	 * Records an officer's explanation of a finding; the finding then leaves the open
	 * queue.
	 */
	@Transactional
	public void explain(long facilityId, String item, YearMonth month, QualityIssue.Kind kind, String note,
			CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		if (item == null || !ITEM.matcher(item).matches()) {
			throw InvalidFormException.of("item", "performance.quality.error.item");
		}
		if (note == null || note.isBlank() || note.length() > 1000) {
			throw InvalidFormException.of("note", "performance.quality.error.note");
		}
		this.jdbc.sql("""
				DELETE FROM quality_explanation WHERE facility_id = :facility AND item_code = :item
				    AND period_month = :month AND kind = :kind
				""")
			.param("facility", facilityId)
			.param("item", item)
			.param("month", month.atDay(1))
			.param("kind", kind.name())
			.update();
		this.jdbc
			.sql("""
					INSERT INTO quality_explanation (facility_id, item_code, period_month, kind, note, explained_by, explained_at)
					VALUES (:facility, :item, :month, :kind, :note, :user, :now)
					""")
			.param("facility", facilityId)
			.param("item", item)
			.param("month", month.atDay(1))
			.param("kind", kind.name())
			.param("note", note.strip())
			.param("user", user.getUsername())
			.param("now", OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC))
			.update();
	}

	/**
	 * The findings the condition selects, in its order; {@code total} receives how many
	 * there are in all, beyond any page.
	 */
	private List<QualityRow> rows(String condition, Map<String, Object> params, boolean english, long[] total) {
		return this.jdbc.sql("""
				SELECT q.*, e.note, e.explained_by, e.explained_at, COUNT(*) OVER () AS total FROM quality_issue q
				LEFT JOIN quality_explanation e ON e.facility_id = q.facility_id AND e.item_code = q.item_code
				    AND e.period_month = q.period_month AND e.kind = q.kind
				""" + condition).params(params).query((rs, row) -> {
			total[0] = rs.getLong("total");
			String item = rs.getString("item_code");
			OffsetDateTime explainedAt = rs.getObject("explained_at", OffsetDateTime.class);
			BigDecimal value = rs.getBigDecimal("issue_value");
			return new QualityRow(rs.getLong("facility_id"), null, null, item,
					this.reference.resource(item).map(resource -> resource.name(english)).orElse(item),
					YearMonth.from(rs.getObject("period_month", LocalDate.class)),
					QualityIssue.Kind.valueOf(rs.getString("kind")), (value != null) ? value.doubleValue() : null,
					rs.getString("detail"), rs.getString("note"), rs.getString("explained_by"),
					(explainedAt != null) ? explainedAt.toInstant() : null);
		}).list();
	}

	private static QualityRow withFacility(QualityRow row, String code, String name) {
		return new QualityRow(row.facilityId(), code, name, row.item(), row.itemLabel(), row.month(), row.kind(),
				row.value(), row.detail(), row.explanation(), row.explainedBy(), row.explainedAt());
	}

	private static String truncate(String text) {
		return (text == null || text.length() <= 200) ? text : text.substring(0, 200);
	}

}
