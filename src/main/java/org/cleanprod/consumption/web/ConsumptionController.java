package org.cleanprod.consumption.web;

import org.cleanprod.consumption.BulkRecords;
import org.cleanprod.consumption.ConsumptionService;
import org.cleanprod.consumption.RecordSource;
import org.cleanprod.consumption.RecordType;
import org.cleanprod.consumption.Records;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.i18n.NumberStyle;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.units.MeasureUnit;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.InvalidFormException;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The entry page of a facility's records: one year as a grid of months × resources and
 * products, where every cell saves as soon as it changes, and shows its history on
 * request.
 */
@Controller
@RequestMapping("/consumption/facilities/{facilityId}")
class ConsumptionController {

	private final ConsumptionService consumption;

	private final MessageSource messages;

	ConsumptionController(ConsumptionService consumption, MessageSource messages) {
		this.consumption = consumption;
		this.messages = messages;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String grid(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId,
			@RequestParam(required = false) Integer year, @RequestParam(required = false) String add,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		int shown = (year != null) ? year
				: this.consumption.latestYear(facilityId, user).orElse(YearMonth.now(Formats.ZONE).getYear() - 1);
		model.addAttribute("facility", this.consumption.facility(facilityId, user, english(request)));
		model.addAttribute("grid", this.consumption.grid(facilityId, shown, (add != null) ? Set.of(add) : Set.of(),
				user, english(request)));
		model.addAttribute("products", this.consumption.products(facilityId, user));
		return "consumption/grid";
	}

	/**
	 * Saves one cell; answers the cell again, saved or with its error, for htmx to swap
	 * in. The text is read in the user's language only (Vietnamese "1.234,5", English
	 * "1,234.5"), and a saved value is shown back as it was read, so that "11,110" typed
	 * in the Vietnamese grid shows at once as 11,11. A value far off its series is saved
	 * and flagged ({@link Outliers}).
	 */
	@PostMapping("/cells")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String saveCell(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId, @RequestParam String kind,
			@RequestParam String item, @RequestParam String month, @RequestParam(required = false) String quantity,
			@RequestParam(required = false) String unit, @AuthenticationPrincipal CurrentUser user, Locale locale,
			Model model) {
		YearMonth period = month(month);
		boolean product = kind(kind);
		model.addAttribute("facilityId", facilityId);
		model.addAttribute("kind", kind);
		model.addAttribute("item", item);
		model.addAttribute("month", period);
		model.addAttribute("text", (quantity != null) ? quantity.strip() : "");
		try {
			BigDecimal value = quantity(quantity, locale);
			MeasureUnit measure = product ? null : MeasureUnit.parse(unit).orElse(null);
			CellOutcome outcome = product
					? this.consumption.saveProduction(facilityId, productId(item), period, value, RecordSource.ENTERED,
							user)
					: this.consumption.saveConsumption(facilityId, item, period, value, measure, RecordSource.ENTERED,
							user);
			model.addAttribute("status", outcome.changed() ? "saved" : "unchanged");
			model.addAttribute("text", (value != null) ? Formats.number(value, Records.SCALE, locale) : "");
			if (value != null) {
				MeasureUnit shown = product ? productUnit(facilityId, productId(item), user) : measure;
				this.consumption
					.outlier(facilityId, product ? null : item, product ? productId(item) : null, period, value, shown,
							user)
					.ifPresent(flag -> {
						model.addAttribute("flagKey", flag.messageKey());
						model.addAttribute("flagArguments", flag.arguments(flag.median(),
								this.messages.getMessage(shown.messageKey(), null, locale), locale));
					});
			}
		}
		catch (InvalidFormException ex) {
			InvalidFormException.FieldProblem problem = ex.problems().values().iterator().next();
			model.addAttribute("status", "error");
			model.addAttribute("errorKey", problem.messageKey());
			model.addAttribute("errorArguments", problem.arguments());
		}
		Optional<YearGrid.Row> row = gridRow(facilityId, product, item, period.getYear(), user, locale);
		model.addAttribute("label", row.map(YearGrid.Row::label).orElse(item));
		if (!"error".equals(model.getAttribute("status"))) {
			row.ifPresent(saved -> model.addAttribute("total", saved.total()));
		}
		return "consumption/cell";
	}

	/**
	 * The grid row of a cell, whose label names the cell and whose year total the cell's
	 * answer also carries for the grid to show.
	 */
	private Optional<YearGrid.Row> gridRow(long facilityId, boolean product, String item, int year, CurrentUser user,
			Locale locale) {
		YearGrid grid = this.consumption.grid(facilityId, year, Set.of(), user, "en".equals(locale.getLanguage()));
		return (product ? grid.products() : grid.resources()).stream()
			.filter(row -> row.item().equals(item.strip()))
			.findFirst();
	}

	@GetMapping("/revisions")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String revisions(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId, @RequestParam RecordType type,
			@RequestParam String item, @RequestParam String period, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		String code = (type == RecordType.PRODUCTION) ? Records.productCode(productId(item)) : item;
		String checked = (type == RecordType.ANNUAL) ? String.valueOf(year(period)) : month(period).toString();
		model.addAttribute("versions", this.consumption.history(facilityId, type, code, checked, user));
		return "consumption/revisions";
	}

	@PostMapping("/products")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String addProduct(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId, @RequestParam String name,
			@RequestParam String unit, @RequestParam(defaultValue = "false") boolean main, @RequestParam int year,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		try {
			this.consumption.addProduct(facilityId, name, MeasureUnit.parse(unit).orElse(null), main, user);
			Flash.success(redirect, "consumption.product.added");
		}
		catch (InvalidFormException ex) {
			InvalidFormException.FieldProblem problem = ex.problems().values().iterator().next();
			Flash.warning(redirect, problem.messageKey(), problem.arguments());
		}
		return "redirect:/consumption/facilities/" + facilityId + "?year=" + year;
	}

	@PostMapping("/annual")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String saveAnnual(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId, @RequestParam String resource,
			@RequestParam int year, @RequestParam(required = false) String quantity, @RequestParam String unit,
			@AuthenticationPrincipal CurrentUser user, Locale locale, RedirectAttributes redirect) {
		try {
			BigDecimal value = quantity(quantity, locale);
			this.consumption.saveAnnual(facilityId, resource, year, value, MeasureUnit.parse(unit).orElse(null),
					RecordSource.ENTERED, user);
			Flash.success(redirect, "common.saved");
		}
		catch (InvalidFormException ex) {
			InvalidFormException.FieldProblem problem = ex.problems().values().iterator().next();
			Flash.warning(redirect, problem.messageKey(), problem.arguments());
		}
		return "redirect:/consumption/facilities/" + facilityId + "?year=" + year;
	}

	/**
	 * A quantity typed by a person, read in the style of the user's language; null when
	 * blank. Text that is not a number in that style (a Vietnamese "1.5") is refused with
	 * the style's example, never read in another style.
	 */
	static BigDecimal quantity(String text, Locale locale) {
		if (text == null || text.isBlank()) {
			return null;
		}
		NumberStyle style = NumberStyle.of(locale);
		BigDecimal value = style.parse(text);
		if (value == null) {
			throw InvalidFormException.of("quantity", "consumption.cell.notNumber", Texts.abbreviate(text.strip(), 80));
		}
		return value;
	}

	private MeasureUnit productUnit(long facilityId, long productId, CurrentUser user) {
		return this.consumption.products(facilityId, user)
			.stream()
			.filter(product -> product.id() == productId)
			.map(ProductView::unit)
			.findFirst()
			.orElse(null);
	}

	/**
	 * The parameters below come from the grid's own hidden fields, so a malformed one was
	 * made by hand: a 400 page, never a 500.
	 */
	private static YearMonth month(String text) {
		YearMonth month = BulkRecords.month(text);
		if (month == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed month " + text);
		}
		return month;
	}

	private static int year(String text) {
		if (text == null || !text.matches("\\d{4}")) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed year " + text);
		}
		return Integer.parseInt(text);
	}

	/** Whether a cell is a product's (else a resource's); anything else is malformed. */
	private static boolean kind(String kind) {
		return switch (kind) {
			case "product" -> true;
			case "resource" -> false;
			default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed kind " + kind);
		};
	}

	private static long productId(String item) {
		try {
			return Long.parseLong(item.strip());
		}
		catch (NumberFormatException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "malformed product " + item);
		}
	}

	static boolean english(HttpServletRequest request) {
		return "en".equals(RequestContextUtils.getLocale(request).getLanguage());
	}

}
