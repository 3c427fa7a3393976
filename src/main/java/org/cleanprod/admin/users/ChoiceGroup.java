package org.cleanprod.admin.users;

import java.util.List;

import org.cleanprod.shared.web.Option;

/** A labelled group of choices of a select list ({@code <optgroup>}). */
public record ChoiceGroup(String label, List<Option> options) {

	public ChoiceGroup {
		options = List.copyOf(options);
	}

}
