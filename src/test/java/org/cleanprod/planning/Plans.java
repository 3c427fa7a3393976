package org.cleanprod.planning;

import org.cleanprod.planning.web.PlanForm;
import org.cleanprod.planning.web.TargetForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.test.TestUsers;

import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;
import org.springframework.stereotype.Component;

/**
 * Plans and targets that tests create for themselves through the service, with codes
 * starting "T-" and periods in the 2080s and 2090s, so they never meet the seeded plan.
 * Tests have it injected, a new one each (prototype scope), working as a department
 * officer of its own, {@link #officer()}.
 */
@Component
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
final class Plans {

	private static final AtomicInteger CODES = new AtomicInteger();

	private final PlanningService planning;

	private final CurrentUser officer;

	Plans(PlanningService planning, TestUsers users) {
		this.planning = planning;
		this.officer = users.officer();
	}

	/** The department officer the plans are made by. */
	CurrentUser officer() {
		return this.officer;
	}

	static String newCode() {
		return "T-" + CODES.incrementAndGet();
	}

	/**
	 * An issued plan for the years given, decided on the 1st of June of its first year.
	 */
	long issued(int start, int end) {
		return this.planning.create(form(newCode(), start, end, PlanStatus.ISSUED), this.officer);
	}

	long draft(int start, int end) {
		return this.planning.create(form(newCode(), start, end, PlanStatus.DRAFT), this.officer);
	}

	/** A savings target of 8-13 % in the plan's last year. */
	long savings(long planId) {
		PlanView plan = this.planning.plan(planId).orElseThrow();
		return this.planning.addTarget(planId,
				target("SAVINGS", TargetKind.SAVINGS_PER_UNIT, "8", "13", plan.periodEndYear()), this.officer);
	}

	static PlanForm form(String code, int start, int end, PlanStatus status) {
		boolean issued = status == PlanStatus.ISSUED;
		return new PlanForm(code, "Kế hoạch sản xuất sạch hơn thử nghiệm " + code,
				"Test cleaner-production plan " + code, start, end, issued ? code + "/QĐ-UBND" : null,
				issued ? LocalDate.of(start, 6, 1) : null, "Ủy ban nhân dân tỉnh Thử Nghiệm",
				"Test Provincial People's Committee", "Tóm tắt thử nghiệm", "Test summary", status, "Nguồn thử nghiệm",
				null, null);
	}

	static TargetForm target(String code, TargetKind kind, String min, String max, int year) {
		return new TargetForm(code, "Chỉ tiêu thử nghiệm " + code, "Test target " + code, kind, "%",
				(min != null) ? new BigDecimal(min) : null, (max != null) ? new BigDecimal(max) : null, year,
				"Tổng số cơ sở thử nghiệm", "All test facilities", null, null);
	}

}
