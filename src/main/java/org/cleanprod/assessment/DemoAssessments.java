package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.cleanprod.assessment.web.AssessmentForm;
import org.cleanprod.assessment.web.OptionForm;
import org.cleanprod.assessment.web.TaskForm;
import org.cleanprod.facility.FacilityProfile;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;
import org.cleanprod.shared.security.Role;
import org.cleanprod.shared.security.Scope;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * In trial mode, starts CP assessments at a dozen demo facilities of different sectors,
 * their checklists at every stage from planned to completed and, from step 3 on, with
 * three options each, screened once task 9 is done, so that the assessment pages have
 * something to show on first start.
 */
@Component
@Order(20)
class DemoAssessments implements ApplicationRunner {

	/** Every how many demo facilities one is assessed. */
	static final int EVERY = 40;

	private final AssessmentService assessments;

	private final CpOptions options;

	private final FacilityService facilities;

	private final JdbcClient jdbc;

	private final boolean enabled;

	DemoAssessments(AssessmentService assessments, CpOptions options, FacilityService facilities, JdbcClient jdbc,
			@Value("${cleanprod.demo.enabled:false}") boolean enabled) {
		this.assessments = assessments;
		this.options = options;
		this.facilities = facilities;
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.enabled || this.jdbc.sql("SELECT COUNT(*) FROM assessment").query(Long.class).single() > 0) {
			return;
		}
		CurrentUser system = new CurrentUser(0, "system", "system", Role.ADMIN,
				Set.of(Permission.ASSESSMENT_READ, Permission.ASSESSMENT_EDIT, Permission.FACILITY_READ), Scope.all(0),
				true, null);
		List<FacilityProfile> profiles = this.facilities.profiles();
		for (int i = 0; i * EVERY < profiles.size(); i++) {
			FacilityProfile facility = profiles.get(i * EVERY);
			String name = this.facilities.require(facility.id(), system, false).name();
			long id = this.assessments.start(new AssessmentForm(facility.id(), "Đánh giá SXSH 2025 – " + name, 2024,
					(i % 2 == 0) ? "Lò hơi và hệ thống hơi" : null), system);
			// The i-th assessment has settled its first tasks, up to all 18.
			int settled = Math.min(18, i * 3);
			for (int task = 1; task <= settled; task++) {
				long version = this.assessments.details(id, system, false).version();
				this.assessments.recordTask(id, task,
						new TaskForm(TaskStatus.DONE, LocalDate.of(2025, 1, 6).plusWeeks(task), null, version), system);
			}
			// Options are developed with step 3 (tasks 7 to 9) and screened at task 9.
			if (settled >= 6) {
				options(id, i, settled >= 9, system);
			}
		}
	}

	/**
	 * Three options of the kinds most assessments find, their figures varied a little.
	 */
	private void options(long assessment, int i, boolean screened, CurrentUser system) {
		BigDecimal scale = BigDecimal.valueOf(1 + i % 4);
		this.options.add(assessment,
				new OptionForm("Sửa chữa rò rỉ hơi và bảo ôn đường ống", "GH", "Lò hơi", null, null,
						new BigDecimal("40000000").multiply(scale), BigDecimal.ZERO, 5, BigDecimal.TEN,
						List.of(new OptionForm.SavingForm("ELECTRICITY", new BigDecimal("25000").multiply(scale),
								new BigDecimal("1900"))),
						null),
				system);
		this.options.add(assessment,
				new OptionForm("Lắp biến tần cho quạt và bơm", "EM", "Hệ thống bơm", null, null,
						new BigDecimal("350000000").multiply(scale), new BigDecimal("5000000"), 10, BigDecimal.TEN,
						List.of(new OptionForm.SavingForm("ELECTRICITY", new BigDecimal("90000").multiply(scale),
								new BigDecimal("1900"))),
						null),
				system);
		this.options.add(assessment,
				new OptionForm("Thu hồi nước ngưng về lò hơi", "OSR", "Lò hơi", null, null,
						new BigDecimal("120000000").multiply(scale), BigDecimal.ZERO, 8, BigDecimal.TEN,
						List.of(new OptionForm.SavingForm("WATER", new BigDecimal("6000").multiply(scale),
								new BigDecimal("11000"))),
						null),
				system);
		if (screened) {
			for (int no = 1; no <= 3; no++) {
				long version = this.options.option(assessment, no, system).version();
				Screening outcome = (no == 3) ? Screening.NEEDS_STUDY : Screening.IMPLEMENT_NOW;
				this.options.screen(assessment, no, outcome, null, version, system);
			}
		}
	}

}
