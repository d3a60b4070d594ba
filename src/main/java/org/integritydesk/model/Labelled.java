package org.integritydesk.model;

/** A value whose user-facing name is a resource-bundle key. */
public interface Labelled {
    String messageKey();
}
