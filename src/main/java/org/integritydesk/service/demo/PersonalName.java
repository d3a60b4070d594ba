package org.integritydesk.service.demo;

/**
 * A generated name, whole, and the family name it starts with so that relatives can share it.
 * Uyghur names (given name · father's name) have no family name: {@code surname} is null.
 */
record PersonalName(String full, String surname) {
    boolean hasSurname() {
        return surname != null;
    }
}
