package org.cleanprod.shared.provenance;

import jakarta.persistence.Embeddable;
import org.cleanprod.shared.text.Texts;

/**
 * What a reference record says about where it comes from: its source ids (as
 * "S-EF1;S-EF3", see {@link Sources}), how far it can be trusted and a note, each text in
 * Vietnamese and English. Embedded in every reference table that keeps it, in the columns
 * {@code source_ids}, {@code confidence}, {@code confidence_en}, {@code note} and
 * {@code note_en}.
 */
@Embeddable
public record Provenance(String sourceIds, String confidence, String confidenceEn, String note, String noteEn) {

	/** Nothing said; also what a row with none of the columns set reads as. */
	public static final Provenance NONE = new Provenance(null, null, null, null, null);

	/** As entered: the source ids normalised, blank texts as none. */
	public static Provenance of(String sourceIds, String confidence, String confidenceEn, String note, String noteEn) {
		return new Provenance(Sources.normalize(sourceIds), Texts.blankToNull(confidence),
				Texts.blankToNull(confidenceEn), Texts.blankToNull(note), Texts.blankToNull(noteEn));
	}

	/** The same sources and confidence with another note, blank as none. */
	public Provenance withNote(String note, String noteEn) {
		return new Provenance(this.sourceIds, this.confidence, this.confidenceEn, Texts.blankToNull(note),
				Texts.blankToNull(noteEn));
	}

	/**
	 * What a reader may see: all of it with the notes, else only the sources (confidence
	 * notes are for administrators).
	 */
	public Provenance shownIf(boolean withNotes) {
		return withNotes ? this : new Provenance(this.sourceIds, null, null, null, null);
	}

	/** Hibernate reads a row whose columns are all empty as no embedded value at all. */
	public static Provenance orNone(Provenance provenance) {
		return (provenance != null) ? provenance : NONE;
	}

}
