package org.cleanprod.resources.resource;

import org.cleanprod.resources.CarrierGroup;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.text.Texts;

/**
 * Criteria of the resource list, its export and the API; null fields do not filter.
 * {@code q} is matched without accents against code and names, word by word;
 * {@code sector} keeps the resources a facility of that VSIC division may report (energy
 * carriers, water, and the materials of that sector or of every sector).
 */
public record ResourceFilter(String q, ResourceKind kind, CarrierGroup carrierGroup, String sector, Boolean active) {

	public ResourceFilter {
		q = Texts.blankToNull(q);
		sector = Texts.blankToNull(sector);
	}

	public static ResourceFilter none() {
		return new ResourceFilter(null, null, null, null, null);
	}

	boolean matches(ResourceView resource) {
		return (this.kind == null || resource.kind() == this.kind)
				&& (this.carrierGroup == null || this.carrierGroup.name().equals(resource.carrierGroup()))
				&& (this.sector == null || resource.appliesTo(this.sector))
				&& (this.active == null || resource.active() == this.active) && matchesWords(resource);
	}

	private boolean matchesWords(ResourceView resource) {
		if (this.q == null) {
			return true;
		}
		String text = Texts.fold(resource.code().replace('_', ' ') + " " + resource.code() + " " + resource.name() + " "
				+ ((resource.nameEn() != null) ? resource.nameEn() : ""));
		for (String word : Texts.fold(this.q).split(" ")) {
			if (!text.contains(word)) {
				return false;
			}
		}
		return true;
	}

}
