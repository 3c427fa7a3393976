package org.cleanprod.reference;

import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A reference setting as its page shows it, with its sources; confidence and note only
 * for those who edit reference data.
 */
public record SettingRow(long id, String key, BigDecimal value, String unit, List<SourceView> sources,
		String confidence, String note, long version) {

	/** The setting's name in the user's language, its key when it has none. */
	public MessageSourceResolvable label() {
		return new DefaultMessageSourceResolvable(new String[] { "reference.setting.name." + this.key }, this.key);
	}

}
