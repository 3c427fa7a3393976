package org.cleanprod.performance;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.cleanprod.facility.FacilityService;
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

	BaselineService(FacilityService facilities, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
		this.facilities = facilities;
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

	/** Sets the twelve months starting at {@code start} as the facility's baseline. */
	@Transactional
	public long set(long facilityId, YearMonth start, String note, CurrentUser user) {
		this.facilities.require(facilityId, user, false);
		YearMonth end = start.plusMonths(11);
		if (start.getYear() < 2000 || end.isAfter(YearMonth.now(this.clock.withZone(Formats.ZONE)))) {
			throw InvalidFormException.of("start", "performance.baseline.error.period");
		}
		if (note != null && note.length() > 1000) {
			throw InvalidFormException.of("note", "import.error.tooLong", 1000);
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

	private List<BaselineView> history(long facilityId) {
		return this.jdbc.sql("SELECT * FROM baseline WHERE facility_id = :facility ORDER BY created_at DESC, id DESC")
			.param("facility", facilityId)
			.query((rs, row) -> new BaselineView(rs.getLong("id"), facilityId,
					YearMonth.from(rs.getObject("start_month", java.time.LocalDate.class)),
					YearMonth.from(rs.getObject("end_month", java.time.LocalDate.class)), rs.getString("note"),
					rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"),
					Optional.ofNullable(rs.getObject("superseded_at", OffsetDateTime.class))
						.map(OffsetDateTime::toInstant)
						.orElse(null)))
			.list();
	}

}
