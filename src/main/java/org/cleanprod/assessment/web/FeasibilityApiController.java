package org.cleanprod.assessment.web;

import java.math.BigDecimal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cleanprod.assessment.feasibility.Feasibility;
import org.cleanprod.assessment.feasibility.FeasibilityInput;
import org.cleanprod.assessment.feasibility.FeasibilityResult;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/v1/calculators/feasibility}: the economics of a CP option, for consultants
 * and other systems weighing options before they are recorded. Stores nothing.
 */
@RestController
@Tag(name = "CP assessments", description = "Assessments, their options and the options' feasibility")
class FeasibilityApiController {

	/**
	 * The largest amount a year may carry, 10<sup>15</sup> VND: far above any option, low
	 * enough that a century of such flows at −99 % stays a finite double.
	 */
	static final String MAX_AMOUNT = "1000000000000000";

	static final String MIN_AMOUNT = "-" + MAX_AMOUNT;

	private static final String INVESTMENT = "{assessment.feasibility.investment}";

	private static final String YEARS = "{assessment.feasibility.years}";

	private static final String CASH_FLOW = "{assessment.feasibility.cashFlow}";

	private static final String RATE = "{assessment.feasibility.rate}";

	/**
	 * The body of the calculator.
	 *
	 * @param investment VND at year 0, 0 to 10<sup>15</sup>
	 * @param cashFlows the net cash flow of years 1 to n (1 to 100 years), each within
	 * ±10<sup>15</sup> VND
	 * @param discountRatePercent percent a year, −99 to 1,000
	 */
	record FeasibilityRequest(
			@NotNull @DecimalMin(value = "0", message = INVESTMENT) @DecimalMax(value = MAX_AMOUNT,
					message = INVESTMENT) BigDecimal investment,
			@NotNull @Size(min = 1, max = 100,
					message = YEARS) List<@NotNull @DecimalMin(value = MIN_AMOUNT, message = CASH_FLOW) @DecimalMax(
							value = MAX_AMOUNT, message = CASH_FLOW) BigDecimal> cashFlows,
			@NotNull @DecimalMin(value = "-99", message = RATE) @DecimalMax(value = "1000",
					message = RATE) BigDecimal discountRatePercent) {

		FeasibilityInput input() {
			return new FeasibilityInput(this.investment.doubleValue(),
					this.cashFlows.stream().map(BigDecimal::doubleValue).toList(),
					this.discountRatePercent.doubleValue());
		}

	}

	@PostMapping("/api/v1/calculators/feasibility")
	@PreAuthorize("isAuthenticated()")
	@Operation(operationId = "calculateFeasibility",
			summary = "NPV, IRR and simple and discounted payback of a CP option; stores nothing",
			description = "The investment is spent at year 0 and each cash flow at the end of its year. IRR is null "
					+ "when irrReason is NO_SIGN_CHANGE (the flows never change sign, so no rate exists), SEVERAL "
					+ "(several rates make NPV zero; irrRootsPercent lists them) or NOT_FOUND (no rate from -99.9 % to "
					+ "1,000 % does). Paybacks are fractional years, interpolated within the year, and null when the "
					+ "investment is never recovered; with no investment they are 0.")
	FeasibilityResult feasibility(@Valid @RequestBody FeasibilityRequest request) {
		return Feasibility.calculate(request.input());
	}

}
