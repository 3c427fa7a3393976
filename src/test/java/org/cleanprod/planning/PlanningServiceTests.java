package org.cleanprod.planning;

import org.cleanprod.planning.web.PlanFilter;
import org.cleanprod.planning.web.PlanForm;
import org.cleanprod.planning.web.PlanRow;
import org.cleanprod.planning.web.TargetForm;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.BusinessException;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.test.BothDatabases;
import org.cleanprod.test.IntegrationTest;
import org.cleanprod.test.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rules of plans and targets, on the application's database. */
@IntegrationTest
@BothDatabases
class PlanningServiceTests {

	@Autowired
	PlanningService planning;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestUsers users;

	@Autowired
	Plans plans;

	CurrentUser officer;

	@BeforeEach
	void setUp() {
		this.officer = this.plans.officer();
	}

	@Test
	void theMigrationSeedsThe2016To2020PlanWithItsFourTargets() {
		PlanView plan = this.planning.activePlan(LocalDate.of(2018, 3, 1)).orElseThrow();
		assertThat(plan.code()).isEqualTo("KH-SXSH-2016-2020");
		assertThat(plan.periodStartYear()).isEqualTo(2016);
		assertThat(plan.periodEndYear()).isEqualTo(2020);
		assertThat(plan.decisionNumber()).isEqualTo("1849/QĐ-UBND");
		assertThat(plan.decisionDate()).isEqualTo(LocalDate.of(2016, 7, 19));
		assertThat(plan.issuer()).isEqualTo("Ủy ban nhân dân tỉnh Bình Dương");
		assertThat(plan.status()).isEqualTo(PlanStatus.ISSUED);
		assertThat(plan.source()).contains("1849/QĐ-UBND", "I.2");
		assertThat(plan.targets()).extracting(TargetView::code)
			.containsExactly("AWARENESS", "APPLYING", "SAVINGS", "TRAINED");
		assertThat(plan.targets()).allSatisfy(target -> {
			assertThat(target.targetYear()).isEqualTo(2020);
			assertThat(target.unit()).isEqualTo("%");
			assertThat(target.basis()).isNotBlank();
			assertThat(target.nameEn()).isNotBlank();
		});
		assertThat(plan.target("AWARENESS").orElseThrow().band()).isEqualTo(new TargetBand(new BigDecimal("90"), null));
		assertThat(plan.target("APPLYING").orElseThrow().band()).isEqualTo(new TargetBand(new BigDecimal("50"), null));
		assertThat(plan.target("TRAINED").orElseThrow().band()).isEqualTo(new TargetBand(new BigDecimal("100"), null));
		assertThat(plan.target("TRAINED").orElseThrow().kind()).isEqualTo(TargetKind.SHARE_OF_STAFF);
		TargetView savings = this.planning.target(plan.id(), "savings").orElseThrow();
		assertThat(savings.kind()).isEqualTo(TargetKind.SAVINGS_PER_UNIT);
		assertThat(savings.band()).isEqualTo(new TargetBand(new BigDecimal("8"), new BigDecimal("13")));
		assertThat(savings.classify(new BigDecimal("7.99"))).isEqualTo(TargetBand.Position.BELOW);
		assertThat(savings.classify(new BigDecimal("8"))).isEqualTo(TargetBand.Position.WITHIN);
		assertThat(savings.classify(new BigDecimal("13"))).isEqualTo(TargetBand.Position.WITHIN);
		assertThat(savings.classify(new BigDecimal("13.01"))).isEqualTo(TargetBand.Position.ABOVE);
		assertThat(this.jdbc.sql("SELECT search_text FROM plan WHERE id = :id")
			.param("id", plan.id())
			.query(String.class)
			.single()).as("the seeded search text is the one the application would write")
			.isEqualTo(Plan.searchText(plan.code(), plan.name(), plan.nameEn(), plan.decisionNumber(), plan.issuer()));
	}

	@Test
	void thePlanInForceIsTheIssuedOneCoveringTheDateAndTheLatestStartWins() {
		long older = this.plans.issued(2081, 2090);
		long newer = this.plans.issued(2086, 2095);
		this.plans.draft(2088, 2092);
		assertThat(active(LocalDate.of(2080, 12, 31))).isNull();
		assertThat(active(LocalDate.of(2081, 1, 1))).isEqualTo(older);
		assertThat(active(LocalDate.of(2085, 12, 31))).isEqualTo(older);
		assertThat(active(LocalDate.of(2086, 1, 1))).isEqualTo(newer);
		assertThat(active(LocalDate.of(2090, 6, 30))).isEqualTo(newer);
		assertThat(active(LocalDate.of(2095, 12, 31))).isEqualTo(newer);
		assertThat(active(LocalDate.of(2096, 1, 1))).isNull();
	}

	@Test
	void aDraftOrRevokedPlanIsNeverInForce() {
		long plan = this.plans.draft(2081, 2085);
		assertThat(active(LocalDate.of(2083, 1, 1))).isNull();
		PlanForm form = formOf(plan);
		this.planning.update(plan, withStatus(form, PlanStatus.REVOKED, "99/QĐ-UBND", LocalDate.of(2081, 2, 1)),
				this.officer);
		assertThat(active(LocalDate.of(2083, 1, 1))).isNull();
		this.planning.update(plan, withStatus(formOf(plan), PlanStatus.ISSUED, "99/QĐ-UBND", LocalDate.of(2081, 2, 1)),
				this.officer);
		assertThat(active(LocalDate.of(2083, 1, 1))).isEqualTo(plan);
	}

	@Test
	void creatingAndChangingAPlanAndItsTargetsWritesAuditRows() {
		long plan = this.plans.issued(2081, 2085);
		assertThat(auditRows(PlanningService.PLAN, plan)).isEqualTo(1);
		long target = this.plans.savings(plan);
		assertThat(auditRows(PlanningService.TARGET, target)).isEqualTo(1);
		TargetForm form = this.planning.targetForm(plan, target);
		assertThat(this.planning.updateTarget(plan, target, withBand(form, "9", "14"), this.officer)).isTrue();
		assertThat(this.planning.updateTarget(plan, target, withBand(this.planning.targetForm(plan, target), "9", "14"),
				this.officer))
			.as("nothing changed")
			.isFalse();
		assertThat(auditRows(PlanningService.TARGET, target)).isEqualTo(2);
		this.planning.deleteTarget(plan, target, this.planning.targetForm(plan, target).version(), this.officer);
		assertThat(this.planning.plan(plan).orElseThrow().targets()).isEmpty();
		assertThat(auditRows(PlanningService.TARGET, target)).isEqualTo(3);
		assertThat(this.planning.targetHistory(plan, this.officer)).extracting(entry -> entry.action().name())
			.containsExactly("DELETE", "UPDATE", "CREATE");
		long other = this.plans.issued(2086, 2090);
		this.plans.savings(other);
		assertThat(this.planning.targetHistory(other, this.officer)).as("only the other plan's own target")
			.extracting(entry -> entry.action().name())
			.containsExactly("CREATE");
		assertThat(this.planning.targetHistory(plan, this.officer)).hasSize(3);
		assertThat(this.jdbc
			.sql("SELECT before_state FROM audit_log WHERE entity_type = 'plan_target' "
					+ "AND entity_id = :id AND action = 'DELETE'")
			.param("id", target)
			.query(String.class)
			.single()).contains("\"code\":\"SAVINGS\"", "\"targetMin\":9", "\"targetMax\":14");
	}

	@Test
	void thePeriodMustEndNoEarlierThanItStarts() {
		assertThat(problems(
				() -> this.planning.create(Plans.form(Plans.newCode(), 2085, 2084, PlanStatus.DRAFT), this.officer)))
			.containsEntry("periodEndYear", "plan.error.periodOrder");
	}

	@Test
	void anIssuedPlanNamesItsDecision() {
		PlanForm form = withStatus(Plans.form(Plans.newCode(), 2081, 2085, PlanStatus.DRAFT), PlanStatus.ISSUED, null,
				null);
		assertThat(problems(() -> this.planning.create(form, this.officer)))
			.containsEntry("decisionNumber", "plan.error.decisionRequired")
			.containsEntry("decisionDate", "plan.error.decisionRequired");
	}

	@Test
	void planCodesAreUniqueWhateverTheirCase() {
		String code = Plans.newCode();
		this.planning.create(Plans.form(code, 2081, 2085, PlanStatus.DRAFT), this.officer);
		assertThat(problems(() -> this.planning
			.create(Plans.form(" " + code.toLowerCase() + " ", 2081, 2085, PlanStatus.DRAFT), this.officer)))
			.containsEntry("code", "plan.error.codeTaken");
	}

	@Test
	void aTargetYearLiesWithinThePlansPeriod() {
		long plan = this.plans.issued(2081, 2085);
		assertThat(problems(() -> this.planning.addTarget(plan, Plans.target("LATE", TargetKind.OTHER, "1", null, 2086),
				this.officer)))
			.containsEntry("targetYear", "plan.target.error.yearOutsidePeriod");
		assertThat(problems(() -> this.planning.addTarget(plan,
				Plans.target("EARLY", TargetKind.OTHER, "1", null, 2080), this.officer)))
			.containsEntry("targetYear", "plan.target.error.yearOutsidePeriod");
		this.planning.addTarget(plan, Plans.target("EDGE", TargetKind.OTHER, "1", null, 2085), this.officer);
	}

	@Test
	void aPeriodCannotShrinkPastItsTargets() {
		long plan = this.plans.issued(2081, 2085);
		this.plans.savings(plan);
		PlanForm form = formOf(plan);
		PlanForm shorter = new PlanForm(form.code(), form.name(), form.nameEn(), 2081, 2084, form.decisionNumber(),
				form.decisionDate(), form.issuer(), form.issuerEn(), form.summary(), form.summaryEn(), form.status(),
				form.source(), form.note(), form.version());
		assertThat(problems(() -> this.planning.update(plan, shorter, this.officer))).containsEntry("periodEndYear",
				"plan.error.targetOutsidePeriod");
	}

	@Test
	void aBandHasABoundAndItsMinIsNotAboveItsMax() {
		long plan = this.plans.issued(2081, 2085);
		assertThat(problems(() -> this.planning.addTarget(plan,
				Plans.target("NONE", TargetKind.OTHER, null, null, 2085), this.officer)))
			.containsEntry("targetMin", "plan.target.error.boundRequired");
		assertThat(problems(() -> this.planning.addTarget(plan,
				Plans.target("UPSIDE", TargetKind.SAVINGS_PER_UNIT, "13", "8", 2085), this.officer)))
			.containsEntry("targetMax", "plan.target.error.minAboveMax");
		long exact = this.planning.addTarget(plan, Plans.target("EXACT", TargetKind.SHARE_OF_STAFF, "100", "100", 2085),
				this.officer);
		assertThat(this.planning.plan(plan).orElseThrow().targets()).extracting(TargetView::id).contains(exact);
	}

	@Test
	void aShareLiesBetweenZeroAndOneHundred() {
		long plan = this.plans.issued(2081, 2085);
		assertThat(problems(() -> this.planning.addTarget(plan,
				Plans.target("TOO-MANY", TargetKind.SHARE_OF_FACILITIES, "90", "110", 2085), this.officer)))
			.containsEntry("targetMax", "plan.target.error.share");
	}

	@Test
	void targetCodesAreUniqueWithinAPlanOnlyAndFixedOnceGiven() {
		long plan = this.plans.issued(2081, 2085);
		long other = this.plans.issued(2081, 2085);
		long target = this.plans.savings(plan);
		this.plans.savings(other);
		assertThat(problems(() -> this.planning.addTarget(plan,
				Plans.target("savings", TargetKind.SAVINGS_PER_UNIT, "1", "2", 2085), this.officer)))
			.containsEntry("code", "plan.target.error.codeTaken");
		TargetForm form = this.planning.targetForm(plan, target);
		TargetForm renamed = new TargetForm("SAVED", form.name(), form.nameEn(), form.kind(), form.unit(),
				form.targetMin(), form.targetMax(), form.targetYear(), form.basis(), form.basisEn(), form.sortOrder(),
				form.version());
		assertThat(problems(() -> this.planning.updateTarget(plan, target, renamed, this.officer)))
			.containsEntry("code", "plan.target.error.codeFixed");
	}

	@Test
	void aStaleEditIsRefused() {
		long plan = this.plans.issued(2081, 2085);
		PlanForm form = formOf(plan);
		this.planning.update(plan, withStatus(form, PlanStatus.ISSUED, "2/QĐ-UBND", form.decisionDate()), this.officer);
		assertThatThrownBy(() -> this.planning.update(plan,
				withStatus(form, PlanStatus.ISSUED, "3/QĐ-UBND", form.decisionDate()), this.officer))
			.isInstanceOf(BusinessException.class)
			.hasMessage("common.staleEdit");
		long target = this.plans.savings(plan);
		TargetForm seen = this.planning.targetForm(plan, target);
		this.planning.updateTarget(plan, target, withBand(seen, "7", "12"), this.officer);
		assertThatThrownBy(() -> this.planning.updateTarget(plan, target, withBand(seen, "6", "12"), this.officer))
			.isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> this.planning.deleteTarget(plan, target, seen.version(), this.officer))
			.isInstanceOf(BusinessException.class);
		assertThat(this.planning.target(plan, "SAVINGS")).isPresent();
	}

	@Test
	void onlyPlanEditorsChangePlans() {
		CurrentUser enterprise = this.users.enterprise(1L);
		assertThatThrownBy(
				() -> this.planning.create(Plans.form(Plans.newCode(), 2081, 2085, PlanStatus.DRAFT), enterprise))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.planning.create(Plans.form(Plans.newCode(), 2081, 2085, PlanStatus.DRAFT), null))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void theListIsSearchedWithoutAccentsAndFilteredByYearAndPhase() {
		long plan = this.plans.issued(2081, 2085);
		PlanView view = this.planning.plan(plan).orElseThrow();
		assertThat(this.planning
			.search(new PlanFilter("ke hoach thu nghiem " + view.code().toLowerCase(), null, null),
					new org.cleanprod.shared.listing.PageQuery(1, 20, "period", true), this.officer)
			.items()).extracting(PlanRow::id).containsExactly(plan);
		assertThat(this.planning
			.search(new PlanFilter("1849/qd-ubnd", null, 2018),
					new org.cleanprod.shared.listing.PageQuery(1, 20, "period", true), this.officer)
			.items()).extracting(PlanRow::code).containsExactly("KH-SXSH-2016-2020");
		assertThat(this.planning
			.search(new PlanFilter(null, PlanPhase.UPCOMING, 2083),
					new org.cleanprod.shared.listing.PageQuery(1, 20, "period", true), this.officer)
			.items()).extracting(PlanRow::id).containsExactly(plan);
		assertThat(this.planning
			.search(new PlanFilter(null, PlanPhase.DRAFT, 2083),
					new org.cleanprod.shared.listing.PageQuery(1, 20, "period", true), this.officer)
			.items()).isEmpty();
	}

	private Long active(LocalDate date) {
		return this.planning.activePlan(date).map(PlanView::id).orElse(null);
	}

	private PlanForm formOf(long plan) {
		return this.planning.form(plan);
	}

	private long auditRows(String type, long id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE entity_type = :type AND entity_id = :id")
			.param("type", type)
			.param("id", id)
			.query(Long.class)
			.single();
	}

	private static PlanForm withStatus(PlanForm form, PlanStatus status, String decisionNumber,
			LocalDate decisionDate) {
		return new PlanForm(form.code(), form.name(), form.nameEn(), form.periodStartYear(), form.periodEndYear(),
				decisionNumber, decisionDate, form.issuer(), form.issuerEn(), form.summary(), form.summaryEn(), status,
				form.source(), form.note(), form.version());
	}

	private static TargetForm withBand(TargetForm form, String min, String max) {
		return new TargetForm(form.code(), form.name(), form.nameEn(), form.kind(), form.unit(),
				(min != null) ? new BigDecimal(min) : null, (max != null) ? new BigDecimal(max) : null,
				form.targetYear(), form.basis(), form.basisEn(), form.sortOrder(), form.version());
	}

	/** The field errors an action is refused with, as field to message key. */
	private static Map<String, String> problems(Runnable action) {
		try {
			action.run();
		}
		catch (InvalidFormException ex) {
			Map<String, String> problems = new java.util.LinkedHashMap<>();
			ex.problems().forEach((field, problem) -> problems.put(field, problem.messageKey()));
			return problems;
		}
		throw new AssertionError("no field errors");
	}

}
