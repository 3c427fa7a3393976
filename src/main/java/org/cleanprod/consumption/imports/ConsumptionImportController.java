package org.cleanprod.consumption.imports;

import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.web.ConsumptionExcel;
import org.cleanprod.consumption.web.ProductView;
import org.cleanprod.consumption.web.YearGrid;
import java.io.IOException;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cleanprod.facility.FacilityRef;
import org.cleanprod.facility.FacilityRow;
import org.cleanprod.facility.FacilityService;
import org.cleanprod.resources.Resources;
import org.cleanprod.resources.ResourceView;
import org.cleanprod.shared.excel.ImportFileException;
import org.cleanprod.shared.excel.ImportJobs;
import org.cleanprod.shared.excel.ImportSummary;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.upload.UploadLimits;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.Htmx;
import org.cleanprod.shared.web.NotFoundException;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing monthly records from a file, for one facility or, naming facilities by code,
 * for every facility of the user's scope: download the template, upload, follow the
 * check, read the preview with its row errors, then commit or cancel. A file may hold
 * 100,000 rows, so the check and the commit each run as a background job
 * ({@link ImportJobs}) whose page polls for progress instead of holding the request.
 * Nothing is written before the commit, and nothing at all when a row is rejected.
 */
@Controller
@RequestMapping("/consumption/import")
public class ConsumptionImportController {

	/**
	 * The rows a facility's template starts with when it has recorded nothing yet: every
	 * facility uses electricity and water.
	 */
	static final List<String> STARTER_RESOURCES = List.of("ELECTRICITY", "WATER");

	/**
	 * The most facilities of a user's own the multi-facility page offers one by one.
	 */
	static final int OWN_FACILITIES_LISTED = 20;

	private final ConsumptionService consumption;

	private final FacilityService facilities;

	private final ConsumptionImport imports;

	private final ConsumptionExcel excel;

	private final Resources reference;

	private final ImportUploads uploads;

	private final ImportJobs jobs;

	private final UploadLimits limits;

	private final TransactionTemplate transaction;

	private final Clock clock;

	ConsumptionImportController(ConsumptionService consumption, FacilityService facilities, ConsumptionImport imports,
			ConsumptionExcel excel, Resources reference, ImportUploads uploads, ImportJobs jobs, UploadLimits limits,
			PlatformTransactionManager transactions, Clock clock) {
		this.consumption = consumption;
		this.facilities = facilities;
		this.imports = imports;
		this.excel = excel;
		this.reference = reference;
		this.uploads = uploads;
		this.jobs = jobs;
		this.limits = limits;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
	}

	/**
	 * What a job works on, kept in its row: the upload, the facility of a single-facility
	 * import (null for several facilities) and the style of the numbers the user chose
	 * (null: detected from the file).
	 */
	public record Target(String uploadId, Long facilityId, NumberStyle style) {

		public String encode() {
			return this.uploadId + ";" + ((this.facilityId != null) ? this.facilityId : "") + ";"
					+ ((this.style != null) ? this.style.name() : "");
		}

		static Target decode(String context) {
			if (context == null) {
				return new Target(null, null, null);
			}
			String[] parts = context.split(";", -1);
			Long facilityId = (parts.length > 1 && !parts[1].isEmpty()) ? Long.valueOf(parts[1]) : null;
			NumberStyle style = (parts.length > 2 && !parts[2].isEmpty()) ? NumberStyle.valueOf(parts[2]) : null;
			return new Target(parts[0], facilityId, style);
		}

		Target withStyle(NumberStyle chosen) {
			return new Target(this.uploadId, this.facilityId, chosen);
		}

	}

	@GetMapping
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String start(@RequestParam(required = false) @Scoped(ReferenceKind.FACILITY) Long facilityId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		if (facilityId == null && !user.scope().isAll()) {
			// An enterprise (or anyone whose scope is a few facilities) imports for its
			// own facility: straight to its page when it has one, a choice when several.
			List<FacilityRef> own = this.facilities.codesInScope(user)
				.values()
				.stream()
				.sorted(Comparator.comparing(FacilityRef::code))
				.toList();
			if (own.size() == 1) {
				return "redirect:/consumption/import?facilityId=" + own.getFirst().id();
			}
			if (own.size() <= OWN_FACILITIES_LISTED) {
				model.addAttribute("ownFacilities",
						own.stream().map(ref -> this.consumption.facility(ref.id(), user, english(locale))).toList());
			}
		}
		return page(facilityId, null, user, locale, model);
	}

	/**
	 * The template: for one facility, filled with its resources and products for every
	 * month of the year; without one, the multi-facility header with an example row.
	 */
	@GetMapping("/template")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	void template(@RequestParam(required = false) @Scoped(ReferenceKind.FACILITY) Long facilityId,
			@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser user, Locale locale,
			HttpServletResponse response) throws IOException {
		boolean english = english(locale);
		int shown = (year != null && years().contains(year)) ? year : defaultYear();
		FacilityRow facility = (facilityId != null) ? this.consumption.facility(facilityId, user, english) : null;
		List<String> resources = (facility != null) ? templateResources(facility, shown, user, english) : List.of();
		List<ProductView> products = (facility != null)
				? this.consumption.products(facility.id(), user).stream().filter(ProductView::active).toList()
				: List.of();
		String name = (facility != null) ? "mau-so-lieu-" + facility.code() + "-" + shown + ".xlsx"
				: "mau-so-lieu-nhieu-co-so-" + shown + ".xlsx";
		XlsxDownload.send(response, name,
				output -> this.excel.template(facility, resources, products, shown, locale, output));
	}

	/** The resources a facility's template offers: those it reports, or a starter set. */
	private List<String> templateResources(FacilityRow facility, int year, CurrentUser user, boolean english) {
		List<String> reported = this.consumption.grid(facility.id(), year, Set.of(), user, english)
			.resources()
			.stream()
			.map(YearGrid.Row::item)
			.toList();
		if (!reported.isEmpty()) {
			return reported;
		}
		return STARTER_RESOURCES.stream()
			.filter(code -> this.reference.resource(code)
				.filter(ResourceView::active)
				.filter(resource -> resource.appliesTo(facility.sectorCode()))
				.isPresent())
			.toList();
	}

	/**
	 * Stores the file and starts checking it in the background; the browser goes to the
	 * job's page at once.
	 */
	@PostMapping
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String upload(@RequestParam("file") MultipartFile file,
			@RequestParam(required = false) @Scoped(ReferenceKind.FACILITY) Long facilityId,
			@RequestParam(required = false) NumberStyle numberStyle, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletRequest request, Model model) throws IOException {
		if (facilityId != null) {
			this.consumption.facility(facilityId, user, false);
		}
		String fileName = fileName(file.getOriginalFilename());
		if (file.isEmpty()) {
			return page(facilityId, new ImportFileException("import.error.emptyFile"), user, locale, model);
		}
		if (!fileName.toLowerCase(Locale.ROOT).endsWith(".xlsx")
				&& !fileName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
			return page(facilityId, new ImportFileException("import.error.unsupportedType"), user, locale, model);
		}
		try {
			this.limits.checkSize(request, file);
			this.jobs.checkCapacity(user.id());
			ImportUploads.Upload upload = this.uploads.store(ConsumptionImport.KIND, user.id(), fileName,
					file.getBytes());
			try {
				return redirect(this.jobs.startUpload(ConsumptionImport.KIND, user.id(), fileName,
						ImportJobs.Mode.PREVIEW, new Target(upload.id(), facilityId, numberStyle).encode(),
						progress -> this.imports.run(upload, user, locale, facilityId, numberStyle,
								ImportJobs.Mode.PREVIEW, progress)));
			}
			catch (ImportFileException ex) {
				this.uploads.delete(upload.id());
				throw ex;
			}
		}
		catch (ImportFileException ex) {
			return page(facilityId, ex, user, locale, model);
		}
	}

	/**
	 * The job's page; for htmx, only its status fragment, which polls while the job runs
	 * and stops once it is done.
	 */
	@GetMapping("/jobs/{jobId}")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String job(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId, @AuthenticationPrincipal CurrentUser user,
			Locale locale, HttpServletRequest request, Model model) {
		ImportJobs.Job job = find(jobId, user);
		if (job.mode() == ImportJobs.Mode.PREVIEW && job.nextJobId() != null
				&& this.jobs.find(job.nextJobId(), ConsumptionImport.KIND, user.id())
					.filter(next -> next.mode() == ImportJobs.Mode.PREVIEW)
					.isPresent()) {
			// Checked again in another style: the newer check is the one to read.
			return redirect(job.nextJobId());
		}
		Target target = Target.decode(job.context());
		ImportSummary summary = (job.status() == ImportJobs.Status.DONE) ? this.jobs.report(job, ImportSummary.class)
				: null;
		FacilityRow facility = (target.facilityId() != null)
				? this.consumption.facility(target.facilityId(), user, english(locale)) : null;
		model.addAttribute("view", new ImportJobView(job, summary, facility));
		return Htmx.view(request, "consumption/importJob", "consumption/importStatus");
	}

	/**
	 * Commits a checked file. The commit is claimed on the preview job, so a double click
	 * starts one commit and both clicks land on its page; the upload is deleted in the
	 * commit's own transaction, so it goes exactly when the records are written, and
	 * stays when a row is rejected after all (the records changed since the preview).
	 */
	@PostMapping("/jobs/{jobId}/commit")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String commit(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		ImportJobs.Job preview = find(jobId, user);
		if (preview.nextJobId() != null) {
			return redirect(preview.nextJobId());
		}
		ImportSummary summary = (preview.status() == ImportJobs.Status.DONE)
				? this.jobs.report(preview, ImportSummary.class) : null;
		if (preview.mode() != ImportJobs.Mode.PREVIEW || summary == null || !summary.isCommittable()) {
			return redirect(preview.id());
		}
		Target target = Target.decode(preview.context());
		Optional<ImportUploads.Upload> upload = (target.uploadId() != null)
				? this.uploads.find(target.uploadId(), ConsumptionImport.KIND, user.id()) : Optional.empty();
		if (upload.isEmpty()) {
			return page(target.facilityId(), new ImportFileException("import.error.expired"), user, locale, model);
		}
		try {
			// The commit reads the file as its preview did: in the style the preview
			// used,
			// confirmed by then (a preview that asks for a style is not committable).
			NumberStyle style = (summary.numbers() != null) ? summary.numbers().style() : target.style();
			return redirect(this.jobs.startNext(preview, ImportJobs.Mode.COMMIT, target.encode(),
					progress -> commit(upload.get(), user, locale, target.facilityId(), style, progress)));
		}
		catch (ImportFileException ex) {
			return page(target.facilityId(), ex, user, locale, model);
		}
	}

	/**
	 * Checks a previewed file again with the numbers read in the style the user chose:
	 * how a file whose only evidence is ambiguous ("1.234") gets its style confirmed. A
	 * new preview of the same upload starts; the old one leads to it. A preview already
	 * committed, or continued, is answered with its page.
	 */
	@PostMapping("/jobs/{jobId}/style")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String recheck(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId, @RequestParam NumberStyle numberStyle,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		ImportJobs.Job preview = find(jobId, user);
		if (preview.nextJobId() != null) {
			return redirect(preview.nextJobId());
		}
		if (preview.mode() != ImportJobs.Mode.PREVIEW || preview.isRunning()) {
			return redirect(preview.id());
		}
		Target target = Target.decode(preview.context()).withStyle(numberStyle);
		Optional<ImportUploads.Upload> upload = (target.uploadId() != null)
				? this.uploads.find(target.uploadId(), ConsumptionImport.KIND, user.id()) : Optional.empty();
		if (upload.isEmpty()) {
			return page(target.facilityId(), new ImportFileException("import.error.expired"), user, locale, model);
		}
		try {
			return redirect(this.jobs.startNext(preview, ImportJobs.Mode.PREVIEW, target.encode(),
					progress -> this.imports.run(upload.get(), user, locale, target.facilityId(), numberStyle,
							ImportJobs.Mode.PREVIEW, progress)));
		}
		catch (ImportFileException ex) {
			return page(target.facilityId(), ex, user, locale, model);
		}
	}

	/**
	 * Drops a checked file, nothing having been written; or asks a running job to stop,
	 * which then writes nothing either.
	 */
	@PostMapping("/jobs/{jobId}/cancel")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String cancel(@PathVariable @Scoped(ReferenceKind.IMPORT_JOB) String jobId,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		ImportJobs.Job job = find(jobId, user);
		if (job.nextJobId() != null) {
			return redirect(job.nextJobId());
		}
		ImportSummary summary = (job.status() == ImportJobs.Status.DONE) ? this.jobs.report(job, ImportSummary.class)
				: null;
		if (job.isRunning()) {
			if (this.jobs.requestCancel(job.id(), ConsumptionImport.KIND, user.id())) {
				Flash.warning(redirect, "consumption.importJob.stopping");
			}
			return redirect(job.id());
		}
		if (summary != null && summary.committed()) {
			return redirect(job.id());
		}
		Target target = Target.decode(job.context());
		if (target.uploadId() != null) {
			this.uploads.find(target.uploadId(), ConsumptionImport.KIND, user.id())
				.ifPresent(upload -> this.uploads.delete(upload.id()));
		}
		Flash.warning(redirect, "consumption.importPage.cancelled");
		return "redirect:/consumption/import"
				+ ((target.facilityId() != null) ? "?facilityId=" + target.facilityId() : "");
	}

	/**
	 * The commit job's work: claims the upload and writes the records in one transaction,
	 * which rolls back (keeping the upload) when a row is rejected.
	 */
	private ImportSummary commit(ImportUploads.Upload upload, CurrentUser user, Locale locale, Long facilityId,
			NumberStyle style, ImportJobs.Progress progress) {
		return this.transaction.execute(status -> {
			if (!this.uploads.delete(upload.id())) {
				throw new ImportFileException("import.error.expired");
			}
			ImportSummary summary = this.imports.run(upload, user, locale, facilityId, style, ImportJobs.Mode.COMMIT,
					progress);
			if (!summary.committed()) {
				status.setRollbackOnly();
			}
			return summary;
		});
	}

	private String page(Long facilityId, ImportFileException fileError, CurrentUser user, Locale locale, Model model) {
		model.addAttribute("facility",
				(facilityId != null) ? this.consumption.facility(facilityId, user, english(locale)) : null);
		model.addAttribute("year", defaultYear());
		model.addAttribute("years", years().reversed());
		model.addAttribute("fileError", fileError);
		return "consumption/import";
	}

	/** A job of this user; another user's job, or none, is not found. */
	private ImportJobs.Job find(String jobId, CurrentUser user) {
		return this.jobs.find(jobId, ConsumptionImport.KIND, user.id())
			.orElseThrow(() -> new NotFoundException("import job", jobId));
	}

	/** Last year: the year whose records are usually being completed. */
	private int defaultYear() {
		return YearMonth.now(this.clock.withZone(Formats.ZONE)).getYear() - 1;
	}

	private List<Integer> years() {
		int current = YearMonth.now(this.clock.withZone(Formats.ZONE)).getYear();
		return IntStream.rangeClosed(ConsumptionService.FIRST_YEAR, current).boxed().toList();
	}

	/** The name without any path a browser sent, short enough to store. */
	static String fileName(String original) {
		String name = (original != null) ? original.strip() : "";
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static String redirect(String jobId) {
		return "redirect:/consumption/import/jobs/" + jobId;
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
