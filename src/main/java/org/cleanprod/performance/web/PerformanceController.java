package org.cleanprod.performance.web;

import org.cleanprod.performance.BaselineService;
import org.cleanprod.performance.QualityIssue;
import org.cleanprod.performance.QualityService;
import org.cleanprod.performance.calculation.SavingsMethod;
import org.cleanprod.performance.SavingsService;
import org.cleanprod.performance.SavingsView;
import org.cleanprod.performance.SavingsWording;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cleanprod.shared.i18n.Formats;
import org.cleanprod.shared.security.CurrentUser;
import org.cleanprod.shared.security.ReferenceKind;
import org.cleanprod.shared.security.Scoped;
import org.cleanprod.shared.web.Flash;
import org.cleanprod.shared.web.Htmx;
import org.cleanprod.shared.web.InvalidFormException;
import org.cleanprod.shared.listing.PageQuery;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
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
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A facility's energy performance: charts of its consumption, specific consumption,
 * expected and actual energy and savings, each with a table; the savings by both methods
 * against the plan's target; its baseline and its data-quality findings. And the
 * province's data-quality queue.
 */
@Controller
@RequestMapping("/performance")
class PerformanceController {

	private final SavingsService savings;

	private final BaselineService baselines;

	private final QualityService quality;

	private final JsonMapper json;

	private final MessageSource messages;

	PerformanceController(SavingsService savings, BaselineService baselines, QualityService quality, JsonMapper json,
			MessageSource messages) {
		this.savings = savings;
		this.baselines = baselines;
		this.quality = quality;
		this.json = json;
		this.messages = messages;
	}

	@GetMapping("/facilities/{facilityId}")
	@PreAuthorize("hasAuthority('FACILITY_READ')")
	String facility(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId,
			@RequestParam(required = false) String end, @AuthenticationPrincipal CurrentUser user,
			HttpServletRequest request, Model model) {
		boolean english = english(request);
		YearMonth reportingEnd = month(end).orElseGet(() -> this.savings.defaultReportingEnd(facilityId, user));
		SavingsView view = this.savings.savings(facilityId, reportingEnd, user, english);
		model.addAttribute("view", view);
		model.addAttribute("facility", this.savings.facility(facilityId, user, english));
		model.addAttribute("baselines", this.baselines.history(facilityId, user));
		model.addAttribute("issues", this.quality.facility(facilityId, user, english));
		model.addAttribute("chart", this.json.writeValueAsString(chart(view, request)));
		return "performance/facility";
	}

	@PostMapping("/facilities/{facilityId}/baseline")
	@PreAuthorize("hasAuthority('CONSUMPTION_EDIT')")
	String setBaseline(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId, @RequestParam String start,
			@RequestParam(required = false) String note, @RequestParam(required = false) String end,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, RedirectAttributes redirect) {
		Optional<YearMonth> first = month(start);
		if (first.isEmpty()) {
			Flash.warning(redirect, "performance.baseline.error.period");
			return facilityPage(facilityId, end);
		}
		try {
			this.baselines.set(facilityId, first.get(), note, user, english(request));
			Flash.success(redirect, "performance.baseline.saved");
		}
		catch (InvalidFormException ex) {
			InvalidFormException.FieldProblem problem = ex.problems().values().iterator().next();
			Flash.warning(redirect, problem.messageKey(), problem.arguments());
		}
		return facilityPage(facilityId, end);
	}

	@PostMapping("/facilities/{facilityId}/quality")
	@PreAuthorize("hasAuthority('QUALITY_REVIEW')")
	String explain(@PathVariable @Scoped(ReferenceKind.FACILITY) long facilityId, @RequestParam String item,
			@RequestParam String month, @RequestParam QualityIssue.Kind kind, @RequestParam String note,
			@RequestParam(defaultValue = "facility") String back,
			@RequestParam(required = false) QualityIssue.Kind queueKind,
			@RequestParam(defaultValue = "true") boolean queueOpen, @RequestParam(required = false) String end,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		Optional<YearMonth> period = month(month);
		try {
			if (period.isPresent()) {
				this.quality.explain(facilityId, item, period.get(), kind, note, user);
				Flash.success(redirect, "performance.quality.explained");
			}
			else {
				Flash.warning(redirect, "performance.quality.error.month");
			}
		}
		catch (InvalidFormException ex) {
			Flash.warning(redirect, ex.problems().values().iterator().next().messageKey());
		}
		if (!"queue".equals(back)) {
			return facilityPage(facilityId, end);
		}
		return "redirect:" + UriComponentsBuilder.fromPath("/performance/quality")
			.queryParamIfPresent("kind", Optional.ofNullable(queueKind))
			.queryParam("open", queueOpen)
			.toUriString();
	}

	/** Back to a facility's page, at the reporting period the user was looking at. */
	private static String facilityPage(long facilityId, String end) {
		return "redirect:" + UriComponentsBuilder.fromPath("/performance/facilities/{id}")
			.queryParamIfPresent("end", month(end))
			.buildAndExpand(facilityId)
			.toUriString();
	}

	/** A month written as yyyy-MM; empty when absent or malformed. */
	private static Optional<YearMonth> month(String text) {
		try {
			return Optional.ofNullable(text).filter(value -> !value.isBlank()).map(YearMonth::parse);
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	@GetMapping("/quality")
	@PreAuthorize("hasAuthority('QUALITY_REVIEW')")
	String queue(@RequestParam(required = false) QualityIssue.Kind kind,
			@RequestParam(defaultValue = "true") boolean open, @RequestParam(required = false) Integer page,
			@AuthenticationPrincipal CurrentUser user, HttpServletRequest request, Model model) {
		PageQuery query = new PageQuery((page != null) ? page : 1, 25, "detected", true);
		model.addAttribute("kind", kind);
		model.addAttribute("open", open);
		model.addAttribute("page", this.quality.queue(kind, open, query, user, english(request)));
		return Htmx.view(request, "performance/quality", "performance/qualityResults");
	}

	/** The series of the four charts, with their labels in the user's language. */
	private Map<String, Object> chart(SavingsView view, HttpServletRequest request) {
		java.util.Locale locale = RequestContextUtils.getLocale(request);
		Map<String, Object> chart = new LinkedHashMap<>();
		chart.put("months", view.months().stream().map(point -> Formats.month(point.month())).toList());
		Map<String, List<Double>> groups = new LinkedHashMap<>();
		view.months().forEach(point -> point.toeByGroup().keySet().forEach(group -> groups.putIfAbsent(group, null)));
		Map<String, Object> series = new LinkedHashMap<>();
		groups.keySet()
			.forEach(group -> series.put(text("performance.group." + group, locale),
					view.months().stream().map(point -> point.toeByGroup().get(group)).toList()));
		chart.put("byGroup", series);
		chart.put("specific", view.months().stream().map(SavingsView.MonthPoint::specificToe).toList());
		chart.put("baselineSpecific",
				(view.totalEnergy() != null) ? view.totalEnergy().baselineSpecificConsumption() : null);
		chart.put("actual", view.months().stream().map(SavingsView.MonthPoint::toe).toList());
		chart.put("expected", view.months().stream().map(SavingsView.MonthPoint::expectedToe).toList());
		chart.put("years", view.years().stream().map(year -> String.valueOf(year.year())).toList());
		chart.put("savings", view.years().stream().map(SavingsView.YearSaving::percent).toList());
		chart.put("savingsWords", view.years()
			.stream()
			.map(year -> this.messages.getMessage(SavingsWording.key(year.percent()),
					new Object[] {
							Formats.number(SavingsWording.magnitude(year.percent()), SavingsWording.DECIMALS, locale) },
					locale))
			.toList());
		if (view.target() != null) {
			chart.put("targetMin", view.target().band().min());
			chart.put("targetMax", view.target().band().max());
		}
		Map<String, String> labels = new LinkedHashMap<>();
		for (String key : List.of("toe", "specific", "baselineSpecific", "actual", "expected", "target")) {
			labels.put(key, text("performance.chart.series." + key, locale));
		}
		SavingsMethod method = (view.choice() != null) ? view.choice().method()
				: view.years().stream().map(SavingsView.YearSaving::method).findFirst().orElse(SavingsMethod.NONE);
		labels.put("savings", text("performance.chart.series.savings." + method.name(), locale));
		chart.put("labels", labels);
		return chart;
	}

	private String text(String key, java.util.Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	static boolean english(HttpServletRequest request) {
		return "en".equals(RequestContextUtils.getLocale(request).getLanguage());
	}

}
