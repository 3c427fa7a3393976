package org.cleanprod.places;

import org.cleanprod.shared.i18n.BilingualName;

/** An industrial zone or cluster with its management board. */
public record ZoneView(long id, String name, String nameEn, ZoneKind kind, Long boardId, Long unitId,
		boolean active) implements BilingualName {

}
