package org.transferwatch.category;

/** A category of goods, e.g. ML3 "Ammunition and fuze setting devices". */
public record Category(String code, String scheme, String name, String kind) {

    public String label() {
        return code + " · " + name;
    }

}
