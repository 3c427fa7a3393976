package org.cleanprod.places.unit;

import org.cleanprod.places.UnitLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cleanprod.shared.security.InScope;
import org.cleanprod.shared.security.ReferenceKind;

/**
 * The editable fields of an administrative unit, with the units that succeeded it. Rows
 * of {@code successors} without a unit are ignored, so the page can offer empty ones.
 */
public record UnitForm(@NotBlank @Size(max = 10) String code, @NotBlank @Size(max = 200) String name,
		@Size(max = 200) String nameEn, @NotNull UnitLevel level, @Size(max = 50) String unitType,
		@InScope(ReferenceKind.UNIT) Long parentId, LocalDate validFrom, LocalDate validTo,
		@Size(max = 500) String legalBasis, @Size(max = 1000) String note, @Size(max = 1000) String noteEn,
		@Valid @Size(max = MAX_SUCCESSORS) List<SuccessorForm> successors, Long version) {

	public static final int MAX_SUCCESSORS = 50;

	/** Empty successor rows the page offers below the existing ones. */
	public static final int EMPTY_ROWS = 3;

	/** A unit that took over all or part of this one's territory on a date. */
	public record SuccessorForm(@InScope(ReferenceKind.UNIT) Long unitId, Share share, LocalDate effectiveDate) {

		boolean isBlank() {
			return this.unitId == null;
		}

	}

	static UnitForm empty() {
		return new UnitForm("", "", null, UnitLevel.COMMUNE, null, null, null, null, null, null, null, List.of(), null);
	}

	/**
	 * The successor rows as submitted (so that errors keep their row numbers), with empty
	 * rows added until {@link #EMPTY_ROWS} are free.
	 */
	public List<SuccessorForm> successorRows() {
		List<SuccessorForm> rows = new ArrayList<>();
		if (this.successors != null) {
			this.successors.forEach(row -> rows.add((row != null) ? row : new SuccessorForm(null, Share.WHOLE, null)));
		}
		long free = rows.stream().filter(SuccessorForm::isBlank).count();
		for (long i = free; i < EMPTY_ROWS; i++) {
			rows.add(new SuccessorForm(null, Share.WHOLE, null));
		}
		return rows;
	}

	/** The rows that name a unit, in the order given. */
	List<SuccessorForm> filled() {
		return (this.successors != null)
				? this.successors.stream().filter(row -> row != null && !row.isBlank()).toList() : List.of();
	}

}
