package org.cleanprod.assessment;

import org.cleanprod.assessment.web.AssessmentForm;
import org.cleanprod.assessment.web.TaskForm;
import org.cleanprod.facility.FacilityFixtures;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.places.Places;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.NotFoundException;
import org.cleanprod.shared.web.StaleEditException;
import org.cleanprod.shared.listing.PageQuery;
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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Starting an assessment and keeping its checklist: who sees and keeps which assessment,
 * through the service and the pages.
 */
@IntegrationTest
@BothDatabases
class AssessmentPagesTests {

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

	long mill;

	CurrentUser owner;

	@BeforeEach
	void setUp() {
		this.officer = this.users.officer();
		this.mill = FacilityFixtures.facility(this.facilities, this.places, this.officer, "Nhà máy Đánh Giá", "13");
		this.owner = this.users.enterprise(this.facilities.require(this.mill, this.officer, false).enterpriseId());
	}

	@Test
	void anOfficerStartsAnAssessmentThatTheEnterpriseReadsButAnotherDoesNot() {
		long id = this.assessments.start(new AssessmentForm(this.mill, "Đánh giá dây chuyền nhuộm", 2025, "Nhuộm"),
				this.officer);
		AssessmentView view = this.assessments.details(id, this.owner, false);
		assertThat(view.facility().id()).isEqualTo(this.mill);
		assertThat(view.status()).isEqualTo(AssessmentStatus.PLANNED);
		assertThat(view.totalTasks()).isEqualTo(18);
		assertThat(view.editable()).isFalse();
		long other = FacilityFixtures.facility(this.facilities, this.places, this.officer, "Nhà máy Khác", "13");
		CurrentUser stranger = this.users
			.enterprise(this.facilities.require(other, this.officer, false).enterpriseId());
		assertThatThrownBy(() -> this.assessments.details(id, stranger, false)).isInstanceOf(NotFoundException.class);
		assertThat(this.assessments.search("nhuom", null, null, new PageQuery(1, 20, null, false), this.owner, false)
			.items()).extracting(AssessmentRow::id).containsExactly(id);
		assertThat(
				this.assessments.search(null, null, null, new PageQuery(1, 20, null, false), stranger, false).items())
			.isEmpty();
	}

	@Test
	void aConsultantLeadsTheAssessmentItStartsAndSeesNoOther() {
		CurrentUser consultant = this.users.consultant();
		this.facilities.assign(this.mill, consultant.id(), this.officer);
		long own = this.assessments.start(new AssessmentForm(this.mill, "Đánh giá của tư vấn", 2025, null), consultant);
		long officers = this.assessments.start(new AssessmentForm(this.mill, "Đánh giá của Sở", 2025, null),
				this.officer);
		assertThat(this.assessments.details(own, consultant, false).editable()).isTrue();
		assertThat(this.assessments.isVisible(officers, consultant)).isFalse();
		assertThat(
				this.assessments.search(null, null, null, new PageQuery(1, 20, null, false), consultant, false).items())
			.extracting(AssessmentRow::id)
			.containsExactly(own);
	}

	@Test
	void theChecklistIsKeptByEditorsOnlyAndAStalePageIsRefused() {
		long id = this.assessments.start(new AssessmentForm(this.mill, "Đánh giá kiểm tra", 2025, null), this.officer);
		long version = this.assessments.details(id, this.officer, false).version();
		assertThat(this.assessments.recordTask(id, 1, new TaskForm(TaskStatus.DONE, null, "Nhóm 4 người", version),
				this.officer))
			.isTrue();
		AssessmentView view = this.assessments.details(id, this.officer, false);
		assertThat(view.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
		assertThat(view.settledTasks()).isOne();
		assertThatThrownBy(() -> this.assessments.recordTask(id, 2, new TaskForm(TaskStatus.DONE, null, null, version),
				this.officer))
			.isInstanceOf(StaleEditException.class);
		assertThatThrownBy(() -> this.assessments.recordTask(id, 2,
				new TaskForm(TaskStatus.DONE, null, null, view.version()), this.owner))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.assessments.recordTask(id, 19,
				new TaskForm(TaskStatus.DONE, null, null, view.version()), this.officer))
			.isInstanceOf(NotFoundException.class);
	}

	@Test
	void thePagesStartAnAssessmentAndRecordATaskInBothLanguages() throws Exception {
		this.mvc.perform(get("/assessments/new").param("facilityId", String.valueOf(this.mill)).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"assessment-form\""), not(containsString("??")))));
		this.mvc
			.perform(post("/assessments/new").param("facilityId", String.valueOf(this.mill))
				.param("title", "")
				.param("focusYear", "2025")
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"assessment-form\"")));
		String location = this.mvc
			.perform(post("/assessments/new").param("facilityId", String.valueOf(this.mill))
				.param("title", "Đánh giá qua trang")
				.param("focusYear", "2025")
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(redirectedUrlPattern("/assessments/*"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		long version = this.assessments.details(id, this.officer, false).version();
		this.mvc
			.perform(post(location + "/tasks/5").param("status", "DONE")
				.param("doneOn", "2026-02-03")
				.param("version", String.valueOf(version))
				.with(as(this.officer))
				.with(csrf()))
			.andExpect(flash().attributeExists("flash"));
		this.mvc.perform(get(location).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"task-form-5-save\""),
					containsString("value=\"2026-02-03\""), containsString("Cân bằng vật liệu/năng lượng"))));
		this.mvc.perform(get(location).param("lang", "en").with(as(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Make material and energy balances"), containsString("1 of 18 tasks"),
						not(containsString("task-form-5-save")), not(containsString("??")))));
		this.mvc.perform(get("/assessments").param("q", "qua trang").with(as(this.owner)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Đánh giá qua trang")));
		this.mvc.perform(get("/assessments").param("facilityId", String.valueOf(this.mill)).with(as(this.officer)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("Đánh giá qua trang"),
					containsString("id=\"assessment-facility-filter\""), containsString("id=\"assessment-new\""))));
		this.mvc.perform(get("/facilities/" + this.mill).with(as(this.officer)))
			.andExpect(content().string(allOf(containsString("/assessments?facilityId=" + this.mill),
					containsString("/assessments/new?facilityId=" + this.mill))));
		this.mvc.perform(get("/facilities/" + this.mill).with(as(this.owner)))
			.andExpect(content().string(allOf(containsString("/assessments?facilityId=" + this.mill),
					not(containsString("/assessments/new?facilityId=")))));
	}

}
