package org.cleanprod.places;

import org.cleanprod.shared.i18n.BilingualName;

/**
 * A department, management board, media outlet or other agency with duties in the CP
 * plan.
 */
public record AgencyView(long id, String code, String name, String nameEn, AgencyKind kind,
		boolean active) implements BilingualName {

}
