package org.cleanprod.shared.web;

import java.util.Comparator;
import java.util.List;

import org.cleanprod.shared.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The home page of every role: the counts the modules contribute for the user's scope.
 */
@Controller
class HomeController {

	private final List<HomeTiles> contributors;

	HomeController(List<HomeTiles> contributors) {
		this.contributors = contributors;
	}

	@GetMapping("/")
	@PreAuthorize("isAuthenticated()")
	String home(@AuthenticationPrincipal CurrentUser user, Model model) {
		List<HomeTile> tiles = this.contributors.stream()
			.flatMap(contributor -> contributor.tiles(user).stream())
			.sorted(Comparator.comparingInt(HomeTile::order))
			.toList();
		model.addAttribute("tiles", tiles);
		return "home";
	}

}
