package org.integritydesk.service;

/** The county bureau this installation serves, as entered at first start. */
public record BureauProfile(String name, String unitCode) {
}
