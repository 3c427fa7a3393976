package org.cleanprod.facility;

import org.cleanprod.facility.web.FacilityForm;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.text.Texts;

/**
 * A production site of an enterprise, placed in an administrative unit (commune level),
 * possibly an industrial zone, and classified by VSIC division, with the CP-potential and
 * designated-energy-user flags.
 */
@Entity
@Table(name = "facility")
public class Facility {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	private Long enterpriseId;

	private String name;

	private String address;

	private Long unitId;

	private Long zoneId;

	private String sectorCode;

	private String mainProducts;

	private Integer employees;

	private boolean cpPotential;

	/**
	 * The status in force: {@link #designationOverride} when set, else the derived one.
	 */
	private boolean designatedEnergyUser;

	private Integer designationYear;

	private BigDecimal designationToe;

	private BigDecimal designationThreshold;

	private boolean designationDerived;

	private Boolean designationOverride;

	private String designationReason;

	private String designationOverrideBy;

	private Instant designationOverrideAt;

	@Enumerated(EnumType.STRING)
	private FacilityStatus status = FacilityStatus.ACTIVE;

	private LocalDate closedOn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "facility_contact", joinColumns = @JoinColumn(name = "facility_id"))
	@OrderColumn(name = "position_index")
	private List<Contact> contacts = new ArrayList<>();

	private String searchText;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	protected Facility() {
	}

	Facility(String code, long enterpriseId, Instant now) {
		this.code = code;
		this.enterpriseId = enterpriseId;
		this.createdAt = now;
		this.updatedAt = now;
	}

	/**
	 * Applies the form; the CP flag and the status are kept unless {@code classify} is
	 * set, since only officers classify facilities. The designated-energy-user status is
	 * never typed (see {@link #derive} and {@link #override}). True when anything
	 * changed.
	 */
	boolean apply(FacilityForm form, boolean classify, Enterprise enterprise, Instant now) {
		FacilitySnapshot before = FacilitySnapshot.of(this);
		this.enterpriseId = enterprise.getId();
		this.name = form.name().strip();
		this.address = Texts.blankToNull(form.address());
		this.unitId = form.unitId();
		this.zoneId = form.zoneId();
		this.sectorCode = form.sectorCode();
		this.mainProducts = Texts.blankToNull(form.mainProducts());
		this.employees = form.employees();
		if (classify) {
			this.cpPotential = Boolean.TRUE.equals(form.cpPotential());
			this.status = (form.status() != null) ? form.status() : FacilityStatus.ACTIVE;
			this.closedOn = (this.status == FacilityStatus.CLOSED) ? form.closedOn() : null;
		}
		this.contacts = new ArrayList<>(form.contactList());
		boolean changed = !before.equals(FacilitySnapshot.of(this));
		refreshSearchText(enterprise.getName(), enterprise.getTaxCode());
		if (changed) {
			this.updatedAt = now;
		}
		return changed;
	}

	/**
	 * Records the status derived from a year's energy; the status in force follows it
	 * unless an officer overrode it. True when the status in force changed.
	 */
	boolean derive(DesignationBasis basis, Instant now) {
		this.designationYear = basis.year();
		this.designationToe = basis.toe();
		this.designationThreshold = basis.threshold();
		this.designationDerived = basis.designated();
		return settle(now);
	}

	/**
	 * An officer's status with its reason, or none ({@code null}) to follow the derived
	 * status again. True when anything changed.
	 */
	boolean override(Boolean designated, String reason, String by, Instant now) {
		String why = (designated != null) ? Texts.blankToNull(reason) : null;
		if (Objects.equals(designated, this.designationOverride) && Objects.equals(why, this.designationReason)) {
			return false;
		}
		this.designationOverride = designated;
		this.designationReason = why;
		this.designationOverrideBy = (designated != null) ? by : null;
		this.designationOverrideAt = (designated != null) ? now : null;
		settle(now);
		this.updatedAt = now;
		return true;
	}

	private boolean settle(Instant now) {
		boolean designated = (this.designationOverride != null) ? this.designationOverride : this.designationDerived;
		if (designated == this.designatedEnergyUser) {
			return false;
		}
		this.designatedEnergyUser = designated;
		this.updatedAt = now;
		return true;
	}

	Designation designation() {
		return new Designation(this.designatedEnergyUser, this.designationDerived, this.designationYear,
				this.designationToe, this.designationThreshold, this.designationOverride, this.designationReason,
				this.designationOverrideBy, this.designationOverrideAt);
	}

	/**
	 * The text accent-insensitive search looks in: the facility's code, name, address and
	 * products and its enterprise's name and tax code, in one column so that one trigram
	 * index serves it.
	 */
	void refreshSearchText(String enterpriseName, String taxCode) {
		this.searchText = searchText(this.code, this.name, enterpriseName, taxCode, this.address, this.mainProducts);
	}

	static String searchText(String code, String name, String enterpriseName, String taxCode, String address,
			String products) {
		return Texts.fold(String.join(" ", code, name, enterpriseName, taxCode, (address != null) ? address : "",
				(products != null) ? products : ""));
	}

	public Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	public Long getEnterpriseId() {
		return this.enterpriseId;
	}

	public String getName() {
		return this.name;
	}

	public String getAddress() {
		return this.address;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public Long getZoneId() {
		return this.zoneId;
	}

	public String getSectorCode() {
		return this.sectorCode;
	}

	public String getMainProducts() {
		return this.mainProducts;
	}

	public Integer getEmployees() {
		return this.employees;
	}

	public boolean isCpPotential() {
		return this.cpPotential;
	}

	boolean isDesignatedEnergyUser() {
		return this.designatedEnergyUser;
	}

	Boolean getDesignationOverride() {
		return this.designationOverride;
	}

	String getDesignationReason() {
		return this.designationReason;
	}

	public FacilityStatus getStatus() {
		return this.status;
	}

	public LocalDate getClosedOn() {
		return this.closedOn;
	}

	public List<Contact> getContacts() {
		return List.copyOf(this.contacts);
	}

	Instant getCreatedAt() {
		return this.createdAt;
	}

	Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

}
