package org.cleanprod.assessment;

import java.util.List;

import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cleanprod.test.TestUsers.as;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The assessment method as the reference files give it: 6 steps of 18 tasks and 8
 * categories of options, each with its sources; the confidence of the translated tasks is
 * kept, and shown to those who edit reference data only.
 */
@IntegrationTest
@BothDatabases
class AssessmentMethodTests {

	@Autowired
	AssessmentMethod method;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestUsers users;

	@Test
	void theMethodHasSixStepsOfEighteenTasksInOrder() {
		List<MethodStep> steps = this.method.steps(true);
		assertThat(steps).extracting(MethodStep::number).containsExactly(1, 2, 3, 4, 5, 6);
		assertThat(steps.getFirst().name()).isEqualTo("Khởi động");
		assertThat(steps.stream().flatMap(step -> step.tasks().stream()).map(MethodTask::number))
			.containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, 18).boxed().toList());
		MethodTask first = steps.getFirst().tasks().getFirst();
		assertThat(first.name()).isEqualTo("Thành lập nhóm SXSH");
		assertThat(first.sources()).extracting(source -> source.id()).containsExactly("S-CPS1", "S-CPS2", "S-CPS3");
		assertThat(first.provenance().note()).isNull();
	}

	@Test
	void theTranslatedTasksSayTheyAreNotVerifiedInBothLanguages() {
		MethodTask task = this.method.steps(true).get(3).tasks().getFirst();
		assertThat(task.number()).isEqualTo(10);
		assertThat(task.provenance().confidenceEn()).contains("VN task wording NOT verified");
		assertThat(task.provenance().confidence()).contains("CHƯA được kiểm chứng");
		assertThat(task.provenance().note()).contains("Bộ Công Thương");
		assertThat(task.provenance().noteEn()).contains("MOIT training manual");
	}

	@Test
	void theEightCategoriesKeepTheirGroupsAndBothConfidences() {
		List<OptionCategory> categories = this.method.categories(true);
		assertThat(categories).extracting(OptionCategory::code)
			.containsExactly("GH", "IMC", "BPC", "EM", "TC", "OSR", "UBP", "PM");
		OptionCategory housekeeping = categories.getFirst();
		assertThat(housekeeping.name()).isEqualTo("Quản lý nội vi");
		assertThat(housekeeping.group(true)).isEqualTo("Waste reduction at source");
		assertThat(housekeeping.description(false)).startsWith("Ngăn rò rỉ");
		assertThat(housekeeping.provenance().confidenceEn()).contains("English name: confirmed")
			.contains("Vietnamese name: medium");
		assertThat(housekeeping.provenance().confidence()).contains("Tên tiếng Việt: trung bình");
	}

	@Test
	void readersSeeTheSourcesButNotTheConfidence() {
		assertThat(this.method.steps(false).get(3).tasks().getFirst().provenance().confidence()).isNull();
		assertThat(this.method.categories(false).getFirst().sources()).isNotEmpty();
	}

	@Test
	void thePageShowsConfidenceToAdministratorsOnlyInBothLanguages() throws Exception {
		this.mvc.perform(get("/assessments/method").with(as(this.users.admin())))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"task-18\""), containsString("id=\"category-PM\""),
					containsString("CHƯA được kiểm chứng"), containsString("Quản lý nội vi"))));
		this.mvc.perform(get("/assessments/method").param("lang", "en").with(as(this.users.enterprise(1L))))
			.andExpect(status().isOk())
			.andExpect(content()
				.string(allOf(containsString("Good housekeeping"), containsString("Step 1: Getting started"),
						containsString("S-CPS1"), not(containsString("NOT verified")), not(containsString("??")))));
	}

}
