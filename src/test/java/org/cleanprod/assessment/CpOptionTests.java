package org.cleanprod.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.cleanprod.assessment.feasibility.FeasibilityResult;
import org.cleanprod.assessment.feasibility.IrrReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * A CP option's yearly net saving, its feasibility and its way from proposed to
 * implemented.
 */
class CpOptionTests {

	static CpOption option(String investment, String operatingCost, int lifetime, String rate,
			OptionSaving... savings) {
		CpOption option = new CpOption(1, 1, Instant.parse("2026-01-01T00:00:00Z"));
		option.describe(
				new CpOption.Figures("Thu hồi nước ngưng", "OSR", "Lò hơi", null, null, new BigDecimal(investment),
						new BigDecimal(operatingCost), lifetime, new BigDecimal(rate), List.of(savings)));
		return option;
	}

	static OptionSaving saving(String resource, String quantity, String price) {
		return new OptionSaving(resource, new BigDecimal(quantity), "KWH", new BigDecimal(price));
	}

	@Test
	void theNetSavingIsTheValueOfWhatIsSavedLessTheExtraOperatingCost() {
		CpOption option = option("500000000", "10000000", 5, "10", saving("ELECTRICITY", "60000", "2000"),
				saving("WATER", "5000", "12000"));
		// 60,000 kWh × 2,000 + 5,000 m3 × 12,000 − 10,000,000 = 170,000,000 VND a year
		assertThat(option.annualNetSaving()).isEqualByComparingTo("170000000");
	}

	@Test
	void itsFeasibilityIsThatOfTheInvestmentAndTheNetSavingOverTheLifetime() {
		// −100 then 60 for two years: IRR (60 + √27600) / 200 − 1, NPV at 10 % = 500/121
		FeasibilityResult result = option("100", "0", 2, "10", saving("ELECTRICITY", "60", "1")).feasibility();
		assertThat(result.irrPercent()).isCloseTo(13.066238629180749, within(1e-9));
		assertThat(result.npv()).isCloseTo(500.0 / 121, within(1e-9));
		assertThat(result.simplePaybackYears()).isCloseTo(1 + 40.0 / 60, within(1e-12));
	}

	@Test
	void anOptionThatSavesNothingHasNoRateOfReturnAndNeverPaysBack() {
		FeasibilityResult result = option("1000", "0", 5, "10").feasibility();
		assertThat(result.irrPercent()).isNull();
		assertThat(result.irrReason()).isEqualTo(IrrReason.NO_SIGN_CHANGE);
		assertThat(result.simplePaybackYears()).isNull();
	}

	@Test
	void figuresReadBackAtTheColumnsScaleAreUnchanged() {
		CpOption option = option("1000", "0", 5, "10", saving("ELECTRICITY", "1200", "2000"));
		assertThat(option
			.describe(new CpOption.Figures("Thu hồi nước ngưng", "OSR", "Lò hơi", null, null, new BigDecimal("1000"),
					BigDecimal.ZERO, 5, new BigDecimal("10.000"), List.of(new OptionSaving("ELECTRICITY",
							new BigDecimal("1200.000000"), "KWH", new BigDecimal("2000.00"))))))
			.isFalse();
	}

	@Test
	void aRejectionSaysWhyAndOnlyAScreenedOptionNotRejectedIsImplemented() {
		CpOption option = option("1000", "0", 5, "10");
		assertThatThrownBy(() -> option.implement(LocalDate.of(2026, 5, 1), BigDecimal.TEN))
			.isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> option.screen(Screening.REJECTED, " ")).isInstanceOf(IllegalArgumentException.class);
		assertThat(option.screen(Screening.REJECTED, "Không đủ mặt bằng")).isTrue();
		assertThatThrownBy(() -> option.implement(LocalDate.of(2026, 5, 1), BigDecimal.TEN))
			.isInstanceOf(IllegalStateException.class);
		assertThat(option.screen(Screening.IMPLEMENT_NOW, null)).isTrue();
		assertThat(option.screen(Screening.IMPLEMENT_NOW, null)).isFalse();
		option.implement(LocalDate.of(2026, 5, 1), new BigDecimal("950"));
		assertThat(option.getStatus()).isEqualTo(OptionStatus.IMPLEMENTED);
		assertThatThrownBy(() -> option.screen(Screening.NEEDS_STUDY, null)).isInstanceOf(IllegalStateException.class);
	}

}
