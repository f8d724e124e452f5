package org.incubator.web.shared;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.incubator.shared.Province;
import org.incubator.shared.ReferenceData;
import org.incubator.shared.Region;

/**
 * Regions and provinces of Morocco as choices, named in the user's language, provinces grouped by
 * region.
 */
@Named
@RequestScoped
public class ReferenceOptions {

  @Inject private ReferenceData referenceData;

  @Inject private LocaleSelection localeSelection;

  public List<SelectItem> getProvincesByRegion() {
    Locale locale = localeSelection.getLocale();
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
    return groups;
  }

  public List<SelectItem> getProvinces() {
    Locale locale = localeSelection.getLocale();
    return referenceData.provinces(locale).stream()
        .map(p -> new SelectItem(p.getCode(), p.getName(locale)))
        .toList();
  }
}
