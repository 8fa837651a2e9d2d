package org.transferwatch.base;

/** The record does not exist, or the user may not see it (the two are not told apart on purpose). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }

}
