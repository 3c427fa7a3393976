package org.cleanprod.assessment.feasibility;

import java.util.List;

/**
 * The result of {@link Feasibility#calculate}, shaped as the response of
 * {@code POST /api/v1/calculators/feasibility}.
 *
 * @param npv the net present value at the discount rate, in VND
 * @param irrPercent the internal rate of return in percent a year; {@code null} when
 * {@code irrReason} says why there is none
 * @param irrReason why there is no internal rate of return; {@code null} when there is
 * one
 * @param irrRootsPercent every rate of the search range, in percent, at which NPV is
 * zero, ascending: the one rate of return, the several of {@link IrrReason#SEVERAL}, or
 * none
 * @param simplePaybackYears the years until the cumulative cash flow recovers the
 * investment, fractional; {@code null} when it never does within the years given
 * @param discountedPaybackYears the same with every year's flow discounted at the
 * discount rate; {@code null} when never
 */
public record FeasibilityResult(double npv, Double irrPercent, IrrReason irrReason, List<Double> irrRootsPercent,
		Double simplePaybackYears, Double discountedPaybackYears) {

	public FeasibilityResult {
		irrRootsPercent = List.copyOf(irrRootsPercent);
	}

}
