/**
 * The economics of a CP option (SXSH: phân tích tính khả thi kinh tế của giải pháp), free
 * of storage and of Spring: net present value, internal rate of return, simple and
 * discounted payback ({@link Feasibility}), and the weighted score that ranks options
 * ({@link WeightedScore}). Inputs and results are plain values, so each rule has plain
 * unit tests against known answers.
 */
package org.cleanprod.assessment.feasibility;
