package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.util.List;

import org.cleanprod.assessment.web.AssessmentForm;
import org.cleanprod.assessment.web.OptionForm;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.Places;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The options of an assessment: figures checked as a whole, kept by editors only, on the
 * pages.
 */
@IntegrationTest
@BothDatabases
class CpOptionsTests {

	@Autowired
	CpOptions options;

	@Autowired
	AssessmentService assessments;

	@Autowired
	FacilityService facilities;

	@Autowired
	Places places;

	@Autowired
	TestUsers users;

	@Autowired
	MockMvc mvc;

	CurrentUser officer;

	long assessment;

	CurrentUser owner;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		long mill = FacilityFixtures.facility(this.facilities, this.places, this.officer, "Nhà máy Giải Pháp", "13");
		this.owner = this.users.enterprise(this.facilities.require(mill, this.officer, false).enterpriseId());
		this.assessment = this.assessments.start(new AssessmentForm(mill, "Đánh giá giải pháp", 2025, null),
				this.officer);
	}

	static OptionForm form(String description, String category, List<OptionForm.SavingForm> savings, Long version) {
		return new OptionForm(description, category, "Lò hơi", null, null, new BigDecimal("500000000"), BigDecimal.ZERO,
				5, BigDecimal.TEN, savings, version);
	}

	static OptionForm.SavingForm saving(String resource, String quantity, String price) {
		return new OptionForm.SavingForm(resource, new BigDecimal(quantity), new BigDecimal(price));
	}

	@Test
	void optionsAreNumberedWithinTheAssessmentAndShowTheirFeasibility() {
		int first = this.options.add(this.assessment,
				form("Thu hồi nước ngưng", "OSR", List.of(saving("ELECTRICITY", "60000", "2000")), null), this.officer);
		int second = this.options.add(this.assessment, form("Bảo ôn đường ống", "GH", List.of(), null), this.officer);
		assertThat(List.of(first, second)).containsExactly(1, 2);
		List<OptionView> views = this.options.of(this.assessment, this.owner);
		assertThat(views).extracting(OptionView::optionNo).containsExactly(1, 2);
		OptionView recovery = views.getFirst();
		assertThat(recovery.annualNetSaving()).isEqualByComparingTo("120000000");
		assertThat(recovery.savings().getFirst().unit()).isEqualTo("KWH");
		assertThat(recovery.feasibility().simplePaybackYears()).isCloseTo(500.0 / 120,
				org.assertj.core.api.Assertions.within(1e-9));
	}

	@Test
	void badFiguresAreRefusedTogetherAndNothingIsWritten() {
		assertThatThrownBy(
				() -> this.options.add(this.assessment,
						form("Sai", "XX",
								List.of(saving("NO_SUCH", "1", "1"), saving("WATER", "1", "1"),
										saving("WATER", "2", "1")),
								null),
						this.officer))
			.isInstanceOfSatisfying(InvalidFormException.class, ex -> assertThat(ex.problems())
				.containsOnlyKeys("categoryCode", "savings[0].resourceCode", "savings[2].resourceCode"));
		assertThat(this.options.of(this.assessment, this.officer)).isEmpty();
	}

	@Test
	void onlyEditorsKeepOptionsAStalePageIsRefusedAndARejectionNeedsAReason() {
		this.options.add(this.assessment, form("Thu hồi nhiệt", "EM", List.of(), null), this.officer);
		assertThatThrownBy(
				() -> this.options.add(this.assessment, form("Của doanh nghiệp", "GH", List.of(), null), this.owner))
			.isInstanceOf(AccessDeniedException.class);
		long version = this.options.option(this.assessment, 1, this.officer).version();
		assertThat(this.options.update(this.assessment, 1, form("Thu hồi nhiệt khói thải", "EM", List.of(), version),
				this.officer))
			.isTrue();
		assertThatThrownBy(
				() -> this.options.update(this.assessment, 1, form("Cũ", "EM", List.of(), version), this.officer))
			.isInstanceOf(StaleEditException.class);
		long current = this.options.option(this.assessment, 1, this.officer).version();
		assertThatThrownBy(
				() -> this.options.screen(this.assessment, 1, Screening.REJECTED, " ", current, this.officer))
			.isInstanceOf(InvalidFormException.class);
		assertThat(this.options.screen(this.assessment, 1, Screening.IMPLEMENT_NOW, null, current, this.officer))
			.isTrue();
		assertThat(this.options.option(this.assessment, 1, this.owner).status()).isEqualTo(OptionStatus.SCREENED);
		assertThatThrownBy(() -> this.options.option(this.assessment, 7, this.officer))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void theEnterpriseMarksAScreenedOptionImplementedButNotARejectedOne() throws Exception {
		this.options.add(this.assessment, form("Biến tần cho bơm", "EM", List.of(), null), this.officer);
		this.options.add(this.assessment, form("Thay lò hơi", "TC", List.of(), null), this.officer);
		assertThatThrownBy(() -> this.options.implement(this.assessment, 1, java.time.LocalDate.of(2026, 3, 1), null,
				this.options.option(this.assessment, 1, this.owner).version(), this.owner))
			.isInstanceOf(InvalidFormException.class);
		this.options.screen(this.assessment, 1, Screening.IMPLEMENT_NOW, null,
				this.options.option(this.assessment, 1, this.officer).version(), this.officer);
		this.options.screen(this.assessment, 2, Screening.REJECTED, "Vốn quá lớn",
				this.options.option(this.assessment, 2, this.officer).version(), this.officer);
		String page = "/assessments/" + this.assessment;
		this.mvc.perform(get(page).with(as(this.owner)))
			.andExpect(content().string(allOf(containsString("id=\"option-1-implement\""),
					not(containsString("id=\"option-2-implement\"")))));
		this.mvc
			.perform(post(page + "/options/1/implementation").param("implementedOn", "2026-03-01")
				.param("actualInvestment", "480000000")
				.param("version", String.valueOf(this.options.option(this.assessment, 1, this.owner).version()))
				.with(as(this.owner))
				.with(csrf()))
			.andExpect(redirectedUrl(page + "#option-1"));
		OptionView implemented = this.options.option(this.assessment, 1, this.owner);
		assertThat(implemented.status()).isEqualTo(OptionStatus.IMPLEMENTED);
		assertThat(implemented.implementedOn()).isEqualTo(java.time.LocalDate.of(2026, 3, 1));
		assertThat(implemented.actualInvestment()).isEqualByComparingTo("480000000");
		assertThatThrownBy(() -> this.options.implement(this.assessment, 2, java.time.LocalDate.of(2026, 3, 1), null,
				this.options.option(this.assessment, 2, this.owner).version(), this.owner))
			.isInstanceOf(InvalidFormException.class);
		assertThatThrownBy(() -> this.options.implement(this.assessment, 1, java.time.LocalDate.of(2026, 3, 1), null,
				0L, this.users.consultant()))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void thePagesAddAnOptionAndShowItsFeasibilityInBothLanguages() throws Exception {
		String page = "/assessments/" + this.assessment;
		this.mvc.perform(get(page + "/options/new").with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"option-form\""), containsString("savings[2].price"),
					not(containsString("??")))));
		this.mvc
			.perform(post(page + "/options/new").param("description", "Thay đèn LED")
				.param("categoryCode", "EM")
				.param("investment", "100")
				.param("operatingCostChange", "0")
				.param("lifetimeYears", "2")
				.param("discountRate", "10")
				.param("savings[0].resourceCode", "ELECTRICITY")
				.param("savings[0].quantity", "60")
				.param("savings[0].price", "1")
				.param("savings[1].resourceCode", "")
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(redirectedUrl(page + "#option-1"));
		this.mvc.perform(get(page).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("Thay đèn LED"), containsString("13,1 %"),
					containsString("id=\"option-1-screen\""))));
		this.mvc.perform(get(page).param("lang", "en").with(as(this.owner)))
			.andExpect(content().string(allOf(containsString("13.1 %"), containsString("Equipment modification"),
					not(containsString("option-1-screen")), not(containsString("??")))));
		this.mvc
			.perform(post(page + "/options/new").param("description", "")
				.param("categoryCode", "EM")
				.param("investment", "-5")
				.param("lifetimeYears", "2")
				.param("discountRate", "10")
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"option-form\"")));
	}

}
