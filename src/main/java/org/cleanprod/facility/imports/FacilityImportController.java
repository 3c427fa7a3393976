package org.cleanprod.facility.imports;

import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.facility.web.FacilityExcel;
import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cleanprod.shared.excel.ImportFileException;
import org.cleanprod.shared.excel.ImportReport;
import org.cleanprod.shared.excel.ImportUploads;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.upload.UploadLimits;
import org.cleanprod.shared.web.Flash;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing a facility list: download the template, upload a file, read the preview with
 * its row errors, then commit or cancel. Nothing is written before the commit, and
 * nothing at all if a row is rejected.
 */
@Controller
@RequestMapping("/facilities/import")
@PreAuthorize("hasAuthority('FACILITY_IMPORT')")
class FacilityImportController {

	private final FacilityImport imports;

	private final FacilityExcel excel;

	private final ImportUploads uploads;

	private final UploadLimits limits;

	FacilityImportController(FacilityImport imports, FacilityExcel excel, ImportUploads uploads, UploadLimits limits) {
		this.imports = imports;
		this.excel = excel;
		this.uploads = uploads;
		this.limits = limits;
	}

	@GetMapping
	String start() {
		return "facility/import";
	}

	@GetMapping("/template")
	void template(Locale locale, HttpServletResponse response) throws IOException {
		XlsxDownload.send(response, "mau-nhap-co-so.xlsx", output -> this.excel.template(locale, output));
	}

	@PostMapping
	String upload(@RequestParam("file") MultipartFile file, @RequestParam(required = false) NumberStyle numberStyle,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) throws IOException {
		if (file.isEmpty()) {
			model.addAttribute("fileError", new ImportFileException("import.error.emptyFile"));
			return "facility/import";
		}
		try {
			this.limits.checkSize(request, file);
		}
		catch (ImportFileException ex) {
			model.addAttribute("fileError", ex);
			return "facility/import";
		}
		ImportUploads.Upload upload = this.uploads.store(FacilityImport.KIND, user.id(), file.getOriginalFilename(),
				file.getBytes());
		return "redirect:/facilities/import/" + upload.id()
				+ ((numberStyle != null) ? "?numberStyle=" + numberStyle.name() : "");
	}

	@GetMapping("/{id}")
	String preview(@PathVariable @Scoped(ReferenceKind.IMPORT_UPLOAD) String id,
			@RequestParam(required = false) NumberStyle numberStyle, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		return this.uploads.find(id, FacilityImport.KIND, user.id()).map(upload -> {
			try {
				return show(model, this.imports.preview(upload, user, locale, numberStyle));
			}
			catch (ImportFileException ex) {
				this.uploads.delete(id);
				model.addAttribute("fileError", ex);
				return "facility/import";
			}
		}).orElseGet(() -> expired(model));
	}

	@PostMapping("/{id}/commit")
	String commit(@PathVariable @Scoped(ReferenceKind.IMPORT_UPLOAD) String id,
			@RequestParam(required = false) NumberStyle numberStyle, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		return this.uploads.find(id, FacilityImport.KIND, user.id()).map(upload -> {
			try {
				return show(model, this.imports.commit(upload, user, locale, numberStyle));
			}
			catch (ImportFileException ex) {
				model.addAttribute("fileError", ex);
				return "facility/import";
			}
		}).orElseGet(() -> expired(model));
	}

	@PostMapping("/{id}/cancel")
	String cancel(@PathVariable @Scoped(ReferenceKind.IMPORT_UPLOAD) String id,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		this.uploads.find(id, FacilityImport.KIND, user.id()).ifPresent(upload -> this.uploads.delete(upload.id()));
		Flash.warning(redirect, "facility.import.cancelled");
		return "redirect:/facilities";
	}

	private String show(Model model, ImportReport report) {
		model.addAttribute("report", report);
		return "facility/importPreview";
	}

	private String expired(Model model) {
		model.addAttribute("fileError", new ImportFileException("import.error.expired"));
		return "facility/import";
	}

}
