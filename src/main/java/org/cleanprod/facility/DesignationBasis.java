package org.cleanprod.facility;

import java.math.BigDecimal;

/**
 * The energy use a facility's designated-energy-user status is judged on: its total
 * energy of one calendar year in TOE ({@code null} when it has no figures for that year)
 * and the threshold in force.
 *
 * <p>
 * Rule (Law 50/2010/QH12 on economical and efficient use of energy; Decree 21/2011/NĐ-CP,
 * Article 9; threshold kept as the reference setting {@code DESIGNATED_ENERGY_USER_TOE},
 * 1,000 TOE a year for industrial facilities, with the reporting of Circular
 * 25/2020/TT-BCT): a facility whose energy use of a year, converted to tonnes of oil
 * equivalent, reaches the threshold is a key (designated) energy user. The annual list
 * rests on the year before, so the status of a year follows the previous calendar year's
 * total. No figures count as below the threshold.
 *
 * @param year the calendar year whose energy was summed
 * @param toe the total, all carriers together, in TOE; {@code null} without figures
 * @param threshold the threshold in TOE a year
 */
public record DesignationBasis(int year, BigDecimal toe, BigDecimal threshold) {

	public DesignationBasis {
		if (threshold == null) {
			throw new IllegalArgumentException("a designation needs its threshold");
		}
	}

	/** Whether the total reaches the threshold. */
	public boolean designated() {
		return this.toe != null && this.toe.compareTo(this.threshold) >= 0;
	}

}
