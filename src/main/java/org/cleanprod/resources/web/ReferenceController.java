package org.cleanprod.resources.web;

import org.cleanprod.places.Places;
import org.cleanprod.resources.ResourceKind;
import org.cleanprod.resources.Resources;
import org.cleanprod.shared.provenance.Sources;
import java.time.LocalDate;
import java.util.Locale;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.Messages;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The entry to the reference data, and the sources with the notes on their confidence.
 */
@Controller
@RequestMapping("/reference")
class ReferenceController {

	private final Places places;

	private final Resources resources;

	private final Sources catalog;

	ReferenceController(Places places, Resources resources, Sources catalog) {
		this.places = places;
		this.resources = resources;
		this.catalog = catalog;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String index(Model model) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		model.addAttribute("unitCount", this.places.units().size());
		model.addAttribute("currentUnitCount",
				(int) this.places.units().stream().filter(unit -> unit.isValidOn(today)).count());
		model.addAttribute("zoneCount", this.places.zones().size());
		model.addAttribute("agencyCount", this.places.agencies().size());
		model.addAttribute("divisionCount", this.places.divisions().size());
		model.addAttribute("sourceCount", this.catalog.sources().size());
		model.addAttribute("resourceCount", this.resources.resources().size());
		model.addAttribute("materialCount",
				(int) this.resources.resources()
					.stream()
					.filter(resource -> resource.kind() == ResourceKind.MATERIAL)
					.count());
		return "reference/index";
	}

	/**
	 * The table of sources for everyone; the documents describing each source's
	 * confidence, in the reader's language, only for those who edit reference data, like
	 * the confidence of each row.
	 */
	@GetMapping("/sources")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String sources(@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		model.addAttribute("sources", this.catalog.sources());
		boolean notes = user.can(Permission.REFERENCE_EDIT);
		boolean english = Messages.isEnglish(locale);
		model.addAttribute("sourcesDocument", notes ? this.catalog.document("SOURCES.md", english) : null);
		model.addAttribute("notesDocument", notes ? this.catalog.document("NOTES.md", english) : null);
		return "reference/sources";
	}

}
