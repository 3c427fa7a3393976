package org.cleanprod.assessment;

import java.util.List;

import org.cleanprod.shared.i18n.BilingualName;

/** One of the six steps of a CP assessment, with its tasks. */
public record MethodStep(int number, String name, String nameEn, List<MethodTask> tasks) implements BilingualName {

	public MethodStep {
		tasks = List.copyOf(tasks);
	}

}
