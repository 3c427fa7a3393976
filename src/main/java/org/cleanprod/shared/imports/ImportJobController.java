package org.cleanprod.shared.imports;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.cleanprod.shared.excel.ImportFileException;
import org.cleanprod.shared.excel.ImportJobs.Job;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.Htmx;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of an import job, of every kind: its progress and outcome, and the commit,
 * the check in another number style and the cancel. Each module's own page takes the
 * upload and starts the job ({@link ImportFlow#start}).
 */
@Controller
@RequestMapping("/imports/jobs/{jobId}")
@PreAuthorize("@importFlow.importsAnything(principal)")
class ImportJobController {

	private final ImportFlow flow;

	ImportJobController(ImportFlow flow) {
		this.flow = flow;
	}

	/**
	 * The job's page; for htmx, only its status fragment, which polls while the job runs
	 * and stops once it is done.
	 */
	@GetMapping
	String job(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletRequest request, Model model) {
		Job job = this.flow.job(jobId, user);
		return this.flow.recheckedAs(job, user).map(ImportJobController::redirect).orElseGet(() -> {
			model.addAttribute("view", this.flow.view(job, user, locale));
			return Htmx.view(request, "imports/job", "imports/status");
		});
	}

	@PostMapping("/commit")
	String commit(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Job job = this.flow.job(jobId, user);
		try {
			return redirect(this.flow.commit(job, user, locale));
		}
		catch (ImportFileException ex) {
			return toUpload(job, ex, user, locale, redirect);
		}
	}

	@PostMapping("/style")
	String recheck(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId, @RequestParam NumberStyle numberStyle,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Job job = this.flow.job(jobId, user);
		try {
			return redirect(this.flow.recheck(job, numberStyle, user, locale));
		}
		catch (ImportFileException ex) {
			return toUpload(job, ex, user, locale, redirect);
		}
	}

	@PostMapping("/cancel")
	String cancel(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		Job job = this.flow.job(jobId, user);
		return switch (this.flow.cancel(job, user)) {
			case CONTINUED -> redirect(job.nextJobId());
			case STOPPING -> {
				Flash.warning(redirect, "import.job.stopping");
				yield redirect(job.id());
			}
			case WRITTEN -> redirect(job.id());
			case DROPPED -> {
				Flash.warning(redirect, "import.job.cancelled");
				yield "redirect:" + this.flow.page(job, user, locale).uploadUrl();
			}
		};
	}

	/** Back to the upload page, saying why the file must be uploaded again. */
	private String toUpload(Job job, ImportFileException ex, CurrentUser user, Locale locale,
			RedirectAttributes redirect) {
		Flash.warning(redirect, ex.messageKey(), ex.arguments());
		return "redirect:" + this.flow.page(job, user, locale).uploadUrl();
	}

	private static String redirect(String jobId) {
		return "redirect:" + ImportFlow.url(jobId);
	}

}
