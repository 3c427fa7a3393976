package org.cleanprod.facility.imports;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cleanprod.facility.web.FacilityExcel;
import org.cleanprod.shared.excel.ImportFileException;
import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.imports.ImportFlow;
import org.cleanprod.shared.imports.ImportRequest;
import org.cleanprod.shared.security.CurrentUser;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Importing a facility list: the template and the upload. The file then goes the shared
 * way ({@link ImportFlow}): checked in the background, previewed with its row errors,
 * committed or cancelled; nothing is written before the commit, and nothing at all if a
 * row is rejected.
 */
@Controller
@RequestMapping("/facilities/import")
@PreAuthorize("hasAuthority('FACILITY_IMPORT')")
class FacilityImportController {

	private final FacilityImport imports;

	private final FacilityExcel excel;

	private final ImportFlow flow;

	FacilityImportController(FacilityImport imports, FacilityExcel excel, ImportFlow flow) {
		this.imports = imports;
		this.excel = excel;
		this.flow = flow;
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
			@AuthenticationPrincipal CurrentUser user, Locale locale, HttpServletRequest request, Model model)
			throws IOException {
		try {
			return "redirect:" + ImportFlow
				.url(this.flow.start(this.imports, file, new ImportRequest(user, locale, null, numberStyle), request));
		}
		catch (ImportFileException ex) {
			model.addAttribute("fileError", ex);
			return "facility/import";
		}
	}

}
