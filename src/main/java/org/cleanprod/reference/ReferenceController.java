package org.cleanprod.reference;

import java.time.LocalDate;
import java.util.Locale;

import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The entry to the reference data, the sectors, and the sources with the notes on their
 * confidence.
 */
@Controller
@RequestMapping("/reference")
class ReferenceController {

	private final ReferenceService reference;

	private final ReferenceCatalog catalog;

	ReferenceController(ReferenceService reference, ReferenceCatalog catalog) {
		this.reference = reference;
		this.catalog = catalog;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String index(Model model) {
		LocalDate today = LocalDate.now(Formats.ZONE);
		model.addAttribute("unitCount", this.reference.units().size());
		model.addAttribute("currentUnitCount",
				(int) this.reference.units().stream().filter(unit -> unit.isValidOn(today)).count());
		model.addAttribute("zoneCount", this.reference.zones().size());
		model.addAttribute("agencyCount", this.reference.agencies().size());
		model.addAttribute("divisionCount", this.reference.divisions().size());
		model.addAttribute("sourceCount", this.catalog.sources().size());
		model.addAttribute("resourceCount", this.reference.resources().size());
		model.addAttribute("materialCount",
				(int) this.reference.resources()
					.stream()
					.filter(resource -> resource.kind() == ResourceKind.MATERIAL)
					.count());
		return "reference/index";
	}

	@GetMapping("/sectors")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String sectors(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("sectors", this.catalog.sectors(user.can(Permission.REFERENCE_EDIT)));
		return "reference/sectors";
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
		boolean english = ReferencePageModel.isEnglish(locale);
		model.addAttribute("sourcesDocument", notes ? this.catalog.document("SOURCES.md", english) : null);
		model.addAttribute("notesDocument", notes ? this.catalog.document("NOTES.md", english) : null);
		return "reference/sources";
	}

}
