package org.cleanprod.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cleanprod.facility.DesignationBasis;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.EnergyConverter;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.SettingChanged;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.jdbc.Where;
import org.cleanprod.shared.units.MeasureUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps every facility's designated-energy-user status on its total energy of the
 * previous calendar year ({@link DesignationBasis}): the monthly indicators in TOE, plus
 * the annual totals of Circular 25/2020 for the carriers without monthly records that
 * year. The status is derived again whenever its inputs change: a facility's records
 * (with its indicators), a factor (with the indicators it applies to), the threshold
 * setting, every indicator ("recompute all", seeding), and the calendar year, checked at
 * start and every night.
 */
@Service
class Designations {

	/** The reference setting that holds the threshold, in TOE a year. */
	static final String THRESHOLD = "DESIGNATED_ENERGY_USER_TOE";

	private static final Logger log = LoggerFactory.getLogger(Designations.class);

	private static final int CHUNK = 1_000;

	private final JdbcClient jdbc;

	private final EnergyConverter converter;

	private final Resources reference;

	private final FacilityService facilities;

	private final Clock clock;

	private final TransactionTemplate transaction;

	Designations(JdbcClient jdbc, EnergyConverter converter, Resources reference, FacilityService facilities,
			Clock clock, PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.converter = converter;
		this.reference = reference;
		this.facilities = facilities;
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** The calendar year today's status rests on: the previous one. */
	int basisYear() {
		return LocalDate.ofInstant(this.clock.instant(), Formats.ZONE).getYear() - 1;
	}

	/**
	 * Derives the status of these facilities in the caller's transaction; returns how
	 * many statuses in force changed. Nothing happens without a threshold setting.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	int derive(Collection<Long> facilityIds) {
		BigDecimal threshold = this.reference.setting(THRESHOLD).orElse(null);
		if (threshold == null || facilityIds.isEmpty()) {
			return 0;
		}
		int year = basisYear();
		List<Long> ids = List.copyOf(facilityIds);
		int changed = 0;
		for (int from = 0; from < ids.size(); from += CHUNK) {
			List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
			Map<Long, BigDecimal> toe = annualToe(year, chunk);
			Map<Long, DesignationBasis> bases = new HashMap<>();
			chunk.forEach(id -> bases.put(id, new DesignationBasis(year, toe.get(id), threshold)));
			changed += this.facilities.deriveDesignations(bases);
		}
		return changed;
	}

	/** Derives the status of every facility, in the caller's transaction. */
	@Transactional(propagation = Propagation.MANDATORY)
	int deriveAll() {
		return derive(this.facilities.designationYears().keySet());
	}

	/** A new threshold applies to every facility at once. */
	@ApplicationModuleListener
	void on(SettingChanged event) {
		if (THRESHOLD.equals(event.key())) {
			deriveAll();
		}
	}

	/**
	 * Derives the statuses that rest on another year than the previous one, or on none
	 * (after an upgrade, or on the first day of a year): at start and every night.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Scheduled(cron = "0 5 0 * * *", zone = "Asia/Ho_Chi_Minh")
	void deriveStale() {
		int year = basisYear();
		List<Long> stale = new ArrayList<>();
		this.facilities.designationYears().forEach((id, derivedFor) -> {
			if (derivedFor == null || derivedFor != year) {
				stale.add(id);
			}
		});
		if (!stale.isEmpty()) {
			Integer changed = this.transaction.execute(status -> derive(stale));
			log.info("Derived the designated-energy-user status of {} facilities on {}; {} changed", stale.size(), year,
					changed);
		}
	}

	/**
	 * Each facility's energy of a year in TOE, from the monthly indicators and from the
	 * annual totals of the resources without monthly records that year; facilities with
	 * neither are absent.
	 */
	Map<Long, BigDecimal> annualToe(int year, Collection<Long> facilityIds) {
		Map<Long, BigDecimal> totals = new HashMap<>();
		LocalDate from = LocalDate.of(year, 1, 1);
		LocalDate to = LocalDate.of(year, 12, 1);
		Where monthly = new Where().in("facility_id", "ids", facilityIds)
			.and("period_month BETWEEN :from AND :to", "from", from, "to", to);
		this.jdbc.sql("SELECT facility_id, SUM(toe) FROM indicator_monthly" + monthly.sql() + " GROUP BY facility_id")
			.params(monthly.params())
			.query((rs, row) -> totals.put(rs.getLong(1),
					(rs.getBigDecimal(2) != null) ? rs.getBigDecimal(2) : BigDecimal.ZERO))
			.list();
		Where annual = new Where().in("a.facility_id", "ids", facilityIds)
			.and("a.period_year = :year", "year", year)
			.and("""
					NOT EXISTS (SELECT 1 FROM consumption_monthly c WHERE c.facility_id = a.facility_id
					    AND c.resource_code = a.resource_code AND c.period_month BETWEEN :from AND :to)""", "from",
					from, "to", to);
		LocalDate end = LocalDate.of(year, 12, 31);
		this.jdbc
			.sql("SELECT a.facility_id, a.resource_code, a.quantity, a.unit FROM consumption_annual a" + annual.sql())
			.params(annual.params())
			.query((rs, row) -> {
				BigDecimal toe = this.converter
					.convert(rs.getString(2), rs.getBigDecimal(3), MeasureUnit.valueOf(rs.getString(4)), end)
					.toe();
				totals.merge(rs.getLong(1), (toe != null) ? toe : BigDecimal.ZERO, BigDecimal::add);
				return toe;
			})
			.list();
		return totals;
	}

}
