package org.cleanprod.admin.audit;

import org.cleanprod.shared.excel.XlsxDownload;
import org.cleanprod.admin.users.UserExcel;
import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cleanprod.shared.audit.AuditFilter;
import org.cleanprod.shared.audit.AuditLog;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.web.Htmx;
import org.cleanprod.shared.listing.PageQuery;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The audit trail for administrators: every change of every module, filtered by entity,
 * actor, action and dates, newest first; each row opens to its field changes and raw
 * states.
 */
@Controller
@RequestMapping("/admin/audit")
@PreAuthorize("hasAuthority('AUDIT_READ')")
class AuditController {

	private final AuditPages pages;

	AuditController(AuditPages pages) {
		this.pages = pages;
	}

	/** Empty filter fields mean "any", not "equal to the empty text". */
	@InitBinder("filter")
	void blankToNull(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

	@GetMapping
	String list(@ModelAttribute("filter") AuditFilter filter, PageQuery query,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		model.addAttribute("page", this.pages.search(filter, query, user, RequestContextUtils.getLocale(request)));
		model.addAttribute("types", this.pages.typeChoices(RequestContextUtils.getLocale(request)));
		model.addAttribute("actions", this.pages.actionChoices(RequestContextUtils.getLocale(request)));
		return Htmx.view(request, "admin/audit", "admin/auditResults");
	}

	@GetMapping("/export")
	void export(@ModelAttribute("filter") AuditFilter filter, PageQuery order,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		XlsxDownload.send(response, "nhat-ky-thay-doi.xlsx",
				output -> this.pages.export(filter, order, user, RequestContextUtils.getLocale(request), output));
	}

}
