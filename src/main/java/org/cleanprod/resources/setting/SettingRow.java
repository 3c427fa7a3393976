package org.cleanprod.resources.setting;

import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.provenance.SourceView;
import java.math.BigDecimal;
import java.util.List;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * A reference setting as its page shows it, with its sources; confidence and note only
 * for those who edit reference data. Texts are in Vietnamese, each with its English twin
 * ({@code nameEn}, {@code unitEn}, ...), null when there is none.
 */
public record SettingRow(long id, String key, String name, String nameEn, BigDecimal value, String unit, String unitEn,
		List<SourceView> sources, String confidence, String confidenceEn, String note, String noteEn, long version) {

	/**
	 * The setting's name in the reader's language (Vietnamese when it has no English
	 * one); a setting without a name is named by its message, or else by its key.
	 */
	public MessageSourceResolvable label(boolean english) {
		String stored = Bilingual.inLanguage(english, this.name, this.nameEn);
		return (stored != null) ? new DefaultMessageSourceResolvable(new String[0], stored)
				: new DefaultMessageSourceResolvable(new String[] { "reference.setting.name." + this.key }, this.key);
	}

}
