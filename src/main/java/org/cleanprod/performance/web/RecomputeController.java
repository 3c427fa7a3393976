package org.cleanprod.performance.web;

import org.cleanprod.performance.FactorRecomputation;
import org.cleanprod.performance.IndicatorService;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.Htmx;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Recomputing every facility's indicators with the factors in force: a background job
 * whose page shows its progress, and that of the recomputation a new factor version
 * started. Records themselves do not change.
 */
@Controller
@RequestMapping("/performance/recompute")
public class RecomputeController {

	public static final String KIND = "recompute";

	private final IndicatorService indicators;

	private final ImportJobs jobs;

	RecomputeController(IndicatorService indicators, ImportJobs jobs) {
		this.indicators = indicators;
		this.jobs = jobs;
	}

	/** The page, with the state of one of the user's recomputations when asked. */
	@GetMapping
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String page(@RequestParam(required = false) @Scoped(ReferenceKind.IMPORT_JOB) String job,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("job",
				(job == null) ? this.jobs.running(KIND).flatMap(running -> visible(running, user)).orElse(null)
						: visible(job, user).orElseThrow(() -> new NotFoundException(KIND, job)));
		return Htmx.view(request, "performance/recompute", "performance/recomputeStatus");
	}

	/**
	 * Starts a recomputation, unless one is running: two would recompute the same rows
	 * and wait on each other's locks. The running one is shown to whoever started it.
	 */
	@PostMapping
	@PreAuthorize("hasAuthority('REFERENCE_EDIT')")
	String start(@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Optional<String> running = this.jobs.running(KIND);
		if (running.isPresent()) {
			Flash.warning(redirect, "performance.recompute.alreadyRunning");
			return "redirect:/performance/recompute"
					+ (visible(running.get(), user).isPresent() ? "?job=" + running.get() : "");
		}
		String id = this.jobs.start(KIND, user.id(), "indicators", ImportJobs.Mode.COMMIT, progress -> {
			long total = this.indicators.recordCount();
			return this.indicators.recomputeAll(rows -> progress.rows(rows, total));
		});
		return "redirect:/performance/recompute?job=" + id;
	}

	/**
	 * A recomputation the user may follow: one they started, or one a new factor version
	 * started ({@link FactorRecomputation}).
	 */
	private Optional<ImportJobs.Job> visible(String job, CurrentUser user) {
		return this.jobs.find(job, KIND, user.id()).or(() -> this.jobs.find(job, KIND, FactorRecomputation.SYSTEM));
	}

}
