package org.cleanprod.assessment.feasibility;

/**
 * An option's place in a ranking by {@link WeightedScore#rank}.
 *
 * @param <K> what identifies an option
 * @param option the option
 * @param score its weighted score, 0 to 100
 * @param rank 1 for the best; options with the same score share a rank and the next rank
 * is skipped (1, 2, 2, 4)
 */
public record RankedOption<K>(K option, double score, int rank) {

}
