package org.cleanprod.resources.resource;

import org.cleanprod.resources.ResourceKind;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.cleanprod.shared.provenance.Provenance;
import org.cleanprod.shared.text.Texts;
import org.cleanprod.shared.units.MeasureUnit;

/**
 * An energy carrier, water or raw material. Its code names it in records, imports and
 * factors, so the code, the kind, the carrier group and the biogenic flag are fixed once
 * it exists; the base unit of an energy carrier or water too, since its factors are built
 * on it. Sectors live in {@code resource_sector} and are kept by {@link ResourceService}.
 */
@Entity
@Table(name = "resource")
public class Resource {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String code;

	@Enumerated(EnumType.STRING)
	private ResourceKind kind;

	private String carrierGroup;

	private String name;

	private String nameEn;

	@Enumerated(EnumType.STRING)
	private MeasureUnit baseUnit;

	private String acceptedUnits;

	@Column(name = "density_t_per_m3")
	private BigDecimal density;

	private boolean biogenic;

	private boolean active = true;

	private int sortOrder;

	@Embedded
	private Provenance provenance;

	@Version
	private long version;

	protected Resource() {
	}

	Resource(String code, ResourceKind kind, String carrierGroup, boolean biogenic, MeasureUnit baseUnit) {
		this.code = code;
		this.kind = kind;
		this.carrierGroup = carrierGroup;
		this.biogenic = biogenic;
		this.baseUnit = baseUnit;
	}

	/**
	 * Applies the form's editable fields; the base unit only where it may change (a
	 * material). True when anything changed; sectors are compared by the caller.
	 */
	boolean apply(ResourceForm form, List<MeasureUnit> acceptedUnits) {
		ResourceSnapshot before = ResourceSnapshot.of(this, List.of());
		this.name = form.name().strip();
		this.nameEn = Texts.blankToNull(form.nameEn());
		if (this.kind == ResourceKind.MATERIAL && form.baseUnit() != null) {
			this.baseUnit = form.baseUnit();
		}
		this.acceptedUnits = acceptedUnits.stream().map(MeasureUnit::name).collect(Collectors.joining(";"));
		this.density = form.density();
		this.active = Boolean.TRUE.equals(form.active());
		this.sortOrder = (form.sortOrder() != null) ? form.sortOrder() : 0;
		this.provenance = getProvenance().withNote(form.note(), form.noteEn());
		return !before.equals(ResourceSnapshot.of(this, List.of()));
	}

	Long getId() {
		return this.id;
	}

	String getCode() {
		return this.code;
	}

	public ResourceKind getKind() {
		return this.kind;
	}

	String getCarrierGroup() {
		return this.carrierGroup;
	}

	String getName() {
		return this.name;
	}

	String getNameEn() {
		return this.nameEn;
	}

	MeasureUnit getBaseUnit() {
		return this.baseUnit;
	}

	public List<MeasureUnit> getAcceptedUnits() {
		return (this.acceptedUnits == null || this.acceptedUnits.isBlank()) ? List.of()
				: Arrays.stream(this.acceptedUnits.split(";")).map(MeasureUnit::valueOf).toList();
	}

	BigDecimal getDensity() {
		return this.density;
	}

	boolean isBiogenic() {
		return this.biogenic;
	}

	boolean isActive() {
		return this.active;
	}

	int getSortOrder() {
		return this.sortOrder;
	}

	Provenance getProvenance() {
		return Provenance.orNone(this.provenance);
	}

	long getVersion() {
		return this.version;
	}

}
