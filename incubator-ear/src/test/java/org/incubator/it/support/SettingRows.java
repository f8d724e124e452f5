package org.incubator.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.incubator.programme.Setting;

/**
 * The rows of the settings table as a test needs them: a setting taken back to the state of one
 * nobody ever changed (no row), as a setting declared after the programme started is.
 */
@Stateless
@PermitAll
public class SettingRows {

  public static final String JNDI = "java:global/incubator/test-support/SettingRows";

  @PersistenceContext private EntityManager em;

  public void forget(Setting setting) {
    em.createNativeQuery("DELETE FROM programme_setting WHERE setting_key = ?")
        .setParameter(1, setting.name())
        .executeUpdate();
  }
}
