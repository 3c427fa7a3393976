package org.cleanprod.places.zone;

import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.places.ZoneKind;
import java.math.BigDecimal;

/** An industrial zone or cluster as the list, its export and the API show it. */
public record ZoneRow(long id, String name, String nameEn, ZoneKind kind, Long boardId, String boardName,
		String boardNameEn, Long unitId, String unitLabel, BigDecimal areaHa, boolean active) implements BilingualName {

	public String boardName(boolean english) {
		return Bilingual.inLanguage(english, this.boardName, this.boardNameEn);
	}

}
