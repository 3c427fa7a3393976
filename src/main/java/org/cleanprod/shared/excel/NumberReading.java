package org.cleanprod.shared.excel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.text.Texts;

/**
 * The style in which an import reads the numbers written as text in a file (CSV cells,
 * XLSX text cells; typed XLSX numbers need none), and why: chosen by the user at upload,
 * or detected from the whole file. Every text value is evidence: "12,5" or "1.234,5" can
 * only be Vietnamese, "12.5" or "1,234.5" only English; "1.234" or "1,234" reads as a
 * different number in each style and is ambiguous; "1234" reads the same in both. A file
 * with evidence of one style only is read in it; a file whose only evidence is ambiguous
 * is read in the user's style for the preview but cannot be committed until the user
 * confirms a style; a file with evidence of both is read in the style with more evidence,
 * and the values written in the other are rejected.
 *
 * @param style the style the values were read in
 * @param basis why that style
 * @param ambiguous the first {@link #MAX_SAMPLES} ambiguous values
 * @param ambiguousCount how many values were ambiguous
 * @param evidence the first value that showed the style read, if any
 * @param conflict the first value that showed the other style, if any
 */
public record NumberReading(NumberStyle style, Basis basis, List<Ambiguous> ambiguous, long ambiguousCount,
		Sample evidence, Sample conflict) {

	/** Ambiguous values listed in a preview; all are counted. */
	public static final int MAX_SAMPLES = 20;

	public NumberReading {
		ambiguous = List.copyOf(ambiguous);
	}

	/** Why the numbers were read in their style. */
	public enum Basis {

		/** The user chose the style at upload or on the preview. */
		CHOSEN,
		/** The file's values show this style and no other. */
		DETECTED,
		/** Every value reads the same in both styles: nothing to decide. */
		EITHER,
		/**
		 * Only ambiguous values: read in the user's style for the preview, to be
		 * confirmed.
		 */
		UNCONFIRMED,
		/** Values of both styles: the minority's values are rejected. */
		MIXED

	}

	/** A value of the file: the row it is on and its text, cut to 80 characters. */
	public record Sample(int row, String text) {
	}

	/** An ambiguous value and what it reads as in each style. */
	public record Ambiguous(int row, String text, BigDecimal vietnamese, BigDecimal english) {

		public BigDecimal in(NumberStyle style) {
			return (style == NumberStyle.VIETNAMESE) ? this.vietnamese : this.english;
		}

	}

	/** A reading in the style the user chose. */
	public static NumberReading chosen(NumberStyle style) {
		return new NumberReading(style, Basis.CHOSEN, List.of(), 0, null, null);
	}

	/**
	 * Whether a file read so may be committed: unless its style still needs the user's
	 * confirmation.
	 */
	public boolean isConfirmed() {
		return this.basis != Basis.UNCONFIRMED;
	}

	/**
	 * Collects the evidence of the text values of a file, one at a time, and decides.
	 */
	public static final class Detector {

		private final List<Ambiguous> ambiguous = new ArrayList<>();

		private long ambiguousCount;

		private long vietnamese;

		private long english;

		private Sample firstVietnamese;

		private Sample firstEnglish;

		public void add(int row, String text) {
			if (text == null || text.isBlank()) {
				return;
			}
			BigDecimal vi = NumberStyle.VIETNAMESE.parse(text);
			BigDecimal en = NumberStyle.ENGLISH.parse(text);
			if (vi != null && en == null) {
				if (this.vietnamese++ == 0) {
					this.firstVietnamese = sample(row, text);
				}
			}
			else if (en != null && vi == null) {
				if (this.english++ == 0) {
					this.firstEnglish = sample(row, text);
				}
			}
			else if (vi != null && vi.compareTo(en) != 0) {
				if (this.ambiguousCount++ < MAX_SAMPLES) {
					this.ambiguous.add(new Ambiguous(row, Texts.abbreviate(text.strip(), RowCheck.ECHO), vi, en));
				}
			}
		}

		/**
		 * The reading: in the chosen style when there is one, else as the evidence says,
		 * with {@code fallback} (the user's style) where it says nothing.
		 */
		public NumberReading result(NumberStyle chosen, NumberStyle fallback) {
			if (chosen != null) {
				return new NumberReading(chosen, Basis.CHOSEN, this.ambiguous, this.ambiguousCount, null, null);
			}
			if (this.vietnamese > 0 && this.english > 0) {
				boolean vi = (this.vietnamese != this.english) ? this.vietnamese > this.english
						: fallback == NumberStyle.VIETNAMESE;
				return new NumberReading(vi ? NumberStyle.VIETNAMESE : NumberStyle.ENGLISH, Basis.MIXED, this.ambiguous,
						this.ambiguousCount, vi ? this.firstVietnamese : this.firstEnglish,
						vi ? this.firstEnglish : this.firstVietnamese);
			}
			if (this.vietnamese > 0) {
				return new NumberReading(NumberStyle.VIETNAMESE, Basis.DETECTED, this.ambiguous, this.ambiguousCount,
						this.firstVietnamese, null);
			}
			if (this.english > 0) {
				return new NumberReading(NumberStyle.ENGLISH, Basis.DETECTED, this.ambiguous, this.ambiguousCount,
						this.firstEnglish, null);
			}
			return new NumberReading(fallback, (this.ambiguousCount > 0) ? Basis.UNCONFIRMED : Basis.EITHER,
					this.ambiguous, this.ambiguousCount, null, null);
		}

		private static Sample sample(int row, String text) {
			return new Sample(row, Texts.abbreviate(text.strip(), RowCheck.ECHO));
		}

	}

}
