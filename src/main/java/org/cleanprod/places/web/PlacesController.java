package org.cleanprod.places.web;

import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.Permission;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sectors page: sections and their divisions with the sources they cite. */
@Controller
class PlacesController {

	private final SectorRows sectors;

	PlacesController(SectorRows sectors) {
		this.sectors = sectors;
	}

	@GetMapping("/reference/sectors")
	@PreAuthorize("hasAuthority('REFERENCE_READ')")
	String sectors(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("sectors", this.sectors.sectors(user.can(Permission.REFERENCE_EDIT)));
		return "reference/sectors";
	}

}
