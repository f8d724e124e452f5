package org.incubator.web.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LoginBackingTest {

  @Test
  void afterSigningInAPersonReturnsOnlyToAPageOfThisSite() {
    assertTrue(LoginBacking.isPageOfThisSite("/training/roll.xhtml?id=42"));
    assertTrue(LoginBacking.isPageOfThisSite("/home/mentor.xhtml"));
    assertFalse(LoginBacking.isPageOfThisSite("//evil.example/x.xhtml"));
    assertFalse(LoginBacking.isPageOfThisSite("https://evil.example/training/roll.xhtml"));
    assertFalse(LoginBacking.isPageOfThisSite("/training/roll.xhtml?id=1&next=//evil"));
    assertFalse(LoginBacking.isPageOfThisSite("/../WEB-INF/web.xml"));
    assertFalse(LoginBacking.isPageOfThisSite("/training/roll.xhtml\r\nSet-Cookie:x"));
    assertFalse(LoginBacking.isPageOfThisSite(null));
  }
}
