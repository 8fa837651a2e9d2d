package org.transferwatch.source;

/** How the library is ordered; every order ends with the newest addition first, so pages are stable. */
public enum SourceSort {
    NEWEST, OLDEST, TITLE, TITLE_DESC, PUBLISHER, PUBLISHER_DESC
}
