package org.cleanprod.assessment;

import java.util.List;

import org.cleanprod.shared.i18n.Bilingual;
import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.shared.provenance.SourceView;

/**
 * One of the 8 UNEP categories of CP options (good housekeeping … product modification),
 * in its group (reduction at source, recycling, product modification), with its sources.
 */
public record OptionCategory(String code, String name, String nameEn, String group, String groupEn, String description,
		String descriptionEn, List<SourceView> sources, Provenance provenance) implements BilingualName {

	public OptionCategory {
		sources = List.copyOf(sources);
	}

	public String group(boolean english) {
		return Bilingual.inLanguage(english, this.group, this.groupEn);
	}

	public String description(boolean english) {
		return Bilingual.inLanguage(english, this.description, this.descriptionEn);
	}

}
