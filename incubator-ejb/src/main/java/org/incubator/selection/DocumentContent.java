package org.incubator.selection;

/** A document's bytes as they are sent to a browser, with the name and the checked media type. */
public record DocumentContent(String fileName, String mediaType, byte[] bytes) {}
