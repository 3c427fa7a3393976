package org.cleanprod.performance;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo data set as a first start seeds it, on a database of its own, in June 2026:
 * every facility's designated-energy-user flag is what its 2025 energy says, checked in
 * SQL over the stored indicators against the threshold setting.
 */
@SpringBootTest(properties = { "cleanprod.demo.enabled=true",
		"spring.datasource.url=jdbc:h2:mem:cleanprod-demo;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" })
@ActiveProfiles("test")
class DemoDataTests {

	/** Facilities whose flag differs from "2025 TOE ≥ threshold", by the indicators. */
	static final String DISAGREEING = """
			SELECT f.code FROM facility f
			LEFT JOIN (SELECT facility_id, SUM(toe) AS toe FROM indicator_monthly
			    WHERE period_month BETWEEN DATE '2025-01-01' AND DATE '2025-12-01' GROUP BY facility_id) y
			    ON y.facility_id = f.id
			CROSS JOIN (SELECT CAST(setting_value AS DECIMAL(24, 8)) AS threshold FROM reference_setting
			    WHERE setting_key = 'DESIGNATED_ENERGY_USER_TOE') s
			WHERE f.designated_energy_user <> (COALESCE(y.toe, 0) >= s.threshold)
			ORDER BY f.code
			""";

	@Autowired
	JdbcClient jdbc;

	@Test
	void afterSeedingEveryFlagIsWhatThePreviousYearsIndicatorsSay() {
		assertThat(count("SELECT COUNT(*) FROM facility")).isEqualTo(500);
		assertThat(count("SELECT COUNT(*) FROM annual_record")).as("no annual totals to add").isZero();
		List<String> disagreeing = this.jdbc.sql(DISAGREEING).query(String.class).list();
		assertThat(disagreeing).isEmpty();
		long reaching = count("""
				SELECT COUNT(*) FROM (SELECT facility_id FROM indicator_monthly
				    WHERE period_month BETWEEN DATE '2025-01-01' AND DATE '2025-12-01'
				    GROUP BY facility_id HAVING SUM(toe) >= 1000) y
				""");
		assertThat(count("SELECT COUNT(*) FROM facility WHERE designated_energy_user")).isEqualTo(reaching)
			.isPositive()
			.isLessThan(500);
		assertThat(this.jdbc
			.sql("SELECT setting_value FROM reference_setting WHERE setting_key = 'DESIGNATED_ENERGY_USER_TOE'")
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("1000");
	}

	private long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	/** Mid-2026: the status of 2026 rests on 2025, the last year of the demo records. */
	@TestConfiguration(proxyBeanMethods = false)
	static class June2026 {

		@Bean
		@Primary
		Clock june2026() {
			return Clock.fixed(Instant.parse("2026-06-15T03:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Test
	void theDemoAssessmentsStandAtEveryStageOfTheirChecklist() {
		assertThat(count("SELECT COUNT(*) FROM assessment")).isEqualTo(13);
		for (String status : List.of("PLANNED", "IN_PROGRESS", "COMPLETED")) {
			assertThat(count("SELECT COUNT(*) FROM assessment WHERE status = '" + status + "'")).as(status)
				.isPositive();
		}
		assertThat(count("SELECT COUNT(*) FROM assessment WHERE status = 'COMPLETED' AND completed_on IS NULL"))
			.isZero();
		assertThat(count("SELECT COUNT(*) FROM assessment_option WHERE status = 'SCREENED'")).isPositive();
		assertThat(count("SELECT COUNT(*) FROM assessment_option WHERE status = 'PROPOSED'")).isPositive();
	}

}
