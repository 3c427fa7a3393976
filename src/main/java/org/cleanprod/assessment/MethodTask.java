package org.cleanprod.assessment;

import java.util.List;

import org.cleanprod.shared.i18n.BilingualName;
import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.shared.provenance.SourceView;

/**
 * One of the 18 tasks of a CP assessment, numbered through all steps, with the sources of
 * its name and what is said of their confidence (none for readers who may not see it).
 */
public record MethodTask(int number, String name, String nameEn, List<SourceView> sources,
		Provenance provenance) implements BilingualName {

	public MethodTask {
		sources = List.copyOf(sources);
	}

}
