package org.incubator.web.starterkit;

import java.io.Serializable;

/** One serial-numbered unit the mentor picks at a hand-over: of which article, and which unit. */
public class SerialPick implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Long articleId;
  private final String articleName;
  private final int number;
  private Long unitId;

  SerialPick(Long articleId, String articleName, int number) {
    this.articleId = articleId;
    this.articleName = articleName;
    this.number = number;
  }

  public Long getArticleId() {
    return articleId;
  }

  public String getArticleName() {
    return articleName;
  }

  /** Which unit of the article this is, from 1: the label says "Sewing machine 2". */
  public int getNumber() {
    return number;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }
}
