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
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.imports.ImportFlow;
import org.cleanprod.shared.imports.ImportRequest;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;

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
 * Importing monthly records from a file, for one facility or, naming facilities by code,
 * for every facility of the user's scope: the upload page with its templates. The file
 * then goes the shared way ({@link ImportFlow}): a background check whose page polls for
 * progress (a file may hold 100,000 rows), the preview, the commit or the cancel.
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

	private final ImportFlow flow;

	private final Clock clock;

	ConsumptionImportController(ConsumptionService consumption, FacilityService facilities, ConsumptionImport imports,
			ConsumptionExcel excel, Resources reference, ImportFlow flow, Clock clock) {
		this.consumption = consumption;
		this.facilities = facilities;
		this.imports = imports;
		this.excel = excel;
		this.reference = reference;
		this.flow = flow;
		this.clock = clock;
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
		try {
			String target = (facilityId != null) ? facilityId.toString() : null;
			return "redirect:" + ImportFlow.url(
					this.flow.start(this.imports, file, new ImportRequest(user, locale, target, numberStyle), request));
		}
		catch (ImportFileException ex) {
			return page(facilityId, ex, user, locale, model);
		}
	}

	private String page(Long facilityId, ImportFileException fileError, CurrentUser user, Locale locale, Model model) {
		model.addAttribute("facility",
				(facilityId != null) ? this.consumption.facility(facilityId, user, english(locale)) : null);
		model.addAttribute("year", defaultYear());
		model.addAttribute("years", years().reversed());
		model.addAttribute("fileError", fileError);
		return "consumption/import";
	}

	/** Last year: the year whose records are usually being completed. */
	private int defaultYear() {
		return YearMonth.now(this.clock.withZone(Formats.ZONE)).getYear() - 1;
	}

	private List<Integer> years() {
		int current = YearMonth.now(this.clock.withZone(Formats.ZONE)).getYear();
		return IntStream.rangeClosed(ConsumptionService.FIRST_YEAR, current).boxed().toList();
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
