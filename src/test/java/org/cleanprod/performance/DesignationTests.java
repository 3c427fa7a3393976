package org.cleanprod.performance;

import org.cleanprod.places.Places;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;

import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.facility.Designation;
import org.cleanprod.facility.web.DesignationForm;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The designated-energy-user status of today rests on the previous calendar year's total
 * energy against the threshold (1,000 TOE); an officer may override it with a reason, and
 * the override survives every later derivation. The data here is committed, since the
 * status follows the records after they commit.
 */
@IntegrationTest
@BothDatabases
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class DesignationTests {

	/** 1,500 t of coal type 1-2: about 1,050 TOE, above the threshold. */
	static final BigDecimal ABOVE = new BigDecimal("1500");

	@Autowired
	ConsumptionService consumption;

	@Autowired
	FacilityService facilities;

	@Autowired
	IndicatorService indicators;

	@Autowired
	Places reference;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	CurrentUser officer;

	long mill;

	int previousYear;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.reference, this.officer, "Nhà máy Trọng Điểm",
				"13");
		this.previousYear = LocalDate.now(Formats.ZONE).getYear() - 1;
	}

	@Test
	void theStatusFollowsThePreviousCalendarYearNotTheLatestYearWithFigures() {
		this.consumption.saveAnnual(this.mill, "COAL_1_2", this.previousYear - 1, ABOVE, MeasureUnit.TONNE,
				RecordSource.ENTERED, this.officer);
		Designation before = awaitDerived(d -> d.year() == this.previousYear);
		assertThat(before.toe()).as("no figures for the previous year").isNull();
		assertThat(before.designated()).isFalse();

		this.consumption.saveAnnual(this.mill, "COAL_1_2", this.previousYear, ABOVE, MeasureUnit.TONNE,
				RecordSource.ENTERED, this.officer);
		Designation after = awaitDerived(d -> d.toe() != null);
		assertThat(after.designated()).isTrue();
		assertThat(after.toe()).isGreaterThan(new BigDecimal("1000"));
		assertThat(after.threshold()).isEqualByComparingTo("1000");
		assertThat(after.isOverridden()).isFalse();
	}

	@Test
	void anOfficersOverrideWithAReasonSurvivesLaterRecordsAndIsShownAsAnOverride() throws Exception {
		this.consumption.saveAnnual(this.mill, "COAL_1_2", this.previousYear, ABOVE, MeasureUnit.TONNE,
				RecordSource.ENTERED, this.officer);
		awaitDerived(Designation::designated);

		assertThatThrownBy(
				() -> this.facilities.overrideDesignation(this.mill, new DesignationForm(false, " "), this.officer))
			.isInstanceOf(InvalidFormException.class);
		this.mvc
			.perform(post("/facilities/" + this.mill + "/designation").param("designated", "false")
				.param("reason", "Không có trong danh sách năm nay của Bộ Công Thương")
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(redirectedUrl("/facilities/" + this.mill));
		assertThat(designation().designated()).isFalse();

		this.consumption.saveAnnual(this.mill, "COAL_1_2", this.previousYear, new BigDecimal("3000"), MeasureUnit.TONNE,
				RecordSource.ENTERED, this.officer);
		Designation later = awaitDerived(d -> d.toe().compareTo(new BigDecimal("2000")) > 0);
		assertThat(later.derived()).as("what the energy gives").isTrue();
		assertThat(later.designated()).as("what the officer decided").isFalse();
		assertThat(later.reason()).isEqualTo("Không có trong danh sách năm nay của Bộ Công Thương");
		this.mvc.perform(get("/facilities/" + this.mill).with(as(this.officer)))
			.andExpect(content().string(containsString("id=\"designation-override\"")))
			.andExpect(content().string(containsString("Không có trong danh sách năm nay của Bộ Công Thương")))
			.andExpect(content().string(containsString("id=\"designation-override-form\"")))
			.andExpect(content().string(containsString("Theo năng lượng năm " + this.previousYear + ":")));

		CurrentUser enterprise = this.users
			.enterprise(this.facilities.details(this.mill, this.officer, false).enterprise().id());
		assertThatThrownBy(
				() -> this.facilities.overrideDesignation(this.mill, new DesignationForm(null, null), enterprise))
			.isInstanceOf(AccessDeniedException.class);
		this.mvc.perform(get("/facilities/" + this.mill).with(as(enterprise)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"designation-override-form\""))));

		this.facilities.overrideDesignation(this.mill, new DesignationForm(null, null), this.officer);
		assertThat(designation().designated()).as("derived again").isTrue();
		assertThat(designation().isOverridden()).isFalse();
	}

	@Test
	void theTypedFlagIsGoneFromTheFacilityForm() throws Exception {
		this.mvc.perform(get("/facilities/" + this.mill + "/edit").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(not(containsString("name=\"designatedEnergyUser\""))));
	}

	@Test
	void recomputingEverythingDerivesEveryStatusAgain() {
		this.consumption.saveAnnual(this.mill, "COAL_1_2", this.previousYear, ABOVE, MeasureUnit.TONNE,
				RecordSource.ENTERED, this.officer);
		awaitDerived(Designation::designated);
		this.jdbc.sql("UPDATE facility SET designated_energy_user = FALSE, designation_derived = FALSE WHERE id = :id")
			.param("id", this.mill)
			.update();
		new TransactionTemplate(this.transactions).executeWithoutResult(status -> this.indicators.recomputeAll(rows -> {
		}));
		assertThat(designation().designated()).isTrue();
	}

	@Test
	void monthlyIndicatorsOfThePreviousYearAreSummed() {
		for (int month = 1; month <= 12; month++) {
			this.consumption.saveConsumption(this.mill, "ELECTRICITY", YearMonth.of(this.previousYear, month),
					new BigDecimal("600000"), MeasureUnit.KWH, RecordSource.ENTERED, this.officer);
		}
		// 12 × 600,000 kWh × 0.0001543 TOE/kWh ≈ 1,111 TOE
		Designation designation = awaitDerived(d -> d.toe() != null && d.toe().compareTo(new BigDecimal("1100")) > 0);
		assertThat(designation.designated()).isTrue();
	}

	private Designation designation() {
		return this.facilities.details(this.mill, this.officer, false).designation();
	}

	private Designation awaitDerived(java.util.function.Predicate<Designation> condition) {
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			Designation d = designation();
			return d.isDerived() && condition.test(d);
		});
		return designation();
	}

}
