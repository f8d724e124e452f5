package org.incubator.web.shared;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.incubator.shared.Province;
import org.incubator.shared.ReferenceData;
import org.incubator.shared.Region;

/**
 * Regions and provinces of Morocco as choices, named in the user's language, provinces grouped by
 * region. Only the migrations change them, so each language's choices are made once: a table with a
 * province filter asks for them at each of its requests, to render the filter and to check what was
 * chosen.
 */
@Named
@ApplicationScoped
public class ReferenceOptions {

  private final Map<Locale, List<SelectItem>> provincesByRegion = new ConcurrentHashMap<>();
  private final Map<Locale, List<SelectItem>> provinces = new ConcurrentHashMap<>();

  @Inject private ReferenceData referenceData;

  @Inject private LocaleSelection localeSelection;

  public List<SelectItem> getProvincesByRegion() {
    return provincesByRegion.computeIfAbsent(localeSelection.getLocale(), this::provincesByRegion);
  }

  public List<SelectItem> getProvinces() {
    return provinces.computeIfAbsent(localeSelection.getLocale(), this::provinces);
  }

  private List<SelectItem> provincesByRegion(Locale locale) {
    Map<Region, List<SelectItem>> byRegion = new LinkedHashMap<>();
    referenceData.regions(locale).forEach(region -> byRegion.put(region, new ArrayList<>()));
    for (Province province : referenceData.provinces(locale)) {
      byRegion
          .get(province.getRegion())
          .add(new SelectItem(province.getCode(), province.getName(locale)));
    }
    List<SelectItem> groups = new ArrayList<>();
    byRegion.forEach(
        (region, provinces) ->
            groups.add(
                new SelectItemGroup(
                    region.getName(locale), null, false, provinces.toArray(SelectItem[]::new))));
    return List.copyOf(groups);
  }

  private List<SelectItem> provinces(Locale locale) {
    return referenceData.provinces(locale).stream()
        .map(p -> new SelectItem(p.getCode(), p.getName(locale)))
        .toList();
  }
}
